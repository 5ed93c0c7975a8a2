// robots.txt parsing and matching (ingest/robots.h). The first line of the
// input is the path to check; the rest is the robots.txt body.
#include <string>
#include <string_view>

#include "fuzz/fuzz_util.h"
#include "ingest/robots.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view in(reinterpret_cast<const char*>(data), size);
  const size_t nl = in.find('\n');
  std::string path(in.substr(0, nl == std::string_view::npos ? in.size() : nl));
  const std::string_view body = nl == std::string_view::npos ? "" : in.substr(nl + 1);
  if (path.empty() || path[0] != '/') path.insert(0, "/");

  const ng::ingest::RobotsRules rules = ng::ingest::RobotsRules::Parse(body);
  (void)rules.IsAllowed("newsgraph", path);
  (void)rules.IsAllowed("*", path);
  ng::fuzz::Check(rules.IsAllowed("newsgraph", "/robots.txt"), "/robots.txt must be allowed");
  (void)rules.CrawlDelay("newsgraph");
  (void)rules.DebugString();

  ng::ingest::RobotsCache cache("newsgraph");
  cache.Record("https://example.com", 200, body);
  (void)cache.Check("https://example.com" + path);
  (void)cache.CrawlDelay("https://example.com" + path);
  (void)cache.Sitemaps("https://example.com");
  return 0;
}
