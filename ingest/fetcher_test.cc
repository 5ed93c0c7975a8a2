#include "ingest/fetcher.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <map>

#include "ingest/fetch_test_server.h"

namespace ng::ingest {
namespace {

using std::chrono::milliseconds;
using std::chrono::seconds;

// ------------------------------------------------------------ FakeFetcher

TEST(FakeFetcherTest, ConditionalGetOfAnUnchangedUrlGives304) {
  FakeFetcher fetcher;
  fetcher.Add("https://x.example/rss", {.body = "<rss/>", .etag = "\"v1\""});
  FetchResult first = fetcher.Fetch({.url = "https://x.example/rss"});
  EXPECT_TRUE(first.ok());
  EXPECT_EQ(first.body, "<rss/>");
  FetchResult second = fetcher.Fetch({.url = "https://x.example/rss", .etag = first.etag});
  EXPECT_TRUE(second.ok());
  EXPECT_TRUE(second.not_modified());
  EXPECT_EQ(second.body, "");
  EXPECT_EQ(fetcher.requests().size(), 2u);
}

TEST(FakeFetcherTest, UnknownUrlsAndSimulatedFailuresAreErrors) {
  FakeFetcher fetcher;
  fetcher.Add("https://x.example/down", {.error = Status::IoError("fetch https://x.example/down: "
                                                                  "timed out after 10 s")});
  std::vector<FetchResult> r =
      fetcher.FetchAll({{.url = "https://x.example/none"}, {.url = "https://x.example/down"}});
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0].error.ToString(), "fetch https://x.example/none: HTTP 404");
  EXPECT_EQ(r[0].status_code, 404);
  EXPECT_EQ(r[1].error.ToString(), "fetch https://x.example/down: timed out after 10 s");
}

// ------------------------------------------------------------ CurlFetcher

std::string SourceDir() {
  const char* env = std::getenv("NEWSGRAPH_SOURCE_DIR");
  return env != nullptr ? env : NG_SOURCE_DIR;
}

class CurlFetcherTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    StatusOr<std::unique_ptr<TestHttpServer>> s = TestHttpServer::Start(SourceDir());
    if (s.ok()) server_ = std::move(s).value().release();
  }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }
  void SetUp() override {
    if (server_ == nullptr) GTEST_SKIP() << "python3 test server unavailable";
  }

  // Fast settings; every *.test host name points at the local server.
  static CurlFetcherOptions Options() {
    CurlFetcherOptions o;
    o.per_host_delay = milliseconds(0);
    o.initial_backoff = milliseconds(10);
    o.max_retries = 2;
    o.total_timeout = seconds(10);
    for (const char* host : {"a.test", "b.test", "robots-deny.test", "robots-500.test",
                             "robots-delay.test", "robots-delay2.test", "polite.test"}) {
      o.resolve.push_back(std::string(host) + ":" + std::to_string(server_->port()) + ":127.0.0.1");
    }
    return o;
  }
  static std::string Url(std::string_view path, std::string_view host = "127.0.0.1") {
    return server_->Url(path, host);
  }
  // Arrival times at the server of requests for `host` whose path starts with `prefix`.
  static std::vector<double> Arrivals(std::string_view host, std::string_view prefix = "/") {
    std::vector<double> times;
    for (const TestHttpServer::LogLine& l : server_->ReadLog()) {
      if (l.host == host && l.path.rfind(prefix, 0) == 0) times.push_back(l.time);
    }
    return times;
  }

  static TestHttpServer* server_;
};
TestHttpServer* CurlFetcherTest::server_ = nullptr;

TEST_F(CurlFetcherTest, ConditionalGetOfAnUnchangedFeedGives304) {
  CurlFetcher fetcher(Options());
  FetchResult first = fetcher.Fetch({.url = Url("/feeds/rss2.xml")});
  ASSERT_TRUE(first.ok()) << first.error.ToString();
  EXPECT_EQ(first.status_code, 200);
  EXPECT_FALSE(first.etag.empty());
  EXPECT_EQ(first.last_modified, "Thu, 15 May 2025 00:00:00 GMT");
  EXPECT_EQ(first.content_type, "application/xml");
  EXPECT_NE(first.body.find("<rss"), std::string::npos);

  FetchResult by_etag = fetcher.Fetch({.url = Url("/feeds/rss2.xml"), .etag = first.etag});
  EXPECT_TRUE(by_etag.ok()) << by_etag.error.ToString();
  EXPECT_TRUE(by_etag.not_modified());
  EXPECT_EQ(by_etag.body, "");

  FetchResult by_date =
      fetcher.Fetch({.url = Url("/feeds/rss2.xml"), .last_modified = first.last_modified});
  EXPECT_TRUE(by_date.not_modified());
}

TEST_F(CurlFetcherTest, ErrorsNameTheUrlAndTheCause) {
  CurlFetcherOptions o = Options();
  o.max_body_bytes = 1024 * 1024;
  o.max_retries = 0;
  o.total_timeout = milliseconds(500);
  CurlFetcher fetcher(o);
  const struct {
    std::string url;
    std::string want;
  } kCases[] = {
      {Url("/loop/0"), "fetch " + Url("/loop/0") + ": more than 5 redirects"},
      {Url("/endless"), "fetch " + Url("/endless") + ": response body over 1048576 bytes"},
      {Url("/big?bytes=2000000"),
       "fetch " + Url("/big?bytes=2000000") + ": response body over 1048576 bytes"},
      {Url("/slow?s=3"), "fetch " + Url("/slow?s=3") + ": timed out after 0.5 s"},
      {Url("/status/404"), "fetch " + Url("/status/404") + ": HTTP 404"},
      {Url("/status/500"), "fetch " + Url("/status/500") + ": HTTP 500"},
      {"file:///etc/passwd", "fetch file:///etc/passwd: not an absolute http or https URL"},
      {"ftp://127.0.0.1/x", "fetch ftp://127.0.0.1/x: not an absolute http or https URL"},
  };
  std::vector<FetchRequest> requests;
  for (const auto& c : kCases) requests.push_back({.url = c.url});
  auto start = std::chrono::steady_clock::now();
  std::vector<FetchResult> results = fetcher.FetchAll(requests);
  EXPECT_LT(std::chrono::steady_clock::now() - start, seconds(8));
  ASSERT_EQ(results.size(), requests.size());
  for (size_t i = 0; i < results.size(); ++i) {
    EXPECT_EQ(results[i].error.ToString(), kCases[i].want);
    EXPECT_EQ(results[i].url, kCases[i].url);
  }
  EXPECT_EQ(results[1].error.code(), Status::Code::kResourceExhausted);
  EXPECT_EQ(results[1].body, "");
}

TEST_F(CurlFetcherTest, RedirectToFileIsRefused) {
  CurlFetcher fetcher(Options());
  FetchResult r = fetcher.Fetch({.url = Url("/to-file")});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error.message().rfind(
                "fetch " + Url("/to-file") + ": redirected to a URL that is not http or https", 0),
            0u)
      << r.error.message();
  EXPECT_EQ(r.body, "");
}

TEST_F(CurlFetcherTest, RedirectsAreFollowedToTheFinalUrl) {
  CurlFetcher fetcher(Options());
  FetchResult r = fetcher.Fetch({.url = Url("/redirect?to=/feeds/atom.xml")});
  ASSERT_TRUE(r.ok()) << r.error.ToString();
  EXPECT_EQ(r.final_url, Url("/feeds/atom.xml"));
  EXPECT_NE(r.body.find("<feed"), std::string::npos);
}

TEST_F(CurlFetcherTest, Http503IsRetriedAfterRetryAfterThenSucceeds) {
  FakeClock clock;
  CurlFetcherOptions o = Options();
  o.clock = &clock;
  CurlFetcher fetcher(o);
  FetchResult r = fetcher.Fetch({.url = Url("/flaky?key=r503&fail=2&code=503&retry_after=1")});
  ASSERT_TRUE(r.ok()) << r.error.ToString();
  EXPECT_EQ(r.body, "finally");
  EXPECT_EQ(r.attempts, 3);
  std::vector<Clock::Duration> want = {seconds(1), seconds(1)};
  EXPECT_EQ(clock.sleeps(), want);
}

TEST_F(CurlFetcherTest, ServerErrorsBackOffExponentially) {
  FakeClock clock;
  CurlFetcherOptions o = Options();
  o.clock = &clock;
  o.initial_backoff = seconds(1);
  o.max_retries = 3;
  CurlFetcher fetcher(o);
  FetchResult r = fetcher.Fetch({.url = Url("/status/502")});
  EXPECT_EQ(r.error.ToString(), "fetch " + Url("/status/502") + ": HTTP 502");
  EXPECT_EQ(r.attempts, 4);
  std::vector<Clock::Duration> want = {seconds(1), seconds(2), seconds(4)};
  EXPECT_EQ(clock.sleeps(), want);
}

TEST_F(CurlFetcherTest, RetryAfterBeyondTheCapIsNotWaitedFor) {
  FakeClock clock;
  CurlFetcherOptions o = Options();
  o.clock = &clock;
  CurlFetcher fetcher(o);
  FetchResult r = fetcher.Fetch({.url = Url("/status/429?retry_after=3600")});
  EXPECT_EQ(r.error.ToString(), "fetch " + Url("/status/429?retry_after=3600") +
                                    ": HTTP 429, Retry-After 3600 s is over the cap of 120 s");
  EXPECT_EQ(r.status_code, 429);
  EXPECT_EQ(r.retry_after, "3600");
  EXPECT_EQ(r.attempts, 1);
  EXPECT_TRUE(clock.sleeps().empty());
}

TEST_F(CurlFetcherTest, ClientErrorsAreNotRetried) {
  CurlFetcher fetcher(Options());
  FetchResult r = fetcher.Fetch({.url = Url("/status/404")});
  EXPECT_EQ(r.attempts, 1);
  EXPECT_EQ(r.status_code, 404);
}

TEST_F(CurlFetcherTest, CompressedBodyArrivesDecoded) {
  CurlFetcher fetcher(Options());
  FetchResult r = fetcher.Fetch({.url = Url("/gzip")});
  ASSERT_TRUE(r.ok()) << r.error.ToString();
  EXPECT_EQ(r.body.size(), 2000u * 28u);
}

TEST_F(CurlFetcherTest, UserAgentNamesNewsgraphAndItsVersion) {
  CurlFetcher fetcher(Options());
  FetchResult r = fetcher.Fetch({.url = Url("/echo")});
  EXPECT_NE(r.body.find("User-Agent: newsgraph/0.1.0 (+https://github.com/newsgraph)\n"),
            std::string::npos)
      << r.body;
  EXPECT_NE(r.body.find("Accept-Encoding: "), std::string::npos) << r.body;
}

TEST_F(CurlFetcherTest, PrivateAddressesAreRefusedWhenAsked) {
  CurlFetcherOptions o = Options();
  o.deny_private_addresses = true;
  o.max_retries = 0;
  CurlFetcher fetcher(o);
  FetchResult r = fetcher.Fetch({.url = Url("/echo")});
  EXPECT_EQ(r.error.ToString(),
            "fetch " + Url("/echo") +
                ": robots.txt of http://127.0.0.1:" + std::to_string(server_->port()) +
                " unavailable (refused to connect to private address 127.0.0.1): site skipped "
                "for this run");
  o.obey_robots = false;
  CurlFetcher no_robots(o);
  r = no_robots.Fetch({.url = Url("/echo")});
  EXPECT_EQ(r.error.ToString(),
            "fetch " + Url("/echo") + ": refused to connect to private address 127.0.0.1");
}

TEST_F(CurlFetcherTest, RobotsTxtIsObeyed) {
  CurlFetcherOptions o = Options();
  o.max_retries = 0;
  CurlFetcher fetcher(o);
  std::string port = std::to_string(server_->port());
  std::vector<FetchResult> r = fetcher.FetchAll({
      {.url = Url("/private/secret", "robots-deny.test")},
      {.url = Url("/feeds/rss1.rdf", "robots-deny.test")},
      {.url = Url("/feeds/rss1.rdf", "robots-500.test")},
  });
  EXPECT_EQ(r[0].error.ToString(), "fetch " + Url("/private/secret", "robots-deny.test") +
                                       ": robots.txt of http://robots-deny.test:" + port +
                                       " disallows /private/secret");
  EXPECT_EQ(r[0].attempts, 0);
  EXPECT_TRUE(r[1].ok()) << r[1].error.ToString();
  EXPECT_EQ(r[2].error.ToString(), "fetch " + Url("/feeds/rss1.rdf", "robots-500.test") +
                                       ": robots.txt of http://robots-500.test:" + port +
                                       " unavailable (HTTP 500): site skipped for this run");
  EXPECT_TRUE(Arrivals("robots-deny.test", "/private").empty());
  EXPECT_TRUE(Arrivals("robots-500.test", "/feeds").empty());
  // robots.txt is fetched once per run.
  fetcher.Fetch({.url = Url("/feeds/rss2.xml", "robots-deny.test")});
  EXPECT_EQ(Arrivals("robots-deny.test", "/robots.txt").size(), 1u);
}

TEST_F(CurlFetcherTest, PerHostDelayIsRespectedWhileHostsRunConcurrently) {
  CurlFetcherOptions o = Options();
  o.per_host_delay = milliseconds(300);
  CurlFetcher fetcher(o);
  std::vector<FetchRequest> requests;
  for (int i = 0; i < 3; ++i) {
    requests.push_back({.url = Url("/slow?s=0.2&i=" + std::to_string(i), "a.test")});
    requests.push_back({.url = Url("/slow?s=0.2&i=" + std::to_string(i), "b.test")});
  }
  auto start = std::chrono::steady_clock::now();
  std::vector<FetchResult> results = fetcher.FetchAll(requests);
  double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  for (const FetchResult& r : results) EXPECT_TRUE(r.ok()) << r.error.ToString();
  for (const char* host : {"a.test", "b.test"}) {
    std::vector<double> t = Arrivals(host);  // robots.txt, then the three pages
    ASSERT_EQ(t.size(), 4u) << host;
    for (size_t i = 1; i < t.size(); ++i) {
      // A request starts no earlier than the delay after the previous response ended.
      EXPECT_GE(t[i] - t[i - 1], 0.3 - 0.02) << host << " request " << i;
    }
  }
  // Sequential would be about 2 * (3 * 0.2 + 3 * 0.3) = 3 s; the hosts overlap.
  EXPECT_LT(elapsed, 2.6);
}

TEST_F(CurlFetcherTest, CrawlDelayIsHonouredUpToTheCap) {
  CurlFetcherOptions o = Options();
  o.per_host_delay = milliseconds(100);
  CurlFetcher fetcher(o);
  fetcher.FetchAll(
      {{.url = Url("/echo?1", "robots-delay.test")}, {.url = Url("/echo?2", "robots-delay.test")}});
  EXPECT_EQ(fetcher.DelayFor("robots-delay.test"), milliseconds(1000));
  std::vector<double> t = Arrivals("robots-delay.test", "/echo");
  ASSERT_EQ(t.size(), 2u);
  EXPECT_GE(t[1] - t[0], 1.0 - 0.02);

  o.max_crawl_delay = milliseconds(400);
  CurlFetcher capped(o);
  capped.Fetch({.url = Url("/echo", "robots-delay2.test")});
  EXPECT_EQ(capped.DelayFor("robots-delay2.test"), milliseconds(400));
}

}  // namespace
}  // namespace ng::ingest
