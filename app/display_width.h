// DisplayWidth: how many terminal columns UTF-8 text takes, for aligning
// tables that mix Hangul, CJK, emoji and Latin text. Wide and fullwidth
// characters (Unicode East Asian Width W and F: Hangul syllables, CJK,
// most emoji) take two columns, combining marks, format characters and
// Hangul jungseong/jongseong jamo none, everything else one; ambiguous-width
// characters count as one, as terminals outside East Asian locales show them.
// Uses ICU's character properties. Pure functions: thread-safe.
#ifndef NEWSGRAPH_APP_DISPLAY_WIDTH_H_
#define NEWSGRAPH_APP_DISPLAY_WIDTH_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace ng::app {

int CodePointWidth(char32_t cp);

// Sum of CodePointWidth over `s`; invalid bytes count as one column each
// (they print as U+FFFD).
size_t DisplayWidth(std::string_view s);

// `s` cut to at most `columns` columns on a character boundary, ending in
// "…" when cut. REQUIRES: columns >= 1.
std::string FitToWidth(std::string_view s, size_t columns);

}  // namespace ng::app

#endif  // NEWSGRAPH_APP_DISPLAY_WIDTH_H_
