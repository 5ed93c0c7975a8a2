// fetch_bench: how many feeds and articles per second a polite run fetches
// from the local test server (tests/http_test_server.py on 127.0.0.1).
//
// N host names (h0.test ... hN-1.test, all resolved to 127.0.0.1) each serve
// one RSS feed of K items; the run fetches every robots.txt, every feed,
// parses the feeds, then fetches every article. Politeness bounds the run:
// one request in flight per host and `delay` between requests to a host, so
// the floor is about (K + 1) * delay per host, with hosts in parallel.
// Prints figures; never fails on time.
//
// --mode ingest (also part of the default --mode both) measures the whole
// `newsgraph ingest --feeds` pipeline (app/fetch_pipeline.h) on the same
// feeds: fetch, extract, analyse and store every article in a temporary
// SQLite file, then a second run over the unchanged feeds (304s and known
// URLs: what a cron run costs when nothing is new).
//
// Usage: fetch_bench [--hosts N] [--articles K] [--delay-ms D] [--mode fetch|ingest|both]
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "app/fetch_pipeline.h"
#include "ingest/feed.h"
#include "ingest/fetch_test_server.h"
#include "ingest/fetcher.h"

namespace {

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

// Two `ingest --feeds` runs (the second over unchanged feeds) into a
// temporary database; prints feeds/s and articles/s for each.
int BenchIngest(const ng::ingest::TestHttpServer& srv, int hosts, int articles, int delay_ms) {
  const std::string db = std::filesystem::temp_directory_path().string() + "/fetch_bench-" +
                         std::to_string(getpid()) + ".db";
  ng::app::FetchIngestOptions options;
  options.db_path = db;
  options.fetch.per_host_delay = std::chrono::milliseconds(delay_ms);
  options.fetch.max_connections = hosts;
  std::vector<ng::app::FetchSource> sources;
  for (int h = 0; h < hosts; ++h) {
    std::string host = std::to_string(h);  // not "h" + ...: GCC 12 -Wrestrict false positive
    host.insert(0, 1, 'h');
    host.append(".test");
    options.fetch.resolve.push_back(host + ":" + std::to_string(srv.port()) + ":127.0.0.1");
    // Stories of their own per host, with ETag and Last-Modified.
    sources.push_back(
        {.url = srv.Url("/news/s" + std::to_string(h) + "/feed.xml?n=" + std::to_string(articles),
                        host),
         .from_feed_list = true});
  }
  int failures = 0;
  auto report = [&](const ng::Status& s) {
    ++failures;
    std::fprintf(stderr, "%s\n", s.message().c_str());
  };
  for (const char* label : {"first run", "second run (unchanged feeds)"}) {
    auto r = ng::app::IngestSources(sources, options, report);
    if (!r.ok()) {
      std::fprintf(stderr, "fetch_bench: %s\n", r.status().message().c_str());
      return 1;
    }
    std::printf(
        "ingest --feeds, %s: %lld feeds checked (%lld answered 304), %lld new articles, %lld "
        "known URLs skipped, %lld failed in %.2f s = %.1f feeds/s, %.1f articles/s\n",
        label, static_cast<long long>(r->feeds_checked), static_cast<long long>(r->not_modified),
        static_cast<long long>(r->added), static_cast<long long>(r->known),
        static_cast<long long>(r->failed), r->seconds, r->feeds_checked / r->seconds,
        r->added / r->seconds);
  }
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db + suffix);
  return failures > 0 ? 1 : 0;
}

}  // namespace

int main(int argc, char** argv) {
  int hosts = 8;
  int articles = 10;
  int delay_ms = 500;
  std::string mode = "both";
  for (int i = 1; i + 1 < argc; i += 2) {
    if (std::strcmp(argv[i], "--hosts") == 0) hosts = std::atoi(argv[i + 1]);
    if (std::strcmp(argv[i], "--articles") == 0) articles = std::atoi(argv[i + 1]);
    if (std::strcmp(argv[i], "--delay-ms") == 0) delay_ms = std::atoi(argv[i + 1]);
    if (std::strcmp(argv[i], "--mode") == 0) mode = argv[i + 1];
  }
  const char* env = std::getenv("NEWSGRAPH_SOURCE_DIR");
  auto server = ng::ingest::TestHttpServer::Start(env != nullptr ? env : NG_SOURCE_DIR);
  if (!server.ok()) {
    std::fprintf(stderr, "fetch_bench: %s\n", server.status().message().c_str());
    return 1;
  }
  ng::ingest::TestHttpServer& srv = **server;
  if (mode == "ingest") return BenchIngest(srv, hosts, articles, delay_ms);

  ng::ingest::CurlFetcherOptions options;
  options.per_host_delay = std::chrono::milliseconds(delay_ms);
  options.max_connections = hosts;
  std::vector<ng::ingest::FetchRequest> feeds;
  for (int h = 0; h < hosts; ++h) {
    std::string host = std::to_string(h);
    host.insert(0, 1, 'h');
    host.append(".test");
    options.resolve.push_back(host + ":" + std::to_string(srv.port()) + ":127.0.0.1");
    feeds.push_back({.url = srv.Url("/bench/feed.xml?n=" + std::to_string(articles), host)});
  }
  std::printf(
      "politeness: %d hosts, 1 request in flight per host, %d ms between requests to a "
      "host, robots.txt fetched per host, max %d connections\n",
      hosts, delay_ms, options.max_connections);
  std::printf(
      "expected floor: about %.1f s ((1 robots + 1 feed + %d articles) * delay per host, "
      "hosts in parallel)\n",
      (articles + 1) * delay_ms / 1000.0, articles);

  ng::ingest::CurlFetcher fetcher(options);
  auto start = std::chrono::steady_clock::now();
  std::vector<ng::ingest::FetchResult> feed_results = fetcher.FetchAll(feeds);
  double feeds_s = Seconds(start);
  std::vector<ng::ingest::FetchRequest> pages;
  int feed_failures = 0;
  for (const ng::ingest::FetchResult& r : feed_results) {
    if (!r.ok()) {
      ++feed_failures;
      std::fprintf(stderr, "%s\n", r.error.message().c_str());
      continue;
    }
    auto feed = ng::ingest::ParseFeed(r.body, r.final_url, r.content_type);
    if (!feed.ok()) {
      ++feed_failures;
      std::fprintf(stderr, "%s\n", feed.status().message().c_str());
      continue;
    }
    for (const ng::ingest::FeedItem& item : feed->items) pages.push_back({.url = item.link});
  }
  auto articles_start = std::chrono::steady_clock::now();
  std::vector<ng::ingest::FetchResult> page_results = fetcher.FetchAll(pages);
  double articles_s = Seconds(articles_start);
  double total_s = Seconds(start);
  int page_failures = 0;
  size_t bytes = 0;
  for (const ng::ingest::FetchResult& r : page_results) {
    if (!r.ok()) ++page_failures;
    bytes += r.body.size();
  }
  std::printf(
      "feeds:    %zu fetched+parsed in %.2f s (incl. robots.txt) = %.1f feeds/s, %d failed\n",
      feeds.size(), feeds_s, feeds.size() / feeds_s, feed_failures);
  std::printf("articles: %zu fetched in %.2f s = %.1f articles/s, %d failed, %zu bytes\n",
              pages.size(), articles_s, pages.size() / articles_s, page_failures, bytes);
  std::printf("run:      %.2f s total, %.1f requests/s overall\n", total_s,
              (2.0 * hosts + pages.size()) / total_s);
  if (mode == "both") return BenchIngest(srv, hosts, articles, delay_ms);
  return 0;
}
