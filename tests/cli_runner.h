// Helpers for end-to-end tests that run the built `newsgraph` binary: shell
// quoting, reading a whole file, and the result of one run. Header-only,
// shared by the tests in tests/.
#ifndef NEWSGRAPH_TESTS_CLI_RUNNER_H_
#define NEWSGRAPH_TESTS_CLI_RUNNER_H_

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

}  // namespace ng::testing

#endif  // NEWSGRAPH_TESTS_CLI_RUNNER_H_
