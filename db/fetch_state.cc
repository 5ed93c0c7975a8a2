#include "db/fetch_state.h"

#include <sqlite3.h>

#include <chrono>
#include <ctime>
#include <string_view>

#include "base/simhash.h"
#include "db/statement.h"

namespace ng::db {
namespace {

using Stmt = Statement;

Status SqlError(sqlite3* db, const std::string& what) {
  const int code = sqlite3_extended_errcode(db) & 0xFF;
  std::string msg = what + ": " + sqlite3_errmsg(db);
  if (code == SQLITE_BUSY || code == SQLITE_LOCKED) {
    return Status::Unavailable("database is busy: " + msg);
  }
  if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB) return Status::Corruption(msg);
  return Status::IoError(msg);
}

// Looks up one integer; 0 when there is no row.
StatusOr<int64_t> OneId(sqlite3* db, Stmt& st, const char* what) {
  const int rc = st.Step();
  if (rc == SQLITE_ROW) return st.Int(0);
  if (rc == SQLITE_DONE) return int64_t{0};
  return SqlError(db, what);
}

}  // namespace

StatusOr<std::optional<FetchState>> FetchStateTable::Get(const std::string& url) {
  sqlite3* db = store_->handle();
  Stmt st(db,
          "SELECT kind, etag, last_modified, status, content_hash, article_id, last_error, "
          "first_fetched_at, last_fetched_at FROM fetch_state WHERE url = ?");
  st.Bind(1, url);
  const int rc = st.Step();
  if (rc == SQLITE_DONE) return std::optional<FetchState>();
  if (rc != SQLITE_ROW) return SqlError(db, "read fetch state of " + url);
  FetchState s;
  s.url = url;
  s.kind = st.Text(0);
  s.etag = st.Text(1);
  s.last_modified = st.Text(2);
  s.status = static_cast<int>(st.Int(3));
  s.content_hash = st.Text(4);
  s.article_id = st.Int(5);
  s.last_error = st.Text(6);
  s.first_fetched_at = st.Text(7);
  s.last_fetched_at = st.Text(8);
  return std::optional<FetchState>(std::move(s));
}

Status FetchStateTable::Put(const FetchState& state) {
  sqlite3* db = store_->handle();
  const std::string now = NowUtc();
  Stmt st(db,
          "INSERT INTO fetch_state(url, kind, etag, last_modified, status, content_hash, "
          "article_id, first_fetched_at, last_fetched_at, last_error) "
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(url) DO UPDATE SET "
          "kind = excluded.kind, etag = excluded.etag, last_modified = excluded.last_modified, "
          "status = excluded.status, content_hash = excluded.content_hash, "
          "article_id = excluded.article_id, last_fetched_at = excluded.last_fetched_at, "
          "last_error = excluded.last_error");
  st.Bind(1, state.url)
      .Bind(2, state.kind)
      .BindOrNull(3, state.etag)
      .BindOrNull(4, state.last_modified)
      .Bind(5, static_cast<int64_t>(state.status))
      .BindOrNull(6, state.content_hash)
      .BindOrNull(7, state.article_id)
      .Bind(8, now)
      .Bind(9, now)
      .BindOrNull(10, state.last_error);
  if (st.Step() != SQLITE_DONE) return SqlError(db, "write fetch state of " + state.url);
  return Status::Ok();
}

StatusOr<int64_t> FetchStateTable::FindArticleByUrl(const std::string& url) {
  Stmt st(store_->handle(),
          "SELECT min(id) FROM articles WHERE id IN (SELECT id FROM articles WHERE url = ?1 "
          "UNION SELECT id FROM articles WHERE canonical_url = ?1) HAVING min(id) IS NOT NULL");
  st.Bind(1, url);
  return OneId(store_->handle(), st, "look up article by URL");
}

StatusOr<int64_t> FetchStateTable::FindArticleByContent(const std::string& content_hash) {
  Stmt st(store_->handle(), "SELECT id FROM articles WHERE content_hash = ?");
  st.Bind(1, content_hash);
  return OneId(store_->handle(), st, "look up article by content");
}

StatusOr<int64_t> FetchStateTable::FindNearDuplicate(uint64_t simhash, int max_bits,
                                                     const std::string& source) {
  sqlite3* db = store_->handle();
  // Within 3 bits, a neighbour shares at least one of the four 16-bit bands
  // (schema version 5): look those up. A wider search scans.
  const bool banded = max_bits <= 3;
  Stmt st(db, banded
                  ? "SELECT id, simhash FROM articles WHERE id IN ("
                    "SELECT id FROM articles WHERE simhash_band0 = ?2 AND simhash IS NOT NULL AND "
                    "simhash <> 0 AND duplicate_of IS NULL UNION "
                    "SELECT id FROM articles WHERE simhash_band1 = ?3 AND simhash IS NOT NULL AND "
                    "simhash <> 0 AND duplicate_of IS NULL UNION "
                    "SELECT id FROM articles WHERE simhash_band2 = ?4 AND simhash IS NOT NULL AND "
                    "simhash <> 0 AND duplicate_of IS NULL UNION "
                    "SELECT id FROM articles WHERE simhash_band3 = ?5 AND simhash IS NOT NULL AND "
                    "simhash <> 0 AND duplicate_of IS NULL) AND source <> ?1 ORDER BY id"
                  : "SELECT id, simhash FROM articles WHERE simhash IS NOT NULL AND simhash <> 0 "
                    "AND duplicate_of IS NULL AND source <> ?1 ORDER BY id");
  st.Bind(1, source);
  if (banded) {
    for (int band = 0; band < 4; ++band) {
      st.Bind(2 + band, static_cast<int64_t>((simhash >> (16 * band)) & 0xFFFF));
    }
  }
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) {
    if (HammingDistance(static_cast<uint64_t>(st.Int(1)), simhash) <= max_bits) return st.Int(0);
  }
  if (rc != SQLITE_DONE) return SqlError(db, "look up near duplicates");
  return int64_t{0};
}

StatusOr<FetchedArticle> FetchStateTable::AddFetchedArticle(const ArticleRecord& article,
                                                            const nlp::Extraction& extraction,
                                                            int64_t duplicate_of,
                                                            FetchState state) {
  sqlite3* db = store_->handle();
  // Through the Store, whose commit also indexes the article for search.
  NG_RETURN_IF_ERROR(store_->BeginTransaction());
  struct Rollback {
    Store* store;
    bool armed = true;
    ~Rollback() {
      if (armed) store->RollbackTransaction();
    }
  } rollback{store_};

  FetchedArticle result;
  StatusOr<AddResult> added =
      store_->AddArticle(article, duplicate_of != 0 ? nlp::Extraction() : extraction);
  if (!added.ok()) return added.status();
  result.added = *added;
  if (duplicate_of != 0 && added->outcome != AddOutcome::kDuplicate) {
    Stmt st(db, "UPDATE articles SET duplicate_of = ? WHERE id = ?");
    st.Bind(1, duplicate_of).Bind(2, added->article_id);
    if (st.Step() != SQLITE_DONE) return SqlError(db, "mark duplicate");
    result.duplicate_of = duplicate_of;
  }
  state.article_id = added->article_id;
  NG_RETURN_IF_ERROR(Put(state));
  rollback.armed = false;
  NG_RETURN_IF_ERROR(store_->CommitTransaction());  // rolls back on failure
  return result;
}

}  // namespace ng::db
