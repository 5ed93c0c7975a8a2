// Date parsing for article metadata: turns the many ways pages write a
// publication date into ISO 8601.
//
// Accepted forms (found anywhere in the input; the first date wins):
//   ISO 8601 / RFC 3339   2016-09-17T10:05:00+09:00, 2016-09-17T01:05:00.000Z
//   numeric with . or /   2016.09.17 10:05, 2023.11.02. 오후 3:30, 2016/09/17
//   Korean                2016년 9월 17일 오전 10:05
//   English               September 17, 2016 10:05 AM; 17 Sep 2016; Sat, 17 Sep 2016 10:05:00 +0900
//   time first            11:11 PM EST Nov 19, 2019
// Zones: Z, +09:00, +0900, GMT, UTC, and the abbreviations KST, JST, IST
// (India), CET, CEST, BST, EST, EDT, CST, CDT (US), MST, MDT, PST, PDT.
// Output: "YYYY-MM-DDTHH:MM:SS+HH:MM" when the time is known; the offset is
// the one written, else `default_offset_minutes` when given (Korean pages
// are KST), else none. "YYYY-MM-DD" when only the day is known.
//
// Thread-safe: pure functions.
#ifndef NEWSGRAPH_INGEST_DATES_H_
#define NEWSGRAPH_INGEST_DATES_H_

#include <optional>
#include <string>
#include <string_view>

namespace ng::ingest {

// Returns the ISO 8601 form of the first date in `text`, or "" when there is
// none. Years outside 1990..2099 are not taken for dates.
std::string ParseDate(std::string_view text, std::optional<int> default_offset_minutes = {});

// Dates labelled the Korean way in running text: "입력 2025.05.15 09:30",
// "기사입력 2016-09-17 오전 10:05", "수정 2025.05.15 10:00", "등록 ...",
// "업데이트 ...", "최종수정 ...". Dates are taken as KST unless they say otherwise.
struct LabeledDates {
  std::string published;
  std::string modified;
};
LabeledDates FindKoreanLabeledDates(std::string_view text);

// The same in English: "First published on Nov 20, 2019 01:38 pm",
// "Published: 2019-11-20", "Posted ...", "Last updated: ...", "Updated ...",
// "Modified ...", "Edited ...". Labels are words of their own, any case.
LabeledDates FindEnglishLabeledDates(std::string_view text,
                                     std::optional<int> default_offset_minutes = {});

// Dates a page keeps for its scripts rather than for its readers, found in
// the raw HTML (a fallback for pages whose standard metadata has none):
//   data-* attributes         data-published="...", data-pub-date, data-deploy-dt,
//                             data-modified, data-updated-at, data-re-deploy-dt
//   keys of inline script     "datePublished", "publishedAt", "published_at",
//   data (JSON, JSON inside   "pubDate", "deployDt", "dateModified", "updatedAt",
//   a JS string, or quoted    \"deployDt\":\"2026.01.29 18:40\", 'publish_date': '...'
//   with ')
// A name qualifies when its words (split at "-", "_" and camel humps) are one
// word for publishing (published, publish, pub, posted, released, issued,
// deploy) or updating (modified, updated, edited, revised, or "re"/"last"
// before a publishing word) plus only words such as date, dt, time, at, on,
// first, original, article: "dataUpdatedAt" and "publishedCount" do not.
// Values are dates ParseDate reads (the offset defaults to
// `default_offset_minutes`) or Unix times in seconds or milliseconds (written
// in `default_offset_minutes`, else UTC). The first value in page order wins;
// a day without a time gives way to a later value with a time on that day.
LabeledDates FindPageDataDates(std::string_view html,
                               std::optional<int> default_offset_minutes = {});

}  // namespace ng::ingest

#endif  // NEWSGRAPH_INGEST_DATES_H_
