#include "db/synthetic_graph.h"

#include <sqlite3.h>

#include <chrono>
#include <cmath>
#include <ctime>
#include <random>
#include <string>

#include "db/statement.h"

namespace ng::db {
namespace {

constexpr const char* kTypedRelations[] = {
    "CEO_OF",   "LEADS",      "FOUNDED",       "WORKS_FOR",     "OWNS",    "PARENT_OF",
    "ACQUIRES", "INVESTS_IN", "PARTNERS_WITH", "COMPETES_WITH", "DEVELOPS"};
constexpr const char* kModalities[] = {"asserted",   "asserted", "asserted",
                                       "considered", "ended",    "negated"};
constexpr const char* kTypes[] = {"ORG", "ORG", "PERSON", "PRODUCT", "PLACE"};

class Insert {
 public:
  Insert(sqlite3* db, const char* sql) : db_(db) { sqlite3_prepare_v2(db, sql, -1, &st_, nullptr); }
  ~Insert() { sqlite3_finalize(st_); }
  Insert& Text(int i, const std::string& s) {
    sqlite3_bind_text(st_, i, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Insert& Int(int i, int64_t v) {
    sqlite3_bind_int64(st_, i, v);
    return *this;
  }
  // Returns the number of rows changed (0 for an ignored duplicate), or -1.
  int Run() {
    const int rc = sqlite3_step(st_);
    sqlite3_reset(st_);
    return rc == SQLITE_DONE ? sqlite3_changes(db_) : -1;
  }
  bool ok() const { return st_ != nullptr; }

 private:
  sqlite3* db_;
  sqlite3_stmt* st_ = nullptr;
};

}  // namespace

Status BuildSyntheticGraph(Store& store, const SyntheticGraphOptions& o) {
  sqlite3* db = store.handle();
  auto exec = [&](const char* sql) -> Status {
    char* err = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
      std::string msg = err != nullptr ? err : "?";
      sqlite3_free(err);
      return Status::IoError(std::string("synthetic graph: ") + msg);
    }
    return Status::Ok();
  };
  NG_RETURN_IF_ERROR(
      exec("DROP TRIGGER IF EXISTS articles_fts_insert; DROP TRIGGER IF EXISTS evidence_fts_insert;"
           "PRAGMA synchronous = OFF; BEGIN"));
  std::mt19937_64 rng(o.seed);
  const std::time_t now = std::time(nullptr);
  const std::time_t start = now - static_cast<std::time_t>(o.days) * 86400;
  Insert entity(
      db, "INSERT INTO entities(id, name, type, name_key, created_at) VALUES (?, ?, ?, ?, ?)");
  Insert alias(db, "INSERT INTO aliases(entity_id, alias, alias_key, lang) VALUES (?, ?, ?, ?)");
  Insert article(
      db,
      "INSERT INTO articles(id, source, url, title, lang, content_hash, text, ingested_at) "
      "VALUES (?, ?, ?, ?, 'en', ?, ?, ?)");
  Insert mention(
      db,
      "INSERT INTO mentions(entity_id, article_id, sentence_index, start_byte, end_byte, "
      "surface) VALUES (?, ?, 0, 0, 1, ?)");
  Insert relation(db,
                  "INSERT OR IGNORE INTO relations(id, source_id, target_id, type, modality, "
                  "first_seen, last_seen) VALUES (?, ?, ?, ?, ?, ?, ?)");
  Insert evidence(
      db,
      "INSERT OR IGNORE INTO relation_evidence(relation_id, article_id, sentence_index, "
      "sentence) VALUES (?, ?, ?, ?)");
  if (!entity.ok() || !alias.ok() || !article.ok() || !mention.ok() || !relation.ok() ||
      !evidence.ok()) {
    return Status::Internal(std::string("synthetic graph: prepare: ") + sqlite3_errmsg(db));
  }
  const std::string created = FormatUtc(start);
  for (int64_t id = 1; id <= o.entities; ++id) {
    const std::string n = std::to_string(id);
    entity.Int(1, id)
        .Text(2, "Entity " + n)
        .Text(3, kTypes[id % 5])
        .Text(4, "entity" + n)
        .Text(5, created);
    if (entity.Run() != 1)
      return Status::IoError(std::string("synthetic entity: ") + sqlite3_errmsg(db));
    alias.Int(1, id).Text(2, "Entity " + n).Text(3, "entity" + n).Text(4, "en").Run();
    alias.Int(1, id).Text(2, "엔티티 " + n).Text(3, "엔티티" + n).Text(4, "ko").Run();
  }
  std::uniform_int_distribution<int64_t> any_entity(1, o.entities);
  for (int64_t id = 1; id <= o.articles; ++id) {
    const std::string n = std::to_string(id);
    article.Int(1, id)
        .Text(2, "synthetic/" + n)
        .Text(3, "https://news.example/" + n)
        .Text(4, "Article " + n)
        .Text(5, "hash" + n)
        .Text(6, "Article " + n + "\n\nText of article " + n + ".")
        .Text(7, FormatUtc(start + (now - start) * id / o.articles));
    if (article.Run() != 1)
      return Status::IoError(std::string("synthetic article: ") + sqlite3_errmsg(db));
    for (int k = 0; k < 2; ++k) {
      mention.Int(1, any_entity(rng)).Int(2, id).Text(3, "Entity").Run();
    }
  }
  // Skewed endpoints: u^3 puts most relations on low ids (the hubs).
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  auto skewed = [&] {
    return std::min<int64_t>(o.entities,
                             1 + static_cast<int64_t>(std::pow(unit(rng), 3.0) * o.entities));
  };
  std::uniform_int_distribution<int64_t> any_article(1, o.articles);
  std::uniform_int_distribution<int> typed(0, std::size(kTypedRelations) - 1);
  std::uniform_int_distribution<int> modality(0, std::size(kModalities) - 1);
  int64_t made = 0, next_id = 1;
  while (made < o.relations) {
    int64_t a = skewed(), b = unit(rng) < 0.5 ? skewed() : any_entity(rng);
    if (a == b) continue;
    const bool mentioned = unit(rng) < 0.3;
    const std::string type = mentioned ? "MENTIONED_WITH" : kTypedRelations[typed(rng)];
    if ((mentioned || type == "PARTNERS_WITH" || type == "COMPETES_WITH") && a > b) std::swap(a, b);
    const std::time_t first = start + static_cast<std::time_t>(unit(rng) * (now - start));
    const std::time_t last = first + static_cast<std::time_t>(unit(rng) * (now - first));
    relation.Int(1, next_id)
        .Int(2, a)
        .Int(3, b)
        .Text(4, type)
        .Text(5, mentioned ? "asserted" : kModalities[modality(rng)])
        .Text(6, FormatUtc(first))
        .Text(7, FormatUtc(last));
    const int changed = relation.Run();
    if (changed < 0)
      return Status::IoError(std::string("synthetic relation: ") + sqlite3_errmsg(db));
    if (changed == 0) continue;  // the same relation again
    const int sentences = 1 + static_cast<int>(unit(rng) * unit(rng) * 3);
    for (int s = 0; s < sentences; ++s) {
      evidence.Int(1, next_id)
          .Int(2, any_article(rng))
          .Int(3, s)
          .Text(4, "Entity " + std::to_string(a) + " and Entity " + std::to_string(b) + ": " +
                       type + ", sentence " + std::to_string(s) + ".")
          .Run();
    }
    ++next_id;
    ++made;
  }
  // No ANALYZE: newsgraph never runs it, so the planner sees what users have.
  return exec("COMMIT; PRAGMA synchronous = NORMAL");
}

}  // namespace ng::db
