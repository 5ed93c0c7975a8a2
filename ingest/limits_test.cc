// Input bounds of ingest/ that had no test of their own (docs/limits.md lists
// every bound and where it is tested): file size, feed items and summaries,
// sitemap entries, robots.txt size. Going over a bound is either an error for
// that one input (the others go on) or a documented cut, never a crash.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "base/utf8.h"
#include "ingest/feed.h"
#include "ingest/loader.h"
#include "ingest/robots.h"
#include "ingest/sitemap.h"

namespace ng::ingest {
namespace {

std::string TempDir() {
  std::string dir = ::testing::TempDir() + "limits_test_" + std::to_string(::getpid());
  std::filesystem::create_directories(dir);
  return dir;
}

std::string RssWithItems(int n, const std::string& description) {
  std::string xml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>";
  for (int i = 0; i < n; ++i) {
    xml += "<item><title>item " + std::to_string(i) + "</title><link>https://x.example/" +
           std::to_string(i) + "</link><description>" + description + "</description></item>";
  }
  return xml + "</channel></rss>";
}

TEST(LimitsTest, FileOverTheSizeCapIsRefusedAndTheNextFileLoads) {
  const std::string dir = TempDir();
  const std::string big = dir + "/big.txt", small = dir + "/small.txt";
  std::ofstream(big) << "title\n" << std::string(2000, 'x') << "\n";
  std::ofstream(small) << "title\nbody\n";
  LoadOptions options;
  options.max_file_bytes = 1000;
  std::vector<StatusOr<Document>> got;
  for (const std::string& f : {big, small}) {
    LoadFile(f, options, [&](StatusOr<Document> d) { got.push_back(std::move(d)); });
  }
  ASSERT_EQ(got.size(), 2u);
  ASSERT_FALSE(got[0].ok());
  EXPECT_EQ(got[0].status().code(), Status::Code::kResourceExhausted);
  EXPECT_NE(got[0].status().message().find(big + ": larger than the 1000"), std::string::npos)
      << got[0].status().message();
  ASSERT_TRUE(got[1].ok());
  EXPECT_EQ(got[1]->text, "body");
  std::filesystem::remove_all(dir);
}

TEST(LimitsTest, FeedItemsAfterTheCapAreIgnored) {
  FeedOptions options;
  options.max_items = 3;
  StatusOr<Feed> feed = ParseFeed(RssWithItems(10, "d"), "https://x.example/rss", "", options);
  ASSERT_TRUE(feed.ok()) << feed.status().ToString();
  ASSERT_EQ(feed->items.size(), 3u);
  EXPECT_EQ(feed->items[2].title, "item 2");
}

TEST(LimitsTest, FeedSummaryIsCutOnACharacterBoundary) {
  FeedOptions options;
  options.max_summary_bytes = 10;
  // 4 three-byte syllables: a cut at 10 bytes must not split the fourth.
  StatusOr<Feed> feed =
      ParseFeed(RssWithItems(1, "가나다라"), "https://x.example/rss", "", options);
  ASSERT_TRUE(feed.ok()) << feed.status().ToString();
  ASSERT_EQ(feed->items.size(), 1u);
  EXPECT_LE(feed->items[0].summary.size(), 10u);
  EXPECT_TRUE(utf8::IsValid(feed->items[0].summary));
  EXPECT_EQ(feed->items[0].summary.rfind("가나다", 0), 0u) << feed->items[0].summary;
}

TEST(LimitsTest, SitemapEntriesAfterTheCapAreIgnoredAndOversizeIsRefused) {
  std::string xml = "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">";
  for (int i = 0; i < 20; ++i)
    xml += "<url><loc>https://x.example/" + std::to_string(i) + "</loc></url>";
  xml += "</urlset>";
  SitemapOptions options;
  options.max_entries = 5;
  StatusOr<Sitemap> sitemap = ParseSitemap(xml, "https://x.example/sitemap.xml", options);
  ASSERT_TRUE(sitemap.ok()) << sitemap.status().ToString();
  EXPECT_EQ(sitemap->entries.size(), 5u);

  options.max_bytes = 100;
  sitemap = ParseSitemap(xml, "https://x.example/sitemap.xml", options);
  ASSERT_FALSE(sitemap.ok());
  EXPECT_EQ(sitemap.status().code(), Status::Code::kResourceExhausted);
}

TEST(LimitsTest, RobotsRulesAfterHalfAMegabyteAreIgnored) {
  std::string body = "User-agent: *\n";
  while (body.size() < RobotsRules::kMaxBytes) body += "# padding padding padding padding\n";
  body += "Disallow: /late\n";
  const RobotsRules rules = RobotsRules::Parse(body);
  EXPECT_TRUE(rules.IsAllowed("newsgraph", "/late"));
  EXPECT_FALSE(
      RobotsRules::Parse("User-agent: *\nDisallow: /late\n").IsAllowed("newsgraph", "/late"));
}

}  // namespace
}  // namespace ng::ingest
