// Sitemaps and sitemap indexes with the Google News extension (ingest/sitemap.h).
#include <string_view>

#include "base/status.h"
#include "fuzz/fuzz_util.h"
#include "ingest/sitemap.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  ng::ingest::SitemapOptions options;
  options.max_entries = 100;
  ng::StatusOr<ng::ingest::Sitemap> sitemap =
      ng::ingest::ParseSitemap(bytes, "https://example.com/sitemap.xml", options);
  if (sitemap.ok()) {
    ng::fuzz::Check(sitemap->entries.size() <= options.max_entries,
                    "ParseSitemap: max_entries exceeded");
    for (const ng::ingest::SitemapEntry& e : sitemap->entries) {
      ng::fuzz::Check(e.loc.rfind("http://", 0) == 0 || e.loc.rfind("https://", 0) == 0,
                      "ParseSitemap: non-http(s) loc", e.loc);
      ng::fuzz::CheckUtf8(e.news_title, "news title");
    }
  }
  return 0;
}
