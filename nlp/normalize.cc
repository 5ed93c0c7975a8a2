#include "nlp/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "base/utf8.h"

namespace ng::nlp {
namespace {

const icu::Normalizer2* Nfkc() {
  static const icu::Normalizer2* nfkc = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFKCInstance(status);
    return U_SUCCESS(status) ? n : nullptr;
  }();
  return nfkc;
}

std::string ApplyNfkc(const std::string& text) {
  const icu::Normalizer2* nfkc = Nfkc();
  if (nfkc == nullptr) return text;
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString in = icu::UnicodeString::fromUTF8(text);
  // Most text is already NFKC: skip the copy when it is.
  if (nfkc->isNormalized(in, status) && U_SUCCESS(status)) return text;
  status = U_ZERO_ERROR;
  const icu::UnicodeString out = nfkc->normalize(in, status);
  if (U_FAILURE(status)) return text;
  std::string result;
  out.toUTF8String(result);
  return result;
}

}  // namespace

std::string NormalizeText(std::string_view text) {
  std::string clean;
  clean.reserve(text.size());
  const std::string valid = utf8::Sanitize(text);
  for (size_t i = 0; i < valid.size();) {
    const char32_t cp = utf8::Decode(valid, &i);
    if (cp == '\r') {
      if (i < valid.size() && valid[i] == '\n') continue;  // CR LF -> LF
      clean.push_back('\n');
    } else if (cp == '\n' || cp == '\t') {
      clean.push_back(static_cast<char>(cp == '\t' ? ' ' : '\n'));
    } else if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) {
      clean.push_back(' ');
    } else if (cp == 0xFEFF || cp == 0x200B) {
      // Byte order marks and zero-width spaces carry nothing.
    } else {
      utf8::Append(cp, &clean);
    }
  }
  return ApplyNfkc(clean);
}

bool IsKeySeparator(char32_t cp) {
  switch (cp) {
    case ' ':
    case '-':
    case '.':
    case '\'':
    case ',':
    case '_':
    case 0x00B7:  // middle dot
    case 0x2019:  // right single quotation mark
    case 0x2010:
    case 0x2011:
    case 0x2013:
    case 0x30FB:  // katakana middle dot
      return true;
    default:
      return false;
  }
}

char32_t FoldKeyChar(char32_t cp) {
  if (cp < 0x80) return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
  if (utf8::IsHangul(cp)) return cp;
  return static_cast<char32_t>(u_foldCase(static_cast<UChar32>(cp), U_FOLD_CASE_DEFAULT));
}

std::string NameKey(std::string_view name) { return FoldNameKey(NormalizeText(name)); }

std::string FoldNameKey(std::string_view normalized) {
  std::string key;
  key.reserve(normalized.size());
  for (size_t i = 0; i < normalized.size();) {
    const char32_t cp = utf8::Decode(normalized, &i);
    if (IsKeySeparator(cp) || cp == '\n') continue;
    utf8::Append(FoldKeyChar(cp), &key);
  }
  return key;
}

}  // namespace ng::nlp
