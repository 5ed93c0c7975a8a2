// Fetch pipeline: `newsgraph ingest --feeds FILE` and `newsgraph ingest URL...`.
// Fetches feeds, sitemaps and article pages over HTTP (ingest/fetcher.h),
// turns pages into articles (ingest/html_extract.h -> ToRecord -> nlp
// Analyzer) and stores them with their fetch state (db/fetch_state.h).
//
// What a run fetches:
//   1. every source (a feed-list line or a URL argument), with the ETag and
//      Last-Modified of the last run, so an unchanged feed answers 304 and
//      costs one request without a body. The response decides what a source
//      is (ingest::ClassifyBody): a feed or a sitemap lists pages, a sitemap
//      index lists sitemaps (fetched next, one level), an HTML page is an
//      article (or, when it has no article text, a homepage whose advertised
//      feeds are fetched next);
//   2. every listed page whose normalised URL is not known yet. Known = a
//      fetch_state row of kind 'page' with a 2xx/304 status, or an article
//      with that url or canonical_url. --refetch fetches known pages again
//      (conditionally). Pages are fetched round-robin over hosts, one per host
//      per batch, under the fetcher's politeness.
//   Each page becomes one transaction: the article (or the link to the copy
//   that is stored already) and its fetch_state row. A page whose canonical
//   URL is stored already, or whose content hash is, is linked to that article
//   without analysis; a page whose body SimHash is within kNearDuplicateBits
//   of a stored original is stored with duplicate_of set and no facts.
//   3. A feed's validators are saved only when every page it lists has been
//      dealt with (stored, known, or failed for good, e.g. 404 or no article
//      text). After a crash, an interrupted run or a page that failed for a
//      retryable reason (network, 5xx, 429) the next run downloads the feed
//      again instead of getting a 304, and picks up the pages still missing.
//
// Stopping: `stop` is polled between pages (and between source rounds); when
// it becomes non-zero the run finishes the page in hand, saves what is done,
// and returns with FetchIngestReport::interrupted set.
//
// Library code: problems go to the Reporter and are counted; only main.cc
// decides exit codes. Not thread-safe (one run at a time per database; see
// app/run_lock.h).
#ifndef NEWSGRAPH_APP_FETCH_PIPELINE_H_
#define NEWSGRAPH_APP_FETCH_PIPELINE_H_

#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/pipeline.h"
#include "base/status.h"
#include "ingest/fetcher.h"

namespace ng::app {

// One feed-list line or URL argument.
struct FetchSource {
  std::string url{};
  bool from_feed_list = false;  // a feed-list line (stored as kind 'feed' until classified)
  // "delay=5s": the politeness delay for this source's host (and its pages).
  std::optional<std::chrono::milliseconds> delay{};
  // "max-items=20": only the first N items of the feed or sitemap (0 = all).
  size_t max_items = 0;
};

// Parses a feed list: one URL a line, optionally followed by settings
// (`delay=5s`, `delay=500ms`, `delay=2` seconds, `max-items=N`); blank lines
// and `#` comments (whole line, or after whitespace) are skipped. `name` is
// used in messages: InvalidArgument "feeds.txt:3: unknown setting 'x' (known:
// delay, max-items)", "feeds.txt:4: 'ftp://x' is not an http or https URL".
StatusOr<std::vector<FetchSource>> ParseFeedList(std::string_view text, std::string_view name);

struct FetchProgress {
  int64_t sources_done = 0, sources_total = 0;
  int64_t pages_done = 0, pages_total = 0;
};

struct FetchIngestOptions {
  std::string db_path = "newsgraph.db";
  LexiconOptions lexicon;
  nlp::AnalyzerOptions analyzer;
  // Fetch pages whose URL is known already (conditionally: an unchanged page
  // answers 304).
  bool refetch = false;
  // CurlFetcher settings; per_host_delay default 2 s, max_body_bytes 10 MB,
  // total_timeout 30 s, user_agent names newsgraph and its version, and
  // deny_private_addresses off. host_delays is filled from FetchSource::delay.
  ingest::CurlFetcherOptions fetch;
  // The fetcher to use instead of a CurlFetcher built from `fetch` (unit tests
  // pass a FakeFetcher). Not owned.
  ingest::Fetcher* fetcher = nullptr;
  // Polled between pages: non-zero = finish the page in hand and stop. May be null.
  const std::atomic<int>* stop = nullptr;
  // Called after every source and every page. May be empty.
  std::function<void(const FetchProgress&)> progress;
};

struct FetchIngestReport {
  int64_t feeds_checked = 0;  // feeds and sitemaps that answered (200 or 304)
  int64_t not_modified = 0;   // sources that answered 304
  int64_t added = 0;          // new articles (duplicates not included)
  int64_t updated = 0;        // pages whose new content replaced their old version
  int64_t duplicates = 0;     // pages stored as, or linked to, a copy of another article
  int64_t known = 0;          // pages not fetched (known URL) or unchanged
  int64_t failed = 0;         // sources and pages that failed
  int64_t entities = 0;       // entity mentions found in new articles
  int64_t relations = 0;      // typed relations found in new articles
  bool interrupted = false;   // `stop` was seen before the end
  double seconds = 0;
};

// Runs the sources. Returns an error only when the run could not start
// (database, dictionary); per-source and per-page problems go to `report`.
StatusOr<FetchIngestReport> IngestSources(const std::vector<FetchSource>& sources,
                                          const FetchIngestOptions& options,
                                          const Reporter& report);

// True for "http://..." and "https://..." arguments (case-insensitive scheme).
bool IsHttpUrl(std::string_view arg);

}  // namespace ng::app

#endif  // NEWSGRAPH_APP_FETCH_PIPELINE_H_
