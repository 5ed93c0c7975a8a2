// Statement: a prepared SQLite statement that binds by position, plus the
// clock format the store writes. Internal to db/ (the only module that
// includes sqlite3.h). Not thread-safe: one per connection and thread.
#ifndef NEWSGRAPH_DB_STATEMENT_H_
#define NEWSGRAPH_DB_STATEMENT_H_

#include <sqlite3.h>

#include <chrono>
#include <cstdint>
#include <ctime>
#include <string>
#include <string_view>

namespace ng::db {

// A time as the store writes it: UTC, ISO 8601, seconds.
inline std::string FormatUtc(std::time_t t) {
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

inline std::string NowUtc() {
  return FormatUtc(std::chrono::system_clock::to_time_t(std::chrono::system_clock::now()));
}

// Owns (and finalizes) a statement it prepares, or borrows a cached one (and
// only resets it). Text is bound as a copy (SQLITE_TRANSIENT) so callers may
// pass temporaries.
class Statement {
 public:
  Statement(sqlite3* db, const char* sql) {
    rc_ = sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt_, nullptr);
  }
  explicit Statement(sqlite3_stmt* cached)
      : stmt_(cached), owned_(false), rc_(cached != nullptr ? SQLITE_OK : SQLITE_ERROR) {}
  ~Statement() {
    if (owned_) {
      sqlite3_finalize(stmt_);
    } else if (stmt_ != nullptr) {
      Reset();
    }
  }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  bool ok() const { return rc_ == SQLITE_OK && stmt_ != nullptr; }
  Statement& Bind(int i, std::string_view s) {
    // A null data pointer would bind NULL; an empty string is "".
    sqlite3_bind_text(stmt_, i, s.data() != nullptr ? s.data() : "", static_cast<int>(s.size()),
                      SQLITE_TRANSIENT);
    return *this;
  }
  Statement& Bind(int i, int64_t v) {
    sqlite3_bind_int64(stmt_, i, v);
    return *this;
  }
  // NULL for "" and for 0 (ids and timestamps that are not known).
  Statement& BindOrNull(int i, std::string_view s) {
    if (s.empty()) {
      sqlite3_bind_null(stmt_, i);
      return *this;
    }
    return Bind(i, s);
  }
  Statement& BindOrNull(int i, int64_t v) {
    if (v == 0) {
      sqlite3_bind_null(stmt_, i);
      return *this;
    }
    return Bind(i, v);
  }
  // Returns SQLITE_ROW, SQLITE_DONE or an error code (the prepare error when
  // preparing failed).
  int Step() { return ok() ? sqlite3_step(stmt_) : rc_; }
  void Reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }
  int64_t Int(int col) { return sqlite3_column_int64(stmt_, col); }
  std::string Text(int col) {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, col));
    return p == nullptr ? std::string() : std::string(p, sqlite3_column_bytes(stmt_, col));
  }

 private:
  sqlite3_stmt* stmt_ = nullptr;
  bool owned_ = true;
  int rc_ = SQLITE_ERROR;
};

}  // namespace ng::db

#endif  // NEWSGRAPH_DB_STATEMENT_H_
