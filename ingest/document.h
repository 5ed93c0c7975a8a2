// Document: one article as ingest/ hands it to the rest of the pipeline.
// A plain value type: UTF-8 text and metadata, no gumbo or curl types.
#ifndef NEWSGRAPH_INGEST_DOCUMENT_H_
#define NEWSGRAPH_INGEST_DOCUMENT_H_

#include <string>
#include <vector>

namespace ng::ingest {

struct Document {
  std::string source;         // what the user gave: a path, "path#id" for JSON Lines, or a URL
  std::string url;            // where the article lives, when known
  std::string canonical_url;  // <link rel=canonical> / og:url, when given
  std::string title;
  std::string
      published_at;  // ISO 8601 with offset when known ("2025-05-15T09:30:00+09:00"), else ""
  std::string modified_at;  // same form, or ""
  std::vector<std::string> authors;
  std::string site_name;
  std::string lang;     // BCP 47 primary tag: "ko", "en", ... or "" when unknown
  std::string charset;  // charset the bytes were decoded from ("UTF-8", "windows-949", ...)
  std::string text;     // valid UTF-8 body; paragraphs separated by a blank line
};

}  // namespace ng::ingest

#endif  // NEWSGRAPH_INGEST_DOCUMENT_H_
