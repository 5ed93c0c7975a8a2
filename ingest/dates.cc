#include "ingest/dates.h"

#include <array>
#include <cstdio>

namespace ng::ingest {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

// Reads 1..max_len digits at *pos; returns -1 when there are none.
int ReadNumber(std::string_view s, size_t* pos, size_t max_len, size_t* len_out = nullptr) {
  size_t i = *pos;
  int v = 0;
  size_t n = 0;
  while (i < s.size() && IsDigit(s[i]) && n < max_len) {
    v = v * 10 + (s[i] - '0');
    ++i;
    ++n;
  }
  if (n == 0) return -1;
  // Refuse to cut a longer number in two.
  if (i < s.size() && IsDigit(s[i])) return -1;
  *pos = i;
  if (len_out) *len_out = n;
  return v;
}

void SkipSpaces(std::string_view s, size_t* pos) {
  while (*pos < s.size() && (s[*pos] == ' ' || s[*pos] == '\t' || s[*pos] == '\n' ||
                             s[*pos] == '\r' || s[*pos] == ',')) {
    ++*pos;
  }
  // U+00A0 no-break space (C2 A0).
  while (*pos + 1 < s.size() && static_cast<unsigned char>(s[*pos]) == 0xC2 &&
         static_cast<unsigned char>(s[*pos + 1]) == 0xA0) {
    *pos += 2;
    SkipSpaces(s, pos);
  }
}

bool Consume(std::string_view s, size_t* pos, std::string_view word) {
  if (s.substr(*pos).starts_with(word)) {
    *pos += word.size();
    return true;
  }
  return false;
}

bool ConsumeNoCase(std::string_view s, size_t* pos, std::string_view word) {
  if (*pos + word.size() > s.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    if (Lower(s[*pos + i]) != word[i]) return false;
  }
  *pos += word.size();
  return true;
}

constexpr std::array<std::string_view, 12> kMonths = {"jan", "feb", "mar", "apr", "may", "jun",
                                                      "jul", "aug", "sep", "oct", "nov", "dec"};

// Reads an English month name (full or abbreviated) at *pos: 1..12, or 0.
int ReadMonthName(std::string_view s, size_t* pos) {
  for (size_t m = 0; m < kMonths.size(); ++m) {
    size_t p = *pos;
    if (!ConsumeNoCase(s, &p, kMonths[m])) continue;
    // Swallow the rest of the word ("September", "Sept.").
    while (p < s.size() && ((s[p] >= 'a' && s[p] <= 'z') || (s[p] >= 'A' && s[p] <= 'Z'))) ++p;
    if (p < s.size() && s[p] == '.') ++p;
    *pos = p;
    return static_cast<int>(m) + 1;
  }
  return 0;
}

struct Parsed {
  int year = 0, month = 0, day = 0;
  int hour = -1, minute = 0, second = 0;
  std::optional<int> offset;  // minutes east of UTC
};

bool ValidDay(int y, int m, int d) {
  return y >= 1990 && y <= 2099 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

// Reads an optional time and zone after a date: "T10:05:00.123+09:00",
// " 오후 3:30", " 10:05 AM KST".
void ReadTime(std::string_view s, size_t pos, Parsed* out) {
  size_t p = pos;
  if (p < s.size() && (s[p] == 'T' || s[p] == '.')) ++p;
  SkipSpaces(s, &p);
  int pm = -1;  // -1 unknown, 0 am, 1 pm
  if (Consume(s, &p, "오전")) {
    pm = 0;
  } else if (Consume(s, &p, "오후")) {
    pm = 1;
  }
  SkipSpaces(s, &p);
  size_t q = p;
  const int h = ReadNumber(s, &q, 2);
  if (h < 0 || q >= s.size() || (s[q] != ':' && !s.substr(q).starts_with("시"))) return;
  const bool korean_hour = s[q] != ':';
  q += korean_hour ? std::string_view("시").size() : 1;
  SkipSpaces(s, &q);
  int mi = ReadNumber(s, &q, 2);
  if (mi < 0) {
    if (!korean_hour) return;
    mi = 0;
  }
  if (korean_hour) Consume(s, &q, "분");
  int sec = 0;
  if (q < s.size() && s[q] == ':') {
    size_t r = q + 1;
    const int sv = ReadNumber(s, &r, 2);
    if (sv >= 0) {
      sec = sv;
      q = r;
      if (q < s.size() && s[q] == '.') {
        ++q;
        while (q < s.size() && IsDigit(s[q])) ++q;
      }
    }
  }
  if (h > 23 || mi > 59 || sec > 60) return;
  int hour = h;
  size_t z = q;
  SkipSpaces(s, &z);
  if (pm < 0) {
    if (ConsumeNoCase(s, &z, "pm") || ConsumeNoCase(s, &z, "p.m.")) {
      pm = 1;
    } else if (ConsumeNoCase(s, &z, "am") || ConsumeNoCase(s, &z, "a.m.")) {
      pm = 0;
    } else {
      z = q;
    }
  }
  if (pm == 1 && hour < 12) hour += 12;
  if (pm == 0 && hour == 12) hour = 0;
  out->hour = hour;
  out->minute = mi;
  out->second = sec == 60 ? 59 : sec;
  // Zone.
  size_t zz = z;
  SkipSpaces(s, &zz);
  if (zz < s.size() && s[zz] == 'Z' && z == q) {
    out->offset = 0;
    return;
  }
  if (ConsumeNoCase(s, &zz, "kst")) {
    out->offset = 9 * 60;
    return;
  }
  if (ConsumeNoCase(s, &zz, "gmt") || ConsumeNoCase(s, &zz, "utc")) {
    if (zz >= s.size() || (s[zz] != '+' && s[zz] != '-')) {
      out->offset = 0;
      return;
    }
  }
  if (zz < s.size() && (s[zz] == '+' || s[zz] == '-')) {
    const int sign = s[zz] == '-' ? -1 : 1;
    size_t r = zz + 1;
    size_t len = 0;
    const int v = ReadNumber(s, &r, 4, &len);
    if (v < 0) return;
    int oh, om = 0;
    if (len == 4) {
      oh = v / 100, om = v % 100;
    } else if (len <= 2) {
      oh = v;
      if (r < s.size() && s[r] == ':') {
        ++r;
        const int m2 = ReadNumber(s, &r, 2);
        if (m2 >= 0) om = m2;
      }
    } else {
      return;
    }
    if (oh <= 14 && om < 60) out->offset = sign * (oh * 60 + om);
  }
}

std::string Format(const Parsed& p, std::optional<int> default_offset) {
  char buf[40];
  if (p.hour < 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", p.year, p.month, p.day);
    return buf;
  }
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", p.year, p.month, p.day, p.hour,
                p.minute, p.second);
  std::string out = buf;
  const std::optional<int> off = p.offset ? p.offset : default_offset;
  if (off) {
    const int a = *off < 0 ? -*off : *off;
    std::snprintf(buf, sizeof buf, "%c%02d:%02d", *off < 0 ? '-' : '+', a / 60, a % 60);
    out += buf;
  }
  return out;
}

// Tries a date starting at `pos`. Returns true and fills `out`.
bool TryAt(std::string_view s, size_t pos, Parsed* out) {
  // Numeric, year first: 2016-09-17, 2016.09.17, 2016/9/17, 2016년 9월 17일.
  if (IsDigit(s[pos])) {
    size_t p = pos;
    size_t ylen = 0;
    const int y = ReadNumber(s, &p, 4, &ylen);
    if (y < 0 || ylen != 4) return false;
    bool korean = false;
    char sep = 0;
    if (Consume(s, &p, "년")) {
      korean = true;
      SkipSpaces(s, &p);
    } else if (p < s.size() && (s[p] == '-' || s[p] == '.' || s[p] == '/')) {
      sep = s[p++];
    } else {
      return false;
    }
    const int m = ReadNumber(s, &p, 2);
    if (m < 0) return false;
    if (korean) {
      if (!Consume(s, &p, "월")) return false;
      SkipSpaces(s, &p);
    } else {
      if (p >= s.size() || s[p] != sep) return false;
      ++p;
    }
    const int d = ReadNumber(s, &p, 2);
    if (d < 0 || !ValidDay(y, m, d)) return false;
    if (korean) Consume(s, &p, "일");
    out->year = y, out->month = m, out->day = d;
    // Skip a weekday in parentheses: "2016.09.17(토)".
    if (p < s.size() && s[p] == '(') {
      const size_t close = s.find(')', p);
      if (close != std::string_view::npos && close - p <= 12) p = close + 1;
    }
    ReadTime(s, p, out);
    return true;
  }
  // English month first: "September 17, 2016", "Sep. 17 2016 10:05 AM".
  size_t p = pos;
  if (const int m = ReadMonthName(s, &p); m > 0) {
    SkipSpaces(s, &p);
    const int d = ReadNumber(s, &p, 2);
    if (d < 0) return false;
    if (p + 1 < s.size() && (s.substr(p, 2) == "st" || s.substr(p, 2) == "nd" ||
                             s.substr(p, 2) == "rd" || s.substr(p, 2) == "th")) {
      p += 2;
    }
    SkipSpaces(s, &p);
    size_t ylen = 0;
    const int y = ReadNumber(s, &p, 4, &ylen);
    if (ylen != 4 || !ValidDay(y, m, d)) return false;
    out->year = y, out->month = m, out->day = d;
    if (p < s.size() && s[p] == ',') ++p;
    if (p < s.size() && s[p] == ' ') {
      size_t q = p;
      SkipSpaces(s, &q);
      ConsumeNoCase(s, &q, "at");
      ReadTime(s, q, out);
    }
    return true;
  }
  // Day first: "17 September 2016", "Sat, 17 Sep 2016 10:05:00 +0900".
  if (IsDigit(s[pos])) return false;
  return false;
}

bool TryDayFirst(std::string_view s, size_t pos, Parsed* out) {
  size_t p = pos;
  const int d = ReadNumber(s, &p, 2);
  if (d < 0) return false;
  if (p < s.size() && s[p] == '.') ++p;
  SkipSpaces(s, &p);
  const int m = ReadMonthName(s, &p);
  if (m == 0) return false;
  SkipSpaces(s, &p);
  size_t ylen = 0;
  const int y = ReadNumber(s, &p, 4, &ylen);
  if (ylen != 4 || !ValidDay(y, m, d)) return false;
  out->year = y, out->month = m, out->day = d;
  if (p < s.size() && (s[p] == ' ' || s[p] == ',' || s[p] == 'T')) ReadTime(s, p, out);
  return true;
}

}  // namespace

std::string ParseDate(std::string_view text, std::optional<int> default_offset_minutes) {
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    // Only start at a token boundary.
    if (i > 0 && IsDigit(c) && IsDigit(text[i - 1])) continue;
    if (i > 0 && ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
      const char b = text[i - 1];
      if ((b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z')) continue;
    }
    Parsed p;
    if (IsDigit(c)) {
      if (TryAt(text, i, &p) || TryDayFirst(text, i, &p)) return Format(p, default_offset_minutes);
    } else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
      if (TryAt(text, i, &p)) return Format(p, default_offset_minutes);
    }
  }
  return "";
}

LabeledDates FindKoreanLabeledDates(std::string_view text) {
  LabeledDates out;
  // Longer labels first, so that "기사입력" is not read as "입력" of a
  // different kind and "최종수정" wins over "수정".
  static constexpr std::pair<std::string_view, bool> kLabels[] = {
      {"기사입력", true}, {"최초입력", true},  {"입력", true},  {"등록", true},      {"발행", true},
      {"송고", true},     {"최종수정", false}, {"수정", false}, {"업데이트", false},
  };
  constexpr int kKst = 9 * 60;
  for (const auto& [label, published] : kLabels) {
    std::string& slot = published ? out.published : out.modified;
    if (!slot.empty()) continue;
    size_t pos = 0;
    while ((pos = text.find(label, pos)) != std::string_view::npos) {
      size_t p = pos + label.size();
      // Allow "입력 :", "입력:", "입력 2025..." and "입력시간 ..." but not
      // arbitrary prose: the date must follow within a few bytes.
      const size_t window_end = std::min(text.size(), p + 16);
      while (p < window_end && !IsDigit(text[p])) ++p;
      if (p < window_end) {
        Parsed parsed;
        if (TryAt(text, p, &parsed)) {
          slot = Format(parsed, kKst);
          break;
        }
      }
      pos += label.size();
    }
  }
  return out;
}

}  // namespace ng::ingest
