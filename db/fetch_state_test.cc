#include "db/fetch_state.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <string>

#include "base/simhash.h"

namespace ng::db {
namespace {

std::string Body(int seed) {
  std::string text;
  for (int i = 0; i < 60; ++i) {
    text += "word" + std::to_string((i * 7 + seed * 13) % 97) + " ";
    if (i % 9 == 8) text += "and story " + std::to_string(seed) + ". ";
  }
  return text;
}

ArticleRecord Article(const std::string& url, const std::string& title, const std::string& body) {
  ArticleRecord r;
  r.source = url;
  r.url = url;
  r.title = title;
  r.text = title + "\n\n" + body;
  r.lang = "en";
  return r;
}

nlp::Extraction OneMention() {
  nlp::Extraction x;
  x.sentences.push_back({0, 5});
  x.entities.push_back({"Samsung", nlp::EntityType::kOrg, {{"Samsung", "en"}}});
  x.mentions.push_back({0, 0, 0, 5});
  return x;
}

int64_t Count(Store& s, const char* sql) {
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(s.handle(), sql, -1, &st, nullptr);
  int64_t n = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
  sqlite3_finalize(st);
  return n;
}

class FetchStateTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto s = Store::Open(":memory:");
    ASSERT_TRUE(s.ok()) << s.status().message();
    store_ = std::move(*s);
  }
  std::unique_ptr<Store> store_;
};

TEST_F(FetchStateTest, RowRoundTripsAndKeepsItsFirstFetchTime) {
  FetchStateTable table(store_.get());
  StatusOr<std::optional<FetchState>> none = table.Get("https://x.example/rss");
  ASSERT_TRUE(none.ok());
  EXPECT_FALSE(none->has_value());
  FetchState s{.url = "https://x.example/rss", .kind = "feed", .etag = "\"e1\"", .status = 200};
  ASSERT_TRUE(table.Put(s).ok());
  StatusOr<std::optional<FetchState>> got = table.Get(s.url);
  ASSERT_TRUE(got.ok() && got->has_value());
  EXPECT_EQ((*got)->etag, "\"e1\"");
  EXPECT_EQ((*got)->last_modified, "");  // stored as NULL
  EXPECT_EQ((*got)->article_id, 0);
  const std::string first = (*got)->first_fetched_at;
  EXPECT_FALSE(first.empty());
  s.status = 0;
  s.last_error = "fetch https://x.example/rss: timed out";
  ASSERT_TRUE(table.Put(s).ok());
  got = table.Get(s.url);
  EXPECT_EQ((*got)->status, 0);
  EXPECT_EQ((*got)->last_error, "fetch https://x.example/rss: timed out");
  EXPECT_EQ((*got)->first_fetched_at, first);
  EXPECT_EQ(Count(*store_, "SELECT count(*) FROM fetch_state"), 1);
}

TEST_F(FetchStateTest, ArticleAndFetchStateAreWrittenTogether) {
  FetchStateTable table(store_.get());
  const ArticleRecord a = Article("https://a.example/1", "Title", Body(1));
  StatusOr<FetchedArticle> added =
      table.AddFetchedArticle(a, OneMention(), 0, {.url = a.url, .kind = "page", .status = 200});
  ASSERT_TRUE(added.ok()) << added.status().message();
  EXPECT_EQ(added->added.outcome, AddOutcome::kAdded);
  EXPECT_EQ((*table.Get(a.url))->article_id, added->added.article_id);
  EXPECT_EQ(Count(*store_, "SELECT count(*) FROM mentions"), 1);
  // simhash is the body's (the title left out).
  EXPECT_EQ(Count(*store_, "SELECT simhash FROM articles"),
            static_cast<int64_t>(SimHash(Store::BodyOf(a))));
  EXPECT_EQ(*table.FindArticleByUrl(a.url), added->added.article_id);
  EXPECT_EQ(*table.FindArticleByContent(Store::ContentHash(a)), added->added.article_id);
  EXPECT_EQ(*table.FindArticleByUrl("https://a.example/2"), 0);

  // A bad fetch state (kind violates the CHECK) rolls the article back too.
  const ArticleRecord b = Article("https://a.example/2", "Other", Body(2));
  StatusOr<FetchedArticle> failed =
      table.AddFetchedArticle(b, OneMention(), 0, {.url = b.url, .kind = "bogus", .status = 200});
  EXPECT_FALSE(failed.ok());
  EXPECT_EQ(Count(*store_, "SELECT count(*) FROM articles"), 1);
  EXPECT_EQ(Count(*store_, "SELECT count(*) FROM mentions"), 1);
}

TEST_F(FetchStateTest, NearDuplicateIsStoredWithoutFactsAndPointsAtTheFirstCopy) {
  FetchStateTable table(store_.get());
  const ArticleRecord first = Article("https://a.example/1", "Chip plant", Body(5));
  ASSERT_TRUE(
      table.AddFetchedArticle(first, OneMention(), 0, {.url = first.url, .kind = "page"}).ok());
  const ArticleRecord copy =
      Article("https://b.example/9", "Samsung builds chip plant", Body(5) + "Credit: wire.");
  const uint64_t h = SimHash(Store::BodyOf(copy));
  StatusOr<int64_t> near = table.FindNearDuplicate(h, kNearDuplicateBits, copy.source);
  ASSERT_TRUE(near.ok());
  ASSERT_NE(*near, 0);
  // The same source is a new version of itself, not a copy.
  EXPECT_EQ(*table.FindNearDuplicate(h, kNearDuplicateBits, first.source), 0);
  StatusOr<FetchedArticle> added =
      table.AddFetchedArticle(copy, OneMention(), *near, {.url = copy.url, .kind = "page"});
  ASSERT_TRUE(added.ok()) << added.status().message();
  EXPECT_EQ(added->duplicate_of, *near);
  EXPECT_EQ(Count(*store_, "SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL"), 1);
  EXPECT_EQ(Count(*store_, "SELECT count(*) FROM mentions"), 1);  // the copy added none
  // Copies are never the first copy of something else.
  EXPECT_EQ(*table.FindNearDuplicate(h, kNearDuplicateBits, "https://c.example/x"), *near);
  EXPECT_EQ(*table.FindNearDuplicate(SimHash(Body(40)), kNearDuplicateBits, "z"), 0);
}

}  // namespace
}  // namespace ng::db
