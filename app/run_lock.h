// RunLock: one writing run per database. An ingest run holds an exclusive
// flock(2) on "<db>.lock" for its whole duration, so that cron runs that
// overlap never write at once (SQLite would serialise their transactions, but
// two runs would fetch and analyse the same pages twice and interleave their
// fetch state). The kernel drops the lock when the process dies, SIGKILL
// included, so a crashed run never leaves a stale lock behind. The lock file
// holds the holder's pid, for the message of the run that finds it taken.
//
// Not for network file systems where flock is advisory-only or emulated.
// Thread-compatible; one RunLock per process and database.
#ifndef NEWSGRAPH_APP_RUN_LOCK_H_
#define NEWSGRAPH_APP_RUN_LOCK_H_

#include <string>

#include "base/status.h"

namespace ng::app {

enum class LockMode {
  kWait,  // block until the other run ends
  kFail,  // return Unavailable at once
};

class RunLock {
 public:
  // Takes the lock for `db_path` (file "<db_path>.lock", created 0644 when
  // missing). Errors: Unavailable "news.db is being written by another
  // newsgraph run (pid 123, lock news.db.lock)" in kFail mode; IoError when the
  // lock file cannot be opened.
  static StatusOr<RunLock> Acquire(const std::string& db_path, LockMode mode);

  RunLock(RunLock&& other) noexcept : fd_(other.fd_) { other.fd_ = -1; }
  RunLock& operator=(RunLock&& other) noexcept;
  RunLock(const RunLock&) = delete;
  RunLock& operator=(const RunLock&) = delete;
  ~RunLock();  // releases the lock

 private:
  explicit RunLock(int fd) : fd_(fd) {}
  int fd_ = -1;
};

}  // namespace ng::app

#endif  // NEWSGRAPH_APP_RUN_LOCK_H_
