// Store: the SQLite file that holds the knowledge graph (schema: db/migrations/,
// documented in docs/schema.md). The only code that includes sqlite3.h.
//
// Every article is written in one transaction: after a crash the database holds
// the whole article with its entities, mentions and relations, or none of it.
// A bulk load batches many articles into one transaction (BeginTransaction /
// CommitTransaction); each article is then a savepoint inside it, rolled back
// alone when it fails.
// The file is in WAL mode (readers never block the writer), foreign keys are
// on, and a busy database is waited for (busy_timeout) before giving up.
// Entities are resolved across articles and languages here: an entity of a new
// article joins the stored entity with the same name key and type, or else the
// one that an unambiguous full-form alias names.
//
// The full-text tables (articles_fts, evidence_fts) are filled when a write
// transaction commits, for all its new articles in one statement each: in
// the same transaction, so a crash leaves article and index consistent.
//
// A Store is one connection: not thread-safe; use one per thread.
#ifndef NEWSGRAPH_DB_STORE_H_
#define NEWSGRAPH_DB_STORE_H_

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/status.h"
#include "graph/graph.h"
#include "nlp/extraction.h"

struct sqlite3;
struct sqlite3_stmt;

namespace ng::db {

inline constexpr int kSchemaVersion = 5;

struct StoreOptions {
  bool read_only = false;
  // How long a write waits for another process's transaction, in milliseconds.
  int busy_timeout_ms = 10000;
};

// An article as the store keeps it (ingest/ fills it; db/ knows no HTTP).
struct ArticleRecord {
  std::string source;
  std::string url;
  std::string canonical_url;
  std::string title;
  std::string lang;
  std::string published_at;
  std::string modified_at;
  std::vector<std::string> authors;
  std::string site_name;
  std::string charset;
  std::string text;  // normalised text the extraction's offsets point into
};

enum class AddOutcome {
  kAdded,      // new article
  kUpdated,    // same source, new content: the old version was replaced
  kDuplicate,  // same content already stored: nothing changed
};

struct AddResult {
  AddOutcome outcome = AddOutcome::kAdded;
  int64_t article_id = 0;
};

struct Stats {
  int64_t articles = 0, entities = 0, aliases = 0, mentions = 0, relations = 0, evidence = 0;
  std::map<std::string, int64_t> entities_by_type;
  std::map<std::string, int64_t> relations_by_type;
};

// Which part of the graph LoadGraph returns.
struct GraphFilter {
  bool include_mentions = false;  // MENTIONED_WITH edges
  bool include_isolated = true;   // entities with no edge in the result
};

class Store {
 public:
  // Opens (creating when missing, unless read-only) and migrates `path`.
  // ":memory:" gives a private in-memory database for tests.
  static StatusOr<std::unique_ptr<Store>> Open(const std::string& path, StoreOptions options = {});
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // Content hash used for dedup: SHA-256 of title + "\n" + text.
  static std::string ContentHash(const ArticleRecord& article);

  // True when an article with this content is stored already.
  StatusOr<bool> HasContent(const std::string& content_hash);

  // The text without its leading title line: what articles.simhash is
  // computed over (outlets retitle the wire stories they republish).
  static std::string_view BodyOf(const ArticleRecord& article);

  // Stores the article and its extraction in one transaction; also sets
  // articles.simhash (SimHash of BodyOf). When a transaction is open on this
  // connection already, joins it instead as a savepoint: on error the
  // article's own writes are undone and the transaction stays open; the
  // caller commits or rolls back (db/fetch_state.h writes an article and its
  // fetch state together; app/pipeline.cc batches articles).
  // REQUIRES: extraction indices are consistent (as nlp::Analyzer makes them).
  StatusOr<AddResult> AddArticle(const ArticleRecord& article, const nlp::Extraction& extraction);

  // An explicit write transaction (BEGIN IMMEDIATE ... COMMIT) that
  // AddArticle calls join: batching commits many articles at once.
  Status BeginTransaction();
  Status CommitTransaction();
  // Undoes everything since BeginTransaction; a no-op outside one.
  // Transactions that hold articles must end through these two (not a bare
  // COMMIT), or the articles stay out of the full-text tables.
  void RollbackTransaction();
  bool InTransaction();

  StatusOr<Stats> GetStats();
  StatusOr<graph::Graph> LoadGraph(const GraphFilter& filter = {});

  int SchemaVersion();
  sqlite3* handle() { return db_; }  // for tests and the query command

 private:
  Store(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  Status Migrate();
  Status Exec(const char* sql);
  StatusOr<int64_t> ResolveEntity(const nlp::Entity& entity, const std::string& now);
  Status Error(const char* what);
  // The prepared statement for `sql`, compiled on first use and kept until
  // the Store closes. Keyed by the address of a string literal.
  sqlite3_stmt* Cached(const char* sql);
  // INSERT of `rows` relation_evidence rows in one statement, cached too.
  sqlite3_stmt* CachedEvidenceInsert(size_t rows);
  // Adds the articles stored since the last call (and their evidence
  // sentences) to the full-text tables. Runs before COMMIT and before an
  // article is deleted (the delete trigger must find what it removes).
  Status IndexNewArticles();

  sqlite3* db_;
  std::string path_;
  std::unordered_map<const char*, sqlite3_stmt*> statements_;
  std::unordered_map<size_t, sqlite3_stmt*> evidence_inserts_;
  // Articles of the open transaction not yet in the full-text tables.
  std::vector<int64_t> unindexed_articles_;
};

}  // namespace ng::db

#endif  // NEWSGRAPH_DB_STORE_H_
