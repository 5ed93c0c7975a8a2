// HTML page -> Document (ingest/html_extract.h: charset, gumbo, main content,
// metadata), plus feed discovery and body sniffing on the same bytes.
#include <string>
#include <string_view>

#include "base/status.h"
#include "fuzz/fuzz_util.h"
#include "ingest/charset.h"
#include "ingest/feed.h"
#include "ingest/html_extract.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  ng::StatusOr<ng::ingest::Document> doc =
      ng::ingest::ExtractHtml(bytes, "fuzz.html", "https://example.com/news/1.html");
  if (doc.ok()) {
    ng::fuzz::CheckUtf8(doc->title, "ExtractHtml title");
    ng::fuzz::CheckUtf8(doc->text, "ExtractHtml text");
    for (const std::string& a : doc->authors) ng::fuzz::CheckUtf8(a, "ExtractHtml author");
  }
  (void)ng::ingest::ClassifyBody(bytes, "text/html");
  const ng::ingest::DecodedText decoded = ng::ingest::DecodeHtmlToUtf8(bytes);
  for (const ng::ingest::FeedLink& link :
       ng::ingest::DiscoverFeeds(decoded.text, "https://example.com/")) {
    ng::fuzz::Check(link.url.rfind("http://", 0) == 0 || link.url.rfind("https://", 0) == 0,
                    "DiscoverFeeds returned a non-http(s) link", link.url);
  }
  return 0;
}
