#include "app/display_width.h"

#include <unicode/uchar.h>

#include <cassert>

#include "base/utf8.h"

namespace ng::app {

int CodePointWidth(char32_t cp) {
  if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) return 0;
  const UChar32 c = static_cast<UChar32>(cp);
  // Conjoining jamo after a leading consonant draw inside its syllable block.
  if ((cp >= 0x1160 && cp <= 0x11FF) || (cp >= 0xD7B0 && cp <= 0xD7FF)) return 0;
  switch (u_charType(c)) {
    case U_NON_SPACING_MARK:
    case U_ENCLOSING_MARK:
    case U_FORMAT_CHAR:
      return 0;
    default:
      break;
  }
  const int ea = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
  return ea == U_EA_WIDE || ea == U_EA_FULLWIDTH ? 2 : 1;
}

size_t DisplayWidth(std::string_view s) {
  size_t width = 0;
  for (size_t pos = 0; pos < s.size();) width += CodePointWidth(utf8::Decode(s, &pos));
  return width;
}

std::string FitToWidth(std::string_view s, size_t columns) {
  assert(columns >= 1);  // REQUIRES
  if (DisplayWidth(s) <= columns) return std::string(s);
  std::string out;
  size_t width = 0;
  for (size_t pos = 0; pos < s.size();) {
    const size_t start = pos;
    const char32_t cp = utf8::Decode(s, &pos);
    const size_t w = CodePointWidth(cp);
    if (width + w > columns - 1) break;  // keep one column for the ellipsis
    width += w;
    if (cp == utf8::kReplacement && pos == start + 1) {
      utf8::Append(cp, &out);
    } else {
      out.append(s.substr(start, pos - start));
    }
  }
  return out + "\xE2\x80\xA6";
}

}  // namespace ng::app
