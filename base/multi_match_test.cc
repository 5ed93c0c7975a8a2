#include "base/multi_match.h"

#include <gtest/gtest.h>

#include <string>

namespace ng {
namespace {

// The matcher must agree with the obvious loop of find() calls.
uint32_t FindByLoop(std::string_view text,
                    const std::vector<std::pair<std::string_view, uint32_t>>& patterns) {
  uint32_t found = 0;
  for (const auto& [p, mask] : patterns) {
    if (!p.empty() && text.find(p) != std::string_view::npos) found |= mask;
  }
  return found;
}

TEST(MultiMatcherTest, FindsOverlappingAndNestedStrings) {
  const std::vector<std::pair<std::string_view, uint32_t>> patterns = {
      {"he", 1}, {"she", 2}, {"his", 4}, {"hers", 8}, {" ad ", 16}, {"-ad-", 32}, {"", 64}};
  struct Case {
    std::string text;
    uint32_t expected;
  };
  const Case cases[] = {
      {"ushers", 1 | 2 | 8},  // "she" ends inside "hers"
      {"this", 4},            // suffix of a longer partial match
      {"hhe", 1},             // restart after a mismatch
      {"x ad y", 16},         // spaces are part of the strings
      {"top-ad-slot", 32},
      {"add", 0},
      {"", 0},
      {"HE", 0},  // bytes, case-sensitive
      {"sh\xff"
       "e he\xc3\xa9",
       1},  // bytes outside every string reset the match
  };
  const MultiMatcher matcher(patterns);
  for (const Case& c : cases) {
    EXPECT_EQ(matcher.Find(c.text), c.expected) << c.text;
    EXPECT_EQ(matcher.Find(c.text), FindByLoop(c.text, patterns)) << c.text;
  }
}

TEST(MultiMatcherTest, PiecesFedInSequenceMatchAcrossTheJoin) {
  const MultiMatcher matcher({{"main content", 1}, {"foot", 2}});
  MultiMatcher::Scan scan;
  for (std::string_view piece : {std::string_view("main"), std::string_view(" content")}) {
    for (char c : piece) matcher.Feed(scan, static_cast<unsigned char>(c));
  }
  EXPECT_EQ(scan.found, 1u);
}

TEST(MultiMatcherTest, AgreesWithFindOnEveryShortString) {
  const std::vector<std::pair<std::string_view, uint32_t>> patterns = {
      {"ab", 1}, {"bab", 2}, {"aab", 4}, {"b", 8}, {"abba", 16}};
  const MultiMatcher matcher(patterns);
  // Every string of length <= 7 over {a, b, c}.
  for (int len = 0; len <= 7; ++len) {
    int total = 1;
    for (int i = 0; i < len; ++i) total *= 3;
    for (int n = 0; n < total; ++n) {
      std::string text;
      for (int i = 0, v = n; i < len; ++i, v /= 3) text += "abc"[v % 3];
      ASSERT_EQ(matcher.Find(text), FindByLoop(text, patterns)) << text;
    }
  }
}

}  // namespace
}  // namespace ng
