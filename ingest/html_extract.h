// HTML page -> Document: decodes the bytes (ingest/charset.h), parses them
// with gumbo, finds the article body and reads the page's metadata.
//
// Main content: one pass over the DOM collects text blocks (paragraphs,
// headings, list items, cells) with their link text and a hint from tag,
// class and id ("article-body" good, "comment", "share", "related" bad).
// Blocks vote for their ancestors (readability's scoring: commas, length,
// decaying by depth); the best container, scaled by its link density, is the
// article, joined with sibling blocks that score nearly as well. Inside it,
// boilerplate subtrees (nav, aside, figure captions, share bars, bylines,
// related lists, comments) and link-dense blocks are dropped. Paragraphs are
// separated by "\n\n".
//
// Metadata (from JSON-LD, <meta>, <link>, <time> and Korean "입력 ..." text):
// title without the site suffix, published/modified dates in ISO 8601 with
// offset (Korean pages default to +09:00), authors without "By", e-mail
// addresses, dates or "기자", canonical URL resolved against `url`, site
// name, language checked against the script of the body text.
//
// Bounds: input size, DOM nesting depth (gumbo 0.10 recurses when it frees a
// tree and scans its open-element stack per tag, so 10 MB of nested <div>s
// would take quadratic time and then overflow the stack; a linear pre-scan
// rejects such pages before gumbo sees them) and the size of the text.
//
// Thread-safe: no shared state; gumbo and ICU are used per call.
#ifndef NEWSGRAPH_INGEST_HTML_EXTRACT_H_
#define NEWSGRAPH_INGEST_HTML_EXTRACT_H_

#include <cstddef>
#include <string_view>

#include "base/status.h"
#include "ingest/document.h"

namespace ng::ingest {

struct HtmlExtractOptions {
  // Pages larger than this are refused with ResourceExhausted before any
  // decoding or parsing (memory stays bounded at a small multiple of it).
  size_t max_input_bytes = 16 << 20;
  // Pages whose tags nest deeper than this (counted by a linear pre-scan that
  // ignores void and self-closing elements and elements HTML closes
  // implicitly, such as <p> and <li>) are refused with ResourceExhausted.
  // Real pages stay well under 200.
  size_t max_dom_depth = 1024;
  // At most this many bytes of body text are kept; the rest is cut at a
  // paragraph boundary.
  size_t max_text_bytes = 4 << 20;
  // Parse the page without its script and style bodies (ingest/html_prune.h):
  // the same extraction in about half the parse time. Off only to compare.
  bool drop_script_bodies = true;
};

// Decodes, parses and extracts one page. `source` goes to Document::source;
// `url` is the page URL when known (Document::url, and the base for a
// relative canonical link); `http_content_type` is the Content-Type header
// when the page was fetched. Errors name `source`:
//   "big.html: 20000000 bytes is over the 16777216-byte limit"
//   "deep.html: tags nest deeper than 1024 levels"
//   "empty.html: no article text found"
StatusOr<Document> ExtractHtml(std::string_view bytes, std::string_view source,
                               std::string_view url = "", std::string_view http_content_type = "",
                               const HtmlExtractOptions& options = {});

}  // namespace ng::ingest

#endif  // NEWSGRAPH_INGEST_HTML_EXTRACT_H_
