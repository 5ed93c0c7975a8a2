// Helpers shared by the libFuzzer targets in fuzz/: property checks that abort
// (so that libFuzzer records a crash) when a documented guarantee breaks.
#ifndef NEWSGRAPH_FUZZ_FUZZ_UTIL_H_
#define NEWSGRAPH_FUZZ_FUZZ_UTIL_H_

#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "base/utf8.h"

namespace ng::fuzz {

[[noreturn]] inline void Fail(const char* what, std::string_view detail) {
  std::fprintf(stderr, "fuzz property violated: %s: %.*s\n", what, static_cast<int>(detail.size()),
               detail.data());
  std::abort();
}

inline void Check(bool ok, const char* what, std::string_view detail = "") {
  if (!ok) Fail(what, detail);
}

inline void CheckUtf8(std::string_view s, const char* what) {
  if (!utf8::IsValid(s)) Fail(what, "invalid UTF-8 in output");
}

}  // namespace ng::fuzz

#endif  // NEWSGRAPH_FUZZ_FUZZ_UTIL_H_
