#include "base/utf8.h"

#include <gtest/gtest.h>

namespace ng::utf8 {
namespace {

TEST(Utf8Test, ValidTextHasNoInvalidOffset) {
  EXPECT_EQ(FindInvalid("plain ASCII"), kValid);
  EXPECT_EQ(FindInvalid("스페이스X와 오픈AI"), kValid);
  EXPECT_EQ(FindInvalid("emoji \xF0\x9F\x9A\x80"), kValid);
}

TEST(Utf8Test, InvalidSequencesAreFoundAtTheirOffset) {
  struct Case {
    std::string text;
    size_t offset;
  } cases[] = {
      {"ab\xFFzz", 2},          // stray byte
      {"a\xC3", 1},             // truncated sequence
      {"\xC0\xAF", 0},          // overlong "/"
      {"ok\xED\xA0\x80", 2},    // UTF-16 surrogate
      {"\xF4\x90\x80\x80", 0},  // above U+10FFFF
      {"\xEC\x8A\xA4\xED", 3},  // valid syllable then a cut one
  };
  for (const Case& c : cases) EXPECT_EQ(FindInvalid(c.text), c.offset) << c.text;
}

TEST(Utf8Test, SanitizeReplacesEachBadByteWithReplacementCharacter) {
  EXPECT_EQ(Sanitize("a\xFF"
                     "b"),
            "a\xEF\xBF\xBD"
            "b");
  EXPECT_EQ(Sanitize("샘"), "샘");
  EXPECT_TRUE(IsValid(Sanitize("\xC3\x28\xA0\xA1")));
}

TEST(Utf8Test, DecodeAndAppendRoundTrip) {
  const std::string text = "A한\xF0\x9F\x9A\x80";
  std::string out;
  for (size_t i = 0; i < text.size();) Append(Decode(text, &i), &out);
  EXPECT_EQ(out, text);
}

TEST(Utf8Test, HangulShareDecidesMostlyHangul) {
  EXPECT_TRUE(MostlyHangul("오픈AI 최고경영자 샘 알트만"));
  EXPECT_FALSE(MostlyHangul("OpenAI chief executive Sam Altman said"));
  EXPECT_FALSE(MostlyHangul("12345"));
  EXPECT_TRUE(ContainsHangul("xAI와"));
}

}  // namespace
}  // namespace ng::utf8
