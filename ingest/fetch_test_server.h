// Test-only: starts tests/http_test_server.py (python3) on 127.0.0.1 with an
// ephemeral port, for fetcher_test and bench/fetch_bench. Not part of
// ng_ingest; compiled into those two targets only.
//
// The server logs every request as "<monotonic s> <Host> <path>" to a file;
// ReadLog() parses it so that tests can check politeness from the server's
// side. Thread-compatible.
#ifndef NEWSGRAPH_INGEST_FETCH_TEST_SERVER_H_
#define NEWSGRAPH_INGEST_FETCH_TEST_SERVER_H_

#include <sys/types.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace ng::ingest {

class TestHttpServer {
 public:
  struct LogLine {
    double time = 0;   // server's monotonic clock, seconds
    std::string host;  // Host header without port
    std::string path;  // path and query
  };

  // `source_dir` is the repository root (for the script and the fixtures).
  // Unavailable when python3 or the script is missing (tests then skip).
  static StatusOr<std::unique_ptr<TestHttpServer>> Start(const std::string& source_dir);
  ~TestHttpServer();  // stops the server

  int port() const { return port_; }
  // "http://<host>:<port><path>".
  std::string Url(std::string_view path, std::string_view host = "127.0.0.1") const;
  std::vector<LogLine> ReadLog() const;

 private:
  TestHttpServer() = default;
  pid_t pid_ = -1;
  int port_ = 0;
  std::string log_path_;
};

}  // namespace ng::ingest

#endif  // NEWSGRAPH_INGEST_FETCH_TEST_SERVER_H_
