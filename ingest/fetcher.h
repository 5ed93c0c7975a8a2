// Fetcher: how ingest/ gets bytes from the web. Everything that talks to the
// network sits behind this interface so that feed parsing, dedup and the
// pipeline are unit-tested against FakeFetcher, and only the fetch tests and
// the end-to-end tests use CurlFetcher against a local HTTP server.
//
// CurlFetcher (libcurl multi interface) is the polite crawler:
//   - transfers to different hosts run concurrently, at most one request is
//     in flight per host, and a host is not asked again until
//     `per_host_delay` (default 2 s) after its last response ended; a
//     robots.txt Crawl-delay raises that delay, up to `max_crawl_delay`;
//   - robots.txt is fetched once per origin per CurlFetcher (a "run") and
//     obeyed: 2xx = parsed, 4xx = allow all, 5xx/unreachable = the whole
//     origin is skipped for the run;
//   - only http and https, also across redirects (file://, ftp://... refused);
//   - connect and total timeouts, a redirect limit, a response size cap that
//     aborts the transfer (default 10 MB, counted after decompression, so a
//     gzip bomb is capped too), compressed transfer (gzip, deflate, br, zstd
//     as libcurl supports);
//   - retries with exponential backoff for 5xx and network errors; 429 and
//     503 wait for Retry-After when it is given (a Retry-After longer than
//     `max_retry_after` is not waited for: the result is returned as an error);
//   - optionally refuses to connect to loopback, private and link-local
//     addresses after DNS resolution (SSRF guard for user-supplied URLs).
//
// Known limits: redirects are followed inside libcurl, so a redirect to
// another host is neither checked against that host's robots.txt nor counted
// against its politeness slot (final_url tells the caller where it landed);
// the size cap counts decoded bytes only, so a response is never cut for its
// compressed size alone.
//
// Results: FetchResult::error is OK when a response worth reading arrived:
// 2xx, or 304 for a conditional GET. Everything else (HTTP >= 400 after
// retries, network errors, limits, robots) is a non-OK error whose message
// names the URL (redacted) and the cause, e.g.
//   "fetch http://127.0.0.1:8080/loop: more than 5 redirects".
//
// Thread-safety: a Fetcher is thread-compatible. CurlFetcher keeps per-host
// politeness state and the robots cache between calls, so use one instance
// for a whole run, from one thread at a time.
#ifndef NEWSGRAPH_INGEST_FETCHER_H_
#define NEWSGRAPH_INGEST_FETCHER_H_

#include <chrono>
#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/status.h"
#include "ingest/clock.h"
#include "ingest/robots.h"

namespace ng::ingest {

struct FetchRequest {
  std::string url{};            // absolute http(s) URL
  std::string etag{};           // sent as If-None-Match when non-empty
  std::string last_modified{};  // sent as If-Modified-Since when non-empty (HTTP-date as received)
};

struct FetchResult {
  std::string url;            // the requested URL
  std::string final_url;      // after redirects ("" when nothing was fetched)
  int status_code = 0;        // last HTTP status; 0 when no response arrived
  std::string content_type;   // Content-Type header, e.g. "application/rss+xml; charset=euc-kr"
  std::string etag;           // ETag header, for the next conditional GET
  std::string last_modified;  // Last-Modified header, idem
  std::string retry_after;    // Retry-After header of the last response, raw
  std::string body;           // decoded (decompressed) body; empty for 304
  int attempts = 0;           // requests made, retries included (0 = refused before any)
  Status error;               // see the header comment

  bool ok() const { return error.ok(); }
  bool not_modified() const { return status_code == 304; }
};

class Fetcher {
 public:
  virtual ~Fetcher() = default;
  virtual FetchResult Fetch(const FetchRequest& request) = 0;
  // One result per request, in request order. The default implementation
  // calls Fetch in a loop; CurlFetcher runs the batch concurrently.
  virtual std::vector<FetchResult> FetchAll(const std::vector<FetchRequest>& requests);
};

// The product token and version in the default User-Agent.
inline constexpr char kDefaultUserAgent[] = "newsgraph/0.1.0 (+https://github.com/newsgraph)";

struct CurlFetcherOptions {
  // Sent on every request. Its product token (up to the first '/') is the
  // name matched against robots.txt User-agent lines.
  std::string user_agent = kDefaultUserAgent;
  // Minimum time between the end of one response and the next request to the
  // same host (host name, port ignored).
  std::chrono::milliseconds per_host_delay{2000};
  // Per-host overrides of per_host_delay, by host name (lower case), e.g. from
  // a feed list's "delay=5s" setting. Empty by default.
  std::map<std::string, std::chrono::milliseconds> host_delays;
  // robots.txt Crawl-delay is honoured up to this value.
  std::chrono::milliseconds max_crawl_delay{30000};
  // Fetch and obey robots.txt.
  bool obey_robots = true;
  // Transfers in flight at once, over all hosts.
  int max_connections = 8;
  std::chrono::milliseconds connect_timeout{10000};
  std::chrono::milliseconds total_timeout{30000};  // whole transfer, body included
  int max_redirects = 5;
  size_t max_body_bytes = 10 * 1024 * 1024;  // after decompression
  // Retries after the first attempt, for 5xx, 429 and network errors.
  int max_retries = 2;
  std::chrono::milliseconds initial_backoff{1000};  // doubled per retry
  std::chrono::milliseconds max_backoff{60000};
  // A Retry-After above this is not waited for (the response is the result).
  std::chrono::milliseconds max_retry_after{120000};
  // Refuse loopback/private/link-local/multicast addresses after DNS. Off by
  // default because the tests (and some intranet users) fetch from loopback.
  bool deny_private_addresses = false;
  // libcurl CURLOPT_RESOLVE entries "host:port:address", e.g. to point
  // several test host names at 127.0.0.1. Empty by default.
  std::vector<std::string> resolve;
  // Time source for politeness and backoff. Not owned; RealClock() if null.
  Clock* clock = nullptr;
};

class CurlFetcher : public Fetcher {
 public:
  explicit CurlFetcher(CurlFetcherOptions options = {});
  ~CurlFetcher() override;
  CurlFetcher(const CurlFetcher&) = delete;
  CurlFetcher& operator=(const CurlFetcher&) = delete;

  FetchResult Fetch(const FetchRequest& request) override;
  std::vector<FetchResult> FetchAll(const std::vector<FetchRequest>& requests) override;

  // What robots.txt said so far (for sitemap discovery and diagnostics).
  const RobotsCache& robots() const { return robots_; }
  // The delay in force for `host` (per_host_delay or the capped Crawl-delay).
  std::chrono::milliseconds DelayFor(const std::string& host) const;

  struct Job;  // one transfer's state; defined in fetcher.cc

 private:
  struct HostState {
    bool busy = false;
    Clock::TimePoint next_allowed{};
    std::chrono::milliseconds delay{0};
  };
  // per_host_delay or the host_delays entry for `host`.
  std::chrono::milliseconds BaseDelayFor(const std::string& host) const;
  // Runs requests with politeness and retries, without robots checks.
  void RunBatch(std::vector<Job*>& jobs);
  void StartJob(Job* job);
  // Returns true when the job should be retried (and sets its not_before).
  bool FinishJob(Job* job, int curl_code);

  CurlFetcherOptions options_;
  Clock* clock_;
  void* multi_ = nullptr;         // CURLM*, kept opaque so that only fetcher.cc includes curl.h
  void* resolve_list_ = nullptr;  // curl_slist*
  std::unordered_map<std::string, HostState> hosts_;
  RobotsCache robots_;
};

// In-memory Fetcher for unit tests: a map from exact URL to a canned
// response. Unknown URLs give HTTP 404. A request whose etag or
// last_modified equals the stored response's gets 304 with an empty body.
class FakeFetcher : public Fetcher {
 public:
  struct Response {
    int status_code = 200;
    std::string body{};
    std::string content_type{};
    std::string etag{};
    std::string last_modified{};
    std::string final_url{};  // "" = the requested URL
    Status error{};           // a network-level failure to simulate
  };

  void Add(std::string url, Response response) { responses_[std::move(url)] = std::move(response); }
  FetchResult Fetch(const FetchRequest& request) override;
  // Every request seen, in order.
  const std::vector<FetchRequest>& requests() const { return requests_; }

 private:
  std::map<std::string, Response> responses_;
  std::vector<FetchRequest> requests_;
};

}  // namespace ng::ingest

#endif  // NEWSGRAPH_INGEST_FETCHER_H_
