#include "nlp/text_cues.h"

#include <gtest/gtest.h>

#include <string>

namespace ng::nlp::text {
namespace {

TEST(TextCuesTest, NameShapes) {
  EXPECT_TRUE(LooksLikeLatinName("Stoke Space"));
  EXPECT_TRUE(LooksLikeLatinName("xAI"));
  EXPECT_FALSE(LooksLikeLatinName("code red"));
  EXPECT_FALSE(LooksLikeLatinName("CT-P45, CT-P68"));  // a list of codes
  EXPECT_FALSE(LooksLikeLatinName("스톡"));
  EXPECT_TRUE(IsDefinedTerm("대출심사모형", "CSS"));  // a Korean term and its acronym
  EXPECT_FALSE(IsDefinedTerm("스톡 스페이스", "Stoke Space"));
  EXPECT_TRUE(IsTechAcronym("HBM"));
  EXPECT_FALSE(IsTechAcronym("AMD"));
  EXPECT_TRUE(IsTechAcronym("3G"));
  EXPECT_TRUE(IsTechAcronym("DVD"));
}

TEST(TextCuesTest, ScriptsAndBytes) {
  EXPECT_EQ(CountHangul("스페이스X와"), 5);
  EXPECT_TRUE(HasHangul("xAI와"));
  EXPECT_TRUE(HasLatin("오픈AI"));
  EXPECT_FALSE(HasLatin("오픈에이아이"));
  EXPECT_TRUE(StartsWithAt("스톡 스페이스", 7, "스페이스"));
  EXPECT_FALSE(StartsWithAt("스톡", 3, "스톡"));  // runs past the end
  EXPECT_FALSE(StartsWithAt("ab", 5, ""));        // starts past the end
  const std::string s = "가나";
  EXPECT_EQ(PrevCp(s, s.size()), 3u);
  const std::vector<std::string_view> words = Words("  a  bc d ");
  ASSERT_EQ(words.size(), 3u);
  EXPECT_EQ(words[1], "bc");
}

TEST(TextCuesTest, SyllableSetTestsTheLastSyllables) {
  const std::vector<std::string_view> titles = {"대표", "회장", "CEO"};
  const SyllableSet set(titles);
  EXPECT_TRUE(set.InTail("대표는", 2));  // 표 is one of the last two
  EXPECT_FALSE(set.InTail("대표이사는", 2));
  EXPECT_TRUE(set.InTail("대표이사는", 4));
  EXPECT_FALSE(set.InTail("CEO", 3));  // only Hangul syllables are kept
}

}  // namespace
}  // namespace ng::nlp::text
