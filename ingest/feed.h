// Feeds: RSS 2.0, RSS 1.0 (RDF) and Atom documents turned into plain items,
// feed discovery from an HTML homepage, and a sniffer that tells a feed, a
// sitemap and an HTML page apart (for "newsgraph ingest URL", where a URL may
// be any of them).
//
// Parsing uses libxml2 with network access, DTD loading and entity
// substitution off (XML_PARSE_NONET, no XML_PARSE_NOENT, no
// XML_PARSE_DTDLOAD, no XML_PARSE_HUGE): an entity reference is dropped, not
// expanded, and libxml2's amplification guard stops a "billion laughs" bomb;
// that feed fails with a message naming the line, the others go on.
// Input over FeedOptions::max_bytes is refused before parsing.
//
// Charset: the bytes are decoded to UTF-8 first (ingest/charset.h: BOM, then
// the XML declaration's encoding, then the HTTP charset, then detection), and
// libxml2 is told to read UTF-8 and ignore the declaration. EUC-KR, CP949 and
// ks_c_5601-1987 feeds decode with ICU's windows-949.
//
// Items come out with links resolved against the feed URL (and Atom
// xml:base), titles and summaries as plain text (HTML markup removed), and
// dates as ISO 8601 with the offset as written.
//
// Thread-safe: pure functions (libxml2 is initialised once, thread-safely).
#ifndef NEWSGRAPH_INGEST_FEED_H_
#define NEWSGRAPH_INGEST_FEED_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace ng::ingest {

enum class FeedFormat { kRss2, kRss1, kAtom };
const char* FeedFormatName(FeedFormat format);  // "rss2", "rss1", "atom"

struct FeedItem {
  std::string link;      // absolute http(s) URL, "" when the item has none
  std::string title;     // plain text
  std::string date;      // ISO 8601 "2025-05-15T09:30:00+09:00", "" when missing or unparseable
  std::string date_raw;  // the date as written in the feed (for other parsers), or ""
  std::string summary;   // plain text, at most FeedOptions::max_summary_bytes
  std::string guid;      // <guid>, Atom <id>, RSS 1.0 rdf:about; "" when absent
};

struct Feed {
  FeedFormat format = FeedFormat::kRss2;
  std::string title;            // plain text
  std::string link;             // the site's homepage as the feed gives it, resolved
  std::string charset;          // what the bytes were decoded from, e.g. "windows-949"
  std::vector<FeedItem> items;  // document order
};

struct FeedOptions {
  // Larger inputs are refused (ResourceExhausted) without parsing. 10 MB.
  size_t max_bytes = 10 * 1024 * 1024;
  // Items after this many are ignored. 5000.
  size_t max_items = 5000;
  // Summaries are cut (at a UTF-8 boundary) to this many bytes. 4096.
  size_t max_summary_bytes = 4096;
};

// Parses a feed. `feed_url` is where it was fetched from (relative links are
// resolved against it; also used in messages); `http_content_type` is the
// Content-Type header or "". Errors name the URL and the cause:
//   "feed https://x/rss: line 12: Detected an entity reference loop"
//   "feed https://x/rss: root element <html> is not rss, RDF or feed"
StatusOr<Feed> ParseFeed(std::string_view bytes, std::string_view feed_url,
                         std::string_view http_content_type = "", const FeedOptions& options = {});

// RFC 822 / RFC 1123 ("Tue, 10 Jun 2003 04:00:00 GMT", "+0900", "KST") and
// RFC 3339 ("2003-12-13T18:30:02.25+01:00", "Z") dates to
// "YYYY-MM-DDTHH:MM:SS+HH:MM"; "YYYY-MM-DD" for a date without time; "" when
// the input is neither.
std::string FeedDateToIso8601(std::string_view date);

// A feed advertised by <link rel="alternate" type="application/rss+xml"
// (or atom+xml, rdf+xml) href="..."> in an HTML page.
struct FeedLink {
  std::string url;    // resolved against <base href> and the page URL
  std::string type;   // "application/rss+xml", ...
  std::string title;  // the title attribute, may be ""
};
// REQUIRES: `html` is UTF-8 (decode first with DecodeHtmlToUtf8). Links whose
// href does not resolve to http(s) are skipped; duplicates are dropped.
std::vector<FeedLink> DiscoverFeeds(std::string_view html, std::string_view page_url);

enum class BodyKind { kFeed, kSitemap, kSitemapIndex, kHtml, kUnknown };
const char* BodyKindName(BodyKind kind);  // "feed", "sitemap", "sitemap-index", "html", "unknown"

// Decides what a response body is from its first element (after a BOM, the
// XML declaration, comments and a doctype): <rss>, <rdf:RDF>, <feed> = feed;
// <urlset> = sitemap; <sitemapindex> = sitemap index; <html> or an HTML
// doctype or element = HTML. Falls back on `content_type` when the body does
// not say. Reads at most the first 64 KiB.
BodyKind ClassifyBody(std::string_view body, std::string_view content_type = "");

}  // namespace ng::ingest

#endif  // NEWSGRAPH_INGEST_FEED_H_
