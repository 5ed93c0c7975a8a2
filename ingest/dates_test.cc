#include "ingest/dates.h"

#include <gtest/gtest.h>

namespace ng::ingest {
namespace {

constexpr int kKst = 9 * 60;

TEST(ParseDateTest, CommonFormsBecomeIso8601) {
  const struct {
    const char* in;
    std::optional<int> offset;
    const char* want;
  } kCases[] = {
      {"2016-09-17T10:05:00+09:00", {}, "2016-09-17T10:05:00+09:00"},
      {"2019-08-20T00:31:01.000Z", {}, "2019-08-20T00:31:01+00:00"},
      {"2016-09-17 10:05:00", kKst, "2016-09-17T10:05:00+09:00"},
      {"2016-09-17 10:05:00", {}, "2016-09-17T10:05:00"},
      {"2016-09-17", kKst, "2016-09-17"},
      {"2016.09.17 10:05", kKst, "2016-09-17T10:05:00+09:00"},
      {"2023.11.02. 오후 3:30", kKst, "2023-11-02T15:30:00+09:00"},
      {"2016/9/7", {}, "2016-09-07"},
      {"2016년 9월 17일 오전 10:05", kKst, "2016-09-17T10:05:00+09:00"},
      {"2016년 9월 17일", kKst, "2016-09-17"},
      {"September 17, 2016 10:05 PM", {}, "2016-09-17T22:05:00"},
      {"Published Sep. 17, 2016", {}, "2016-09-17"},
      {"Sat, 17 Sep 2016 10:05:00 +0900", {}, "2016-09-17T10:05:00+09:00"},
      {"17 September 2016", {}, "2016-09-17"},
      {"2016-09-17T10:05:00-0400", {}, "2016-09-17T10:05:00-04:00"},
      {"no date here", {}, ""},
      {"phone 1234-56-78", {}, ""},
      {"2016-13-40", {}, ""},
  };
  for (const auto& c : kCases) EXPECT_EQ(ParseDate(c.in, c.offset), c.want) << c.in;
}

TEST(KoreanLabeledDatesTest, PublishedAndModifiedAreToldApart) {
  const struct {
    const char* in;
    const char* published;
    const char* modified;
  } kCases[] = {
      {"입력 2025.05.15 09:30 수정 2025.05.15 10:00", "2025-05-15T09:30:00+09:00",
       "2025-05-15T10:00:00+09:00"},
      {"기사입력 2016-09-17 오전 10:05 | 최종수정 2016-09-17 오후 3:20",
       "2016-09-17T10:05:00+09:00", "2016-09-17T15:20:00+09:00"},
      {"등록 :2016-09-17 14:26", "2016-09-17T14:26:00+09:00", ""},
      {"업데이트 2020.03.04", "", "2020-03-04"},
      {"입력한 내용이 없습니다", "", ""},
  };
  for (const auto& c : kCases) {
    const LabeledDates d = FindKoreanLabeledDates(c.in);
    EXPECT_EQ(d.published, c.published) << c.in;
    EXPECT_EQ(d.modified, c.modified) << c.in;
  }
}

}  // namespace
}  // namespace ng::ingest
