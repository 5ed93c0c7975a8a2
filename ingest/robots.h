// robots.txt (RFC 9309): a parser and matcher, and a per-origin cache that
// remembers for one run what each site allows.
//
// RobotsRules holds the groups of one robots.txt file. IsAllowed picks the
// group(s) for our product token (case-insensitive; several matching groups
// are merged; otherwise the "*" group; otherwise everything is allowed), then
// the rule with the longest matching pattern wins, "allow" winning a tie.
// Patterns support '*' (any run of characters) and a final '$' (end of URL).
// Paths are compared with percent-escapes uppercased and unreserved escapes
// decoded, so "/%7efoo" matches "/~foo". "/robots.txt" is always allowed.
// Crawl-delay (not in RFC 9309, widely used) is read per group.
//
// RobotsCache is filled by the fetch layer (CurlFetcher fetches
// "<origin>/robots.txt" once per origin per run) with what the fetch gave:
// 2xx = parse the body, 4xx = allow everything, 5xx or unreachable =
// disallow everything for this run (RFC 9309 section 2.3.1.4).
//
// Both classes are thread-compatible: const methods may be called from
// several threads, mutation needs external locking.
#ifndef NEWSGRAPH_INGEST_ROBOTS_H_
#define NEWSGRAPH_INGEST_ROBOTS_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace ng::ingest {

class RobotsRules {
 public:
  // Parsers must read at least 500 KiB (RFC 9309 section 2.5); we read 512 KiB
  // and ignore the rest.
  static constexpr size_t kMaxBytes = 512 * 1024;

  // Parses a robots.txt body. Never fails: unknown lines are skipped, as the
  // RFC asks.
  static RobotsRules Parse(std::string_view body);
  static RobotsRules AllowAll();
  static RobotsRules DisallowAll();

  // `product_token` is the crawler name ("newsgraph"); `path_and_query` is the
  // URL's path plus "?query" if any ("/news/1?page=2").
  bool IsAllowed(std::string_view product_token, std::string_view path_and_query) const;
  // Crawl-delay in seconds of the group that applies to `product_token`.
  std::optional<double> CrawlDelay(std::string_view product_token) const;
  // "Sitemap:" URLs, in file order (they are not tied to a group).
  const std::vector<std::string>& sitemaps() const { return sitemaps_; }

  // Compact dump for tests, one group per line:
  // "ua=a,b allow=/x disallow=/y delay=2" (rules in file order).
  std::string DebugString() const;

 private:
  struct Rule {
    bool allow = false;
    std::string pattern;  // normalised
  };
  struct Group {
    std::vector<std::string> agents;  // lowercased
    std::vector<Rule> rules;
    std::optional<double> crawl_delay;
  };
  // Groups for `product_token`; empty means "no group applies".
  std::vector<const Group*> GroupsFor(std::string_view product_token) const;

  std::vector<Group> groups_;
  std::vector<std::string> sitemaps_;
  bool disallow_all_ = false;
};

class RobotsCache {
 public:
  // `product_token` is matched against User-agent lines ("newsgraph").
  explicit RobotsCache(std::string product_token) : token_(std::move(product_token)) {}

  // Records what fetching "<origin>/robots.txt" gave: `status_code` is the
  // final HTTP status after redirects, 0 when the site was unreachable, in
  // which case `cause` says why ("timed out after 10 s") for the message.
  void Record(const std::string& origin, int status_code, std::string_view body,
              std::string_view cause = "");
  bool Has(const std::string& origin) const { return entries_.count(origin) != 0; }

  // OK when `url` may be fetched. PermissionDenied-like refusals come back as
  // Unavailable: "robots.txt of <origin> disallows <path>" or
  // "robots.txt of <origin> unavailable (HTTP 503): site skipped for this run".
  // REQUIRES: Has(origin of url).
  Status Check(std::string_view url) const;
  // Crawl-delay for the origin of `url`, if its robots.txt gives one.
  std::optional<double> CrawlDelay(std::string_view url) const;
  // Sitemap URLs listed in the robots.txt of `origin` (empty when unknown).
  std::vector<std::string> Sitemaps(const std::string& origin) const;

  const std::string& product_token() const { return token_; }

 private:
  struct Entry {
    RobotsRules rules;
    std::string why_disallowed;  // non-empty when the whole site is off limits
  };
  std::string token_;
  std::map<std::string, Entry> entries_;
};

}  // namespace ng::ingest

#endif  // NEWSGRAPH_INGEST_ROBOTS_H_
