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
char32_t Decode(std::string_view s, size_t* pos);

void Append(char32_t cp, std::string* out);

// Hangul syllables, Jamo and compatibility Jamo.
bool IsHangul(char32_t cp);
bool IsAsciiAlpha(char32_t cp);
bool IsAsciiDigit(char32_t cp);

// True when the text's letters are mostly Hangul (for language guessing).
bool MostlyHangul(std::string_view s);
bool ContainsHangul(std::string_view s);

}  // namespace ng::utf8

#endif  // NEWSGRAPH_BASE_UTF8_H_
