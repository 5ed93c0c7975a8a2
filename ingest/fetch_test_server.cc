#include "ingest/fetch_test_server.h"

#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

extern char** environ;

namespace ng::ingest {

StatusOr<std::unique_ptr<TestHttpServer>> TestHttpServer::Start(const std::string& source_dir) {
  std::string script = source_dir + "/tests/http_test_server.py";
  if (access(script.c_str(), R_OK) != 0) return Status::Unavailable(script + ": not found");
  std::unique_ptr<TestHttpServer> server(new TestHttpServer());
  char log_template[] = "/tmp/ng_http_test_log_XXXXXX";
  int log_fd = mkstemp(log_template);
  if (log_fd < 0) return Status::IoError("mkstemp failed");
  close(log_fd);
  server->log_path_ = log_template;

  int out[2];
  if (pipe(out) != 0) return Status::IoError("pipe failed");
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
  posix_spawn_file_actions_addclose(&actions, out[0]);
  std::string fixtures = source_dir + "/tests/fixtures/feeds";
  std::vector<std::string> args = {"python3", script,  "--fixtures",
                                   fixtures,  "--log", server->log_path_};
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = -1;
  int rc = posix_spawnp(&pid, "python3", &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(out[1]);
  if (rc != 0) {
    close(out[0]);
    return Status::Unavailable("python3: cannot start");
  }
  server->pid_ = pid;

  std::string line;
  pollfd pfd{out[0], POLLIN, 0};
  while (line.find('\n') == std::string::npos) {
    if (poll(&pfd, 1, 15000) <= 0) break;
    char buf[256];
    ssize_t n = read(out[0], buf, sizeof(buf));
    if (n <= 0) break;
    line.append(buf, static_cast<size_t>(n));
  }
  close(out[0]);
  if (line.rfind("PORT ", 0) != 0) return Status::Unavailable("test server did not start");
  server->port_ = std::atoi(line.c_str() + 5);
  return server;
}

TestHttpServer::~TestHttpServer() {
  if (pid_ > 0) {
    kill(pid_, SIGTERM);
    int status = 0;
    waitpid(pid_, &status, 0);
  }
  if (!log_path_.empty()) unlink(log_path_.c_str());
}

std::string TestHttpServer::Url(std::string_view path, std::string_view host) const {
  return "http://" + std::string(host) + ":" + std::to_string(port_) + std::string(path);
}

std::vector<TestHttpServer::LogLine> TestHttpServer::ReadLog() const {
  std::vector<LogLine> lines;
  std::ifstream in(log_path_);
  std::string text;
  while (std::getline(in, text)) {
    std::istringstream fields(text);
    LogLine l;
    fields >> l.time >> l.host >> l.path;
    l.host = l.host.substr(0, l.host.find(':'));
    lines.push_back(l);
  }
  return lines;
}

}  // namespace ng::ingest
