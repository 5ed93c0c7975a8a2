#include "db/store.h"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <string>

extern const char kMigration1Sql[];  // db/migrations/001_schema.sql, embedded

namespace ng::db {
namespace {

nlp::Extraction TwoEntities(const std::string& a, nlp::EntityType ta, const std::string& b,
                            nlp::EntityType tb, const std::string& relation,
                            std::vector<std::string> a_aliases = {},
                            std::vector<std::string> b_aliases = {}) {
  nlp::Extraction x;
  x.sentences.push_back({0, 10});
  nlp::Entity ea{a, ta, {{a, "en"}}};
  for (auto& s : a_aliases) ea.aliases.push_back({s, "ko"});
  nlp::Entity eb{b, tb, {{b, "en"}}};
  for (auto& s : b_aliases) eb.aliases.push_back({s, "ko"});
  x.entities = {ea, eb};
  x.mentions = {{0, 0, 0, 3}, {1, 0, 4, 8}};
  x.relations = {{0, 1, relation, nlp::Modality::kAsserted, 0}};
  return x;
}

ArticleRecord Article(const std::string& source, const std::string& text) {
  ArticleRecord r;
  r.source = source;
  r.title = std::string(1, 't');  // not a literal: GCC 12 warns falsely (-Wrestrict)
  r.text = text;
  r.lang = "en";
  return r;
}

int64_t Count(Store& store, const char* sql) {
  sqlite3_stmt* st = nullptr;
  EXPECT_EQ(sqlite3_prepare_v2(store.handle(), sql, -1, &st, nullptr), SQLITE_OK) << sql;
  int64_t n = -1;
  if (sqlite3_step(st) == SQLITE_ROW) n = sqlite3_column_int64(st, 0);
  sqlite3_finalize(st);
  return n;
}

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    StatusOr<std::unique_ptr<Store>> s = Store::Open(":memory:");
    ASSERT_TRUE(s.ok()) << s.status().message();
    store_ = std::move(s).value();
  }
  std::unique_ptr<Store> store_;
};

TEST_F(StoreTest, NewDatabaseHasTheCurrentSchemaVersion) {
  EXPECT_EQ(store_->SchemaVersion(), kSchemaVersion);
  EXPECT_EQ(Count(*store_, "SELECT count(*) FROM sqlite_schema WHERE name = 'v_relations'"), 1);
}

TEST_F(StoreTest, SameContentTwiceAddsNothing) {
  const auto x = TwoEntities("Sam Altman", nlp::EntityType::kPerson, "OpenAI",
                             nlp::EntityType::kOrg, "CEO_OF");
  auto first = store_->AddArticle(Article("a.txt", "Sam Altman OpenAI"), x);
  ASSERT_TRUE(first.ok()) << first.status().message();
  EXPECT_EQ(first->outcome, AddOutcome::kAdded);
  auto second = store_->AddArticle(Article("b.txt", "Sam Altman OpenAI"), x);
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(second->outcome, AddOutcome::kDuplicate);
  auto stats = store_->GetStats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->articles, 1);
  EXPECT_EQ(stats->entities, 2);
  EXPECT_EQ(stats->relations, 1);
  EXPECT_EQ(stats->evidence, 1);
}

TEST_F(StoreTest, RelationStatedInTwoArticlesIsOneEdgeWithWeightTwo) {
  const auto x = TwoEntities("Sam Altman", nlp::EntityType::kPerson, "OpenAI",
                             nlp::EntityType::kOrg, "CEO_OF");
  ASSERT_TRUE(store_->AddArticle(Article("a.txt", "Sam Altman OpenAI one"), x).ok());
  ASSERT_TRUE(store_->AddArticle(Article("b.txt", "Sam Altman OpenAI two"), x).ok());
  auto g = store_->LoadGraph();
  ASSERT_TRUE(g.ok());
  ASSERT_EQ(g->edges.size(), 1u);
  EXPECT_EQ(g->edges[0].weight, 2);
  ASSERT_EQ(g->edges[0].evidence.size(), 2u);
  EXPECT_EQ(g->edges[0].evidence[1].article, "b.txt");
}

TEST_F(StoreTest, EntitiesMeetAcrossLanguagesThroughAliases) {
  // Article 1 knows SpaceX only by its Korean name; article 2 names both.
  nlp::Extraction ko = TwoEntities("스페이스X", nlp::EntityType::kOrg, "일론 머스크",
                                   nlp::EntityType::kPerson, "MENTIONED_WITH");
  ASSERT_TRUE(store_->AddArticle(Article("ko.txt", "스페이스X 일론 머스크"), ko).ok());
  nlp::Extraction en =
      TwoEntities("SpaceX", nlp::EntityType::kOrg, "Elon Musk", nlp::EntityType::kPerson,
                  "MENTIONED_WITH", {"스페이스X"}, {"일론 머스크"});
  ASSERT_TRUE(store_->AddArticle(Article("en.txt", "SpaceX Elon Musk"), en).ok());
  EXPECT_EQ(Count(*store_, "SELECT count(*) FROM entities"), 2);
  // The English canonical name replaces the Korean one found first.
  EXPECT_EQ(Count(*store_, "SELECT count(*) FROM entities WHERE name IN ('SpaceX', 'Elon Musk')"),
            2);
}

TEST_F(StoreTest, SurnameAliasDoesNotMergeDifferentPeople) {
  nlp::Extraction a =
      TwoEntities("Elon Musk", nlp::EntityType::kPerson, "Tesla", nlp::EntityType::kOrg, "CEO_OF");
  a.entities[0].aliases.push_back({"Musk", "en"});
  ASSERT_TRUE(store_->AddArticle(Article("a.txt", "Elon Musk Tesla"), a).ok());
  nlp::Extraction b = TwoEntities("Kimbal Musk", nlp::EntityType::kPerson, "Tesla",
                                  nlp::EntityType::kOrg, "WORKS_FOR");
  b.entities[0].aliases.push_back({"Musk", "en"});
  ASSERT_TRUE(store_->AddArticle(Article("b.txt", "Kimbal Musk Tesla"), b).ok());
  EXPECT_EQ(Count(*store_, "SELECT count(*) FROM entities WHERE type = 'PERSON'"), 2);
}

TEST_F(StoreTest, SymmetricRelationsAreStoredOnce) {
  auto ab = TwoEntities("Apple", nlp::EntityType::kOrg, "Samsung", nlp::EntityType::kOrg,
                        "COMPETES_WITH");
  auto ba = TwoEntities("Samsung", nlp::EntityType::kOrg, "Apple", nlp::EntityType::kOrg,
                        "COMPETES_WITH");
  ASSERT_TRUE(store_->AddArticle(Article("1", "Apple Samsung"), ab).ok());
  ASSERT_TRUE(store_->AddArticle(Article("2", "Samsung Apple"), ba).ok());
  EXPECT_EQ(Count(*store_, "SELECT count(*) FROM relations"), 1);
  EXPECT_EQ(Count(*store_, "SELECT weight FROM v_relations"), 2);
}

TEST_F(StoreTest, NewContentForASourceReplacesTheOldVersion) {
  auto x = TwoEntities("Apple", nlp::EntityType::kOrg, "Samsung", nlp::EntityType::kOrg,
                       "COMPETES_WITH");
  ASSERT_TRUE(store_->AddArticle(Article("page.html", "version one"), x).ok());
  auto y = TwoEntities("Apple", nlp::EntityType::kOrg, "Samsung", nlp::EntityType::kOrg,
                       "PARTNERS_WITH");
  auto r = store_->AddArticle(Article("page.html", "version two"), y);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->outcome, AddOutcome::kUpdated);
  EXPECT_EQ(Count(*store_, "SELECT count(*) FROM articles"), 1);
  EXPECT_EQ(Count(*store_, "SELECT count(*) FROM relations WHERE type = 'COMPETES_WITH'"), 0);
  EXPECT_EQ(Count(*store_, "SELECT count(*) FROM relations WHERE type = 'PARTNERS_WITH'"), 1);
}

TEST_F(StoreTest, HostileNamesAreStoredVerbatim) {
  const std::string evil = "'); DROP TABLE entities;--";
  auto x = TwoEntities(evil, nlp::EntityType::kOrg, "Robert\"); DELETE FROM articles; --",
                       nlp::EntityType::kPerson, "MENTIONED_WITH");
  ASSERT_TRUE(store_->AddArticle(Article("x", "evil names"), x).ok());
  EXPECT_EQ(Count(*store_, "SELECT count(*) FROM entities"), 2);
  EXPECT_EQ(Count(*store_, "SELECT count(*) FROM articles"), 1);
  auto g = store_->LoadGraph();
  ASSERT_TRUE(g.ok());
  EXPECT_EQ(g->nodes[0].name, evil);
}

TEST_F(StoreTest, FailedArticleLeavesNothingBehind) {
  // A relation pointing at a sentence that the article does not have is a
  // bug upstream; here a broken entity type makes the insert fail midway.
  auto x = TwoEntities("A", nlp::EntityType::kOrg, "B", nlp::EntityType::kOrg, "PARTNERS_WITH");
  x.relations[0].modality = static_cast<nlp::Modality>(3);
  auto ok = store_->AddArticle(Article("ok", "fine"), x);
  ASSERT_TRUE(ok.ok()) << ok.status().message();
  ASSERT_EQ(sqlite3_exec(store_->handle(),
                         "CREATE TRIGGER fail BEFORE INSERT ON relation_evidence "
                         "BEGIN SELECT RAISE(ABORT, 'injected failure'); END",
                         nullptr, nullptr, nullptr),
            SQLITE_OK);
  auto r = store_->AddArticle(Article("bad", "other text"), x);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("injected failure"), std::string::npos);
  EXPECT_EQ(Count(*store_, "SELECT count(*) FROM articles"), 1);
  EXPECT_EQ(Count(*store_, "SELECT count(*) FROM mentions"), 2);
}

TEST_F(StoreTest, ArticleThatFailsInsideABatchIsRolledBackAloneAndTheBatchCommits) {
  auto x = TwoEntities("A", nlp::EntityType::kOrg, "B", nlp::EntityType::kOrg, "PARTNERS_WITH");
  ASSERT_TRUE(store_->BeginTransaction().ok());
  ASSERT_TRUE(store_->AddArticle(Article("first", "one"), x).ok());
  ASSERT_EQ(sqlite3_exec(store_->handle(),
                         "CREATE TEMP TRIGGER fail BEFORE INSERT ON relation_evidence WHEN "
                         "(SELECT source FROM articles WHERE id = NEW.article_id) = 'second' "
                         "BEGIN SELECT RAISE(ABORT, 'injected'); END",
                         nullptr, nullptr, nullptr),
            SQLITE_OK);
  auto bad = store_->AddArticle(Article("second", "two"), x);
  ASSERT_FALSE(bad.ok());
  EXPECT_TRUE(store_->InTransaction());  // the batch goes on
  auto third = store_->AddArticle(Article("third", "three"), x);
  ASSERT_TRUE(third.ok()) << third.status().message();
  ASSERT_TRUE(store_->CommitTransaction().ok());
  EXPECT_FALSE(store_->InTransaction());
  EXPECT_EQ(Count(*store_, "SELECT count(*) FROM articles"), 2);
  EXPECT_EQ(Count(*store_, "SELECT count(*) FROM articles WHERE source = 'second'"), 0);
  EXPECT_EQ(Count(*store_, "SELECT count(*) FROM mentions"), 4);
  EXPECT_EQ(Count(*store_, "SELECT count(*) FROM relation_evidence"), 2);
}

TEST_F(StoreTest, RolledBackBatchLeavesNothingBehind) {
  auto x = TwoEntities("A", nlp::EntityType::kOrg, "B", nlp::EntityType::kOrg, "PARTNERS_WITH");
  ASSERT_TRUE(store_->BeginTransaction().ok());
  ASSERT_TRUE(store_->AddArticle(Article("first", "one"), x).ok());
  store_->RollbackTransaction();
  EXPECT_FALSE(store_->InTransaction());
  EXPECT_EQ(Count(*store_, "SELECT count(*) FROM articles"), 0);
  EXPECT_EQ(Count(*store_, "SELECT count(*) FROM entities"), 0);
  // Cached statements still work after the rollback.
  ASSERT_TRUE(store_->AddArticle(Article("first", "one"), x).ok());
  EXPECT_EQ(Count(*store_, "SELECT count(*) FROM articles"), 1);
}

// The full-text tables are filled at commit, one statement per batch; after
// any mix of adds, replacements and failures inside a batch they must match
// the articles exactly (FTS5's own integrity check compares index and
// content) and find what was committed.
void ExpectSearchIndexConsistent(Store& store) {
  EXPECT_EQ(
      sqlite3_exec(store.handle(),
                   "INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)",
                   nullptr, nullptr, nullptr),
      SQLITE_OK)
      << sqlite3_errmsg(store.handle());
  EXPECT_EQ(Count(store, "SELECT count(*) FROM articles_fts"),
            Count(store, "SELECT count(*) FROM articles"));
  EXPECT_EQ(Count(store, "SELECT count(*) FROM evidence_fts"),
            Count(store, "SELECT count(*) FROM relation_evidence"));
}

TEST_F(StoreTest, ArticlesOfACommittedBatchAreSearchable) {
  auto x = TwoEntities("A", nlp::EntityType::kOrg, "B", nlp::EntityType::kOrg, "PARTNERS_WITH");
  ASSERT_TRUE(store_->BeginTransaction().ok());
  ASSERT_TRUE(store_->AddArticle(Article("one", "스페이스X와 오픈AI"), x).ok());
  ASSERT_TRUE(store_->AddArticle(Article("two", "Stoke Space raised money"), x).ok());
  ASSERT_TRUE(store_->CommitTransaction().ok());
  EXPECT_EQ(
      Count(*store_, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH '스페이스X'"), 1);
  EXPECT_EQ(Count(*store_, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'Stoke'"),
            1);
  ExpectSearchIndexConsistent(*store_);
  // An article stored in a transaction of its own is indexed too.
  ASSERT_TRUE(store_->AddArticle(Article("three", "Blue Origin launched"), x).ok());
  EXPECT_EQ(Count(*store_, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'Origin'"),
            1);
  ExpectSearchIndexConsistent(*store_);
}

TEST_F(StoreTest, SearchIndexStaysExactWhenABatchReplacesAndFails) {
  auto x = TwoEntities("A", nlp::EntityType::kOrg, "B", nlp::EntityType::kOrg, "PARTNERS_WITH");
  ASSERT_TRUE(store_->AddArticle(Article("page", "committed first version"), x).ok());
  ASSERT_TRUE(store_->BeginTransaction().ok());
  ASSERT_TRUE(store_->AddArticle(Article("other", "pending alpha"), x).ok());
  // Replaces an article committed earlier, then one added in this batch.
  ASSERT_TRUE(store_->AddArticle(Article("page", "second version"), x).ok());
  ASSERT_TRUE(store_->AddArticle(Article("other", "pending beta"), x).ok());
  // A replacement that fails after indexing the pending articles: its
  // savepoint rolls the index rows back, and they must be indexed at commit.
  ASSERT_EQ(sqlite3_exec(store_->handle(),
                         "CREATE TEMP TRIGGER fail BEFORE INSERT ON relation_evidence WHEN "
                         "(SELECT text FROM articles WHERE id = NEW.article_id) = 'third version' "
                         "BEGIN SELECT RAISE(ABORT, 'injected'); END",
                         nullptr, nullptr, nullptr),
            SQLITE_OK);
  ASSERT_FALSE(store_->AddArticle(Article("page", "third version"), x).ok());
  ASSERT_TRUE(store_->AddArticle(Article("new", "gamma"), x).ok());
  ASSERT_TRUE(store_->CommitTransaction().ok());
  EXPECT_EQ(Count(*store_, "SELECT count(*) FROM articles"), 3);
  for (const char* word : {"second", "beta", "gamma"}) {
    const std::string sql =
        std::string("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH '") + word + "'";
    EXPECT_EQ(Count(*store_, sql.c_str()), 1) << word;
  }
  for (const char* word : {"first", "alpha", "third"}) {
    const std::string sql =
        std::string("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH '") + word + "'";
    EXPECT_EQ(Count(*store_, sql.c_str()), 0) << word;
  }
  ExpectSearchIndexConsistent(*store_);
}

TEST_F(StoreTest, RolledBackBatchLeavesNothingInTheSearchIndex) {
  auto x = TwoEntities("A", nlp::EntityType::kOrg, "B", nlp::EntityType::kOrg, "PARTNERS_WITH");
  ASSERT_TRUE(store_->BeginTransaction().ok());
  ASSERT_TRUE(store_->AddArticle(Article("one", "rolled back words"), x).ok());
  store_->RollbackTransaction();
  ASSERT_TRUE(store_->BeginTransaction().ok());
  ASSERT_TRUE(store_->AddArticle(Article("two", "kept words"), x).ok());
  ASSERT_TRUE(store_->CommitTransaction().ok());
  EXPECT_EQ(Count(*store_, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'words'"),
            1);
  ExpectSearchIndexConsistent(*store_);
}

TEST(StoreFileTest, VersionOneFileIsMigratedForward) {
  const std::string path = ::testing::TempDir() + "/v1-" + std::to_string(getpid()) + ".db";
  std::remove(path.c_str());
  sqlite3* db;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, kMigration1Sql, nullptr, nullptr, nullptr), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db,
                         "PRAGMA user_version = 1;"
                         "INSERT INTO articles(source, title, content_hash, text, ingested_at) "
                         "VALUES ('old.txt', '옛 기사', 'h', '스페이스X와 오픈AI', 't');",
                         nullptr, nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(db);
  auto s = Store::Open(path);
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ((*s)->SchemaVersion(), kSchemaVersion);
  // The article written before the migration is searchable.
  EXPECT_EQ(Count(**s, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH '스페이스X'"),
            1);
  EXPECT_EQ(Count(**s, "SELECT count(*) FROM fetch_state"), 0);
  s->reset();
  for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path + suffix).c_str());
}

TEST(StoreFileTest, ForeignDatabaseIsRefused) {
  const std::string path = ::testing::TempDir() + "/foreign-" + std::to_string(getpid()) + ".db";
  std::remove(path.c_str());
  sqlite3* db;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  sqlite3_exec(db, "CREATE TABLE mine(x)", nullptr, nullptr, nullptr);
  sqlite3_close(db);
  auto s = Store::Open(path);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().message(), path + ": not a newsgraph database (it has other tables)");
  std::remove(path.c_str());
}

TEST(StoreFileTest, NotADatabaseFileIsRefusedClearly) {
  const std::string path = ::testing::TempDir() + "/text-" + std::to_string(getpid()) + ".db";
  FILE* f = std::fopen(path.c_str(), "w");
  std::fputs("this is not sqlite, just some text that is long enough to have a header....\n", f);
  std::fclose(f);
  auto s = Store::Open(path);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find(path), std::string::npos);
  std::remove(path.c_str());
}

TEST(StoreFileTest, FileIsInWalModeAndReopensReadOnly) {
  const std::string path = ::testing::TempDir() + "/wal-" + std::to_string(getpid()) + ".db";
  std::remove(path.c_str());
  {
    auto s = Store::Open(path);
    ASSERT_TRUE(s.ok());
    sqlite3_stmt* st;
    sqlite3_prepare_v2((*s)->handle(), "PRAGMA journal_mode", -1, &st, nullptr);
    ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
    EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)), "wal");
    sqlite3_finalize(st);
  }
  auto ro = Store::Open(path, {.read_only = true});
  ASSERT_TRUE(ro.ok()) << ro.status().message();
  EXPECT_NE(sqlite3_exec((*ro)->handle(), "INSERT INTO entities VALUES (1,'a','ORG','a','t')",
                         nullptr, nullptr, nullptr),
            SQLITE_OK);
  for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path + suffix).c_str());
}

}  // namespace
}  // namespace ng::db
