// ReadOnlyQuery: runs SQL that a user typed against a newsgraph database that
// it cannot change. Backs `newsgraph query`.
//
// Four locks, each enough on its own for the common cases, together closing
// the corners of each other:
//   1. the file is opened with SQLITE_OPEN_READONLY (no migration, no WAL
//      switch, no checkpoint on close);
//   2. PRAGMA query_only = 1;
//   3. every statement is prepared before any runs, and the whole script is
//      refused when one of them is not sqlite3_stmt_readonly();
//   4. an authorizer denies writes to any table (temp ones too), schema
//      changes, ATTACH/DETACH, VACUUM, PRAGMAs outside a read-only list or
//      with a value, and the functions that reach outside the database
//      (load_extension, readfile, writefile, edit, fts3_tokenizer).
// Extension loading and writable_schema stay off (SQLITE_DBCONFIG_*), and
// triggers and views in the file run with the untrusted-schema rules.
//
// A refused script fails with Status::InvalidArgument and a message that names
// the statement and why, e.g.
//   statement 2 (DELETE FROM entities): refused: query opens the database
//   read-only and cannot change it
// Nothing of a refused script runs, including its read-only statements.
//
// Not thread-safe: one ReadOnlyQuery per thread.
#ifndef NEWSGRAPH_DB_READ_ONLY_QUERY_H_
#define NEWSGRAPH_DB_READ_ONLY_QUERY_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "base/status.h"

struct sqlite3;

namespace ng::db {

// One SQL value as SQLite returned it.
struct SqlValue {
  enum class Kind { kNull, kInteger, kReal, kText, kBlob };
  Kind kind = Kind::kNull;
  int64_t integer = 0;
  double real = 0;
  std::string text;  // kText: UTF-8 as stored; kBlob: the raw bytes
};

// The rows of one statement that returns columns (a SELECT, a PRAGMA that
// reports, EXPLAIN, ...). Statements without columns produce no ResultSet.
struct ResultSet {
  std::string sql;  // the statement, trimmed
  std::vector<std::string> columns;
  std::vector<std::vector<SqlValue>> rows;
};

struct ReadOnlyQueryOptions {
  // Stop reading a statement's rows after this many (0 = no limit): a guard
  // against `SELECT * FROM a, b, c` filling memory. Truncation is reported in
  // ReadOnlyQuery::truncated().
  size_t max_rows = 0;
  // Wait this long for a writer's lock, in milliseconds.
  int busy_timeout_ms = 5000;
};

class ReadOnlyQuery {
 public:
  // Opens `path` read-only. Fails when it does not exist (it is never
  // created) or is not a newsgraph database.
  static StatusOr<std::unique_ptr<ReadOnlyQuery>> Open(const std::string& path,
                                                       ReadOnlyQueryOptions options = {});
  ~ReadOnlyQuery();
  ReadOnlyQuery(const ReadOnlyQuery&) = delete;
  ReadOnlyQuery& operator=(const ReadOnlyQuery&) = delete;

  // Runs `sql`: one or more statements separated by ';'. Returns one
  // ResultSet per statement that has columns, in order.
  StatusOr<std::vector<ResultSet>> Run(const std::string& sql);

  bool truncated() const { return truncated_; }

 private:
  ReadOnlyQuery(sqlite3* db, std::string path, ReadOnlyQueryOptions options)
      : db_(db), path_(std::move(path)), options_(options) {}

  sqlite3* db_;
  std::string path_;
  ReadOnlyQueryOptions options_;
  bool truncated_ = false;
  std::string denied_;  // why the authorizer last said no
  friend int Authorize(void*, int, const char*, const char*, const char*, const char*);
};

}  // namespace ng::db

#endif  // NEWSGRAPH_DB_READ_ONLY_QUERY_H_
