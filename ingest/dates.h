// Date parsing for article metadata: turns the many ways pages write a
// publication date into ISO 8601.
//
// Accepted forms (found anywhere in the input; the first date wins):
//   ISO 8601 / RFC 3339   2016-09-17T10:05:00+09:00, 2016-09-17T01:05:00.000Z
//   numeric with . or /   2016.09.17 10:05, 2023.11.02. 오후 3:30, 2016/09/17
//   Korean                2016년 9월 17일 오전 10:05
//   English               September 17, 2016 10:05 AM; 17 Sep 2016; Sat, 17 Sep 2016 10:05:00 +0900
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

}  // namespace ng::ingest

#endif  // NEWSGRAPH_INGEST_DATES_H_
