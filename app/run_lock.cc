#include "app/run_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace ng::app {

StatusOr<RunLock> RunLock::Acquire(const std::string& db_path, LockMode mode) {
  const std::string path = db_path + ".lock";
  const int fd = open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) return Status::IoError(path + ": cannot open lock file: " + std::strerror(errno));
  int rc;
  do {
    rc = flock(fd, LOCK_EX | (mode == LockMode::kFail ? LOCK_NB : 0));
  } while (rc != 0 && errno == EINTR);
  if (rc != 0) {
    const int err = errno;
    std::string holder;
    if (err == EWOULDBLOCK) {
      char buf[32] = {};
      const ssize_t n = pread(fd, buf, sizeof buf - 1, 0);
      for (ssize_t i = 0; i < n && buf[i] >= '0' && buf[i] <= '9'; ++i) holder += buf[i];
    }
    close(fd);
    if (err == EWOULDBLOCK) {
      return Status::Unavailable(db_path + " is being written by another newsgraph run (" +
                                 (holder.empty() ? "" : "pid " + holder + ", ") + "lock " + path +
                                 "); use --lock wait to wait for it");
    }
    return Status::IoError(path + ": cannot lock: " + std::strerror(err));
  }
  // Record the holder for the message above. Best effort: the lock is what counts.
  const std::string pid = std::to_string(getpid()) + "\n";
  if (ftruncate(fd, 0) == 0 && pwrite(fd, pid.data(), pid.size(), 0) < 0) {
    // Ignored: a lock file without a pid only makes the message less specific.
  }
  return RunLock(fd);
}

RunLock& RunLock::operator=(RunLock&& other) noexcept {
  if (this != &other) {
    if (fd_ >= 0) close(fd_);
    fd_ = other.fd_;
    other.fd_ = -1;
  }
  return *this;
}

RunLock::~RunLock() {
  // Closing the descriptor releases the flock. The file stays: removing it
  // would race with a run that has opened it and is about to lock it.
  if (fd_ >= 0) close(fd_);
}

}  // namespace ng::app
