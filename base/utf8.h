// UTF-8 helpers shared by every module: validation, repair, code point
// decoding and script tests. std only, no ICU. Thread-safe (pure functions).
#ifndef NEWSGRAPH_BASE_UTF8_H_
#define NEWSGRAPH_BASE_UTF8_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace ng::utf8 {

inline constexpr size_t kValid = static_cast<size_t>(-1);
inline constexpr char32_t kReplacement = 0xFFFD;

// Returns the byte offset of the first invalid sequence, or kValid.
// Overlong forms, surrogates and code points above U+10FFFF are invalid.
size_t FindInvalid(std::string_view s);
inline bool IsValid(std::string_view s) { return FindInvalid(s) == kValid; }

// Returns `s` with every invalid sequence replaced by U+FFFD.
std::string Sanitize(std::string_view s);

// Decodes the code point at `*pos` and advances `*pos` past it. An invalid
// sequence yields kReplacement and advances by one byte.
// REQUIRES: *pos < s.size().
char32_t DecodeSlow(std::string_view s, size_t* pos);
inline char32_t Decode(std::string_view s, size_t* pos) {
  // Inline fast paths for ASCII and for well-formed three-byte sequences
  // (Hangul); everything else takes the checked path.
  const size_t i = *pos;
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) {
    *pos = i + 1;
    return b0;
  }
  if ((b0 & 0xF0) == 0xE0 && i + 2 < s.size()) {
    const auto b1 = static_cast<unsigned char>(s[i + 1]);
    const auto b2 = static_cast<unsigned char>(s[i + 2]);
    if ((b1 & 0xC0) == 0x80 && (b2 & 0xC0) == 0x80) {
      const char32_t cp = (char32_t{b0 & 0x0Fu} << 12) | (char32_t{b1 & 0x3Fu} << 6) | (b2 & 0x3Fu);
      if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) {
        *pos = i + 3;
        return cp;
      }
    }
  }
  return DecodeSlow(s, pos);
}

void Append(char32_t cp, std::string* out);

// Hangul syllables, Jamo and compatibility Jamo.
inline bool IsHangul(char32_t cp) {
  return (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0x1100 && cp <= 0x11FF) ||
         (cp >= 0x3130 && cp <= 0x318F);
}
inline bool IsAsciiAlpha(char32_t cp) {
  return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
}
inline bool IsAsciiDigit(char32_t cp) { return cp >= '0' && cp <= '9'; }

// True when the text's letters are mostly Hangul (for language guessing).
bool MostlyHangul(std::string_view s);
bool ContainsHangul(std::string_view s);

}  // namespace ng::utf8

#endif  // NEWSGRAPH_BASE_UTF8_H_
