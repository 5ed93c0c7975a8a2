// Charset decoding: turns the bytes of a web page, feed or text file into
// valid UTF-8 before anything parses them.
//
// The order follows what browsers do (WHATWG "encoding sniffing"), with one
// addition for pages that lie about their charset:
//   1. a byte order mark (UTF-8, UTF-16LE, UTF-16BE);
//   2. the HTTP Content-Type charset, when the page was fetched;
//   3. <meta charset> or <meta http-equiv="Content-Type" content="...;charset=">
//      found by a small pre-scan of the head (a <script charset=...> does not
//      count: only meta elements are read);
//   4. ICU's CharsetDetector, when nothing was declared and the bytes are not
//      valid UTF-8;
//   5. UTF-8.
// A declared charset that is wrong for the bytes is noticed: a page that says
// euc-kr (or any other legacy charset) but whose non-ASCII bytes are all valid
// UTF-8 is decoded as UTF-8, because legacy multi-byte text is practically
// never valid UTF-8 by chance.
//
// The labels euc-kr, ks_c_5601-1987, cp949, ksc5601, ... all map to ICU's
// "windows-949" (as WHATWG maps them): ICU's strict EUC-KR converter rejects
// the UHC extension syllables (똠, 햏, ...) that real Korean pages contain.
// Latin-1 and US-ASCII labels map to windows-1252 for the same reason.
//
// Invalid or unmappable bytes become U+FFFD; no input makes these functions
// crash or return invalid UTF-8.
//
// Thread-safe: pure functions (each call opens its own ICU converter).
#ifndef NEWSGRAPH_INGEST_CHARSET_H_
#define NEWSGRAPH_INGEST_CHARSET_H_

#include <string>
#include <string_view>

namespace ng::ingest {

struct DecodedText {
  std::string text;     // valid UTF-8, without a byte order mark
  std::string charset;  // the ICU name used: "UTF-8", "windows-949", "windows-1252", ...
};

// Decodes an HTML page. `http_content_type` is the Content-Type header value
// when the page was fetched ("text/html; charset=euc-kr"), or "".
DecodedText DecodeHtmlToUtf8(std::string_view bytes, std::string_view http_content_type = "");

// Decodes plain text or a feed: BOM, `declared_charset` (a label such as
// "euc-kr" or ""), valid UTF-8, then ICU's detector.
DecodedText DecodeTextToUtf8(std::string_view bytes, std::string_view declared_charset = "");

// Maps a charset label to the ICU converter name this module uses
// ("EUC-KR" -> "windows-949", "utf8" -> "UTF-8"), or "" when ICU does not
// know the label. Exposed for feeds, which find their label in the XML
// declaration.
std::string CanonicalCharset(std::string_view label);

// Returns the charset declared by the first <meta charset> or
// <meta http-equiv=Content-Type> in the first `scan_limit` bytes of `html`,
// as written (not canonicalised), or "" when there is none.
std::string FindMetaCharset(std::string_view html, size_t scan_limit = 16384);

}  // namespace ng::ingest

#endif  // NEWSGRAPH_INGEST_CHARSET_H_
