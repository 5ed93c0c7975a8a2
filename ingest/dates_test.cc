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
      {"Sep 17, 2016 10:05 AM KST", {}, "2016-09-17T10:05:00+09:00"},
      {"Nov 20, 2019 01:41 PM IST", {}, "2019-11-20T13:41:00+05:30"},
      {"um 10:05 ist es 2016-09-17", {}, "2016-09-17"},
      // The time may come first.
      {"Published 11:11 PM EST Nov 19, 2019", {}, "2019-11-19T23:11:00-05:00"},
      {"01:38:07 PM IST Nov 20, 2019", {}, "2019-11-20T13:38:07+05:30"},
      {"10:05, 17 September 2016", kKst, "2016-09-17T10:05:00+09:00"},
      {"Fri 6:45 PM, Feb 16, 2018", {}, "2018-02-16T18:45:00"},
      {"06:45 AEDT Nov 19, 2019", {}, "2019-11-19T06:45:00"},
      {"10:05 then later Nov 19, 2019", {}, "2019-11-19"},
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

TEST(EnglishLabeledDatesTest, UpdatedIsNotPublished) {
  const struct {
    const char* in;
    const char* published;
    const char* modified;
  } kCases[] = {
      {"Last Updated : Nov 20, 2019 01:41 PM IST | Source: Example.com", "",
       "2019-11-20T13:41:00+05:30"},
      {"First Published on Nov 20, 2019 01:38 pm", "2019-11-20T13:38:00", ""},
      {"Published: 2019-11-20 | Updated: 2019-11-21", "2019-11-20", "2019-11-21"},
      {"Posted on 17 September 2016", "2016-09-17", ""},
      {"Outdated 2019-11-20", "", ""},
      {"Published by the city council", "", ""},
  };
  for (const auto& c : kCases) {
    const LabeledDates d = FindEnglishLabeledDates(c.in);
    EXPECT_EQ(d.published, c.published) << c.in;
    EXPECT_EQ(d.modified, c.modified) << c.in;
  }
}

TEST(PageDataDatesTest, DatesKeptForScriptsAreFound) {
  const struct {
    const char* html;
    std::optional<int> offset;
    const char* published;
    const char* modified;
  } kCases[] = {
      // data-* attributes, named in words, with or without "-".
      {R"(<div data-id="7" data-deploy-dt="2026.01.29 18:40" data-re-deploy-dt="2026.01.29 18:49">)",
       kKst, "2026-01-29T18:40:00+09:00", "2026-01-29T18:49:00+09:00"},
      {R"(<article data-published="2021-03-04T05:06:07Z" data-updated-at='2021-03-05'>)",
       {},
       "2021-03-04T05:06:07+00:00",
       "2021-03-05"},
      {R"(<span data-pubdate=2019-11-14>)", {}, "2019-11-14", ""},
      // Script data: JSON, JSON inside a JavaScript string, single quotes.
      {R"(<script>var d = {"title":"A","publishedAt":"2020-02-03T04:05:06+01:00"};</script>)",
       {},
       "2020-02-03T04:05:06+01:00",
       ""},
      {R"(<script>self.push("{\"deployDt\":\"2026.01.29 18:40\",\"reDeployDt\":\"2026.01.29 18:49\"}")</script>)",
       kKst, "2026-01-29T18:40:00+09:00", "2026-01-29T18:49:00+09:00"},
      {R"(<script>dataLayer.push({'publish_date': '2018-07-01 09:00'});</script>)", kKst,
       "2018-07-01T09:00:00+09:00", ""},
      {R"({"datePublished": "2019\/11\/14", "dateModified": "2019-11-15T10:00:00Z"})",
       {},
       "2019-11-14",
       "2019-11-15T10:00:00+00:00"},
      {R"({"post_date":"2017-05-06 07:08:09"})", {}, "2017-05-06T07:08:09", ""},
      // Unix times in seconds and milliseconds.
      {R"({"publishedAt":1474014892})", {}, "2016-09-16T08:34:52+00:00", ""},
      {R"({"publishedAt":1474014892000})", kKst, "2016-09-16T17:34:52+09:00", ""},
      // A day alone gives way to a later value with a time on that day.
      {R"({"pubDate":"November 14, 2019","datePublished":"2019-11-14T08:00:00.000Z"})",
       {},
       "2019-11-14T08:00:00+00:00",
       ""},
      // Names that only look like dates, and values that are not dates.
      {R"({"dataUpdatedAt":1769679600000,"publishedCount":"2020-01-01","date":"2020-01-01"})",
       {},
       "",
       ""},
      {R"(<div data-publisher="2020-01-01" data-timestamp="1474014892" data-date="2020-01-01">)",
       {},
       "",
       ""},
      {R"({"isNewPublished":false,"publishedAt":null,"updatedAt":"soon"})", {}, "", ""},
      {"published 2020-01-01 in print", {}, "", ""},
  };
  for (const auto& c : kCases) {
    const LabeledDates d = FindPageDataDates(c.html, c.offset);
    EXPECT_EQ(d.published, c.published) << c.html;
    EXPECT_EQ(d.modified, c.modified) << c.html;
  }
}

}  // namespace
}  // namespace ng::ingest
