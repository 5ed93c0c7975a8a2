#include "db/fetch_state.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <random>
#include <string>
#include <vector>

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

TEST_F(FetchStateTest, BandedNearDuplicateLookupFindsWhatAScanFinds) {
  // 2,000 originals and some copies with arbitrary SimHashes (both signs as
  // SQLite stores them), written with SQL; queries at 0 to 4 bits from
  // stored hashes and at random. Up to 3 bits the four 16-bit bands must
  // find exactly the oldest original a full scan finds.
  std::mt19937_64 rng(7);
  std::vector<uint64_t> hashes;
  sqlite3* db = store_->handle();
  ASSERT_EQ(sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_stmt* ins = nullptr;
  ASSERT_EQ(
      sqlite3_prepare_v2(db,
                         "INSERT INTO articles(id, source, title, content_hash, text, "
                         "ingested_at, simhash, duplicate_of) VALUES (?, ?, 't', ?, 'x', 't', "
                         "?, ?)",
                         -1, &ins, nullptr),
      SQLITE_OK);
  for (int i = 1; i <= 2000; ++i) {
    // Clusters: every fifth hash is a few bits from the one before.
    uint64_t h = rng();
    if (i % 5 == 0) h = hashes.back() ^ (uint64_t{1} << (rng() % 64)) ^ (uint64_t{1} << (i % 64));
    hashes.push_back(h);
    sqlite3_reset(ins);
    sqlite3_bind_int64(ins, 1, i);
    sqlite3_bind_text(ins, 2, ("s" + std::to_string(i % 300)).c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(ins, 3, ("h" + std::to_string(i)).c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(ins, 4, static_cast<int64_t>(h));
    if (i % 7 == 0) {
      sqlite3_bind_int64(ins, 5, 1);  // a copy: never a match
    } else {
      sqlite3_bind_null(ins, 5);
    }
    ASSERT_EQ(sqlite3_step(ins), SQLITE_DONE);
  }
  sqlite3_finalize(ins);
  ASSERT_EQ(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), SQLITE_OK);
  auto scan = [&](uint64_t q, int bits, const std::string& source) -> int64_t {
    for (size_t i = 0; i < hashes.size(); ++i) {
      const int id = static_cast<int>(i) + 1;
      if (id % 7 == 0 || hashes[i] == 0 || "s" + std::to_string(id % 300) == source) continue;
      if (HammingDistance(hashes[i], q) <= bits) return id;
    }
    return 0;
  };
  FetchStateTable table(store_.get());
  int found = 0;
  for (int trial = 0; trial < 600; ++trial) {
    uint64_t q = trial % 4 == 3 ? rng() : hashes[rng() % hashes.size()];
    for (int flips = static_cast<int>(rng() % 5); flips > 0; --flips)
      q ^= uint64_t{1} << (rng() % 64);
    const std::string source = "s" + std::to_string(rng() % 300);
    for (int bits : {0, 1, 2, 3}) {
      StatusOr<int64_t> got = table.FindNearDuplicate(q, bits, source);
      ASSERT_TRUE(got.ok()) << got.status().message();
      const int64_t want = scan(q, bits, source);
      ASSERT_EQ(*got, want) << "trial " << trial << " bits " << bits;
      found += want != 0;
    }
  }
  EXPECT_GT(found, 500);  // the queries did hit neighbours
  // The lookup uses the band indexes, not a scan of the table.
  sqlite3_stmt* plan = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db,
                               "EXPLAIN QUERY PLAN SELECT id FROM articles WHERE simhash_band2 = 5 "
                               "AND simhash IS NOT NULL AND simhash <> 0 AND duplicate_of IS NULL",
                               -1, &plan, nullptr),
            SQLITE_OK);
  std::string detail;
  while (sqlite3_step(plan) == SQLITE_ROW) {
    detail += reinterpret_cast<const char*>(sqlite3_column_text(plan, 3));
  }
  sqlite3_finalize(plan);
  EXPECT_NE(detail.find("articles_simhash_band2"), std::string::npos) << detail;
}

}  // namespace
}  // namespace ng::db
