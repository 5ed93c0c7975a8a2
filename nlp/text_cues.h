// Text cues: tests on characters, words and name shapes that the analyzer
// reads everywhere (scripts, quotes, particles' neighbours, acronyms, words
// that look like names). Pure functions over UTF-8 text; thread-safe. Small
// ones are inline: they run for every character of every article.
#ifndef NEWSGRAPH_NLP_TEXT_CUES_H_
#define NEWSGRAPH_NLP_TEXT_CUES_H_

#include <bitset>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "base/utf8.h"

namespace ng::nlp::text {

inline bool IsLatin(char32_t cp) { return utf8::IsAsciiAlpha(cp) || (cp >= 0xC0 && cp <= 0x24F); }

inline bool IsDigit(char32_t cp) { return utf8::IsAsciiDigit(cp); }

inline bool IsWordChar(char32_t cp) { return IsLatin(cp) || IsDigit(cp) || utf8::IsHangul(cp); }

inline bool IsUpper(char32_t cp) { return cp >= 'A' && cp <= 'Z'; }

inline bool IsQuote(char32_t cp) {
  switch (cp) {
    case '\'':
    case '"':
    case '*':
    case 0x2018:
    case 0x2019:
    case 0x201C:
    case 0x201D:
    case 0x300C:
    case 0x300D:
    case 0x300E:
    case 0x300F:
    case 0x3008:
    case 0x3009:
    case 0x300A:
    case 0x300B:
      return true;
    default:
      return false;
  }
}

inline bool IsAsciiAlnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

inline char32_t CpAt(std::string_view s, size_t i) { return utf8::Decode(s, &i); }

// Start of the code point that ends just before byte `i`.
inline size_t PrevCp(std::string_view s, size_t i) {
  if (i == 0) return 0;
  --i;
  while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  return i;
}

// A set of Hangul syllables, one bit each: a cheap first test on the last
// syllables of a word before the exact (hash) lookups of a word list.
class SyllableSet {
 public:
  // The last syllable of each word (words ending in another character add nothing).
  template <typename Words>
  explicit SyllableSet(const Words& words) {
    for (std::string_view w : words) {
      if (w.empty()) continue;
      const char32_t cp = CpAt(w, PrevCp(w, w.size()));
      if (utf8::IsHangul(cp) && cp >= 0xAC00) bits_[cp - 0xAC00] = true;
    }
  }
  bool Has(char32_t cp) const { return cp >= 0xAC00 && cp <= 0xD7A3 && bits_[cp - 0xAC00]; }
  // True when one of the last `n` code points of `w` is in the set.
  bool InTail(std::string_view w, int n) const {
    size_t end = w.size();
    for (int i = 0; i < n && end > 0; ++i) {
      const size_t b = PrevCp(w, end);
      if (Has(CpAt(w, b))) return true;
      end = b;
    }
    return false;
  }

 private:
  std::bitset<0xD7A4 - 0xAC00> bits_;
};

inline size_t HangulRunEnd(std::string_view s, size_t i, size_t limit) {
  while (i < limit) {
    size_t j = i;
    if (!utf8::IsHangul(utf8::Decode(s, &j))) break;
    i = j;
  }
  return i;
}

inline bool StartsWithAt(std::string_view s, size_t i, std::string_view prefix) {
  if (i > s.size() || s.size() - i < prefix.size()) return false;
  // Prefixes here are a few bytes: a loop beats a call to memcmp.
  for (size_t k = 0; k < prefix.size(); ++k) {
    if (s[i + k] != prefix[k]) return false;
  }
  return true;
}

// True when s[0, i) ends with `suffix`.
inline bool EndsWithAt(std::string_view s, size_t i, std::string_view suffix) {
  return i <= s.size() && i >= suffix.size() && StartsWithAt(s, i - suffix.size(), suffix);
}

inline int CountHangul(std::string_view s) {
  int n = 0;
  for (size_t i = 0; i < s.size();) n += utf8::IsHangul(utf8::Decode(s, &i)) ? 1 : 0;
  return n;
}

inline bool HasHangul(std::string_view s) { return utf8::ContainsHangul(s); }

inline bool HasLatin(std::string_view s) {
  for (char c : s) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) return true;
  }
  return false;
}

std::vector<std::string_view> Words(std::string_view s);

// Words that look like names in parentheses but are not ("CEO", "AI").
bool IsStopName(std::string_view s);

// Technology and finance acronyms that Korean articles write in Latin
// letters but that name no company: standards, product classes, metrics.
bool IsTechAcronym(std::string_view s);

// Korean words with Latin letters that are terms, not names ("프리IPO",
// "피지컬AI", "시리즈D", "마켓in").
bool IsMixedScriptTerm(std::string_view s);

// "주택담보대출비율(LTV)", "보통주자본(CET1)", "이종접합(HJT)": a Korean term
// defined by an acronym. Names transliterate; terms end in nouns like these.
bool IsDefinedTerm(std::string_view hangul, std::string_view latin);

// A Latin string that reads as a proper name: starts with a capital or a digit
// followed by letters, or is mixed case like "xAI"; not a plain lowercase phrase.
bool LooksLikeLatinName(std::string_view s);

}  // namespace ng::nlp::text

#endif  // NEWSGRAPH_NLP_TEXT_CUES_H_
