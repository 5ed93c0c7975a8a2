// RSS 2.0 / RSS 1.0 / Atom parsing (ingest/feed.h) and feed dates.
#include <string>
#include <string_view>

#include "base/status.h"
#include "fuzz/fuzz_util.h"
#include "ingest/feed.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  ng::ingest::FeedOptions options;
  options.max_items = 50;
  options.max_summary_bytes = 256;
  ng::StatusOr<ng::ingest::Feed> feed =
      ng::ingest::ParseFeed(bytes, "https://example.com/rss", "", options);
  if (feed.ok()) {
    ng::fuzz::Check(feed->items.size() <= options.max_items, "ParseFeed: max_items exceeded");
    ng::fuzz::CheckUtf8(feed->title, "feed title");
    for (const ng::ingest::FeedItem& item : feed->items) {
      ng::fuzz::CheckUtf8(item.title, "item title");
      ng::fuzz::CheckUtf8(item.summary, "item summary");
      ng::fuzz::Check(item.summary.size() <= options.max_summary_bytes,
                      "ParseFeed: max_summary_bytes exceeded");
      ng::fuzz::Check(item.link.empty() || item.link.rfind("http://", 0) == 0 ||
                          item.link.rfind("https://", 0) == 0,
                      "ParseFeed: non-http(s) item link", item.link);
    }
  }
  // Dates arrive as text nodes: try the first line on its own too.
  (void)ng::ingest::FeedDateToIso8601(bytes.substr(0, bytes.find('\n')));
  (void)ng::ingest::ClassifyBody(bytes);
  return 0;
}
