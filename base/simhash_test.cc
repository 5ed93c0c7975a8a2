#include "base/simhash.h"

#include <gtest/gtest.h>

#include <string>

namespace ng {
namespace {

// A wire story long enough for SimHash to be meaningful (about 150 words).
std::string Story() {
  return "Samsung Electronics said on Tuesday it would invest 20 billion dollars in a new chip "
         "plant in Texas, the largest foreign investment in the state's history. The plant in "
         "Taylor will make advanced logic chips for customers including Google and Qualcomm and "
         "is expected to start production in the second half of next year, the company said in "
         "a statement. Governor Greg Abbott welcomed the decision, saying it would create about "
         "two thousand jobs. Samsung competes with TSMC of Taiwan for orders from the biggest "
         "chip designers, and the new plant is part of a plan to spend more than 150 billion "
         "dollars on its foundry and chip businesses by 2030. Shares of Samsung rose one percent "
         "in Seoul after the announcement, while the wider market was flat. Analysts said the "
         "investment showed the company was serious about winning back customers it lost to its "
         "rival over the past three years, as demand for artificial intelligence chips grows.";
}

TEST(SimHashTest, EqualTextsHashEqually) { EXPECT_EQ(SimHash(Story()), SimHash(Story())); }

TEST(SimHashTest, CaseAndPunctuationDoNotMatter) {
  EXPECT_EQ(SimHash("Samsung, Google and Qualcomm!"), SimHash("samsung google  AND qualcomm"));
}

TEST(SimHashTest, TextWithoutWordsHashesToZero) {
  EXPECT_EQ(SimHash(""), 0u);
  EXPECT_EQ(SimHash(" ,.;-- \n"), 0u);
}

TEST(SimHashTest, ShortTextIsOneShingle) {
  EXPECT_NE(SimHash("two words"), 0u);
  EXPECT_NE(SimHash("two words"), SimHash("words two"));
}

// A wire story of about 450 words, as outlets republish them.
std::string LongStory() {
  std::string text = Story();
  for (int part = 1; part <= 2; ++part) {
    text += " In part " + std::to_string(part) + " of the report, ";
    for (int i = 0; i < 30; ++i) {
      text += "analyst " + std::to_string(part * 100 + i) + " expects orders from customer " +
              std::to_string(i * 7 + part) + " to grow. ";
    }
  }
  return text;
}

TEST(SimHashTest, LongStoryWithACreditLineIsANearDuplicate) {
  const std::string copy = LongStory() + " Reporting by the wire desk.";
  EXPECT_LE(HammingDistance(SimHash(LongStory()), SimHash(copy)), kNearDuplicateBits);
}

TEST(SimHashTest, LongStoryWithOneWordChangedIsANearDuplicate) {
  std::string copy = LongStory();
  copy.replace(copy.find("Tuesday"), 7, "Wednesday");
  EXPECT_LE(HammingDistance(SimHash(LongStory()), SimHash(copy)), kNearDuplicateBits);
}

// The limit of three bits over unweighted shingles: on a 150-word story, a
// dateline and a credit line (about 8% of the shingles) are too much. Pinned
// so that a change of the hash shows here.
TEST(SimHashTest, ShortStoryWithDatelineAndCreditIsBeyondThreeBits) {
  const std::string copy = "(Reuters) " + Story() + " Reporting by Kim Min-ji; editing by Ed Lee.";
  EXPECT_EQ(HammingDistance(SimHash(Story()), SimHash(copy)), 8);
}

TEST(SimHashTest, HangulStoryWithASmallEditIsANearDuplicate) {
  std::string ko;
  for (int i = 0; i < 40; ++i) {
    ko += "삼성전자는 " + std::to_string(i) + "번째 문장에서 텍사스 반도체 공장 투자를 밝혔다. ";
  }
  EXPECT_LE(HammingDistance(SimHash(ko), SimHash(ko + "저작권자 가상일보 무단 전재 금지")),
            kNearDuplicateBits);
}

TEST(SimHashTest, DifferentStoriesAreFarApart) {
  const std::string other =
      "Hyundai Motor unveiled an electric pickup truck in Los Angeles on Wednesday and said "
      "deliveries would begin in Korea before the end of the year. The truck uses batteries "
      "from LG Energy Solution and will compete with the Tesla Cybertruck and the Ford F-150 "
      "Lightning, executives told reporters at the auto show, adding that prices would be "
      "announced closer to the launch date.";
  EXPECT_GT(HammingDistance(SimHash(Story()), SimHash(other)), 10);
}

TEST(SimHashTest, HammingDistanceCountsDifferingBits) {
  EXPECT_EQ(HammingDistance(0, 0), 0);
  EXPECT_EQ(HammingDistance(0, ~uint64_t{0}), 64);
  EXPECT_EQ(HammingDistance(0b1011, 0b0001), 2);
}

}  // namespace
}  // namespace ng
