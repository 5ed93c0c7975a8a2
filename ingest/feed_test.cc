#include "ingest/feed.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "ingest/sitemap.h"

namespace ng::ingest {
namespace {

std::string SourceDir() {
  const char* env = std::getenv("NEWSGRAPH_SOURCE_DIR");
  return env != nullptr ? env : NG_SOURCE_DIR;
}

std::string ReadFixture(const std::string& name) {
  std::ifstream in(SourceDir() + "/tests/fixtures/feeds/" + name, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// One line per item: "link | title | date | guid | summary".
std::string Dump(const Feed& feed) {
  std::string out =
      std::string(FeedFormatName(feed.format)) + " \"" + feed.title + "\" " + feed.link + "\n";
  for (const FeedItem& i : feed.items) {
    out += i.link + " | " + i.title + " | " + i.date + " | " + i.guid + " | " + i.summary + "\n";
  }
  return out;
}

std::string ParseFixture(const std::string& name, const std::string& url) {
  StatusOr<Feed> feed = ParseFeed(ReadFixture(name), url);
  return feed.ok() ? Dump(*feed) : "ERR: " + feed.status().message();
}

TEST(FeedTest, Rss2ItemsHaveResolvedLinksPlainTextAndIsoDates) {
  EXPECT_EQ(ParseFixture("rss2.xml", "https://news.example.com/rss"),
            "rss2 \"Example News\" https://news.example.com/\n"
            "https://news.example.com/article/1?utm_source=rss | 샘 알트만, 서울 방문 | "
            "2025-05-15T09:30:00+09:00 | news-1 | 오픈AI CEO가 서울을 방문했다.\n"
            "https://news.example.com/article/2 | Markets & more | 2003-06-10T04:00:00+00:00 | "
            "https://news.example.com/article/2 | Stocks rose on Tuesday.\n"
            "https://news.example.com/article/3 | Korean time zone | 2025-05-15T10:00:00+09:00 |  "
            "| Full text only.\n");
}

TEST(FeedTest, Rss1RdfItemsAreSiblingsOfTheChannel) {
  EXPECT_EQ(ParseFixture("rss1.rdf", "http://blog.example.org/index.rdf"),
            "rss1 \"RDF Blog\" http://blog.example.org/\n"
            "http://blog.example.org/2025/05/first | First post | 2025-05-01T08:00:00+00:00 | "
            "http://blog.example.org/2025/05/first | Hello RDF.\n"
            "http://blog.example.org/2025/05/second | Second post | 2025-05-02 | "
            "http://blog.example.org/2025/05/second | \n");
}

TEST(FeedTest, AtomLinksResolveAgainstXmlBase) {
  EXPECT_EQ(ParseFixture("atom.xml", "https://atom.example.net/feed.atom"),
            "atom \"Atom News\" https://atom.example.net/\n"
            "https://atom.example.net/blog/posts/one.html#top | Relative link entry | "
            "2025-05-14T23:15:30-04:00 | tag:atom.example.net,2025:1 | Summary one.\n"
            "https://other.example.net/two | Entry with its own base | 2025-05-15T02:00:00+00:00 | "
            "tag:atom.example.net,2025:2 | Content two.\n");
}

TEST(FeedTest, EucKrFeedDecodesToUtf8) {
  StatusOr<Feed> feed = ParseFeed(ReadFixture("euckr.xml"), "http://kr.example.com/rss");
  ASSERT_TRUE(feed.ok()) << feed.status().message();
  EXPECT_EQ(feed->charset, "windows-949");
  EXPECT_EQ(
      Dump(*feed),
      "rss2 \"한국 뉴스\" http://kr.example.com/\n"
      "http://kr.example.com/news/100 | 대통령, 경제 정책 발표 | 2025-05-16T14:00:00+09:00 |  "
      "| 정부는 오늘 새 경제 정책을 발표했다.\n");
}

TEST(FeedTest, Cp949SyllablesOutsideEucKrDecode) {
  StatusOr<Feed> feed = ParseFeed(ReadFixture("cp949.xml"), "http://kr.example.com/rss");
  ASSERT_TRUE(feed.ok()) << feed.status().message();
  ASSERT_EQ(feed->items.size(), 1u);
  EXPECT_EQ(feed->items[0].title, "똠방각하 햏");
}

TEST(FeedTest, EntityBombFailsFastWithAClearMessage) {
  auto start = std::chrono::steady_clock::now();
  StatusOr<Feed> feed = ParseFeed(ReadFixture("bomb.xml"), "http://bomb.example/rss");
  auto elapsed = std::chrono::steady_clock::now() - start;
  EXPECT_LT(elapsed, std::chrono::seconds(2));
  if (feed.ok()) {
    // Harmless is acceptable too: nothing may have been expanded.
    for (const FeedItem& i : feed->items) EXPECT_LT(i.title.size() + i.summary.size(), 1000u);
  } else {
    EXPECT_EQ(feed.status().message().rfind("feed http://bomb.example/rss: line ", 0), 0u)
        << feed.status().message();
  }
}

TEST(FeedTest, ExternalEntitiesAreNeverLoaded) {
  StatusOr<Feed> feed = ParseFeed(ReadFixture("xxe.xml"), "http://x.example/rss");
  ASSERT_TRUE(feed.ok()) << feed.status().message();
  ASSERT_EQ(feed->items.size(), 1u);
  EXPECT_EQ(feed->items[0].title, "secret:end");
}

TEST(FeedTest, OversizedInputIsRefusedBeforeParsing) {
  FeedOptions options;
  options.max_bytes = 100;
  StatusOr<Feed> feed = ParseFeed(ReadFixture("rss2.xml"), "http://x.example/rss", "", options);
  ASSERT_FALSE(feed.ok());
  EXPECT_EQ(feed.status().code(), Status::Code::kResourceExhausted);
  EXPECT_EQ(feed.status().message(),
            "feed http://x.example/rss: " + std::to_string(ReadFixture("rss2.xml").size()) +
                " bytes is over the limit of 100");
}

TEST(FeedTest, NonFeedsAreReportedByName) {
  const struct {
    const char* body;
    const char* want;
  } kCases[] = {
      {"<html><body>hi</body></html>",
       "feed http://x.example/f: root element <html> is not rss, RDF or feed"},
      {"", "feed http://x.example/f: line 1: Document is empty"},
      {"just text", "feed http://x.example/f: line 1: Start tag expected, '<' not found"},
  };
  for (const auto& c : kCases) {
    StatusOr<Feed> feed = ParseFeed(c.body, "http://x.example/f");
    ASSERT_FALSE(feed.ok()) << c.body;
    EXPECT_EQ(feed.status().message(), c.want);
  }
}

TEST(FeedTest, DatesBecomeIso8601WithTheWrittenOffset) {
  const struct {
    const char* in;
    const char* want;
  } kCases[] = {
      {"Tue, 10 Jun 2003 04:00:00 GMT", "2003-06-10T04:00:00+00:00"},
      {"Thu, 15 May 2025 09:30:00 +0900", "2025-05-15T09:30:00+09:00"},
      {"15 May 2025 09:30 KST", "2025-05-15T09:30:00+09:00"},
      {"Sat, 1 Mar 25 17:05:09 EST", "2025-03-01T17:05:09-05:00"},
      {"Thu, 15 May 2025 09:30:00", "2025-05-15T09:30:00"},
      {"2003-12-13T18:30:02Z", "2003-12-13T18:30:02+00:00"},
      {"2003-12-13T18:30:02.25+01:00", "2003-12-13T18:30:02+01:00"},
      {"2025-05-15 09:30:00", "2025-05-15T09:30:00"},
      {"2025-05-15", "2025-05-15"},
      {"2025-13-15", ""},
      {"yesterday", ""},
      {"", ""},
  };
  for (const auto& c : kCases) EXPECT_EQ(FeedDateToIso8601(c.in), c.want) << c.in;
}

TEST(FeedTest, HomepageAdvertisesItsFeeds) {
  std::vector<FeedLink> links =
      DiscoverFeeds(ReadFixture("home.html"), "https://news.example.com/");
  std::string dump;
  for (const FeedLink& l : links) dump += l.url + " " + l.type + " \"" + l.title + "\"\n";
  EXPECT_EQ(dump,
            "https://news.example.com/ko/rss/all.xml application/rss+xml \"전체 기사\"\n"
            "https://news.example.com/feed.atom application/atom+xml \"Atom\"\n");
}

TEST(FeedTest, BodiesAreClassifiedByTheirFirstElement) {
  const struct {
    std::string body;
    const char* content_type;
    const char* want;
  } kCases[] = {
      {"<?xml version=\"1.0\"?>\n<!-- c --><rss version=\"2.0\">", "", "feed"},
      {"\xEF\xBB\xBF<feed xmlns=\"http://www.w3.org/2005/Atom\">", "", "feed"},
      {"<rdf:RDF xmlns:rdf=\"x\">", "", "feed"},
      {"<?xml version=\"1.0\"?><urlset>", "", "sitemap"},
      {"<sitemapindex>", "", "sitemap-index"},
      {"<!DOCTYPE html><html>", "", "html"},
      {"  <html lang=ko>", "", "html"},
      {std::string("\xFF\xFE<\0r\0s\0s\0>\0", 12), "", "feed"},
      {"garbage", "application/rss+xml", "feed"},
      {"garbage", "text/html; charset=utf-8", "html"},
      {"garbage", "", "unknown"},
  };
  for (const auto& c : kCases) {
    EXPECT_EQ(BodyKindName(ClassifyBody(c.body, c.content_type)), std::string(c.want)) << c.body;
  }
}

TEST(SitemapTest, NewsSitemapGivesUrlsDatesAndTitles) {
  StatusOr<Sitemap> sm =
      ParseSitemap(ReadFixture("sitemap_news.xml"), "https://news.example.com/sitemap.xml");
  ASSERT_TRUE(sm.ok()) << sm.status().message();
  EXPECT_FALSE(sm->is_index);
  std::string dump;
  for (const SitemapEntry& e : sm->entries) {
    dump += e.loc + " | " + e.lastmod + " | " + e.news_title + " | " + e.news_publication_date +
            " | " + e.news_publication_name + " | " + e.news_language + "\n";
  }
  EXPECT_EQ(
      dump,
      "https://news.example.com/article/10 | 2025-05-15T09:00:00+09:00 | 뉴스 사이트맵 기사 | "
      "2025-05-15T08:55:00+09:00 | Example News | ko\n"
      "https://news.example.com/article/11 | 2025-05-14 |  |  |  | \n");
}

TEST(SitemapTest, IndexListsChildSitemaps) {
  StatusOr<Sitemap> sm =
      ParseSitemap(ReadFixture("sitemap_index.xml"), "https://news.example.com/sitemap.xml");
  ASSERT_TRUE(sm.ok()) << sm.status().message();
  EXPECT_TRUE(sm->is_index);
  ASSERT_EQ(sm->entries.size(), 2u);
  EXPECT_EQ(sm->entries[0].loc, "https://news.example.com/sitemap-news.xml");
  EXPECT_EQ(sm->entries[1].loc, "https://news.example.com/sitemap-2025-05.xml");
}

TEST(SitemapTest, AFeedIsNotASitemap) {
  StatusOr<Sitemap> sm = ParseSitemap(ReadFixture("rss2.xml"), "https://x.example/s.xml");
  ASSERT_FALSE(sm.ok());
  EXPECT_EQ(sm.status().message(),
            "sitemap https://x.example/s.xml: root element <rss> is not urlset or sitemapindex");
}

// The shared corpus holds real EUC-KR/CP949 feeds; the test skips without it.
TEST(FeedTest, CorpusKoreanFeedsParseWithHangulTitles) {
  const std::filesystem::path dir = "/work/shared/corpus/ko/feeds";
  if (!std::filesystem::is_directory(dir)) GTEST_SKIP() << dir << " not present";
  int parsed = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    StatusOr<Feed> feed =
        ParseFeed(ss.str(), "http://corpus.example/" + entry.path().filename().string());
    if (!feed.ok()) {
      ADD_FAILURE() << entry.path() << ": " << feed.status().message();
      continue;
    }
    ++parsed;
    bool hangul = false;
    for (const FeedItem& i : feed->items) {
      // U+AC00..U+D7A3 in UTF-8 start with 0xEA..0xED.
      for (unsigned char c : i.title + i.summary) hangul |= c >= 0xEA && c <= 0xED;
    }
    EXPECT_TRUE(hangul || feed->items.empty()) << entry.path() << " charset " << feed->charset;
  }
  EXPECT_GT(parsed, 0);
}

}  // namespace
}  // namespace ng::ingest
