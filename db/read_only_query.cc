#include "db/read_only_query.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <string_view>

namespace ng::db {
namespace {

// PRAGMAs that only report. The first group takes a table or index name as
// its argument; the second must be given without one (with a value, most of
// them would set something).
constexpr std::string_view kPragmasWithNameArgument[] = {
    "table_info",       "table_xinfo",       "index_list",      "index_info", "index_xinfo",
    "foreign_key_list", "foreign_key_check", "integrity_check", "quick_check"};
constexpr std::string_view kPragmasWithoutArgument[] = {
    "user_version",   "schema_version", "application_id", "page_count",     "page_size",
    "freelist_count", "encoding",       "journal_mode",   "database_list",  "compile_options",
    "function_list",  "module_list",    "pragma_list",    "collation_list", "table_list",
    "data_version",   "foreign_keys",   "query_only"};

// Functions that reach outside the database or change how it is read.
// readfile, writefile and edit come from the sqlite3 shell, not the library,
// but a build that registers them must not hand them to `query`.
constexpr std::string_view kDeniedFunctions[] = {"load_extension", "readfile", "writefile", "edit",
                                                 "fts3_tokenizer"};

bool Contains(const auto& list, std::string_view name) {
  for (std::string_view item : list) {
    if (sqlite3_strnicmp(item.data(), name.data(), static_cast<int>(item.size())) == 0 &&
        item.size() == name.size()) {
      return true;
    }
  }
  return false;
}

std::string Trim(std::string_view s) {
  const char* ws = " \t\r\n;";
  const size_t b = s.find_first_not_of(ws);
  if (b == std::string_view::npos) return "";
  const size_t e = s.find_last_not_of(ws);
  return std::string(s.substr(b, e - b + 1));
}

// A statement as it appears in messages: one line, at most 60 bytes.
std::string Shorten(const std::string& sql) {
  std::string one;
  for (char c : sql) one += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
  if (one.size() <= 60) return one;
  size_t cut = 57;
  while (cut > 0 && (static_cast<unsigned char>(one[cut]) & 0xC0) == 0x80) --cut;
  return one.substr(0, cut) + "...";
}

const char* ActionName(int action) {
  switch (action) {
    case SQLITE_INSERT:
      return "INSERT";
    case SQLITE_UPDATE:
      return "UPDATE";
    case SQLITE_DELETE:
      return "DELETE";
    case SQLITE_ATTACH:
      return "ATTACH";
    case SQLITE_DETACH:
      return "DETACH";
    case SQLITE_ALTER_TABLE:
      return "ALTER TABLE";
    case SQLITE_REINDEX:
      return "REINDEX";
    case SQLITE_ANALYZE:
      return "ANALYZE";
    default:
      return action <= SQLITE_DROP_VIEW || action == SQLITE_CREATE_VTABLE ||
                     action == SQLITE_DROP_VTABLE
                 ? "a schema change (CREATE or DROP)"
                 : "this statement";
  }
}

}  // namespace

int Authorize(void* self, int action, const char* arg1, const char* arg2, const char* /*db*/,
              const char* /*trigger*/) {
  auto* q = static_cast<ReadOnlyQuery*>(self);
  // The first reason is the one to report (CREATE TEMP TABLE is refused as
  // a CREATE before the INSERT into the temp schema that follows it).
  auto deny = [q](std::string why) {
    if (q->denied_.empty()) q->denied_ = std::move(why);
    return SQLITE_DENY;
  };
  switch (action) {
    case SQLITE_SELECT:
    case SQLITE_READ:
    case SQLITE_RECURSIVE:
    case SQLITE_TRANSACTION:
    case SQLITE_SAVEPOINT:
      return SQLITE_OK;
    case SQLITE_FUNCTION:
      if (arg2 != nullptr && Contains(kDeniedFunctions, arg2)) {
        return deny(std::string("function ") + arg2 + "() is not allowed");
      }
      return SQLITE_OK;
    case SQLITE_PRAGMA: {
      const std::string_view name = arg1 != nullptr ? arg1 : "";
      if (Contains(kPragmasWithNameArgument, name)) return SQLITE_OK;
      if (Contains(kPragmasWithoutArgument, name) && arg2 == nullptr) return SQLITE_OK;
      return deny("PRAGMA " + std::string(name) + (arg2 != nullptr ? " with a value" : "") +
                  " is not allowed");
    }
    case SQLITE_UPDATE:
      // SQLite 3.40 checks an UPDATE of sqlite_master that never runs when a
      // virtual table (FTS5, pragma_*) is first connected; refusing it would
      // refuse every full-text query. A real UPDATE of sqlite_master still
      // fails: the connection is read-only, query_only and defensive.
      if (arg1 != nullptr && std::strcmp(arg1, "sqlite_master") == 0) return SQLITE_OK;
      return deny("UPDATE is not allowed");
    case SQLITE_INSERT:
    case SQLITE_DELETE:
      if (arg1 != nullptr && (std::strcmp(arg1, "sqlite_master") == 0 ||
                              std::strcmp(arg1, "sqlite_temp_master") == 0)) {
        return deny("a schema change (CREATE or DROP) is not allowed");
      }
      return deny(std::string(ActionName(action)) + " is not allowed");
    default:
      return deny(std::string(ActionName(action)) + " is not allowed");
  }
}

StatusOr<std::unique_ptr<ReadOnlyQuery>> ReadOnlyQuery::Open(const std::string& path,
                                                             ReadOnlyQueryOptions options) {
  sqlite3* db = nullptr;
  const int rc =
      sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close(db);
    return Status::IoError(path + ": cannot open database: " + msg);
  }
  std::unique_ptr<ReadOnlyQuery> q(new ReadOnlyQuery(db, path, options));
  sqlite3_busy_timeout(db, options.busy_timeout_ms);
  sqlite3_extended_result_codes(db, 1);
  sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
  sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
  sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
  sqlite3_db_config(db, SQLITE_DBCONFIG_WRITABLE_SCHEMA, 0, nullptr);
  sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 0);
  char* err = nullptr;
  if (sqlite3_exec(db, "PRAGMA query_only = 1", nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = err != nullptr ? err : "unknown error";
    sqlite3_free(err);
    return Status::IoError(path + ": " + msg);
  }
  // A file that is not a database fails here, on the first read.
  sqlite3_stmt* st = nullptr;
  int version = -1;
  if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, nullptr) == SQLITE_OK &&
      sqlite3_step(st) == SQLITE_ROW) {
    version = sqlite3_column_int(st, 0);
  }
  const std::string msg = sqlite3_errmsg(db);
  sqlite3_finalize(st);
  if (version < 0) return Status::Corruption(path + ": cannot read the database: " + msg);
  if (version == 0) return Status::InvalidArgument(path + ": not a newsgraph database");
  sqlite3_set_authorizer(db, Authorize, q.get());
  return q;
}

ReadOnlyQuery::~ReadOnlyQuery() { sqlite3_close_v2(db_); }

StatusOr<std::vector<ResultSet>> ReadOnlyQuery::Run(const std::string& sql) {
  struct Prepared {
    sqlite3_stmt* stmt = nullptr;
    std::string sql;
  };
  std::vector<Prepared> statements;
  struct Finalize {
    std::vector<Prepared>* list;
    ~Finalize() {
      for (Prepared& p : *list) sqlite3_finalize(p.stmt);
    }
  } finalize{&statements};

  // Prepare everything first: nothing runs unless every statement may.
  const char* tail = sql.c_str();
  const char* const end = sql.c_str() + sql.size();
  int number = 0;
  while (tail < end) {
    sqlite3_stmt* stmt = nullptr;
    const char* next = nullptr;
    denied_.clear();
    const int rc = sqlite3_prepare_v2(db_, tail, static_cast<int>(end - tail), &stmt, &next);
    // A statement that failed to prepare is shown up to its ';'.
    const char* stop = rc == SQLITE_OK && next != nullptr ? next : std::find(tail, end, ';');
    const std::string text = Trim(std::string_view(tail, stop - tail));
    if (stmt == nullptr && rc == SQLITE_OK) break;  // only comments or whitespace left
    ++number;
    const std::string where = "statement " + std::to_string(number) + " (" + Shorten(text) + ")";
    if (rc != SQLITE_OK) {
      sqlite3_finalize(stmt);
      if (rc == SQLITE_AUTH || !denied_.empty()) {
        return Status::InvalidArgument(where + ": refused: " + denied_ +
                                       "; query opens the database read-only");
      }
      return Status::InvalidArgument(where + ": " + sqlite3_errmsg(db_));
    }
    statements.push_back({stmt, text});
    if (!sqlite3_stmt_readonly(stmt)) {
      return Status::InvalidArgument(
          where + ": refused: it would change the database; query opens the database read-only");
    }
    tail = next;
  }
  if (statements.empty()) return Status::InvalidArgument("no SQL statement given");

  std::vector<ResultSet> results;
  truncated_ = false;
  for (size_t i = 0; i < statements.size(); ++i) {
    sqlite3_stmt* stmt = statements[i].stmt;
    const int ncol = sqlite3_column_count(stmt);
    ResultSet rs;
    rs.sql = statements[i].sql;
    for (int c = 0; c < ncol; ++c) rs.columns.push_back(sqlite3_column_name(stmt, c));
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
      if (options_.max_rows != 0 && rs.rows.size() >= options_.max_rows) {
        truncated_ = true;
        break;
      }
      std::vector<SqlValue> row(ncol);
      for (int c = 0; c < ncol; ++c) {
        SqlValue& v = row[c];
        switch (sqlite3_column_type(stmt, c)) {
          case SQLITE_INTEGER:
            v.kind = SqlValue::Kind::kInteger;
            v.integer = sqlite3_column_int64(stmt, c);
            break;
          case SQLITE_FLOAT:
            v.kind = SqlValue::Kind::kReal;
            v.real = sqlite3_column_double(stmt, c);
            break;
          case SQLITE_TEXT:
            v.kind = SqlValue::Kind::kText;
            v.text.assign(reinterpret_cast<const char*>(sqlite3_column_text(stmt, c)),
                          sqlite3_column_bytes(stmt, c));
            break;
          case SQLITE_BLOB:
            v.kind = SqlValue::Kind::kBlob;
            if (const void* p = sqlite3_column_blob(stmt, c)) {
              v.text.assign(static_cast<const char*>(p), sqlite3_column_bytes(stmt, c));
            }
            break;
          default:
            break;
        }
      }
      rs.rows.push_back(std::move(row));
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
      const std::string msg = sqlite3_errmsg(db_);
      const int code = rc & 0xFF;
      const std::string where =
          "statement " + std::to_string(i + 1) + " (" + Shorten(statements[i].sql) + ")";
      if (code == SQLITE_BUSY || code == SQLITE_LOCKED) {
        return Status::Unavailable(path_ + ": database is busy: " + where + ": " + msg);
      }
      if (code == SQLITE_READONLY || code == SQLITE_AUTH) {
        return Status::InvalidArgument(where + ": refused: " + msg);
      }
      return Status::InvalidArgument(where + ": " + msg);
    }
    if (ncol > 0) results.push_back(std::move(rs));
  }
  return results;
}

}  // namespace ng::db
