// String-level clean-up of article metadata, shared by the HTML extractor
// and the feed reader: titles without the site suffix, author names without
// noise, relative URL resolution and a language check against the script of
// the text. No gumbo or ICU types.
//
// Thread-safe: pure functions.
#ifndef NEWSGRAPH_INGEST_METADATA_H_
#define NEWSGRAPH_INGEST_METADATA_H_

#include <string>
#include <string_view>
#include <vector>

namespace ng::ingest {

// Removes a site name or section trail from a page title:
//   "정부, 北 핵실험 ... - 조선닷컴 - 정치 > 정부ㆍ지자체" -> "정부, 北 핵실험 ..."
//   "Samsung sets record | Korea JoongAng Daily" -> "Samsung sets record"
// A trailing (or leading) part is cut when it names `site_name`, or the
// host of `url`, or is short next to the rest. `h1` (the page's first
// heading, may be "") wins when the title starts with it.
// Whitespace is collapsed (CollapseWhitespace): a no-break space that a page
// puts in its headline to steer line breaking ("했지만…&nbsp;'윤 어게인'")
// comes out as an ordinary space, so that titles from different pages and
// feeds compare, search and deduplicate as the same plain text.
std::string CleanTitle(std::string_view title, std::string_view site_name, std::string_view url,
                       std::string_view h1);

// Splits and cleans raw author strings: drops "By", e-mail addresses, URLs,
// dates, job titles ("기자", "특파원", "staff writer"), and strings that are
// not names ("Email the author", "facebook"). Keeps order, removes
// duplicates.  {"By Jane Doe and John Roe"} -> {"Jane Doe", "John Roe"};
// {"홍길동 기자 hong@x.com"} -> {"홍길동"}.
// Also dropped: parts naming a job or desk ("AP Auto Writer", "Science X
// staff"), a lone capitalised credential or outlet ("MS", "PTI"), parts that
// start with a lower-case Latin letter (bio prose, user names), and an agency
// after the name ("ERIC TUCKER Associated Press" -> "ERIC TUCKER");
// "Analysis by Jane Doe" -> "Jane Doe".
std::vector<std::string> CleanAuthors(const std::vector<std::string>& raw);

// True when an author string names the publication, not a person: it is the
// site name or a run of its words ("Sky" for "Sky News", "BBC News"), holds
// the site name ("India Post News Weekly" for "India Post"), or is one word
// or a name ending in a media word (News, Daily, Times, ...) that is the
// host's name ("AppleInsider" on appleinsider.com, "CBS News" on
// cbsnews.com). "Jane Doe" on janedoe.com stays: a blogger's own site.
bool NamesPublisher(std::string_view name, std::string_view site_name, std::string_view url);

// `authors` without the names for which NamesPublisher is true.
std::vector<std::string> DropPublisherNames(std::vector<std::string> authors,
                                            std::string_view site_name, std::string_view url);

// Repairs the two mistakes publishers' JSON-LD makes most, so that a strict
// JSON parser reads it: raw line breaks, tabs and other control characters
// inside strings (escaped, or a space) and a comma before "]" or "}"
// (dropped). Strings are tracked, so their text is otherwise left alone.
//   {"a": "x<LF>y", }   ->   {"a": "x\ny" }
std::string RepairJson(std::string_view json);

// Resolves `ref` (absolute, scheme-relative, root-relative or relative)
// against `base`. Returns `ref` when `base` is not an absolute http(s) URL.
std::string ResolveUrl(std::string_view base, std::string_view ref);

// Returns a BCP 47 primary tag for `text`: the declared language (from
// lang=, og:locale, ...) when the script of the text agrees with it, else
// the language the script implies ("ko" for Hangul, "ja" for kana, "ru" for
// Cyrillic, "en" for Latin text with English function words), else "".
std::string CheckLanguage(std::string_view declared, std::string_view text);

// Collapses runs of whitespace to one ASCII space and trims. Whitespace is
// Unicode's White_Space: ASCII spaces and controls, U+0085, U+00A0 no-break
// space, U+1680, U+2000..U+200A, U+2028, U+2029, U+202F, U+205F, U+3000.
std::string CollapseWhitespace(std::string_view s);

}  // namespace ng::ingest

#endif  // NEWSGRAPH_INGEST_METADATA_H_
