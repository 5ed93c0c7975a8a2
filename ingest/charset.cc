#include "ingest/charset.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucnv_err.h>
#include <unicode/ucsdet.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <cstring>
#include <memory>

#include "base/utf8.h"

namespace ng::ingest {
namespace {

constexpr char kUtf8[] = "UTF-8";
// The detector reads at most this many bytes: enough for a confident guess,
// and it keeps detection cheap on large pages.
constexpr size_t kDetectorSampleBytes = 64 << 10;

char AsciiLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '/';
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = AsciiLower(c);
  return out;
}

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (AsciiLower(s[i]) != prefix[i]) return false;
  }
  return true;
}

size_t FindNoCase(std::string_view s, std::string_view needle, size_t from = 0) {
  if (needle.empty() || s.size() < needle.size()) return std::string_view::npos;
  for (size_t i = from; i + needle.size() <= s.size(); ++i) {
    if (AsciiLower(s[i]) == needle[0] && StartsWithNoCase(s.substr(i), needle)) return i;
  }
  return std::string_view::npos;
}

// Returns the value of "charset=" in a Content-Type value, or "".
std::string CharsetFromContentType(std::string_view content_type) {
  size_t pos = FindNoCase(content_type, "charset");
  if (pos == std::string_view::npos) return "";
  pos += 7;
  while (pos < content_type.size() && (content_type[pos] == ' ' || content_type[pos] == '\t')) {
    ++pos;
  }
  if (pos >= content_type.size() || content_type[pos] != '=') return "";
  ++pos;
  while (pos < content_type.size() && (content_type[pos] == ' ' || content_type[pos] == '\t')) {
    ++pos;
  }
  if (pos < content_type.size() && (content_type[pos] == '"' || content_type[pos] == '\'')) ++pos;
  size_t end = pos;
  while (end < content_type.size() && content_type[end] != '"' && content_type[end] != '\'' &&
         content_type[end] != ';' && content_type[end] != ' ' && content_type[end] != ',') {
    ++end;
  }
  return std::string(content_type.substr(pos, end - pos));
}

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

struct DetectorCloser {
  void operator()(UCharsetDetector* d) const { ucsdet_close(d); }
};

// Writes U+FFFD for every illegal, irregular or unassigned input sequence.
// ICU's default substitutes U+001A for some single-byte converters; we want
// one visible, uniform replacement character.
void SubstituteFffd(const void*, UConverterToUnicodeArgs* args, const char*, int32_t,
                    UConverterCallbackReason reason, UErrorCode* err) {
  if (reason > UCNV_IRREGULAR) return;  // reset, close, clone: nothing to do
  static const UChar kFffd = 0xFFFD;
  *err = U_ZERO_ERROR;
  ucnv_cbToUWriteUChars(args, &kFffd, 1, 0, err);
}

// Decodes `bytes` from `charset` (an ICU name) to UTF-8. Returns false when
// ICU cannot open the converter.
bool ConvertToUtf8(std::string_view bytes, const std::string& charset, std::string* out) {
  UErrorCode err = U_ZERO_ERROR;
  ConverterPtr cnv(ucnv_open(charset.c_str(), &err));
  if (U_FAILURE(err) || !cnv) return false;
  ucnv_setToUCallBack(cnv.get(), SubstituteFffd, nullptr, nullptr, nullptr, &err);
  if (U_FAILURE(err)) return false;
  // Convert in chunks through UTF-16 so that memory stays proportional to
  // the input and no int32 length can overflow.
  std::u16string buf(16384, u'\0');
  out->clear();
  out->reserve(bytes.size() + bytes.size() / 2);
  const char* src = bytes.data();
  const char* const src_end = bytes.data() + bytes.size();
  char16_t pending_high = 0;  // a high surrogate that ended the previous chunk
  while (true) {
    UChar* target = reinterpret_cast<UChar*>(buf.data());
    UChar* const target_end = target + buf.size();
    err = U_ZERO_ERROR;
    ucnv_toUnicode(cnv.get(), &target, target_end, &src, src_end, nullptr, /*flush=*/true, &err);
    const bool more = err == U_BUFFER_OVERFLOW_ERROR;
    const int32_t n = static_cast<int32_t>(target - reinterpret_cast<UChar*>(buf.data()));
    // UTF-16 -> UTF-8; lone surrogates become U+FFFD.
    for (int32_t i = 0; i < n; ++i) {
      const char16_t u = buf[i];
      if (pending_high != 0) {
        if (u >= 0xDC00 && u <= 0xDFFF) {
          utf8::Append(0x10000 + ((pending_high - 0xD800) << 10) + (u - 0xDC00), out);
          pending_high = 0;
          continue;
        }
        utf8::Append(utf8::kReplacement, out);
        pending_high = 0;
      }
      if (u >= 0xD800 && u <= 0xDBFF) {
        pending_high = u;
      } else if (u >= 0xDC00 && u <= 0xDFFF) {
        utf8::Append(utf8::kReplacement, out);
      } else {
        utf8::Append(u, out);
      }
    }
    if (more) continue;
    break;
  }
  if (pending_high != 0) utf8::Append(utf8::kReplacement, out);
  return true;
}

// Share of invalid UTF-8: counts valid multi-byte sequences and invalid
// bytes. Used to tell "UTF-8 with a few broken bytes" from "not UTF-8".
void CountUtf8(std::string_view s, size_t* valid_multibyte, size_t* invalid) {
  *valid_multibyte = 0;
  *invalid = 0;
  size_t i = 0;
  while (i < s.size()) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    size_t pos = i;
    const char32_t cp = utf8::Decode(s, &pos);
    if (cp == utf8::kReplacement && pos == i + 1) {
      ++*invalid;
    } else {
      ++*valid_multibyte;
    }
    i = pos;
  }
}

bool HasNonAscii(std::string_view s) {
  return std::any_of(s.begin(), s.end(),
                     [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

// Runs ICU's detector; returns a canonical name or "".
std::string Detect(std::string_view bytes, bool html) {
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, DetectorCloser> det(ucsdet_open(&err));
  if (U_FAILURE(err)) return "";
  const size_t n = std::min(bytes.size(), kDetectorSampleBytes);
  ucsdet_enableInputFilter(det.get(), html);
  ucsdet_setText(det.get(), bytes.data(), static_cast<int32_t>(n), &err);
  const UCharsetMatch* match = ucsdet_detect(det.get(), &err);
  if (U_FAILURE(err) || match == nullptr) return "";
  const char* name = ucsdet_getName(match, &err);
  if (U_FAILURE(err) || name == nullptr) return "";
  return CanonicalCharset(name);
}

DecodedText DecodeAs(std::string_view bytes, std::string charset) {
  DecodedText out;
  if (charset == kUtf8) {
    out.text = utf8::Sanitize(bytes);
    out.charset = kUtf8;
    return out;
  }
  if (!ConvertToUtf8(bytes, charset, &out.text)) {
    out.text = utf8::Sanitize(bytes);
    charset = kUtf8;
  }
  out.charset = std::move(charset);
  return out;
}

// Handles a byte order mark; returns true and fills `out` when there is one.
bool DecodeBom(std::string_view bytes, DecodedText* out) {
  auto b = [&](size_t i) { return static_cast<unsigned char>(bytes[i]); };
  if (bytes.size() >= 3 && b(0) == 0xEF && b(1) == 0xBB && b(2) == 0xBF) {
    *out = DecodeAs(bytes.substr(3), kUtf8);
    return true;
  }
  if (bytes.size() >= 2 && b(0) == 0xFF && b(1) == 0xFE) {
    *out = DecodeAs(bytes.substr(2), "UTF-16LE");
    return true;
  }
  if (bytes.size() >= 2 && b(0) == 0xFE && b(1) == 0xFF) {
    *out = DecodeAs(bytes.substr(2), "UTF-16BE");
    return true;
  }
  return false;
}

// Decodes with a declared (canonical, non-empty) charset, checking it
// against the bytes first.
DecodedText DecodeDeclared(std::string_view bytes, const std::string& declared, bool html) {
  if (declared == kUtf8) {
    size_t valid = 0, invalid = 0;
    CountUtf8(bytes, &valid, &invalid);
    // Mostly broken UTF-8: the declaration is wrong; ask the detector.
    if (invalid > 8 && invalid * 4 > valid) {
      std::string detected = Detect(bytes, html);
      if (!detected.empty() && detected != kUtf8) return DecodeAs(bytes, detected);
    }
    return DecodeAs(bytes, kUtf8);
  }
  // A legacy charset declared for bytes that are valid, non-ASCII UTF-8: the
  // declaration is stale (a template copied from an old site).
  if (declared.rfind("UTF-16", 0) != 0 && declared.rfind("UTF-32", 0) != 0 && HasNonAscii(bytes) &&
      utf8::IsValid(bytes)) {
    return DecodeAs(bytes, kUtf8);
  }
  return DecodeAs(bytes, declared);
}

DecodedText DecodeUndeclared(std::string_view bytes, bool html) {
  if (utf8::IsValid(bytes)) return DecodeAs(bytes, kUtf8);
  std::string detected = Detect(bytes, html);
  if (detected.empty()) detected = kUtf8;
  return DecodeAs(bytes, detected);
}

}  // namespace

std::string CanonicalCharset(std::string_view label) {
  // Trim spaces and quotes.
  while (!label.empty() &&
         (label.front() == ' ' || label.front() == '"' || label.front() == '\'')) {
    label.remove_prefix(1);
  }
  while (!label.empty() && (label.back() == ' ' || label.back() == '"' || label.back() == '\'')) {
    label.remove_suffix(1);
  }
  if (label.empty() || label.size() > 64) return "";
  const std::string l = Lower(label);
  // WHATWG Encoding Standard aliases that matter for news pages.
  static constexpr std::pair<std::string_view, std::string_view> kAliases[] = {
      {"utf-8", "UTF-8"},
      {"utf8", "UTF-8"},
      {"unicode-1-1-utf-8", "UTF-8"},
      {"x-unicode20utf8", "UTF-8"},
      {"euc-kr", "windows-949"},
      {"euckr", "windows-949"},
      {"euc_kr", "windows-949"},
      {"x-euc-kr", "windows-949"},
      {"cp949", "windows-949"},
      {"ms949", "windows-949"},
      {"uhc", "windows-949"},
      {"windows-949", "windows-949"},
      {"x-windows-949", "windows-949"},
      {"ks_c_5601-1987", "windows-949"},
      {"ks_c_5601-1989", "windows-949"},
      {"ks_c_5601", "windows-949"},
      {"ksc5601", "windows-949"},
      {"ksc_5601", "windows-949"},
      {"korean", "windows-949"},
      {"csksc56011987", "windows-949"},
      {"iso-ir-149", "windows-949"},
      {"iso-8859-1", "windows-1252"},
      {"iso8859-1", "windows-1252"},
      {"latin1", "windows-1252"},
      {"l1", "windows-1252"},
      {"us-ascii", "windows-1252"},
      {"ascii", "windows-1252"},
      {"windows-1252", "windows-1252"},
      {"cp1252", "windows-1252"},
      {"shift_jis", "Shift_JIS"},
      {"sjis", "Shift_JIS"},
      {"x-sjis", "Shift_JIS"},
      {"gb2312", "GBK"},
      {"gbk", "GBK"},
      {"utf-16", "UTF-16LE"},
      {"utf-16le", "UTF-16LE"},
      {"utf-16be", "UTF-16BE"},
  };
  for (const auto& [alias, name] : kAliases) {
    if (l == alias) return std::string(name);
  }
  UErrorCode err = U_ZERO_ERROR;
  ConverterPtr cnv(ucnv_open(l.c_str(), &err));
  if (U_FAILURE(err) || !cnv) return "";
  const char* mime = ucnv_getStandardName(l.c_str(), "MIME", &err);
  if (U_SUCCESS(err) && mime != nullptr) return mime;
  err = U_ZERO_ERROR;
  const char* iana = ucnv_getStandardName(l.c_str(), "IANA", &err);
  if (U_SUCCESS(err) && iana != nullptr) return iana;
  err = U_ZERO_ERROR;
  const char* name = ucnv_getName(cnv.get(), &err);
  return U_SUCCESS(err) && name != nullptr ? std::string(name) : "";
}

std::string FindMetaCharset(std::string_view html, size_t scan_limit) {
  const std::string_view s = html.substr(0, std::min(html.size(), scan_limit));
  size_t i = 0;
  while (i < s.size()) {
    const void* lt = std::memchr(s.data() + i, '<', s.size() - i);
    if (lt == nullptr) break;
    i = static_cast<const char*>(lt) - s.data();
    const std::string_view rest = s.substr(i);
    if (rest.starts_with("<!--")) {
      const size_t end = rest.find("-->", 4);
      if (end == std::string_view::npos) break;
      i += end + 3;
      continue;
    }
    if (StartsWithNoCase(rest, "<script") || StartsWithNoCase(rest, "<style")) {
      // Skip the raw text: document.write("<meta charset=...") is not a declaration.
      const bool script = StartsWithNoCase(rest, "<script");
      const size_t end = FindNoCase(rest, script ? "</script" : "</style", 1);
      if (end == std::string_view::npos) break;
      i += end + 2;
      continue;
    }
    if (!(StartsWithNoCase(rest, "<meta") && rest.size() > 5 && IsSpace(rest[5]))) {
      // Any other tag: skip its attributes, so <script charset=...> and
      // <a charset=...> never count.
      size_t j = 1;
      char quote = 0;
      while (j < rest.size()) {
        const char c = rest[j];
        if (quote) {
          if (c == quote) quote = 0;
        } else if ((c == '"' || c == '\'') && j > 1 && rest[j - 1] == '=') {
          quote = c;
        } else if (c == '>') {
          break;
        }
        ++j;
      }
      i += j;
      continue;
    }
    // Parse the meta element's attributes.
    size_t j = 5;
    std::string charset_attr, content, http_equiv;
    while (j < rest.size() && rest[j] != '>') {
      while (j < rest.size() && IsSpace(rest[j])) ++j;
      if (j >= rest.size() || rest[j] == '>') break;
      const size_t name_start = j;
      while (j < rest.size() && !IsSpace(rest[j]) && rest[j] != '=' && rest[j] != '>') ++j;
      const std::string name = Lower(rest.substr(name_start, j - name_start));
      while (j < rest.size() && (rest[j] == ' ' || rest[j] == '\t' || rest[j] == '\n')) ++j;
      std::string value;
      if (j < rest.size() && rest[j] == '=') {
        ++j;
        while (j < rest.size() && (rest[j] == ' ' || rest[j] == '\t' || rest[j] == '\n')) ++j;
        if (j < rest.size() && (rest[j] == '"' || rest[j] == '\'')) {
          const char q = rest[j++];
          const size_t v = j;
          while (j < rest.size() && rest[j] != q) ++j;
          value = rest.substr(v, j - v);
          if (j < rest.size()) ++j;
        } else {
          const size_t v = j;
          while (j < rest.size() && !IsSpace(rest[j]) && rest[j] != '>') ++j;
          value = rest.substr(v, j - v);
        }
      }
      if (name == "charset") {
        charset_attr = value;
      } else if (name == "content") {
        content = value;
      } else if (name == "http-equiv") {
        http_equiv = Lower(value);
      }
    }
    if (!charset_attr.empty()) return charset_attr;
    if (http_equiv == "content-type") {
      std::string cs = CharsetFromContentType(content);
      if (!cs.empty()) return cs;
    }
    i += j;
  }
  return "";
}

DecodedText DecodeHtmlToUtf8(std::string_view bytes, std::string_view http_content_type) {
  DecodedText out;
  if (DecodeBom(bytes, &out)) return out;
  std::string declared = CanonicalCharset(CharsetFromContentType(http_content_type));
  if (declared.empty()) {
    declared = CanonicalCharset(FindMetaCharset(bytes));
    // A meta found by an ASCII pre-scan cannot be right about UTF-16.
    if (declared.rfind("UTF-16", 0) == 0) declared = kUtf8;
  }
  if (!declared.empty()) return DecodeDeclared(bytes, declared, /*html=*/true);
  return DecodeUndeclared(bytes, /*html=*/true);
}

DecodedText DecodeTextToUtf8(std::string_view bytes, std::string_view declared_charset) {
  DecodedText out;
  if (DecodeBom(bytes, &out)) return out;
  const std::string declared = CanonicalCharset(declared_charset);
  if (!declared.empty()) return DecodeDeclared(bytes, declared, /*html=*/false);
  return DecodeUndeclared(bytes, /*html=*/false);
}

}  // namespace ng::ingest
