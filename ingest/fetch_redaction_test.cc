// Secrets in URLs never reach messages: a fetch of a URL with user:password
// and a token parameter fails with a message that names the URL redacted
// (ingest/url.h RedactUrl), whether the error comes from the transfer itself
// or from the robots.txt step. See docs/security.md.
#include <gtest/gtest.h>

#include <string>

#include "ingest/fetcher.h"

namespace ng::ingest {
namespace {

// Port 1 on loopback: nothing listens, so the connection is refused at once.
constexpr char kUrl[] = "http://alice:hunter2@127.0.0.1:1/feed?token=s3cr3t&page=2";

void ExpectNoSecret(const std::string& message) {
  EXPECT_EQ(message.find("hunter2"), std::string::npos) << message;
  EXPECT_EQ(message.find("s3cr3t"), std::string::npos) << message;
  EXPECT_EQ(message.find("alice"), std::string::npos) << message;
}

TEST(FetchRedactionTest, TransferErrorsRedactCredentials) {
  CurlFetcherOptions o;
  o.obey_robots = false;
  o.max_retries = 0;
  o.per_host_delay = std::chrono::milliseconds(0);
  CurlFetcher fetcher(o);
  const FetchResult r = fetcher.Fetch({.url = kUrl});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error.message().rfind("fetch http://***@127.0.0.1:1/feed?token=***&page=2: ", 0), 0u)
      << r.error.message();
  ExpectNoSecret(r.error.message());
}

TEST(FetchRedactionTest, RobotsErrorsRedactCredentials) {
  CurlFetcherOptions o;
  o.max_retries = 0;
  o.per_host_delay = std::chrono::milliseconds(0);
  CurlFetcher fetcher(o);
  const FetchResult r = fetcher.Fetch({.url = kUrl});
  ASSERT_FALSE(r.ok());
  ExpectNoSecret(r.error.message());
}

TEST(FetchRedactionTest, SchemesOtherThanHttpAreRefusedBeforeAnyRequest) {
  CurlFetcherOptions o;
  o.obey_robots = false;
  o.max_retries = 0;
  CurlFetcher fetcher(o);
  for (const char* url : {"file:///etc/passwd", "ftp://x.example/a", "gopher://x.example/",
                          "dict://127.0.0.1:11211/stat"}) {
    const FetchResult r = fetcher.Fetch({.url = url});
    EXPECT_FALSE(r.ok()) << url;
    EXPECT_EQ(r.attempts, 0) << url << ": " << r.error.message();
  }
}

}  // namespace
}  // namespace ng::ingest
