// Small ASCII string helpers shared by the parsers (robots.txt, URLs, input
// files) and the benchmarks.
// std only; thread-safe (pure functions).
#ifndef NEWSGRAPH_BASE_STRINGS_H_
#define NEWSGRAPH_BASE_STRINGS_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace ng {

// `s` with ASCII letters in lower case; other bytes (UTF-8 too) unchanged.
inline std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// `s` without leading and trailing ASCII whitespace.
inline std::string_view TrimAsciiSpace(std::string_view s) {
  const char* kSpace = " \t\r\n\f\v";
  const size_t b = s.find_first_not_of(kSpace);
  if (b == std::string_view::npos) return {};
  const size_t e = s.find_last_not_of(kSpace);
  return s.substr(b, e - b + 1);
}

// Number of words separated by ASCII whitespace (the benchmarks' "words").
inline size_t CountWords(std::string_view text) {
  size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

}  // namespace ng

#endif  // NEWSGRAPH_BASE_STRINGS_H_
