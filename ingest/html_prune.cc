#include "ingest/html_prune.h"

#include <cstddef>

namespace ng::ingest {
namespace {

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

char LowerAscii(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// Whitespace as the HTML tokenizer knows it (tab, LF, FF, CR, space).
bool IsHtmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

// True when `s` at `at` starts with `lower` (ASCII, case-insensitive).
bool StartsWithNoCase(std::string_view s, size_t at, std::string_view lower) {
  if (s.size() - at < lower.size()) return false;
  for (size_t i = 0; i < lower.size(); ++i) {
    if (LowerAscii(s[at + i]) != lower[i]) return false;
  }
  return true;
}

// Where the end tag `</name` (followed by whitespace, '/' or '>') of a raw
// text element begins, searching from `from`; npos when there is none.
size_t FindEndTag(std::string_view s, size_t from, std::string_view name) {
  for (size_t at = s.find("</", from); at != std::string_view::npos; at = s.find("</", at + 2)) {
    const size_t after = at + 2 + name.size();
    if (StartsWithNoCase(s, at + 2, name) &&
        (after == s.size() || IsHtmlSpace(s[after]) || s[after] == '/' || s[after] == '>')) {
      return at;
    }
  }
  return std::string_view::npos;
}

enum class Content { kNormal, kRawKeep, kScript, kStyle, kPlaintext };

Content ContentOf(std::string_view name) {
  if (name == "script") return Content::kScript;
  if (name == "style") return Content::kStyle;
  if (name == "title" || name == "textarea" || name == "xmp" || name == "iframe" ||
      name == "noembed" || name == "noframes") {
    return Content::kRawKeep;
  }
  if (name == "plaintext") return Content::kPlaintext;
  return Content::kNormal;
}

struct StartTag {
  size_t end = std::string_view::npos;  // one past its '>'; npos when unterminated
  std::string name;                     // lower case
  bool self_closing = false;
  bool json_ld = false;  // a type attribute that names JSON-LD
};

// Reads the start tag whose '<' is at `at` (followed by a letter), following
// the tokenizer's attribute states so that a '>' inside a quoted value does
// not end it.
StartTag ReadStartTag(std::string_view s, size_t at) {
  StartTag tag;
  size_t i = at + 1;
  while (i < s.size() && !IsHtmlSpace(s[i]) && s[i] != '/' && s[i] != '>') {
    tag.name += LowerAscii(s[i]);
    ++i;
  }
  while (i < s.size()) {
    const char c = s[i];
    if (IsHtmlSpace(c)) {
      ++i;
      continue;
    }
    if (c == '>') {
      tag.end = i + 1;
      return tag;
    }
    if (c == '/') {
      tag.self_closing = i + 1 < s.size() && s[i + 1] == '>';
      ++i;
      continue;
    }
    tag.self_closing = false;
    // An attribute name (its first character may be '=').
    const size_t name_begin = i;
    ++i;
    while (i < s.size() && !IsHtmlSpace(s[i]) && s[i] != '/' && s[i] != '>' && s[i] != '=') ++i;
    const std::string_view attr = s.substr(name_begin, i - name_begin);
    size_t j = i;
    while (j < s.size() && IsHtmlSpace(s[j])) ++j;
    if (j >= s.size() || s[j] != '=') continue;  // no value
    i = j + 1;
    while (i < s.size() && IsHtmlSpace(s[i])) ++i;
    size_t value_begin = i, value_end;
    if (i < s.size() && (s[i] == '"' || s[i] == '\'')) {
      const size_t close = s.find(s[i], i + 1);
      if (close == std::string_view::npos) return tag;  // unterminated: leave the rest alone
      value_begin = i + 1;
      value_end = close;
      i = close + 1;
    } else {
      while (i < s.size() && !IsHtmlSpace(s[i]) && s[i] != '>') ++i;
      value_end = i;
    }
    if (attr.size() == 4 && StartsWithNoCase(attr, 0, "type")) {
      std::string value;
      for (char v : s.substr(value_begin, value_end - value_begin)) value += LowerAscii(v);
      tag.json_ld = value.find("ld+json") != std::string::npos;
    }
  }
  return tag;
}

}  // namespace

std::string DropScriptAndStyleBodies(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;  // everything before i is copied or dropped
  while (i < s.size()) {
    const size_t lt = s.find('<', i);
    if (lt == std::string_view::npos || lt + 1 >= s.size()) break;
    out.append(s.substr(i, lt - i));
    i = lt;
    // Where the construct that starts at `lt` ends (one past it), copied whole.
    size_t end;
    const char next = s[lt + 1];
    if (s.compare(lt, 4, "<!--") == 0) {
      // A comment: "<!-->" and "<!--->" end at once; otherwise "-->" or "--!>".
      if (s.compare(lt + 4, 1, ">") == 0) {
        end = lt + 5;
      } else if (s.compare(lt + 4, 2, "->") == 0) {
        end = lt + 6;
      } else {
        size_t close = lt + 4;
        for (;;) {
          close = s.find("--", close);
          if (close == std::string_view::npos) break;
          if (s.compare(close + 2, 1, ">") == 0) {
            close += 3;
            break;
          }
          if (s.compare(close + 2, 2, "!>") == 0) {
            close += 4;
            break;
          }
          ++close;
        }
        end = close;
      }
    } else if (s.compare(lt, 9, "<![CDATA[") == 0) {
      const size_t close = s.find("]]>", lt + 9);
      end = close == std::string_view::npos ? close : close + 3;
    } else if (next == '/' && lt + 2 < s.size() && IsAsciiAlpha(s[lt + 2])) {
      // An end tag: its attributes (an error, but tokenized) may quote a '>'.
      end = ReadStartTag(s, lt + 1).end;
    } else if (next == '!' || next == '?' || next == '/') {
      // Doctype, bogus comment, "</>": up to the next '>'.
      const size_t close = s.find('>', lt + 2);
      end = close == std::string_view::npos ? close : close + 1;
    } else if (IsAsciiAlpha(next)) {
      const StartTag tag = ReadStartTag(s, lt);
      if (tag.end == std::string_view::npos) break;
      out.append(s.substr(lt, tag.end - lt));
      i = tag.end;
      Content content = ContentOf(tag.name);
      if (content == Content::kNormal) continue;
      if (content == Content::kPlaintext) break;  // the rest of the page is text
      if (tag.self_closing && content != Content::kRawKeep) continue;  // <script/> in <svg>
      const size_t close = FindEndTag(s, i, tag.name);
      if (close == std::string_view::npos) break;  // unterminated: the rest stays as it is
      const std::string_view body = s.substr(i, close - i);
      const bool drop = (content == Content::kScript && !tag.json_ld) || content == Content::kStyle;
      if (!drop || body.find("<!--") != std::string_view::npos) out.append(body);
      i = close;  // the end tag is copied as a construct of its own
      continue;
    } else {
      // A '<' that starts no tag is text.
      out += '<';
      i = lt + 1;
      continue;
    }
    if (end == std::string_view::npos) break;
    out.append(s.substr(lt, end - lt));
    i = end;
  }
  out.append(s.substr(i));
  return out;
}

}  // namespace ng::ingest
