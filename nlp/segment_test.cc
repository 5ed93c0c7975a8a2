#include "nlp/segment.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace ng::nlp {
namespace {

std::vector<std::string> Sentences(const std::string& text, SegmentOptions options = {}) {
  Segmenter seg(options);
  std::vector<std::string> out;
  for (const Sentence& s : seg.SplitSentences(text))
    out.push_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

TEST(SegmentTest, KoreanSentencesEndAfterDa) {
  EXPECT_EQ(Sentences("오픈AI는 발표했다. 알트만은 말했다."),
            (std::vector<std::string>{"오픈AI는 발표했다.", "알트만은 말했다."}));
}

TEST(SegmentTest, EnglishAbbreviationsDoNotEndSentences) {
  EXPECT_EQ(
      Sentences("Mr. Musk met Dr. Su in the U.S. on Monday. They talked."),
      (std::vector<std::string>{"Mr. Musk met Dr. Su in the U.S. on Monday.", "They talked."}));
}

TEST(SegmentTest, BrothersInAFirmsNameDoNotEndSentences) {
  EXPECT_EQ(Sentences("The bid for Warner Bros. Discovery rose. It grew."),
            (std::vector<std::string>{"The bid for Warner Bros. Discovery rose.", "It grew."}));
}

TEST(SegmentTest, LineBreaksAlwaysEndSentences) {
  EXPECT_EQ(Sentences("제목 없는 줄\n본문 첫 문장\n\n  둘째 문단  "),
            (std::vector<std::string>{"제목 없는 줄", "본문 첫 문장", "둘째 문단"}));
}

TEST(SegmentTest, OverlongSentenceIsCutAtASpace) {
  std::string text;
  for (int i = 0; i < 100; ++i) text += "단어 ";
  const auto parts = Sentences(text, SegmentOptions{.max_sentence_bytes = 50});
  ASSERT_GT(parts.size(), 1u);
  for (const std::string& p : parts) {
    EXPECT_LE(p.size(), 50u);
    EXPECT_NE(p.back(), ' ');
  }
}

TEST(SegmentTest, TokensRejoinScriptRuns) {
  const std::string text = "스페이스X와 오픈AI는 AT&T, 2025년";
  Segmenter seg;
  std::vector<std::string> tokens;
  for (const Token& t : seg.Tokenize(text, 0, text.size())) {
    tokens.push_back(text.substr(t.begin, t.end - t.begin));
  }
  EXPECT_EQ(tokens, (std::vector<std::string>{"스페이스X와", "오픈AI는", "AT", "T", "2025년"}));
}

}  // namespace
}  // namespace ng::nlp
