#include "ingest/dates.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>

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
// " 오후 3:30", " 10:05 AM KST". Returns the position after what it read
// (`pos` when there is no time).
size_t ReadTime(std::string_view s, size_t pos, Parsed* out) {
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
  if (h < 0 || q >= s.size() || (s[q] != ':' && !s.substr(q).starts_with("시"))) return pos;
  const bool korean_hour = s[q] != ':';
  q += korean_hour ? std::string_view("시").size() : 1;
  SkipSpaces(s, &q);
  int mi = ReadNumber(s, &q, 2);
  if (mi < 0) {
    if (!korean_hour) return pos;
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
  if (h > 23 || mi > 59 || sec > 60) return pos;
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
    return zz + 1;
  }
  // Zone abbreviations common in news datelines, as whole upper-case words
  // ("um 10:05 ist" is German, not India). IST is taken as India's (+05:30),
  // CST as the US Central zone.
  static constexpr std::pair<std::string_view, int> kZones[] = {
      {"KST", 540},  {"JST", 540},  {"IST", 330},  {"CEST", 120}, {"CET", 60},
      {"BST", 60},   {"EDT", -240}, {"EST", -300}, {"CDT", -300}, {"CST", -360},
      {"MDT", -360}, {"MST", -420}, {"PDT", -420}, {"PST", -480},
  };
  for (const auto& [name, minutes] : kZones) {
    if (s.compare(zz, name.size(), name) != 0) continue;
    const size_t after = zz + name.size();
    if (after < s.size() &&
        ((s[after] >= 'A' && s[after] <= 'Z') || (s[after] >= 'a' && s[after] <= 'z'))) {
      continue;
    }
    out->offset = minutes;
    return after;
  }
  if (ConsumeNoCase(s, &zz, "gmt") || ConsumeNoCase(s, &zz, "utc")) {
    if (zz >= s.size() || (s[zz] != '+' && s[zz] != '-')) {
      out->offset = 0;
      return zz;
    }
  }
  if (zz < s.size() && (s[zz] == '+' || s[zz] == '-')) {
    const int sign = s[zz] == '-' ? -1 : 1;
    size_t r = zz + 1;
    size_t len = 0;
    const int v = ReadNumber(s, &r, 4, &len);
    if (v < 0) return z;
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
      return z;
    }
    if (oh > 14 || om >= 60) return z;
    out->offset = sign * (oh * 60 + om);
    return r;
  }
  return z;
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

// ------------------------------------------------------------ page data

enum class DateName { kOther, kPublished, kModified };

// Classifies the name of a data-* attribute (without "data-") or of a script
// data key by its words; see FindPageDataDates in the header.
DateName ClassifyDateName(std::string_view name) {
  enum Kind { kPublish, kModify, kRevise, kNoun, kDateWord, kFiller };
  // Longest first, so that "published" is not read as "pub" + "lished".
  static constexpr std::pair<std::string_view, Kind> kWords[] = {
      {"publication", kPublish}, {"timestamp", kFiller}, {"published", kPublish},
      {"released", kPublish},    {"modified", kModify},  {"original", kFiller},
      {"datetime", kDateWord},   {"publish", kPublish},  {"release", kPublish},
      {"updated", kModify},      {"article", kNoun},     {"content", kNoun},
      {"initial", kFiller},      {"revised", kModify},   {"posted", kPublish},
      {"issued", kPublish},      {"deploy", kPublish},   {"modify", kModify},
      {"update", kModify},       {"edited", kModify},    {"first", kFiller},
      {"story", kNoun},          {"date", kDateWord},    {"time", kDateWord},
      {"post", kNoun},           {"news", kNoun},        {"item", kNoun},
      {"last", kRevise},         {"pub", kPublish},      {"utc", kFiller},
      {"gmt", kFiller},          {"iso", kFiller},       {"dt", kDateWord},
      {"at", kFiller},           {"on", kFiller},        {"ts", kFiller},
      {"re", kRevise},
  };
  bool publish = false, modify = false, revise = false, noun = false, date_word = false;
  // Words end at '-', '_', '.' and before an upper-case letter that follows
  // a lower-case one ("reDeployDt" -> re, deploy, dt). Each word must be made
  // of vocabulary words ("pubdate" -> pub, date).
  size_t i = 0;
  while (i < name.size()) {
    std::string word;
    while (i < name.size() && (name[i] == '-' || name[i] == '_' || name[i] == '.')) ++i;
    while (i < name.size() && name[i] != '-' && name[i] != '_' && name[i] != '.') {
      const char c = name[i];
      const bool upper = c >= 'A' && c <= 'Z';
      if (upper && !word.empty() && i > 0 && name[i - 1] >= 'a' && name[i - 1] <= 'z') break;
      word += Lower(c);
      ++i;
    }
    size_t p = 0;
    while (p < word.size()) {
      bool matched = false;
      for (const auto& [w, kind] : kWords) {
        if (word.compare(p, w.size(), w) != 0) continue;
        p += w.size();
        matched = true;
        publish |= kind == kPublish;
        modify |= kind == kModify;
        revise |= kind == kRevise;
        noun |= kind == kNoun;
        date_word |= kind == kDateWord;
        break;
      }
      if (!matched) return DateName::kOther;
    }
  }
  if (modify || (publish && revise)) return DateName::kModified;
  if (publish) return DateName::kPublished;
  // "post_date", "articleDate": the date of the article is when it came out.
  if (noun && date_word && !revise) return DateName::kPublished;
  return DateName::kOther;
}

// "2026-01-29T18:40:00+09:00" for a Unix time, in `offset_minutes` (UTC when
// absent); "" outside the years ParseDate accepts.
std::string FormatUnixTime(long long secs, std::optional<int> offset_minutes) {
  Parsed p;
  p.offset = offset_minutes.value_or(0);
  const long long t = secs + *p.offset * 60LL;
  long long days = t / 86400;
  long long rem = t % 86400;
  if (rem < 0) rem += 86400, --days;
  // Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
  days += 719468;
  const long long era = (days >= 0 ? days : days - 146096) / 146097;
  const long long doe = days - era * 146097;
  const long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long long mp = (5 * doy + 2) / 153;
  p.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  p.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  p.year = static_cast<int>(yoe + era * 400 + (p.month <= 2));
  if (!ValidDay(p.year, p.month, p.day)) return "";
  p.hour = static_cast<int>(rem / 3600);
  p.minute = static_cast<int>(rem % 3600 / 60);
  p.second = static_cast<int>(rem % 60);
  return Format(p, {});
}

// The date in a data value: a date ParseDate reads, or a Unix time in
// seconds (10 digits) or milliseconds (13 digits).
std::string DataValueDate(std::string_view value, std::optional<int> default_offset) {
  if (!value.empty() && std::all_of(value.begin(), value.end(), IsDigit)) {
    if (value.size() != 10 && value.size() != 13) return "";
    long long v = 0;
    for (char c : value) v = v * 10 + (c - '0');
    if (value.size() == 13) v /= 1000;
    return FormatUnixTime(v, default_offset);
  }
  return ParseDate(value, default_offset);
}

bool IsNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || IsDigit(c) || c == '_' || c == '-';
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Reads a quoted (", ' or JSON-in-a-string \") or bare value at `pos`, at
// most 64 bytes; "\/" reads as "/". Returns false when there is none.
bool ReadDataValue(std::string_view s, size_t pos, bool allow_bare, std::string* out) {
  out->clear();
  constexpr size_t kMax = 64;
  if (pos >= s.size()) return false;
  std::string_view close;
  if (s[pos] == '"' || s[pos] == '\'') {
    close = s.substr(pos, 1);
    ++pos;
  } else if (s.compare(pos, 2, "\\\"") == 0) {
    close = "\\\"";
    pos += 2;
  }
  while (pos < s.size() && out->size() <= kMax) {
    if (close.empty()) {
      if (!IsDigit(s[pos]) && !(allow_bare && IsNameChar(s[pos]))) break;
    } else if (s.compare(pos, close.size(), close) == 0) {
      return !out->empty();
    } else if (s[pos] == '\\') {
      if (pos + 1 < s.size() && s[pos + 1] == '/') {
        *out += '/';
        pos += 2;
        continue;
      }
      return false;
    } else if (s[pos] == '<' || s[pos] == '\n') {
      return false;
    }
    *out += s[pos++];
  }
  return close.empty() && !out->empty() && out->size() <= kMax;
}

// A time written just before the date that starts at `date_pos`:
// "01:38 PM IST Nov 20, 2019", "10:05, 17 September 2016". Between them
// only spaces, commas, "on" and a zone abbreviation of letters may stand.
void ReadTimeBefore(std::string_view s, size_t date_pos, Parsed* out) {
  const size_t from = date_pos > 32 ? date_pos - 32 : 0;
  for (size_t j = from; j < date_pos; ++j) {
    if (!IsDigit(s[j]) || (j > 0 && (IsDigit(s[j - 1]) || s[j - 1] == ':'))) continue;
    Parsed t;
    size_t e = ReadTime(s, j, &t);
    if (t.hour < 0) continue;
    SkipSpaces(s, &e);
    ConsumeNoCase(s, &e, "on ");
    if (!t.offset) {
      // A zone this parser cannot place ("AEDT"): the time stays local.
      size_t z = e;
      while (z < date_pos && s[z] >= 'A' && s[z] <= 'Z') ++z;
      if (z - e <= 5) e = z;
    }
    SkipSpaces(s, &e);
    if (e != date_pos) continue;
    out->hour = t.hour, out->minute = t.minute, out->second = t.second;
    if (!out->offset) out->offset = t.offset;
    return;
  }
}

void TakeDataDate(std::string date, std::string* slot) {
  if (date.empty()) return;
  if (slot->empty()) {
    *slot = std::move(date);
  } else if (slot->find('T') == std::string::npos && date.find('T') != std::string::npos &&
             date.starts_with(*slot)) {
    *slot = std::move(date);
  }
}

}  // namespace

LabeledDates FindPageDataDates(std::string_view html, std::optional<int> default_offset) {
  LabeledDates out;
  std::string value;
  auto take = [&](std::string_view name, const std::string& v) {
    const DateName kind = ClassifyDateName(name);
    if (kind == DateName::kOther) return;
    std::string& slot = kind == DateName::kPublished ? out.published : out.modified;
    if (!slot.empty() && slot.find('T') != std::string::npos) return;
    TakeDataDate(DataValueDate(v, default_offset), &slot);
  };
  for (size_t i = 0; i + 1 < html.size(); ++i) {
    const char c = html[i];
    if (c == 'd' && i > 0 && IsSpace(html[i - 1]) && html.compare(i, 5, "data-") == 0) {
      // An attribute: data-NAME = "VALUE".
      size_t p = i + 5;
      while (p < html.size() && IsNameChar(html[p]) && p - i < 64) ++p;
      const std::string_view name = html.substr(i + 5, p - i - 5);
      while (p < html.size() && IsSpace(html[p])) ++p;
      if (p >= html.size() || html[p] != '=') continue;
      ++p;
      while (p < html.size() && IsSpace(html[p])) ++p;
      if (ReadDataValue(html, p, /*allow_bare=*/true, &value)) take(name, value);
      i = p - 1;
    } else if (c == '"' || c == '\'') {
      // A script data key: "NAME": VALUE, also as \"NAME\": \"VALUE\".
      size_t p = i + 1;
      while (p < html.size() && IsNameChar(html[p]) && p - i <= 48) ++p;
      if (p == i + 1 || p >= html.size()) continue;
      const std::string_view name = html.substr(i + 1, p - i - 1);
      size_t q = p;
      if (html[q] == '\\') ++q;
      if (q >= html.size() || html[q] != c) continue;
      ++q;
      while (q < html.size() && IsSpace(html[q])) ++q;
      if (q >= html.size() || html[q] != ':') continue;
      ++q;
      while (q < html.size() && IsSpace(html[q])) ++q;
      if (ReadDataValue(html, q, /*allow_bare=*/false, &value)) take(name, value);
      i = p;
    }
  }
  return out;
}

std::string ParseDate(std::string_view text, std::optional<int> default_offset_minutes) {
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    // Only start at a token boundary.
    if (i > 0 && IsDigit(c) && IsDigit(text[i - 1])) continue;
    const bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    if (i > 0 && letter) {
      const char b = text[i - 1];
      if ((b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z')) continue;
    }
    Parsed p;
    const bool found =
        IsDigit(c) ? TryAt(text, i, &p) || TryDayFirst(text, i, &p) : letter && TryAt(text, i, &p);
    if (!found) continue;
    if (p.hour < 0) ReadTimeBefore(text, i, &p);
    return Format(p, default_offset_minutes);
  }
  return "";
}

LabeledDates FindEnglishLabeledDates(std::string_view text,
                                     std::optional<int> default_offset_minutes) {
  LabeledDates out;
  // Longer labels first: "last updated" before "updated".
  static constexpr std::pair<std::string_view, bool> kLabels[] = {
      {"first published", true}, {"published", true}, {"posted", true},    {"last modified", false},
      {"last updated", false},   {"updated", false},  {"modified", false}, {"edited", false},
  };
  for (const auto& [label, published] : kLabels) {
    std::string& slot = published ? out.published : out.modified;
    if (!slot.empty()) continue;
    for (size_t pos = 0; pos + label.size() <= text.size(); ++pos) {
      size_t p = pos;
      if (!ConsumeNoCase(text, &p, label)) continue;
      // A word of its own ("Updated", not "Outdated"), then ":", "on" or
      // "at" and the date.
      const char b = pos > 0 ? text[pos - 1] : ' ';
      if ((b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z')) continue;
      while (p < text.size() && (text[p] == ' ' || text[p] == ':' || text[p] == '-' ||
                                 text[p] == '|' || text[p] == ',')) {
        ++p;
      }
      if (ConsumeNoCase(text, &p, "on ") || ConsumeNoCase(text, &p, "at ")) SkipSpaces(text, &p);
      if (p >= text.size()) break;
      Parsed parsed;
      if (TryAt(text, p, &parsed) || (IsDigit(text[p]) && TryDayFirst(text, p, &parsed))) {
        slot = Format(parsed, default_offset_minutes);
        break;
      }
    }
  }
  return out;
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
