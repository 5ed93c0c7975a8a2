#include "db/store.h"

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <set>
#include <unordered_map>

#include "base/sha256.h"
#include "base/simhash.h"
#include "base/utf8.h"
#include "db/statement.h"
#include "nlp/normalize.h"

extern const char kMigration1Sql[];
extern const char kMigration2Sql[];
extern const char kMigration3Sql[];
extern const char kMigration4Sql[];
extern const char kMigration5Sql[];

namespace ng::db {
namespace {

// Evidence rows per INSERT statement (3 parameters each: well under
// SQLITE_MAX_VARIABLE_NUMBER, 999 before SQLite 3.32).
constexpr size_t kEvidenceRowsPerStatement = 64;

std::string JsonStringArray(const std::vector<std::string>& items) {
  std::string out = "[";
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += ',';
    out += '"';
    for (char c : items[i]) {
      if (c == '"' || c == '\\') {
        out += '\\';
        out += c;
      } else if (static_cast<unsigned char>(c) < 0x20) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\u%04x", c);
        out += buf;
      } else {
        out += c;
      }
    }
    out += '"';
  }
  return out + "]";
}

using Stmt = Statement;

// Aliases that are one word of another alias of the same entity ("Altman" of
// "Sam Altman", "알트만" of "샘 알트만") are short forms: they name the entity
// inside one article but are too weak to merge entities across articles.
std::vector<std::string> FullFormKeys(const nlp::Entity& e) {
  std::set<std::string> words;
  for (const nlp::Alias& a : e.aliases) {
    size_t start = 0;
    const std::string& t = a.text;
    if (t.find(' ') == std::string::npos) continue;
    while (start <= t.size()) {
      size_t sp = t.find(' ', start);
      if (sp == std::string::npos) sp = t.size();
      if (sp > start) words.insert(nlp::NameKey(t.substr(start, sp - start)));
      start = sp + 1;
    }
  }
  std::vector<std::string> keys;
  for (const nlp::Alias& a : e.aliases) {
    std::string key = nlp::NameKey(a.text);
    if (key.size() < 2 || words.count(key)) continue;
    if (std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(std::move(key));
  }
  return keys;
}

}  // namespace

StatusOr<std::unique_ptr<Store>> Store::Open(const std::string& path, StoreOptions options) {
  sqlite3* db = nullptr;
  const int flags =
      options.read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  const int rc = sqlite3_open_v2(path.c_str(), &db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close(db);
    return Status::IoError(path + ": cannot open database: " + msg);
  }
  std::unique_ptr<Store> store(new Store(db, path));
  sqlite3_busy_timeout(db, options.busy_timeout_ms);
  sqlite3_extended_result_codes(db, 1);
  NG_RETURN_IF_ERROR(store->Exec("PRAGMA foreign_keys = ON"));
  if (options.read_only) {
    const int version = store->SchemaVersion();
    if (version == 0) return Status::InvalidArgument(path + ": not a newsgraph database");
    if (version > kSchemaVersion) {
      return Status::InvalidArgument(path + ": made by a newer newsgraph (schema " +
                                     std::to_string(version) + ")");
    }
    return store;
  }
  // WAL lets people query while a run writes; NORMAL sync is durable in WAL
  // mode except for the last transactions on power loss, never corrupting.
  Status wal = store->Exec("PRAGMA journal_mode = WAL");
  if (!wal.ok()) return wal.WithContext(path);
  NG_RETURN_IF_ERROR(store->Exec("PRAGMA synchronous = NORMAL"));
  Status migrated = store->Migrate();
  if (!migrated.ok()) return migrated.WithContext(path);
  return store;
}

Store::~Store() {
  for (auto& [sql, stmt] : statements_) sqlite3_finalize(stmt);
  for (auto& [rows, stmt] : evidence_inserts_) sqlite3_finalize(stmt);
  sqlite3_close_v2(db_);
}

sqlite3_stmt* Store::Cached(const char* sql) {
  auto it = statements_.find(sql);
  if (it != statements_.end()) return it->second;
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v3(db_, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK) {
    sqlite3_finalize(stmt);
    return nullptr;  // not cached: the next call reports the error again
  }
  statements_.emplace(sql, stmt);
  return stmt;
}

sqlite3_stmt* Store::CachedEvidenceInsert(size_t rows) {
  auto it = evidence_inserts_.find(rows);
  if (it != evidence_inserts_.end()) return it->second;
  // ?1 is the article; each row binds relation, sentence index and sentence.
  std::string sql =
      "INSERT OR IGNORE INTO relation_evidence(relation_id, article_id, sentence_index, "
      "sentence) VALUES ";
  for (size_t i = 0; i < rows; ++i) {
    const size_t p = 2 + 3 * i;
    if (i) sql += ", ";
    sql += "(?" + std::to_string(p) + ", ?1, ?" + std::to_string(p + 1) + ", ?" +
           std::to_string(p + 2) + ")";
  }
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v3(db_, sql.c_str(), -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) !=
      SQLITE_OK) {
    sqlite3_finalize(stmt);
    return nullptr;
  }
  evidence_inserts_.emplace(rows, stmt);
  return stmt;
}

Status Store::BeginTransaction() {
  unindexed_articles_.clear();
  return Exec("BEGIN IMMEDIATE");
}

Status Store::CommitTransaction() {
  Status s = IndexNewArticles();
  if (s.ok()) s = Exec("COMMIT");
  if (!s.ok()) RollbackTransaction();
  return s;
}

void Store::RollbackTransaction() {
  unindexed_articles_.clear();
  if (!InTransaction()) return;
  Exec("ROLLBACK").ok();
}

Status Store::IndexNewArticles() {
  if (unindexed_articles_.empty()) return Status::Ok();
  std::string ids = "[";
  for (int64_t id : unindexed_articles_) {
    if (ids.size() > 1) ids += ',';
    ids += std::to_string(id);
  }
  ids += ']';
  // Rows deleted since (an article replaced within the batch) are simply
  // not selected.
  Stmt articles(
      Cached("INSERT INTO articles_fts(rowid, title, text) SELECT id, title, text "
             "FROM articles WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id"));
  articles.Bind(1, ids);
  if (articles.Step() != SQLITE_DONE) return Error("index articles for search");
  Stmt evidence(Cached(
      "INSERT INTO evidence_fts(sentence, relation_id, article_id, sentence_index) "
      "SELECT sentence, relation_id, article_id, sentence_index FROM relation_evidence "
      "WHERE article_id IN (SELECT value FROM json_each(?)) ORDER BY article_id, relation_id, "
      "sentence_index"));
  evidence.Bind(1, ids);
  if (evidence.Step() != SQLITE_DONE) return Error("index evidence for search");
  unindexed_articles_.clear();
  return Status::Ok();
}

bool Store::InTransaction() { return sqlite3_get_autocommit(db_) == 0; }

Status Store::Error(const char* what) {
  const int code = sqlite3_extended_errcode(db_);
  std::string msg = std::string(what) + ": " + sqlite3_errmsg(db_);
  if ((code & 0xFF) == SQLITE_BUSY || (code & 0xFF) == SQLITE_LOCKED) {
    return Status::Unavailable(path_ + ": database is busy: " + msg);
  }
  if ((code & 0xFF) == SQLITE_CORRUPT || (code & 0xFF) == SQLITE_NOTADB) {
    return Status::Corruption(path_ + ": " + msg);
  }
  return Status::IoError(path_ + ": " + msg);
}

Status Store::Exec(const char* sql) {
  char* err = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = err != nullptr ? err : "unknown error";
    sqlite3_free(err);
    const int code = sqlite3_extended_errcode(db_) & 0xFF;
    if (code == SQLITE_BUSY || code == SQLITE_LOCKED) {
      return Status::Unavailable(path_ + ": database is busy: " + msg);
    }
    if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT) {
      return Status::Corruption(path_ + ": not a newsgraph database: " + msg);
    }
    return Status::IoError(path_ + ": " + msg);
  }
  return Status::Ok();
}

int Store::SchemaVersion() {
  Stmt st(db_, "PRAGMA user_version");
  if (!st.ok() || st.Step() != SQLITE_ROW) return -1;
  return static_cast<int>(st.Int(0));
}

Status Store::Migrate() {
  // Forward migrations: entry i brings the schema from version i to i + 1.
  // Stored in the DB as PRAGMA user_version: never renumber.
  static const char* const kMigrations[] = {kMigration1Sql, kMigration2Sql, kMigration3Sql,
                                            kMigration4Sql, kMigration5Sql};
  static_assert(std::size(kMigrations) == kSchemaVersion);
  const int version = SchemaVersion();
  if (version < 0)
    return Status::Corruption("not a newsgraph database (cannot read the schema version)");
  if (version > kSchemaVersion) {
    return Status::InvalidArgument("made by a newer newsgraph (schema " + std::to_string(version) +
                                   ", this build knows " + std::to_string(kSchemaVersion) + ")");
  }
  if (version == kSchemaVersion) return Status::Ok();
  // IMMEDIATE: two processes creating the same file migrate one after the other.
  NG_RETURN_IF_ERROR(Exec("BEGIN IMMEDIATE"));
  const int current = SchemaVersion();  // another process may have migrated meanwhile
  for (int v = current; v < kSchemaVersion; ++v) {
    if (v == 0) {
      // A version-0 file must be empty: refuse to add tables to someone else's database.
      Stmt st(db_, "SELECT count(*) FROM sqlite_schema");
      if (st.ok() && st.Step() == SQLITE_ROW && st.Int(0) > 0) {
        Exec("ROLLBACK").ok();
        return Status::InvalidArgument("not a newsgraph database (it has other tables)");
      }
    }
    Status s = Exec(kMigrations[v]);
    if (!s.ok()) {
      Exec("ROLLBACK").ok();
      return s;
    }
    const std::string pragma = "PRAGMA user_version = " + std::to_string(v + 1);
    s = Exec(pragma.c_str());
    if (!s.ok()) {
      Exec("ROLLBACK").ok();
      return s;
    }
  }
  return Exec("COMMIT");
}

std::string_view Store::BodyOf(const ArticleRecord& article) {
  std::string_view text = article.text;
  if (!article.title.empty() && text.starts_with(article.title)) {
    text.remove_prefix(article.title.size());
    while (!text.empty() && (text.front() == '\n' || text.front() == ' ')) text.remove_prefix(1);
  }
  return text;
}

std::string Store::ContentHash(const ArticleRecord& article) {
  return Sha256Hex(article.title + "\n" + article.text);
}

StatusOr<bool> Store::HasContent(const std::string& content_hash) {
  Stmt st(Cached("SELECT 1 FROM articles WHERE content_hash = ?"));
  if (!st.ok()) return Error("prepare");
  st.Bind(1, content_hash);
  const int rc = st.Step();
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return Error("lookup article");
}

StatusOr<int64_t> Store::ResolveEntity(const nlp::Entity& entity, const std::string& now) {
  const std::string type(nlp::EntityTypeName(entity.type));
  const std::string key = nlp::NameKey(entity.name);
  int64_t id = 0;
  {
    Stmt st(Cached("SELECT id, name FROM entities WHERE name_key = ? AND type = ?"));
    st.Bind(1, key).Bind(2, type);
    if (st.Step() == SQLITE_ROW) id = st.Int(0);
  }
  if (id == 0) {
    // An unambiguous full-form alias of the same type: "스페이스X" stored
    // earlier as its own entity meets "SpaceX" from the dictionary.
    Stmt st(
        Cached("SELECT DISTINCT a.entity_id FROM aliases a JOIN entities e ON e.id = a.entity_id "
               "WHERE a.alias_key = ? AND e.type = ? LIMIT 2"));
    for (const std::string& alias_key : FullFormKeys(entity)) {
      st.Reset();
      st.Bind(1, alias_key).Bind(2, type);
      std::vector<int64_t> ids;
      while (st.Step() == SQLITE_ROW) ids.push_back(st.Int(0));
      if (ids.size() == 1) {
        id = ids[0];
        break;
      }
    }
  }
  if (id == 0) {
    Stmt st(Cached("INSERT INTO entities(name, type, name_key, created_at) VALUES (?, ?, ?, ?)"));
    st.Bind(1, entity.name).Bind(2, type).Bind(3, key).Bind(4, now);
    if (st.Step() != SQLITE_DONE) return Error("insert entity");
    id = sqlite3_last_insert_rowid(db_);
  } else if (utf8::IsValid(entity.name) && !utf8::ContainsHangul(entity.name)) {
    // Prefer an English canonical name over a Korean one found first.
    Stmt st(Cached(
        "UPDATE entities SET name = ?, name_key = ? WHERE id = ? AND name GLOB '*[^ -~]*' "
        "AND NOT EXISTS (SELECT 1 FROM entities WHERE name_key = ? AND type = ? AND id <> ?)"));
    st.Bind(1, entity.name).Bind(2, key).Bind(3, id).Bind(4, key).Bind(5, type).Bind(6, id);
    if (st.Step() != SQLITE_DONE) return Error("rename entity");
  }
  Stmt alias(Cached(
      "INSERT OR IGNORE INTO aliases(entity_id, alias, alias_key, lang) VALUES (?, ?, ?, ?)"));
  for (const nlp::Alias& a : entity.aliases) {
    alias.Reset();
    alias.Bind(1, id).Bind(2, a.text).Bind(3, nlp::NameKey(a.text)).Bind(4, a.lang);
    if (alias.Step() != SQLITE_DONE) return Error("insert alias");
  }
  return id;
}

StatusOr<AddResult> Store::AddArticle(const ArticleRecord& article,
                                      const nlp::Extraction& extraction) {
  const std::string hash = ContentHash(article);
  const std::string now = NowUtc();
  // Inside a caller's transaction (db/fetch_state.cc writes the fetch state
  // with the article; app/pipeline.cc batches articles) the article is a
  // savepoint and the caller commits or rolls back the whole.
  const bool own_transaction = sqlite3_get_autocommit(db_) != 0;
  if (own_transaction) unindexed_articles_.clear();
  NG_RETURN_IF_ERROR(Exec(own_transaction ? "BEGIN IMMEDIATE" : "SAVEPOINT add_article"));
  // Any early return rolls back: the article is stored whole or not at all.
  struct Rollback {
    Store* store;
    bool own_transaction;
    bool armed = true;
    // Articles indexed inside this savepoint: unindexed again when it rolls back.
    std::vector<int64_t> restore_unindexed;
    ~Rollback() {
      if (!armed) return;
      if (own_transaction) {
        store->Exec("ROLLBACK").ok();
        store->unindexed_articles_.clear();
      } else {
        store->Exec("ROLLBACK TO add_article; RELEASE add_article").ok();
        if (!restore_unindexed.empty()) store->unindexed_articles_ = std::move(restore_unindexed);
      }
    }
  } rollback{this, own_transaction, true, {}};
  // `added`: the id of the article this call inserted, 0 for none.
  auto finish = [&](int64_t added) -> Status {
    rollback.armed = false;
    if (!own_transaction) {
      Status released = Exec("RELEASE add_article");
      if (released.ok() && added != 0) unindexed_articles_.push_back(added);
      return released;
    }
    if (added != 0) unindexed_articles_.push_back(added);
    Status committed = IndexNewArticles();
    if (committed.ok()) committed = Exec("COMMIT");
    if (!committed.ok()) {
      unindexed_articles_.clear();
      Exec("ROLLBACK").ok();
    }
    return committed;
  };

  AddResult result;
  {
    Stmt st(Cached("SELECT id FROM articles WHERE content_hash = ?"));
    st.Bind(1, hash);
    if (st.Step() == SQLITE_ROW) {
      result.outcome = AddOutcome::kDuplicate;
      result.article_id = st.Int(0);
      st.Reset();
      NG_RETURN_IF_ERROR(finish(0));
      return result;
    }
  }
  {
    // Same source with new content: the new version replaces the old one.
    Stmt st(Cached("SELECT id FROM articles WHERE source = ?"));
    st.Bind(1, article.source);
    std::vector<int64_t> old;
    while (st.Step() == SQLITE_ROW) old.push_back(st.Int(0));
    if (!old.empty()) {
      result.outcome = AddOutcome::kUpdated;
      // The delete trigger removes the old version from the full-text
      // index, so it must be there. (Done inside the savepoint, these index
      // rows roll back with it; the ids then stay pending, which is right.)
      std::vector<int64_t> pending = unindexed_articles_;
      if (Status indexed = IndexNewArticles(); !indexed.ok()) {
        unindexed_articles_ = std::move(pending);
        return indexed;
      }
      rollback.restore_unindexed = std::move(pending);
      Stmt del(Cached("DELETE FROM articles WHERE id = ?"));
      for (int64_t id : old) {
        del.Reset();
        del.Bind(1, id);
        if (del.Step() != SQLITE_DONE) return Error("replace article");
      }
      NG_RETURN_IF_ERROR(
          Exec("DELETE FROM relations WHERE NOT EXISTS "
               "(SELECT 1 FROM relation_evidence e WHERE e.relation_id = relations.id)"));
    }
  }
  {
    Stmt st(Cached(
        "INSERT INTO articles(source, url, canonical_url, title, lang, published_at, "
        "modified_at, authors, site_name, charset, content_hash, text, ingested_at, simhash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    st.Bind(1, article.source)
        .BindOrNull(2, article.url)
        .BindOrNull(3, article.canonical_url)
        .Bind(4, article.title)
        .Bind(5, article.lang)
        .BindOrNull(6, article.published_at)
        .BindOrNull(7, article.modified_at)
        .Bind(8, JsonStringArray(article.authors))
        .BindOrNull(9, article.site_name)
        .BindOrNull(10, article.charset)
        .Bind(11, hash)
        .Bind(12, article.text)
        .Bind(13, now)
        .Bind(14, static_cast<int64_t>(SimHash(BodyOf(article))));
    if (st.Step() != SQLITE_DONE) return Error("insert article");
    result.article_id = sqlite3_last_insert_rowid(db_);
  }
  std::vector<int64_t> ids(extraction.entities.size());
  for (size_t i = 0; i < extraction.entities.size(); ++i) {
    StatusOr<int64_t> id = ResolveEntity(extraction.entities[i], now);
    if (!id.ok()) return id.status();
    ids[i] = *id;
  }
  {
    Stmt st(
        Cached("INSERT INTO mentions(entity_id, article_id, sentence_index, start_byte, end_byte, "
               "surface) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const nlp::Mention& m : extraction.mentions) {
      st.Reset();
      const std::string_view surface =
          m.end <= article.text.size() && m.begin <= m.end
              ? std::string_view(article.text).substr(m.begin, m.end - m.begin)
              : std::string_view();
      st.Bind(1, ids[m.entity])
          .Bind(2, result.article_id)
          .Bind(3, static_cast<int64_t>(m.sentence))
          .Bind(4, static_cast<int64_t>(m.begin))
          .Bind(5, static_cast<int64_t>(m.end))
          .Bind(6, surface);
      if (st.Step() != SQLITE_DONE) return Error("insert mention");
    }
  }
  {
    Stmt upsert(
        Cached("INSERT INTO relations(source_id, target_id, type, modality, first_seen, "
               "last_seen) VALUES (?, ?, ?, ?, ?, ?) "
               "ON CONFLICT(source_id, target_id, type, modality) DO UPDATE SET "
               "last_seen = excluded.last_seen RETURNING id"));
    // Evidence rows go in a few multi-row statements after the relations:
    // every write statement makes the FTS5 tables flush what they hold
    // (their savepoint), so one statement per row would write one tiny index
    // segment per sentence and then spend the time merging them.
    struct EvidenceRow {
      int64_t relation_id, sentence;
    };
    std::vector<EvidenceRow> rows;
    rows.reserve(extraction.relations.size());
    for (const nlp::Relation& r : extraction.relations) {
      int64_t src = ids[r.source], dst = ids[r.target];
      if (src == dst) continue;  // two article entities resolved to one
      if (nlp::IsSymmetricRelation(r.type) && src > dst) std::swap(src, dst);
      upsert.Reset();
      upsert.Bind(1, src)
          .Bind(2, dst)
          .Bind(3, r.type)
          .Bind(4, nlp::ModalityName(r.modality))
          .Bind(5, now)
          .Bind(6, now);
      if (upsert.Step() != SQLITE_ROW) return Error("insert relation");
      rows.push_back({upsert.Int(0), static_cast<int64_t>(r.sentence)});
      while (upsert.Step() == SQLITE_ROW) {
      }
    }
    upsert.Reset();
    for (size_t at = 0; at < rows.size(); at += kEvidenceRowsPerStatement) {
      const size_t n = std::min(kEvidenceRowsPerStatement, rows.size() - at);
      Stmt evidence(CachedEvidenceInsert(n));
      if (!evidence.ok()) return Error("prepare evidence");
      evidence.Bind(1, result.article_id);
      for (size_t i = 0; i < n; ++i) {
        const EvidenceRow& row = rows[at + i];
        const nlp::Sentence& s = extraction.sentences[row.sentence];
        const int p = 2 + 3 * static_cast<int>(i);
        evidence.Bind(p, row.relation_id)
            .Bind(p + 1, row.sentence)
            .Bind(p + 2, std::string_view(article.text).substr(s.begin, s.end - s.begin));
      }
      if (evidence.Step() != SQLITE_DONE) return Error("insert evidence");
    }
  }
  NG_RETURN_IF_ERROR(finish(result.article_id));
  return result;
}

StatusOr<Stats> Store::GetStats() {
  Stats stats;
  struct Count {
    const char* sql;
    int64_t* out;
  };
  const Count counts[] = {{"SELECT count(*) FROM articles", &stats.articles},
                          {"SELECT count(*) FROM entities", &stats.entities},
                          {"SELECT count(*) FROM aliases", &stats.aliases},
                          {"SELECT count(*) FROM mentions", &stats.mentions},
                          {"SELECT count(*) FROM relations", &stats.relations},
                          {"SELECT count(*) FROM relation_evidence", &stats.evidence}};
  for (const Count& c : counts) {
    Stmt st(db_, c.sql);
    if (!st.ok() || st.Step() != SQLITE_ROW) return Error("count");
    *c.out = st.Int(0);
  }
  {
    Stmt st(db_, "SELECT type, count(*) FROM entities GROUP BY type ORDER BY type");
    while (st.Step() == SQLITE_ROW) stats.entities_by_type[st.Text(0)] = st.Int(1);
  }
  {
    Stmt st(db_, "SELECT type, count(*) FROM relations GROUP BY type ORDER BY type");
    while (st.Step() == SQLITE_ROW) stats.relations_by_type[st.Text(0)] = st.Int(1);
  }
  return stats;
}

StatusOr<graph::Graph> Store::LoadGraph(const GraphFilter& filter) {
  graph::Graph g;
  // Deferred transaction: one consistent snapshot for all the reads.
  NG_RETURN_IF_ERROR(Exec("BEGIN"));
  struct End {
    Store* store;
    ~End() { store->Exec("COMMIT").ok(); }
  } end{this};
  std::unordered_map<int64_t, size_t> edge_index;
  {
    Stmt st(db_,
            "SELECT r.id, r.source_id, r.target_id, r.type, r.modality, r.first_seen, "
            "r.last_seen FROM relations r WHERE (? OR r.type <> 'MENTIONED_WITH') "
            "ORDER BY r.source_id, r.target_id, r.type, r.modality");
    if (!st.ok()) return Error("load relations");
    st.Bind(1, static_cast<int64_t>(filter.include_mentions));
    while (st.Step() == SQLITE_ROW) {
      graph::Edge e;
      e.source = st.Int(1);
      e.target = st.Int(2);
      e.type = st.Text(3);
      e.modality = st.Text(4);
      e.first_seen = st.Text(5);
      e.last_seen = st.Text(6);
      edge_index[st.Int(0)] = g.edges.size();
      g.edges.push_back(std::move(e));
    }
  }
  {
    Stmt st(db_,
            "SELECT e.relation_id, coalesce(a.url, a.source), a.title, e.sentence "
            "FROM relation_evidence e JOIN articles a ON a.id = e.article_id "
            "ORDER BY e.relation_id, a.id, e.sentence_index");
    if (!st.ok()) return Error("load evidence");
    while (st.Step() == SQLITE_ROW) {
      auto it = edge_index.find(st.Int(0));
      if (it == edge_index.end()) continue;
      graph::Edge& e = g.edges[it->second];
      e.evidence.push_back({st.Text(1), st.Text(2), st.Text(3)});
      e.weight = static_cast<int64_t>(e.evidence.size());
    }
  }
  std::set<int64_t> used;
  for (const graph::Edge& e : g.edges) {
    used.insert(e.source);
    used.insert(e.target);
  }
  {
    Stmt st(db_,
            "SELECT e.id, e.name, e.type, (SELECT count(*) FROM mentions m WHERE m.entity_id = "
            "e.id) AS n FROM entities e WHERE n > 0 ORDER BY e.id");
    Stmt aliases(db_, "SELECT alias FROM aliases WHERE entity_id = ? ORDER BY lang DESC, alias");
    if (!st.ok() || !aliases.ok()) return Error("load entities");
    while (st.Step() == SQLITE_ROW) {
      const int64_t id = st.Int(0);
      if (!filter.include_isolated && !used.count(id)) continue;
      graph::Node n;
      n.id = id;
      n.name = st.Text(1);
      n.type = st.Text(2);
      n.mentions = st.Int(3);
      aliases.Reset();
      aliases.Bind(1, id);
      while (aliases.Step() == SQLITE_ROW) n.aliases.push_back(aliases.Text(0));
      g.nodes.push_back(std::move(n));
    }
  }
  return g;
}

}  // namespace ng::db
