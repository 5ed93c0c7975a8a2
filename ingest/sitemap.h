// Sitemaps (sitemaps.org 0.9) with the Google News extension: where news
// sites list their recent articles, often more completely than their feeds.
//
// A sitemap is either a <urlset> of pages or a <sitemapindex> of further
// sitemaps; ParseSitemap says which, and the caller fetches the children of
// an index (bounded by SitemapOptions::max_entries; fetching is the caller's
// business, through a Fetcher). News tags (<news:news> with
// <news:publication>, <news:publication_date>, <news:title>) are read when
// present. Gzipped sitemap files (.xml.gz served without Content-Encoding)
// are not decompressed here.
//
// XML is read by the same hardened libxml2 setup as feeds (ingest/feed.h):
// no network, no DTD, no entity expansion, size cap, charset decoded first.
//
// Thread-safe: pure functions.
#ifndef NEWSGRAPH_INGEST_SITEMAP_H_
#define NEWSGRAPH_INGEST_SITEMAP_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace ng::ingest {

struct SitemapEntry {
  std::string loc;      // absolute http(s) URL (resolved against the sitemap URL)
  std::string lastmod;  // ISO 8601 or "" (W3C datetime as written when unparseable)
  // Google News extension, "" when absent.
  std::string news_title;
  std::string news_publication_date;  // ISO 8601
  std::string news_publication_name;
  std::string news_language;  // "ko", "en", ...
};

struct Sitemap {
  bool is_index = false;              // <sitemapindex>: entries are sitemaps
  std::vector<SitemapEntry> entries;  // document order
};

struct SitemapOptions {
  size_t max_bytes = 50 * 1024 * 1024;  // sitemaps.org limit: 50 MB uncompressed
  size_t max_entries = 50000;           // sitemaps.org limit per file
};

// Errors: "sitemap https://x/sitemap.xml: root element <rss> is not urlset or
// sitemapindex", parse errors with a line number, size over the limit.
StatusOr<Sitemap> ParseSitemap(std::string_view bytes, std::string_view sitemap_url,
                               const SitemapOptions& options = {});

}  // namespace ng::ingest

#endif  // NEWSGRAPH_INGEST_SITEMAP_H_
