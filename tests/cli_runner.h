// Helpers for end-to-end tests that run the built `newsgraph` binary: a
// scratch directory per test, shell quoting, reading and writing a whole
// file, and the result of one run. Header-only, shared by the tests in tests/.
#ifndef NEWSGRAPH_TESTS_CLI_RUNNER_H_
#define NEWSGRAPH_TESTS_CLI_RUNNER_H_

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace ng::testing {

// What one run of the binary printed and returned.
struct Result {
  int exit_code = -1;
  std::string out, err;
};

// A new, empty directory for the running test,
// <gtest TempDir>/<prefix>-<pid>-<test name>; the caller removes it.
inline std::filesystem::path FreshTestDir(const std::string& prefix) {
  const std::filesystem::path dir =
      std::filesystem::path(::testing::TempDir()) /
      (prefix + "-" + std::to_string(getpid()) + "-" +
       ::testing::UnitTest::GetInstance()->current_test_info()->name());
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

// Writes `bytes` to `path` as is, creating missing parent directories.
inline void WriteFile(const std::filesystem::path& path, const std::string& bytes) {
  if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << bytes;
}

inline std::string ReadAll(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// Single-quotes `s` for /bin/sh.
inline std::string Quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) {
    if (c == '\'') {
      q += "'\\''";
    } else {
      q += c;
    }
  }
  return q + "'";
}

// Runs `bin args` through /bin/sh with stdout and stderr captured in files
// under `dir`; `args` must be quoted by the caller (see Quote).
inline Result RunBinary(const std::string& bin, const std::string& args,
                        const std::filesystem::path& dir) {
  const std::filesystem::path out = dir / "stdout", err = dir / "stderr";
  const std::string cmd =
      Quote(bin) + " " + args + " >" + Quote(out.string()) + " 2>" + Quote(err.string());
  const int status = std::system(cmd.c_str());
  Result r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = ReadAll(out);
  r.err = ReadAll(err);
  return r;
}

}  // namespace ng::testing

#endif  // NEWSGRAPH_TESTS_CLI_RUNNER_H_
