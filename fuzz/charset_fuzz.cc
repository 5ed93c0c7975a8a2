// Charset sniffing and decoding (ingest/charset.h) on arbitrary bytes. The
// header promises valid UTF-8 without a BOM for any input.
#include <string>
#include <string_view>

#include "fuzz/fuzz_util.h"
#include "ingest/charset.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // An input that starts with \x01 carries a label (Content-Type or declared
  // charset) up to the first newline; the rest is the page. Seeds are plain
  // pages, so they keep their first bytes.
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  std::string_view label;
  if (!bytes.empty() && bytes[0] == '\x01') {
    const size_t nl = bytes.find('\n');
    label = bytes.substr(1, nl == std::string_view::npos ? std::string_view::npos : nl - 1);
    bytes = nl == std::string_view::npos ? std::string_view() : bytes.substr(nl + 1);
  }

  // The byte order mark is removed; a second one right after it is text
  // (U+FEFF), as in browsers, so the check applies when the bytes hold no
  // other BOM-like sequence.
  auto after = [&](size_t pos) { return pos < bytes.size() ? bytes.substr(pos) : ""; };
  const bool single_bom = after(3).find("\xEF\xBB\xBF") == std::string_view::npos &&
                          after(2).find("\xFF\xFE") == std::string_view::npos &&
                          after(2).find("\xFE\xFF") == std::string_view::npos;
  const ng::ingest::DecodedText html = ng::ingest::DecodeHtmlToUtf8(bytes, label);
  ng::fuzz::CheckUtf8(html.text, "DecodeHtmlToUtf8");
  ng::fuzz::Check(!single_bom || html.text.rfind("\xEF\xBB\xBF", 0) != 0,
                  "DecodeHtmlToUtf8 kept the BOM");

  const ng::ingest::DecodedText text = ng::ingest::DecodeTextToUtf8(bytes, label);
  ng::fuzz::CheckUtf8(text.text, "DecodeTextToUtf8");
  ng::fuzz::Check(!single_bom || text.text.rfind("\xEF\xBB\xBF", 0) != 0,
                  "DecodeTextToUtf8 kept the BOM");

  (void)ng::ingest::CanonicalCharset(label);
  const std::string meta = ng::ingest::FindMetaCharset(bytes);
  ng::fuzz::Check(meta.size() <= bytes.size(), "FindMetaCharset invented bytes");
  return 0;
}
