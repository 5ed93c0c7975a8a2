#include "ingest/html_extract.h"

#include <gumbo.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "base/multi_match.h"
#include "base/utf8.h"
#include "ingest/charset.h"
#include "ingest/dates.h"
#include "ingest/html_prune.h"
#include "ingest/metadata.h"

namespace ng::ingest {
namespace {

constexpr int kKstMinutes = 9 * 60;

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (Lower(s[i]) != prefix[i]) return false;
  }
  return true;
}

size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// ---------------------------------------------------------------- depth pre-scan

// Elements that never nest: void elements, and elements whose start tag
// closes an open one of the same kind (so a page of unclosed <p>s stays flat).
bool IsFlatTag(std::string_view name) {
  static constexpr std::string_view kFlat[] = {
      "area",     "base",  "br",     "col",      "embed", "hr",  "img",      "input",
      "link",     "meta",  "param",  "source",   "track", "wbr", "p",        "li",
      "dt",       "dd",    "option", "tr",       "td",    "th",  "!doctype", "keygen",
      "basefont", "frame", "image",  "optgroup", "rt",    "rp"};
  for (std::string_view f : kFlat) {
    if (name.size() == f.size() && StartsWithNoCase(name, f)) return true;
  }
  return false;
}

// Upper bound of the element nesting depth of `html`, computed without a
// parser: start tags push, end tags pop, void and self-closing tags do
// neither, comments and raw text (script, style) are skipped. Linear time.
size_t EstimateMaxDepth(std::string_view html, size_t stop_at) {
  size_t depth = 0, max_depth = 0;
  size_t i = 0;
  const size_t n = html.size();
  while (i < n) {
    const void* lt = std::memchr(html.data() + i, '<', n - i);
    if (lt == nullptr) break;
    i = static_cast<const char*>(lt) - html.data() + 1;
    if (i >= n) break;
    if (html.compare(i, 3, "!--") == 0) {
      const size_t end = html.find("-->", i + 3);
      if (end == std::string_view::npos) break;
      i = end + 3;
      continue;
    }
    const bool closing = html[i] == '/';
    if (closing) ++i;
    const size_t name_start = i;
    while (i < n && ((html[i] >= 'a' && html[i] <= 'z') || (html[i] >= 'A' && html[i] <= 'Z') ||
                     (html[i] >= '0' && html[i] <= '9') || html[i] == '!')) {
      ++i;
    }
    if (i == name_start) continue;
    const std::string_view name = html.substr(name_start, i - name_start);
    const void* gt = std::memchr(html.data() + i, '>', n - i);
    if (gt == nullptr) break;
    const size_t end = static_cast<const char*>(gt) - html.data();
    const bool self_closing = end > 0 && html[end - 1] == '/';
    i = end + 1;
    if (IsFlatTag(name) || self_closing) continue;
    if (closing) {
      if (depth > 0) --depth;
      continue;
    }
    if (StartsWithNoCase(name, "script") || StartsWithNoCase(name, "style") ||
        StartsWithNoCase(name, "textarea") || StartsWithNoCase(name, "title")) {
      // Raw text: jump to the end tag.
      const char* close = name.size() == 6 && Lower(name[1]) == 'c' ? "</script" : nullptr;
      std::string needle = close ? close : "</" + std::string(name);
      for (char& c : needle) c = Lower(c);
      size_t j = i;
      size_t found = std::string_view::npos;
      while (j < n) {
        const void* p = std::memchr(html.data() + j, '<', n - j);
        if (p == nullptr) break;
        j = static_cast<const char*>(p) - html.data();
        if (StartsWithNoCase(html.substr(j), needle)) {
          found = j;
          break;
        }
        ++j;
      }
      if (found == std::string_view::npos) break;
      i = found;
      continue;
    }
    if (++depth > max_depth) {
      max_depth = depth;
      if (max_depth > stop_at) return max_depth;
    }
  }
  return max_depth;
}

// ---------------------------------------------------------------- DOM model

enum ElemFlags : uint32_t {
  kBoilerplate = 1u << 0,  // tag or class says: never article text
  kUnlikely = 1u << 1,     // class/id says "probably not article" (dropped unless retry)
  kHeading = 1u << 2,
  kByline = 1u << 3,
  kDateHint = 1u << 4,
  kHidden = 1u << 5,
  kPositive = 1u << 6,
};

struct Elem {
  int parent = -1;
  GumboTag tag = GUMBO_TAG_UNKNOWN;
  uint32_t flags = 0;
  float class_weight = 0;
  int text_chars = 0;  // code points of text in blocks below
  int link_chars = 0;
  int para_chars = 0;  // code points in paragraph-like blocks below (long, few links)
  float score = 0;
  bool scored = false;
};

struct Block {
  int elem;            // the nearest block-level element holding the text
  std::string text;    // whitespace collapsed
  int chars = 0;       // code points
  int link_chars = 0;  // code points inside <a>
  GumboTag tag;
  bool dateline = false;  // a short line that is mostly a date ("입력 2016.09.17 10:05")
};

bool IsBlockTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIR:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_HTML:
      return true;
    default:
      return false;
  }
}

bool IsSkippedTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_MAP:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_LABEL:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_DATALIST:
    case GUMBO_TAG_APPLET:
      return true;
    default:
      return false;
  }
}

bool IsBoilerplateTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_MENU:

      return true;
    default:
      return false;
  }
}

// Words in class, id and similar attributes, by what they say of an element.
enum HintWord : uint32_t {
  kHintPositive = 1,     // article body
  kHintNegative = 2,     // boilerplate
  kHintBoilerplate = 4,  // the specific boilerplate word that names an element
                         // whose hints are both positive and negative
  kHintByline = 8,
  kHintDate = 16,
};

const MultiMatcher& HintMatcher() {
  static const MultiMatcher matcher = [] {
    std::vector<std::pair<std::string_view, uint32_t>> words;
    for (std::string_view w :
         {"article", "body", "content", "entry", "main", "post", "story", "text", "blog",
          "news_view", "view_cont", "dic_area", "articlebody", "article_txt", "news_txt"}) {
      words.emplace_back(w, kHintPositive);
    }
    for (std::string_view w :
         {"comment",      "combx",       "contact",  "foot",      "masthead",     "outbrain",
          "promo",        "related",     "share",    "sharing",   "social",       "sidebar",
          "skyscraper",   "sponsor",     "shopping", "widget",    "banner",       "breadcrumb",
          "newsletter",   "subscribe",   "popup",    "modal",     "cookie",       "recommend",
          "taboola",      "disqus",      "advert",   "-ad-",      " ad ",         "ad-container",
          "menu",         "pagination",  "pager",    "signup",    "rss",          "tags",
          "toolbar",      "copyright",   "caption",  "byline",    "author",       "reporter",
          "writer",       "meta",        "dateline", "timestamp", "nav",          "header",
          "most-popular", "mostpopular", "popular",  "trending",  "more-stories", "more-news",
          "more-posts",   "morenews",    "excerpt",  "teaser",    "recirc",       "see-also",
          "archive",      "read-more",   "readmore", "also",      "photo_",       "credit",
          "kicker",       "livefyre",    "hidden",   "print",     "login",        "keyword",
          "copy_right",   "reply"}) {
      words.emplace_back(w, kHintNegative);
    }
    for (std::string_view w :
         {"comment",    "share",  "sharing", "social",  "related", "footer",
          "byline",     "author", "meta",    "caption", "tags",    "newsletter",
          "recommend",  "promo",  "advert",  "credit",  "popular", "subscribe",
          "breadcrumb", "header", "nav",     "toolbar", "reply",   "more"}) {
      words.emplace_back(w, kHintBoilerplate);
    }
    for (std::string_view w : {"byline", "author", "reporter", "writer", "journalist"}) {
      words.emplace_back(w, kHintByline);
    }
    for (std::string_view w : {"date", "time", "publish", "posted", "updated"}) {
      words.emplace_back(w, kHintDate);
    }
    return MultiMatcher(words);
  }();
  return matcher;
}

// Reads class, id and a few other attributes into flags and a weight.
void ClassifyAttributes(const GumboElement& el, Elem* e) {
  // The hint words are looked for in " value value ...", lower-cased, the
  // values of the attributes below in document order.
  const MultiMatcher& matcher = HintMatcher();
  MultiMatcher::Scan scan;
  bool any_hint = false;
  for (unsigned i = 0; i < el.attributes.length; ++i) {
    const auto* a = static_cast<const GumboAttribute*>(el.attributes.data[i]);
    const std::string_view name = a->name;
    const std::string_view value = a->value;
    if (name == "class" || name == "id" || name == "itemprop" || name == "rel" || name == "role" ||
        name == "data-component") {
      any_hint = true;
      matcher.Feed(scan, ' ');
      for (char c : value) matcher.Feed(scan, static_cast<unsigned char>(Lower(c)));
    } else if (name == "hidden") {
      e->flags |= kHidden;
    } else if (name == "style") {
      std::string v;
      for (char c : value) {
        if (c != ' ') v += Lower(c);
      }
      if (v.find("display:none") != std::string::npos ||
          v.find("visibility:hidden") != std::string::npos) {
        e->flags |= kHidden;
      }
    } else if (name == "aria-hidden" && value == "true") {
      e->flags |= kHidden;
    }
  }
  if (!any_hint) return;
  const uint32_t found = scan.found;
  const bool positive = found & kHintPositive;
  const bool negative = found & kHintNegative;
  if (positive) e->flags |= kPositive;
  if (positive && !negative) {
    e->class_weight = 25;
  } else if (negative && !positive) {
    e->class_weight = -25;
    e->flags |= kUnlikely;
  } else if (negative) {
    // Both: "article-footer", "post-share", "entry-meta": the specific
    // boilerplate word usually names the element.
    if (found & kHintBoilerplate) {
      e->flags |= kUnlikely;
      e->class_weight = -10;
    }
  }
  if (found & kHintByline) e->flags |= kByline;
  if (found & kHintDate) e->flags |= kDateHint;
}

const char* Attr(const GumboElement& el, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&el.attributes, name);
  return a ? a->value : nullptr;
}

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = Lower(c);
  return out;
}

// ---------------------------------------------------------------- walker

struct PageMeta {
  std::string title_tag;
  std::string og_title, twitter_title, headline;
  std::string h1;
  std::string canonical, og_url;
  std::string site_name;
  std::string lang;
  std::vector<std::pair<std::string, std::string>> metas;  // lowercased key -> content
  std::vector<std::string> json_ld;
  std::vector<std::string> time_datetimes;
  std::vector<std::string> author_texts;
  std::vector<std::string> date_texts;
  std::string first_dateline;  // the first short block that holds a date and time
  LabeledDates labeled;
};

class Walker {
 public:
  explicit Walker(size_t max_text_bytes) : max_text_bytes_(max_text_bytes) {}

  void Walk(GumboNode* root);

  std::vector<Elem> elems;
  std::vector<Block> blocks;
  PageMeta meta;

 private:
  struct Frame {
    GumboNode* node;
    unsigned next_child;
    int elem;
    bool is_block;
    bool is_link;
    size_t capture_start;  // for byline/date capture: buffer size at entry, or npos
    size_t blocks_at_entry;
  };

  void Enter(GumboNode* node);
  void Exit(const Frame& f);
  void AppendText(std::string_view s);
  void Flush();
  void VisitHeadElement(const GumboElement& el, GumboNode* node);

  size_t max_text_bytes_;
  size_t total_text_ = 0;
  std::vector<Frame> stack_;
  std::vector<int> block_stack_;  // elems that are block-level, innermost last
  std::string buf_;
  int buf_chars_ = 0;
  int buf_link_chars_ = 0;
  int link_depth_ = 0;
  bool pending_space_ = false;
  size_t flushes_ = 0;
};

std::string NodeText(const GumboNode* node) {
  std::string out;
  std::vector<const GumboNode*> stack = {node};
  // Children in order: push reversed.
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA ||
        n->type == GUMBO_NODE_WHITESPACE) {
      out += n->v.text.text;
    } else if (n->type == GUMBO_NODE_ELEMENT) {
      const GumboVector& ch = n->v.element.children;
      for (unsigned i = ch.length; i-- > 0;) stack.push_back(static_cast<GumboNode*>(ch.data[i]));
    }
  }
  return out;
}

void Walker::VisitHeadElement(const GumboElement& el, GumboNode* node) {
  switch (el.tag) {
    case GUMBO_TAG_META: {
      const char* content = Attr(el, "content");
      if (content == nullptr) return;
      for (const char* key_attr : {"property", "name", "itemprop", "http-equiv"}) {
        if (const char* k = Attr(el, key_attr)) {
          meta.metas.emplace_back(LowerAscii(k), content);
        }
      }
      return;
    }
    case GUMBO_TAG_TITLE:
      if (meta.title_tag.empty()) meta.title_tag = NodeText(node);
      return;
    case GUMBO_TAG_LINK: {
      const char* rel = Attr(el, "rel");
      const char* href = Attr(el, "href");
      if (rel && href && LowerAscii(rel) == "canonical" && meta.canonical.empty()) {
        meta.canonical = href;
      }
      return;
    }
    case GUMBO_TAG_SCRIPT: {
      const char* type = Attr(el, "type");
      if (type && LowerAscii(type).find("ld+json") != std::string::npos) {
        meta.json_ld.push_back(NodeText(node));
      }
      return;
    }
    default:
      return;
  }
}

void Walker::AppendText(std::string_view s) {
  if (total_text_ > max_text_bytes_) return;
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    const bool nbsp = c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || nbsp) {
      pending_space_ = true;
      if (nbsp) ++i;
      continue;
    }
    if (pending_space_ && !buf_.empty() && buf_.back() != '\n') {
      buf_ += ' ';
      ++buf_chars_;
      if (link_depth_ > 0) ++buf_link_chars_;
    }
    pending_space_ = false;
    buf_ += static_cast<char>(c);
    if ((c & 0xC0) != 0x80) {
      ++buf_chars_;
      if (link_depth_ > 0) ++buf_link_chars_;
    }
  }
}

void Walker::Flush() {
  pending_space_ = false;
  while (!buf_.empty() && (buf_.back() == ' ' || buf_.back() == '\n')) buf_.pop_back();
  if (buf_.empty() || block_stack_.empty()) {
    buf_.clear();
    buf_chars_ = buf_link_chars_ = 0;
    return;
  }
  ++flushes_;
  total_text_ += buf_.size();
  const int elem = block_stack_.back();
  Block b{elem, std::move(buf_), buf_chars_, buf_link_chars_, elems[elem].tag};
  // Korean "입력 2025.05.15 09:30" lines are short and sit near the top.
  if (b.text.size() < 400 && (meta.labeled.published.empty() || meta.labeled.modified.empty()) &&
      (b.text.find("입력") != std::string::npos || b.text.find("등록") != std::string::npos ||
       b.text.find("수정") != std::string::npos || b.text.find("송고") != std::string::npos ||
       b.text.find("업데이트") != std::string::npos || b.text.find("발행") != std::string::npos)) {
    LabeledDates d = FindKoreanLabeledDates(b.text);
    b.dateline = !d.published.empty() || !d.modified.empty();
    if (meta.labeled.published.empty()) meta.labeled.published = std::move(d.published);
    if (meta.labeled.modified.empty()) meta.labeled.modified = std::move(d.modified);
  }
  if (!b.dateline && b.chars < 60 && !ParseDate(b.text).empty()) b.dateline = true;
  if (meta.first_dateline.empty() && b.chars < 120 && b.link_chars * 2 < b.chars) {
    std::string d = ParseDate(b.text);
    if (d.find('T') != std::string::npos) meta.first_dateline = b.text;
  }
  blocks.push_back(std::move(b));
  buf_.clear();
  buf_chars_ = buf_link_chars_ = 0;
}

void Walker::Enter(GumboNode* node) {
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA ||
      node->type == GUMBO_NODE_WHITESPACE) {
    AppendText(node->v.text.text);
    return;
  }
  if (node->type != GUMBO_NODE_ELEMENT) return;
  const GumboElement& el = node->v.element;
  const GumboTag tag = el.tag;
  if (tag == GUMBO_TAG_META || tag == GUMBO_TAG_TITLE || tag == GUMBO_TAG_LINK ||
      tag == GUMBO_TAG_SCRIPT) {
    if (tag != GUMBO_TAG_TITLE || meta.title_tag.empty()) VisitHeadElement(el, node);
    if (tag == GUMBO_TAG_TITLE && !stack_.empty()) {
      // <title> inside <svg> or body: ignore beyond the first.
    }
    return;
  }
  if (tag == GUMBO_TAG_HTML) {
    if (const char* lang = Attr(el, "lang")) meta.lang = lang;
  }
  if (tag == GUMBO_TAG_TIME) {
    if (const char* dt = Attr(el, "datetime")) meta.time_datetimes.emplace_back(dt);
  }
  if (tag == GUMBO_TAG_BR) {
    if (!buf_.empty() && buf_.back() == '\n') {
      Flush();
    } else if (!buf_.empty()) {
      buf_ += '\n';
      pending_space_ = false;
    }
    return;
  }
  if (tag == GUMBO_TAG_HEAD) {
    // Head: only metadata.
    std::vector<GumboNode*> st = {node};
    while (!st.empty()) {
      GumboNode* n = st.back();
      st.pop_back();
      if (n->type != GUMBO_NODE_ELEMENT) continue;
      if (n != node) VisitHeadElement(n->v.element, n);
      const GumboVector& ch = n->v.element.children;
      for (unsigned i = ch.length; i-- > 0;) st.push_back(static_cast<GumboNode*>(ch.data[i]));
    }
    return;
  }
  if (IsSkippedTag(tag)) return;

  const int id = static_cast<int>(elems.size());
  Elem e;
  e.parent = stack_.empty() ? -1 : stack_.back().elem;
  e.tag = tag;
  ClassifyAttributes(el, &e);
  if (IsBoilerplateTag(tag)) e.flags |= kBoilerplate;
  if (tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6) e.flags |= kHeading;
  // itemprop/meta inside the body (microdata).
  if (const char* ip = Attr(el, "itemprop")) {
    const std::string key = LowerAscii(ip);
    const char* v = Attr(el, "content");
    if (v == nullptr) v = Attr(el, "datetime");
    if (v != nullptr) meta.metas.emplace_back(key, v);
  }
  if (tag == GUMBO_TAG_A) {
    const char* rel = Attr(el, "rel");
    if (rel && LowerAscii(rel) == "author") e.flags |= kByline;
  }
  elems.push_back(e);

  const bool is_block = IsBlockTag(tag);
  if (is_block) {
    Flush();
    block_stack_.push_back(id);
  }
  const bool is_link = tag == GUMBO_TAG_A;
  if (is_link) ++link_depth_;
  Frame f{node, 0, id, is_block, is_link, std::string::npos, 0};
  if (e.flags & (kByline | kDateHint)) {
    f.capture_start = buf_.size();
    f.blocks_at_entry = flushes_;
  }
  stack_.push_back(f);
}

void Walker::Exit(const Frame& f) {
  const Elem& e = elems[f.elem];
  if (f.capture_start != std::string::npos) {
    std::string text;
    if (f.is_block) {
      // Its own text was flushed as blocks since entry.
      Flush();
      for (size_t i = f.blocks_at_entry; i < blocks.size() && text.size() < 300; ++i) {
        if (i < blocks.size()) {
          if (!text.empty()) text += ' ';
          text += blocks[i].text;
        }
      }
    } else if (flushes_ == f.blocks_at_entry && f.capture_start <= buf_.size()) {
      text = buf_.substr(f.capture_start);
    }
    if (!text.empty() && text.size() < 300) {
      if (e.flags & kByline) meta.author_texts.push_back(text);
      if (e.flags & kDateHint) meta.date_texts.push_back(text);
    }
  }
  if (f.is_link) --link_depth_;
  if (e.tag >= GUMBO_TAG_H1 && e.tag <= GUMBO_TAG_H6) {
    if (e.tag == GUMBO_TAG_H1 && meta.h1.empty()) meta.h1 = buf_;
  }
  if (f.is_block) {
    Flush();
    block_stack_.pop_back();
  }
}

void Walker::Walk(GumboNode* root) {
  Enter(root);
  while (!stack_.empty()) {
    Frame& top = stack_.back();
    const GumboVector& ch = top.node->v.element.children;
    if (top.next_child < ch.length) {
      GumboNode* child = static_cast<GumboNode*>(ch.data[top.next_child++]);
      Enter(child);
      continue;
    }
    const Frame f = top;
    stack_.pop_back();
    Exit(f);
  }
  Flush();
}

// ---------------------------------------------------------------- scoring

float TagBonus(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_SECTION:
      return 5;
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_BLOCKQUOTE:
      return 3;
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_FORM:
      return -3;
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_TH:
      return -5;
    default:
      return 0;
  }
}

int CountCommas(std::string_view s) {
  int n = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == ',') ++n;
    // U+FF0C fullwidth comma, U+3001 ideographic comma.
    if (s.compare(i, 3, "\xEF\xBC\x8C") == 0 || s.compare(i, 3, "\xE3\x80\x81") == 0) ++n;
  }
  return n;
}

// Climbing from the best container to an ancestor needs this many more
// paragraph code points, paragraphs making this share of its text, and links
// at most this share.
constexpr int kClimbMinGain = 150;
constexpr int kClimbMinDensityPct = 70;
constexpr int kClimbMaxLinkPct = 10;

bool IsParagraph(const Block& b) { return b.chars >= 25 && b.link_chars * 2 <= b.chars; }

struct Selection {
  std::vector<uint8_t> keep;  // per elem: 1 when its text goes to the output
};

class ContentSelector {
 public:
  ContentSelector(std::vector<Elem>* elems, const std::vector<Block>& blocks)
      : elems_(*elems), blocks_(blocks) {}

  // Returns the output text; `strict` drops "unlikely" elements.
  std::string Select(bool strict, size_t max_bytes);

 private:
  bool Excluded(int e, bool strict) const {
    const Elem& el = elems_[e];
    if (el.flags & (kBoilerplate | kHidden)) return true;
    return strict && (el.flags & kUnlikely) && el.tag != GUMBO_TAG_BODY &&
           el.tag != GUMBO_TAG_HTML && el.tag != GUMBO_TAG_A;
  }

  std::vector<Elem>& elems_;
  const std::vector<Block>& blocks_;
};

std::string ContentSelector::Select(bool strict, size_t max_bytes) {
  const size_t n = elems_.size();
  // excluded[e]: e or an ancestor is boilerplate (parents come first).
  std::vector<uint8_t> excluded(n, 0);
  for (size_t e = 0; e < n; ++e) {
    const int p = elems_[e].parent;
    excluded[e] = (p >= 0 && excluded[p]) || Excluded(static_cast<int>(e), strict);
  }
  // Text and link totals per element over non-excluded blocks.
  for (Elem& el : elems_) {
    el.text_chars = el.link_chars = el.para_chars = 0;
    el.score = 0;
    el.scored = false;
  }
  for (const Block& b : blocks_) {
    if (excluded[b.elem]) continue;
    elems_[b.elem].text_chars += b.chars;
    elems_[b.elem].link_chars += b.link_chars;
    if (IsParagraph(b)) elems_[b.elem].para_chars += b.chars;
  }
  for (size_t e = n; e-- > 1;) {
    const int p = elems_[e].parent;
    if (p >= 0) {
      elems_[p].text_chars += elems_[e].text_chars;
      elems_[p].link_chars += elems_[e].link_chars;
      elems_[p].para_chars += elems_[e].para_chars;
    }
  }
  // Paragraph votes.
  for (const Block& b : blocks_) {
    if (excluded[b.elem] || b.chars < 25) continue;
    if (b.link_chars * 2 > b.chars) continue;
    const float content = 1.0f + CountCommas(b.text) + std::min(b.chars / 100, 3);
    int anc = elems_[b.elem].parent;
    // A text-holding div counts as its own paragraph's container too.
    if (b.tag == GUMBO_TAG_DIV || b.tag == GUMBO_TAG_TD || b.tag == GUMBO_TAG_SECTION ||
        b.tag == GUMBO_TAG_ARTICLE) {
      anc = b.elem;
    }
    for (int level = 0; anc >= 0 && level < 5; ++level, anc = elems_[anc].parent) {
      Elem& a = elems_[anc];
      if (!a.scored) {
        a.scored = true;
        a.score = TagBonus(a.tag) + (strict ? a.class_weight : 0);
      }
      const float divider = level == 0 ? 1.0f : (level == 1 ? 2.0f : level * 3.0f);
      a.score += content / divider;
    }
  }
  int best = -1;
  float best_score = 0;
  for (size_t e = 0; e < n; ++e) {
    Elem& el = elems_[e];
    if (!el.scored || excluded[e]) continue;
    const float ld = el.text_chars > 0 ? static_cast<float>(el.link_chars) / el.text_chars : 0;
    el.score *= (1.0f - ld);
    if (best < 0 || el.score > best_score) {
      best = static_cast<int>(e);
      best_score = el.score;
    }
  }
  if (best < 0) return "";
  // Climb while an ancestor holds clearly more paragraph text at a similar
  // density: the article is split over several containers (sections between
  // figures, "continued" blocks).
  {
    int a = elems_[best].parent;
    for (int level = 0; level < 8 && a >= 0; ++level, a = elems_[a].parent) {
      if (excluded[a] || elems_[a].tag == GUMBO_TAG_BODY || elems_[a].tag == GUMBO_TAG_HTML) break;
      const Elem& ae = elems_[a];
      const Elem& be = elems_[best];
      if (ae.para_chars <= be.para_chars + kClimbMinGain ||
          ae.para_chars * 4 <= be.para_chars * 5) {
        continue;  // a wrapper, or not enough gain yet: look further up
      }
      const bool dense = ae.para_chars * 100 > ae.text_chars * kClimbMinDensityPct &&
                         ae.link_chars * 100 < ae.text_chars * kClimbMaxLinkPct;
      if (!dense) break;
      best = a;
    }
  }
  // Siblings that score nearly as well join the article.
  std::vector<uint8_t> root(n, 0);
  root[best] = 1;
  const int parent = elems_[best].parent;
  if (parent >= 0) {
    const float threshold = std::max(10.0f, best_score * 0.2f);
    for (size_t e = best + 1; e < n; ++e) {
      (void)e;
      break;
    }
    // Children of `parent`: elements whose parent is `parent`.
    for (size_t e = parent + 1; e < n; ++e) {
      if (elems_[e].parent != parent || static_cast<int>(e) == best || excluded[e]) continue;
      const Elem& s = elems_[e];
      const float ld = s.text_chars > 0 ? static_cast<float>(s.link_chars) / s.text_chars : 1;
      if (s.scored && s.score >= threshold) {
        root[e] = 1;
      } else if (s.tag == GUMBO_TAG_P && ld < 0.25f && s.text_chars > 80) {
        root[e] = 1;
      }
    }
  }
  // keep[e]: inside a chosen root and not excluded.
  std::vector<uint8_t> keep(n, 0);
  for (size_t e = 0; e < n; ++e) {
    const int p = elems_[e].parent;
    keep[e] = !excluded[e] && (root[e] || (p >= 0 && keep[p]));
  }
  std::string out;
  for (const Block& b : blocks_) {
    if (!keep[b.elem]) continue;
    if (b.tag == GUMBO_TAG_H1 || b.dateline) continue;
    if (b.link_chars * 2 > b.chars) continue;
    if (out.size() + b.text.size() > max_bytes) break;
    if (!out.empty()) out += "\n\n";
    out += b.text;
  }
  return out;
}

// ---------------------------------------------------------------- metadata

const std::string* FindMeta(const PageMeta& m, std::string_view key) {
  for (const auto& [k, v] : m.metas) {
    if (k == key && !v.empty()) return &v;
  }
  return nullptr;
}

// Visits every object of a JSON-LD value (@graph arrays, lists).
template <typename Fn>
void ForEachJsonObject(const nlohmann::json& j, Fn&& fn, int depth = 0) {
  if (depth > 8) return;
  if (j.is_array()) {
    for (const auto& x : j) ForEachJsonObject(x, fn, depth + 1);
  } else if (j.is_object()) {
    fn(j);
    if (auto it = j.find("@graph"); it != j.end()) ForEachJsonObject(*it, fn, depth + 1);
  }
}

std::string JsonString(const nlohmann::json& j) {
  if (j.is_string()) return j.get<std::string>();
  if (j.is_array() && !j.empty()) return JsonString(j.front());
  if (j.is_object()) {
    if (auto it = j.find("name"); it != j.end()) return JsonString(*it);
  }
  return "";
}

bool IsArticleType(const nlohmann::json& obj) {
  auto it = obj.find("@type");
  if (it == obj.end()) return false;
  auto check = [](const std::string& t) {
    return t.find("Article") != std::string::npos || t == "BlogPosting" || t == "Report" ||
           t == "LiveBlogPosting" || t == "WebPage" || t == "NewsArticle";
  };
  if (it->is_string()) return check(it->get<std::string>());
  if (it->is_array()) {
    for (const auto& t : *it) {
      if (t.is_string() && check(t.get<std::string>())) return true;
    }
  }
  return false;
}

struct JsonLdMeta {
  std::string headline, published, modified, site_name, url, body;
  std::vector<std::string> authors;
  bool article = false;  // came from an *Article object (not a WebPage)
};

JsonLdMeta ReadJsonLd(const std::vector<std::string>& scripts) {
  JsonLdMeta out;
  for (const std::string& s : scripts) {
    nlohmann::json j = nlohmann::json::parse(s, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded()) j = nlohmann::json::parse(RepairJson(s), nullptr, false);
    if (j.is_discarded()) continue;
    ForEachJsonObject(j, [&](const nlohmann::json& obj) {
      if (!IsArticleType(obj)) return;
      const std::string type = JsonString(obj["@type"]);
      const bool is_article = type != "WebPage";
      // An Article object wins over a WebPage object.
      if (out.article && !is_article) return;
      auto get = [&](const char* key) -> std::string {
        auto it = obj.find(key);
        return it == obj.end() ? "" : JsonString(*it);
      };
      auto take = [&](std::string* slot, const char* key) {
        std::string v = get(key);
        if (!v.empty() && (slot->empty() || (is_article && !out.article))) *slot = std::move(v);
      };
      take(&out.headline, "headline");
      take(&out.published, "datePublished");
      take(&out.modified, "dateModified");
      take(&out.body, "articleBody");
      if (auto it = obj.find("publisher"); it != obj.end()) {
        std::string v = JsonString(*it);
        if (!v.empty() && out.site_name.empty()) out.site_name = v;
      }
      if (auto it = obj.find("author"); it != obj.end() && out.authors.empty()) {
        if (it->is_array()) {
          for (const auto& a : *it) {
            std::string v = JsonString(a);
            if (!v.empty()) out.authors.push_back(std::move(v));
          }
        } else {
          std::string v = JsonString(*it);
          if (!v.empty()) out.authors.push_back(std::move(v));
        }
      }
      if (is_article) out.article = true;
    });
  }
  return out;
}

// JSON-LD articleBody: one paragraph per non-empty line, whitespace collapsed.
std::string JsonLdBodyText(std::string_view body) {
  std::string out;
  size_t start = 0;
  while (start < body.size()) {
    size_t nl = body.find('\n', start);
    if (nl == std::string_view::npos) nl = body.size();
    std::string line = CollapseWhitespace(body.substr(start, nl - start));
    if (!line.empty()) {
      if (!out.empty()) out += "\n\n";
      out += line;
    }
    start = nl + 1;
  }
  return out;
}

// Pages built by JavaScript frameworks (Next.js and the like) may carry the
// article only as an HTML string inside their page data:
// `"contentHtml":"\u003cp\u003e..."`. Returns that HTML, unescaped, or "".
std::string ScriptDataArticleHtml(std::string_view page, size_t max_bytes) {
  static constexpr std::string_view kKeys[] = {"\"contentHtml\":\"", "\"articleHtml\":\"",
                                               "\"bodyHtml\":\"", "\"content_html\":\""};
  std::string best;
  for (std::string_view key : kKeys) {
    for (size_t at = page.find(key); at != std::string_view::npos; at = page.find(key, at + 1)) {
      // The JSON string runs to the first unescaped quote.
      const size_t open = at + key.size() - 1;
      size_t i = open + 1;
      while (i < page.size() && page[i] != '"' && i - open < max_bytes)
        i += page[i] == '\\' ? 2 : 1;
      if (i >= page.size() || page[i] != '"') continue;
      const nlohmann::json value = nlohmann::json::parse(page.substr(open, i - open + 1), nullptr,
                                                         /*allow_exceptions=*/false);
      if (!value.is_string()) continue;
      std::string html = value.get<std::string>();
      if (html.size() > best.size()) best = std::move(html);
    }
  }
  return best;
}

// True when `iso` carries a time of day ("T").
bool HasTime(const std::string& iso) { return iso.find('T') != std::string::npos; }

// `page` is the decoded HTML, searched for script data only when the
// metadata and the markup give no published date.
void FillMetadata(const PageMeta& m, const JsonLdMeta& ld, std::string_view url,
                  std::string_view page, Document* doc) {
  auto meta = [&](std::string_view key) -> std::string {
    const std::string* v = FindMeta(m, key);
    return v ? CollapseWhitespace(*v) : std::string();
  };
  // Site name.
  doc->site_name = meta("og:site_name");
  if (doc->site_name.empty()) doc->site_name = CollapseWhitespace(ld.site_name);
  if (doc->site_name.empty()) doc->site_name = meta("application-name");
  // Canonical URL.
  std::string canonical = m.canonical;
  if (canonical.empty()) canonical = meta("og:url");
  if (!canonical.empty()) {
    doc->canonical_url =
        ResolveUrl(url.empty() ? std::string_view(meta("og:url")) : url, canonical);
  }
  const std::string base_url = !url.empty() ? std::string(url) : doc->canonical_url;
  // Language (checked against the text later).
  std::string lang = m.lang;
  if (lang.empty()) lang = meta("content-language");
  if (lang.empty()) lang = meta("og:locale");
  if (lang.empty()) lang = meta("inlanguage");
  doc->lang = CheckLanguage(lang, doc->text);
  const bool korean = doc->lang == "ko" || utf8::ContainsHangul(doc->title) ||
                      base_url.find(".kr/") != std::string::npos ||
                      utf8::MostlyHangul(doc->text.substr(0, 2000));
  std::optional<int> default_offset;
  if (korean) default_offset = kKstMinutes;
  // Title.
  std::string title = meta("og:title");
  if (title.empty()) title = meta("twitter:title");
  if (title.empty()) title = CollapseWhitespace(ld.headline);
  if (title.empty()) title = CollapseWhitespace(m.title_tag);
  if (title.empty()) title = CollapseWhitespace(m.h1);
  doc->title = CleanTitle(title, doc->site_name, base_url, m.h1);
  // Dates, most trustworthy first.
  auto first_date = [&](std::initializer_list<std::string_view> keys) -> std::string {
    for (std::string_view k : keys) {
      const std::string v = meta(k);
      if (v.empty()) continue;
      std::string d = ParseDate(v, default_offset);
      if (!d.empty()) return d;
    }
    return "";
  };
  // The first source with a date wins; a day without a time gives way to
  // the first later source with a time on that day ("2019-11-20" from the
  // metadata, "2019-11-20T13:38:00" from the dateline).
  std::string published;
  auto consider = [&](std::string d) {
    if (d.empty()) return;
    if (published.empty() || (!HasTime(published) && HasTime(d) && d.starts_with(published))) {
      published = std::move(d);
    }
  };
  auto settled = [&] { return HasTime(published); };
  consider(ParseDate(ld.published, default_offset));
  if (!settled()) {
    consider(first_date({"article:published_time",
                         "og:article:published_time",
                         "og:published_time",
                         "datepublished",
                         "article:published",
                         "pubdate",
                         "publishdate",
                         "publish-date",
                         "publish_date",
                         "publication_date",
                         "sailthru.date",
                         "parsely-pub-date",
                         "dc.date.issued",
                         "dc.date",
                         "dcterms.created",
                         "date",
                         "article.published",
                         "nv:news:date",
                         "dable:published_time",
                         "content_publish_date",
                         "citation_publication_date"}));
  }
  if (!settled()) consider(m.labeled.published);
  for (size_t i = 0; i < m.time_datetimes.size() && !settled(); ++i) {
    consider(ParseDate(m.time_datetimes[i], default_offset));
  }
  // Dates kept for scripts (data-deploy-dt="...", "publishedAt": ...) come
  // after the markup meant for machines and before guesses from visible text.
  LabeledDates data_dates;
  if (!settled()) {
    data_dates = FindPageDataDates(page, default_offset);
    consider(data_dates.published);
  }
  // Visible dates last; one labelled "Updated ..." is not the published one.
  std::string text_modified;
  auto consider_text = [&](const std::string& t) {
    const LabeledDates l = FindEnglishLabeledDates(t, default_offset);
    if (text_modified.empty()) text_modified = l.modified;
    if (!l.published.empty()) {
      consider(l.published);
    } else if (l.modified.empty()) {
      consider(ParseDate(t, default_offset));
    }
  };
  for (size_t i = 0; i < m.date_texts.size() && !settled(); ++i) consider_text(m.date_texts[i]);
  if (!settled() && !m.first_dateline.empty()) consider_text(m.first_dateline);
  doc->published_at = published;
  std::string modified = ParseDate(ld.modified, default_offset);
  if (modified.empty()) {
    modified = first_date({"article:modified_time", "og:updated_time", "og:article:modified_time",
                           "datemodified", "article:modified", "last-modified", "dcterms.modified",
                           "dable:modified_time"});
  }
  if (modified.empty()) modified = m.labeled.modified;
  if (modified.empty()) modified = data_dates.modified;
  if (modified.empty()) modified = text_modified;
  doc->modified_at = modified;
  // Authors: the first source that names a person. Names of the publication
  // ("한국일보" in one <meta name=author>, "신현주 기자" in the next) do not
  // count. Byline elements are only read when the metadata held no names at
  // all, or only the publication's: after a metadata "Reuters" or "Staff",
  // the byline holds the same plus a dateline ("Reuters, Washington").
  // twitter:creator, mostly the outlet's account, comes last.
  bool non_names = false;
  auto try_source = [&](const std::vector<std::string>& raw) {
    if (!doc->authors.empty()) return;
    std::vector<std::string> given;
    for (const std::string& r : raw) {
      if (!CollapseWhitespace(r).empty()) given.push_back(r);
    }
    if (given.empty()) return;
    const std::vector<std::string> cleaned = CleanAuthors(given);
    doc->authors = DropPublisherNames(cleaned, doc->site_name, base_url);
    non_names = non_names || cleaned.empty();
  };
  try_source(ld.authors);
  for (std::string_view k : {"author", "article:author", "dc.creator", "byl", "sailthru.author",
                             "parsely-author", "dable:author"}) {
    std::vector<std::string> raw;
    for (const auto& [key, value] : m.metas) {
      if (key == k && value.find("://") == std::string::npos && !value.starts_with("@")) {
        raw.push_back(value);
      }
    }
    try_source(raw);
  }
  if (!non_names) {
    try_source(std::vector<std::string>(
        m.author_texts.begin(),
        m.author_texts.begin() + std::min<size_t>(3, m.author_texts.size())));
  }
  if (const std::string v = meta("twitter:creator"); !v.empty() && !v.starts_with("@")) {
    try_source({v});
  }
}

struct GumboOutputDeleter {
  void operator()(GumboOutput* o) const { gumbo_destroy_output(&kGumboDefaultOptions, o); }
};

}  // namespace

StatusOr<Document> ExtractHtml(std::string_view bytes, std::string_view source,
                               std::string_view url, std::string_view http_content_type,
                               const HtmlExtractOptions& options) {
  const std::string name(source.empty() ? "<html>" : source);
  if (bytes.size() > options.max_input_bytes) {
    return Status::ResourceExhausted(name + ": " + std::to_string(bytes.size()) +
                                     " bytes is over the " +
                                     std::to_string(options.max_input_bytes) + "-byte limit");
  }
  DecodedText decoded = DecodeHtmlToUtf8(bytes, http_content_type);
  const std::string pruned =
      options.drop_script_bodies ? DropScriptAndStyleBodies(decoded.text) : std::string();
  const std::string& parsed = options.drop_script_bodies ? pruned : decoded.text;
  if (EstimateMaxDepth(parsed, options.max_dom_depth) > options.max_dom_depth) {
    return Status::ResourceExhausted(name + ": tags nest deeper than " +
                                     std::to_string(options.max_dom_depth) + " levels");
  }
  std::unique_ptr<GumboOutput, GumboOutputDeleter> output(
      gumbo_parse_with_options(&kGumboDefaultOptions, parsed.data(), parsed.size()));
  if (!output) return Status::Internal(name + ": gumbo failed to parse the page");

  Walker walker(options.max_text_bytes);
  walker.Walk(output->root);

  ContentSelector selector(&walker.elems, walker.blocks);
  std::string text = selector.Select(/*strict=*/true, options.max_text_bytes);
  if (CodePoints(text) < 200) {
    std::string relaxed = selector.Select(/*strict=*/false, options.max_text_bytes);
    if (relaxed.size() > text.size()) text = std::move(relaxed);
  }
  // Pages rendered by JavaScript may carry the article only in their
  // JSON-LD: use it when it is clearly longer than what the DOM gave.
  const JsonLdMeta ld = ReadJsonLd(walker.meta.json_ld);
  if (!ld.body.empty() && ld.body.size() < options.max_text_bytes) {
    const size_t ld_chars = CodePoints(ld.body);
    if (ld_chars > 3 * CodePoints(text) / 2 + 100) text = JsonLdBodyText(ld.body);
  }
  if (CodePoints(text) < 200) {
    // The article may sit in the page's script data as an HTML string.
    const std::string html = ScriptDataArticleHtml(decoded.text, options.max_text_bytes);
    if (!html.empty()) {
      std::unique_ptr<GumboOutput, GumboOutputDeleter> fragment(
          gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size()));
      if (fragment) {
        Walker inner(options.max_text_bytes);
        inner.Walk(fragment->root);
        ContentSelector inner_selector(&inner.elems, inner.blocks);
        std::string from_data = inner_selector.Select(/*strict=*/false, options.max_text_bytes);
        if (CodePoints(from_data) > CodePoints(text)) text = std::move(from_data);
      }
    }
  }
  if (text.empty()) return Status::InvalidArgument(name + ": no article text found");

  Document doc;
  doc.source = std::string(source);
  doc.url = std::string(url);
  doc.charset = std::move(decoded.charset);
  doc.text = std::move(text);
  FillMetadata(walker.meta, ld, url, decoded.text, &doc);
  return doc;
}

}  // namespace ng::ingest
