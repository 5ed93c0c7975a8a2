#include "ingest/feed.h"

#include <gumbo.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <set>

#include "ingest/charset.h"
#include "ingest/feed_xml.h"
#include "ingest/url.h"

namespace ng::ingest {
namespace {

constexpr char kAtomNs[] = "http://www.w3.org/2005/Atom";
constexpr char kAtom03Ns[] = "http://purl.org/atom/ns#";
constexpr char kRdfNs[] = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
constexpr char kDcNs[] = "http://purl.org/dc/elements/1.1/";
constexpr char kContentNs[] = "http://purl.org/rss/1.0/modules/content/";

std::string ToLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f'; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

// Collapses runs of whitespace (ASCII and U+00A0) to one space and trims.
std::string CollapseSpace(std::string_view s) {
  std::string out;
  bool space = false;
  for (size_t i = 0; i < s.size(); ++i) {
    bool nbsp = static_cast<unsigned char>(s[i]) == 0xC2 && i + 1 < s.size() &&
                static_cast<unsigned char>(s[i + 1]) == 0xA0;
    if (IsSpace(s[i]) || nbsp) {
      space = true;
      if (nbsp) ++i;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += s[i];
  }
  return out;
}

// Cuts `s` to at most `max` bytes without splitting a UTF-8 sequence.
void TruncateUtf8(std::string* s, size_t max) {
  if (s->size() <= max) return;
  size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>((*s)[cut]) & 0xC0) == 0x80) --cut;
  s->resize(cut);
}

void GumboText(const GumboNode* node, std::string* out) {
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
      node->type == GUMBO_NODE_CDATA) {
    out->append(node->v.text.text);
    return;
  }
  if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT) return;
  const GumboVector* children =
      node->type == GUMBO_NODE_ELEMENT ? &node->v.element.children : &node->v.document.children;
  if (node->type == GUMBO_NODE_ELEMENT) {
    GumboTag tag = node->v.element.tag;
    if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE) return;
    if (tag == GUMBO_TAG_BR || tag == GUMBO_TAG_P || tag == GUMBO_TAG_DIV) out->push_back(' ');
  }
  for (unsigned i = 0; i < children->length; ++i) {
    GumboText(static_cast<const GumboNode*>(children->data[i]), out);
  }
}

// Feed titles and descriptions often carry escaped HTML ("&lt;p&gt;..."):
// after XML unescaping that is markup, which an HTML parser turns into text.
std::string PlainText(std::string_view s) {
  if (s.find_first_of("<&") == std::string_view::npos) return CollapseSpace(s);
  std::string input(s);
  GumboOutput* output = gumbo_parse_with_options(&kGumboDefaultOptions, input.data(), input.size());
  std::string text;
  GumboText(output->root, &text);
  gumbo_destroy_output(&kGumboDefaultOptions, output);
  return CollapseSpace(text);
}

std::string CharsetFromContentType(std::string_view content_type) {
  std::string lower = ToLower(content_type);
  size_t pos = lower.find("charset=");
  if (pos == std::string::npos) return "";
  std::string_view v = std::string_view(content_type).substr(pos + 8);
  v = v.substr(0, v.find(';'));
  v = Trim(v);
  if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'')) v = v.substr(1, v.size() - 2);
  return std::string(v);
}

// The encoding="..." of an ASCII-compatible XML declaration, or "".
std::string DeclaredXmlEncoding(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  if (bytes.substr(0, 5) != "<?xml") return "";
  size_t end = bytes.find("?>");
  if (end == std::string_view::npos || end > 512) return "";
  std::string_view decl = bytes.substr(0, end);
  size_t pos = decl.find("encoding");
  if (pos == std::string_view::npos) return "";
  pos = decl.find_first_of("\"'", pos);
  if (pos == std::string_view::npos) return "";
  size_t close = decl.find(decl[pos], pos + 1);
  if (close == std::string_view::npos) return "";
  return std::string(Trim(decl.substr(pos + 1, close - pos - 1)));
}

void InitLibxml() {
  static std::once_flag once;
  std::call_once(once, [] { xmlInitParser(); });
}

// First child element called `name`; `ns` nullptr = any namespace, "" = none.
const xmlNode* FirstChild(const xmlNode* parent, std::string_view name, const char* ns = nullptr) {
  for (const xmlNode* c = parent->children; c != nullptr; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    if (feed_xml::LocalName(c) == name && (ns == nullptr || feed_xml::NamespaceOf(c) == ns)) {
      return c;
    }
  }
  return nullptr;
}

std::string ChildText(const xmlNode* parent, std::string_view name, const char* ns = nullptr) {
  const xmlNode* c = FirstChild(parent, name, ns);
  return c == nullptr ? "" : feed_xml::Text(c);
}

std::string Resolve(std::string_view base, std::string_view ref) {
  if (Trim(ref).empty()) return "";
  StatusOr<std::string> r = ResolveHttpUrl(base, ref);
  return r.ok() ? *r : "";
}

// xml:base of `node` (Atom), resolved against the document URL.
std::string BaseOf(const xmlNode* node, std::string_view feed_url) {
  xmlChar* base = xmlNodeGetBase(node->doc, node);
  if (base == nullptr) return std::string(feed_url);
  std::string b = Resolve(feed_url, reinterpret_cast<const char*>(base));
  xmlFree(base);
  return b.empty() ? std::string(feed_url) : b;
}

void SetDate(FeedItem* item, const std::string& raw) {
  item->date_raw = raw;
  item->date = FeedDateToIso8601(raw);
}

void FinishItem(FeedItem* item, const FeedOptions& options) {
  item->title = PlainText(item->title);
  item->summary = PlainText(item->summary);
  TruncateUtf8(&item->summary, options.max_summary_bytes);
}

void ParseRss2(const xmlNode* root, std::string_view url, const FeedOptions& options, Feed* feed) {
  feed->format = FeedFormat::kRss2;
  const xmlNode* channel = FirstChild(root, "channel");
  if (channel == nullptr) return;
  feed->title = PlainText(ChildText(channel, "title"));
  feed->link = Resolve(url, ChildText(channel, "link", ""));
  for (const xmlNode* n = channel->children; n != nullptr; n = n->next) {
    if (n->type != XML_ELEMENT_NODE || feed_xml::LocalName(n) != "item" ||
        !feed_xml::NamespaceOf(n).empty()) {
      continue;
    }
    if (feed->items.size() >= options.max_items) break;
    FeedItem item;
    item.title = ChildText(n, "title", "");
    const xmlNode* guid = FirstChild(n, "guid", "");
    if (guid != nullptr) item.guid = feed_xml::Text(guid);
    std::string link = ChildText(n, "link", "");
    if (Trim(link).empty() && guid != nullptr &&
        ToLower(feed_xml::Attr(guid, "isPermaLink")) != "false") {
      link = item.guid;
    }
    item.link = Resolve(url, link);
    std::string date = ChildText(n, "pubDate", "");
    if (date.empty()) date = ChildText(n, "date", kDcNs);
    SetDate(&item, date);
    item.summary = ChildText(n, "description", "");
    if (Trim(item.summary).empty()) item.summary = ChildText(n, "encoded", kContentNs);
    FinishItem(&item, options);
    feed->items.push_back(std::move(item));
  }
}

void ParseRss1(const xmlNode* root, std::string_view url, const FeedOptions& options, Feed* feed) {
  feed->format = FeedFormat::kRss1;
  if (const xmlNode* channel = FirstChild(root, "channel")) {
    feed->title = PlainText(ChildText(channel, "title"));
    feed->link = Resolve(url, ChildText(channel, "link"));
  }
  for (const xmlNode* n = root->children; n != nullptr; n = n->next) {
    if (n->type != XML_ELEMENT_NODE || feed_xml::LocalName(n) != "item") continue;
    if (feed->items.size() >= options.max_items) break;
    FeedItem item;
    item.title = ChildText(n, "title");
    xmlChar* about = xmlGetNsProp(n, BAD_CAST "about", BAD_CAST kRdfNs);
    if (about != nullptr) {
      item.guid = reinterpret_cast<const char*>(about);
      xmlFree(about);
    }
    std::string link = ChildText(n, "link");
    item.link = Resolve(url, Trim(link).empty() ? item.guid : link);
    SetDate(&item, ChildText(n, "date", kDcNs));
    item.summary = ChildText(n, "description");
    if (Trim(item.summary).empty()) item.summary = ChildText(n, "encoded", kContentNs);
    FinishItem(&item, options);
    feed->items.push_back(std::move(item));
  }
}

// The href of the entry's alternate link: rel absent or "alternate", an
// HTML type preferred.
std::string AtomLink(const xmlNode* parent, std::string_view url) {
  std::string best;
  bool best_is_html = false;
  for (const xmlNode* c = parent->children; c != nullptr; c = c->next) {
    if (c->type != XML_ELEMENT_NODE || feed_xml::LocalName(c) != "link") continue;
    std::string rel = ToLower(feed_xml::Attr(c, "rel"));
    if (!rel.empty() && rel != "alternate") continue;
    std::string href = feed_xml::Attr(c, "href");
    if (href.empty()) continue;
    std::string type = ToLower(feed_xml::Attr(c, "type"));
    bool html = type.empty() || type == "text/html" || type == "application/xhtml+xml";
    if (best.empty() || (html && !best_is_html)) {
      std::string resolved = Resolve(BaseOf(c, url), href);
      if (resolved.empty()) continue;
      best = resolved;
      best_is_html = html;
    }
  }
  return best;
}

void ParseAtom(const xmlNode* root, std::string_view url, const FeedOptions& options, Feed* feed) {
  feed->format = FeedFormat::kAtom;
  const std::string ns_string(feed_xml::NamespaceOf(root));
  const char* ns = ns_string.c_str();
  feed->title = PlainText(ChildText(root, "title", ns));
  feed->link = AtomLink(root, url);
  for (const xmlNode* n = root->children; n != nullptr; n = n->next) {
    if (n->type != XML_ELEMENT_NODE || feed_xml::LocalName(n) != "entry") continue;
    if (feed->items.size() >= options.max_items) break;
    FeedItem item;
    item.title = ChildText(n, "title", ns);
    item.guid = ChildText(n, "id", ns);
    item.link = AtomLink(n, url);
    std::string date = ChildText(n, "published", ns);
    if (date.empty()) date = ChildText(n, "issued", ns);  // Atom 0.3
    if (date.empty()) date = ChildText(n, "updated", ns);
    if (date.empty()) date = ChildText(n, "modified", ns);  // Atom 0.3
    SetDate(&item, date);
    item.summary = ChildText(n, "summary", ns);
    if (Trim(item.summary).empty()) item.summary = ChildText(n, "content", ns);
    FinishItem(&item, options);
    feed->items.push_back(std::move(item));
  }
}

// ---------------------------------------------------------------- dates

int MonthFromName(std::string_view name) {
  static const char* const kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                        "jul", "aug", "sep", "oct", "nov", "dec"};
  if (name.size() < 3) return 0;
  std::string lower = ToLower(name.substr(0, 3));
  for (int i = 0; i < 12; ++i) {
    if (lower == kMonths[i]) return i + 1;
  }
  return 0;
}

// Offset in minutes of an RFC 822 zone, or false.
bool ZoneOffset(std::string_view zone, int* minutes) {
  if (zone.empty()) return false;
  if ((zone[0] == '+' || zone[0] == '-') && zone.size() >= 5) {
    std::string digits;
    for (char c : zone.substr(1)) {
      if (c >= '0' && c <= '9') digits += c;
    }
    if (digits.size() != 4) return false;
    int v = std::atoi(digits.substr(0, 2).c_str()) * 60 + std::atoi(digits.substr(2).c_str());
    *minutes = zone[0] == '-' ? -v : v;
    return true;
  }
  static const struct {
    const char* name;
    int hours;
  } kZones[] = {{"gmt", 0},  {"ut", 0},   {"utc", 0},  {"z", 0},    {"est", -5},
                {"edt", -4}, {"cst", -6}, {"cdt", -5}, {"mst", -7}, {"mdt", -6},
                {"pst", -8}, {"pdt", -7}, {"kst", 9},  {"jst", 9}};
  std::string lower = ToLower(zone);
  for (const auto& z : kZones) {
    if (lower == z.name) {
      *minutes = z.hours * 60;
      return true;
    }
  }
  return false;
}

bool ValidDate(int y, int mo, int d, int h, int mi, int s) {
  return y >= 1970 && y <= 2200 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h >= 0 && h <= 23 &&
         mi >= 0 && mi <= 59 && s >= 0 && s <= 60;
}

std::string FormatIso(int y, int mo, int d, int h, int mi, int s, const int* offset) {
  char buf[64];
  if (offset == nullptr) {
    std::snprintf(buf, sizeof(buf), "%04d-%02d-%02dT%02d:%02d:%02d", y, mo, d, h, mi, s);
  } else {
    int off = *offset < 0 ? -*offset : *offset;
    std::snprintf(buf, sizeof(buf), "%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d", y, mo, d, h, mi, s,
                  *offset < 0 ? '-' : '+', off / 60, off % 60);
  }
  return buf;
}

std::string ParseRfc3339(std::string_view s) {
  int y, mo, d, n = 0;
  std::string str(s);
  if (std::sscanf(str.c_str(), "%4d-%2d-%2d%n", &y, &mo, &d, &n) != 3 || n != 10) return "";
  if (str.size() == 10) {
    if (!ValidDate(y, mo, d, 0, 0, 0)) return "";
    char buf[16];
    std::snprintf(buf, sizeof(buf), "%04d-%02d-%02d", y, mo, d);
    return buf;
  }
  if (str[10] != 'T' && str[10] != 't' && str[10] != ' ') return "";
  int h, mi, sec = 0, m = 0;
  const char* p = str.c_str() + 11;
  if (std::sscanf(p, "%2d:%2d%n", &h, &mi, &m) != 2 || m != 5) return "";
  p += m;
  if (*p == ':') {
    if (std::sscanf(p + 1, "%2d%n", &sec, &m) != 1 || m != 2) return "";
    p += 3;
  }
  if (*p == '.' || *p == ',') {
    ++p;
    while (*p >= '0' && *p <= '9') ++p;
  }
  std::string_view zone = Trim(std::string_view(p));
  if (!ValidDate(y, mo, d, h, mi, sec)) return "";
  if (zone.empty()) return FormatIso(y, mo, d, h, mi, sec, nullptr);
  int offset = 0;
  if (zone == "Z" || zone == "z") return FormatIso(y, mo, d, h, mi, sec, &offset);
  if ((zone[0] == '+' || zone[0] == '-') && ZoneOffset(zone, &offset)) {
    return FormatIso(y, mo, d, h, mi, sec, &offset);
  }
  return "";
}

std::string ParseRfc822(std::string_view s) {
  // Tokens split on spaces and commas: [Day] DD Mon YYYY HH:MM[:SS] [zone].
  std::vector<std::string> tok;
  std::string cur;
  for (char c : s) {
    if (IsSpace(c) || c == ',') {
      if (!cur.empty()) tok.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) tok.push_back(cur);
  size_t i = 0;
  if (i < tok.size() && !tok[i].empty() && !(tok[i][0] >= '0' && tok[i][0] <= '9')) ++i;  // weekday
  if (tok.size() < i + 4) return "";
  int d = std::atoi(tok[i].c_str());
  int mo = MonthFromName(tok[i + 1]);
  int y = std::atoi(tok[i + 2].c_str());
  if (tok[i + 2].size() == 2) y += y < 50 ? 2000 : 1900;
  int h = 0, mi = 0, sec = 0;
  if (std::sscanf(tok[i + 3].c_str(), "%d:%d:%d", &h, &mi, &sec) < 2) return "";
  if (mo == 0 || !ValidDate(y, mo, d, h, mi, sec)) return "";
  int offset = 0;
  if (tok.size() > i + 4) {
    std::string zone = tok[i + 4];
    if (!ZoneOffset(zone, &offset)) return FormatIso(y, mo, d, h, mi, sec, nullptr);
    return FormatIso(y, mo, d, h, mi, sec, &offset);
  }
  return FormatIso(y, mo, d, h, mi, sec, nullptr);
}

}  // namespace

// ---------------------------------------------------------------- feed_xml

namespace feed_xml {

StatusOr<Doc> Parse(std::string_view bytes, std::string_view url, std::string_view what,
                    std::string_view http_content_type, size_t max_bytes, std::string* charset) {
  if (bytes.size() > max_bytes) {
    return Status::ResourceExhausted(std::string(what) + ": " + std::to_string(bytes.size()) +
                                     " bytes is over the limit of " + std::to_string(max_bytes));
  }
  InitLibxml();
  std::string declared = DeclaredXmlEncoding(bytes);
  if (declared.empty()) declared = CharsetFromContentType(http_content_type);
  DecodedText decoded = DecodeTextToUtf8(bytes, declared);
  if (charset != nullptr) *charset = decoded.charset;
  if (decoded.text.size() > static_cast<size_t>(INT32_MAX)) {
    return Status::ResourceExhausted(std::string(what) + ": too large");
  }

  xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
  if (ctxt == nullptr) return Status::Internal(std::string(what) + ": out of memory");
  // No XML_PARSE_NOENT (entities stay references), no XML_PARSE_DTDLOAD /
  // DTDATTR / DTDVALID (no external DTD), no XML_PARSE_HUGE (libxml2's
  // default limits stay on), XML_PARSE_NONET (no network even if asked).
  // XML_PARSE_IGNORE_ENC: the text is UTF-8 now, whatever the declaration says.
  const int kOptions = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                       XML_PARSE_RECOVER | XML_PARSE_IGNORE_ENC | XML_PARSE_NOCDATA |
                       XML_PARSE_COMPACT;
  std::string doc_url(url);
  xmlDoc* doc = xmlCtxtReadMemory(ctxt, decoded.text.data(), static_cast<int>(decoded.text.size()),
                                  doc_url.c_str(), "UTF-8", kOptions);
  const xmlError* err = xmlCtxtGetLastError(ctxt);
  std::string message;
  int line = 0;
  int code = 0;
  if (err != nullptr && err->code != XML_ERR_OK) {
    code = err->code;
    line = err->line;
    message = err->message != nullptr ? err->message : "XML error";
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) {
      message.pop_back();
    }
  }
  xmlFreeParserCtxt(ctxt);
  // Entity loops and amplification are attacks or broken feeds: no partial
  // document is used. Other errors (an undeclared &nbsp; ...) are recovered.
  bool fatal = code == XML_ERR_ENTITY_LOOP || code == XML_ERR_NO_MEMORY ||
               code == XML_ERR_ENTITY_BOUNDARY ||
               message.find("amplification") != std::string::npos;
  if (doc == nullptr || fatal || xmlDocGetRootElement(doc) == nullptr) {
    if (doc != nullptr) xmlFreeDoc(doc);
    if (message.empty()) message = "not an XML document";
    return Status::InvalidArgument(std::string(what) + ": " +
                                   (line > 0 ? "line " + std::to_string(line) + ": " : "") +
                                   message);
  }
  return Doc(doc);
}

std::string_view LocalName(const xmlNode* node) {
  if (node == nullptr || node->type != XML_ELEMENT_NODE || node->name == nullptr) return {};
  return reinterpret_cast<const char*>(node->name);
}

std::string_view NamespaceOf(const xmlNode* node) {
  if (node == nullptr || node->ns == nullptr || node->ns->href == nullptr) return {};
  return reinterpret_cast<const char*>(node->ns->href);
}

namespace {
void AppendText(const xmlNode* node, std::string* out) {
  for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
      if (c->content != nullptr) out->append(reinterpret_cast<const char*>(c->content));
    } else if (c->type == XML_ELEMENT_NODE) {
      AppendText(c, out);  // Atom type="xhtml" content
    }
    // XML_ENTITY_REF_NODE: deliberately not followed (no entity expansion).
  }
}
}  // namespace

std::string Text(const xmlNode* node) {
  std::string out;
  AppendText(node, &out);
  return std::string(Trim(out));
}

std::string Attr(const xmlNode* node, const char* name) {
  xmlChar* v = xmlGetNoNsProp(node, BAD_CAST name);
  if (v == nullptr) return "";
  std::string out(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return std::string(Trim(out));
}

}  // namespace feed_xml

// ---------------------------------------------------------------- public API

const char* FeedFormatName(FeedFormat format) {
  switch (format) {
    case FeedFormat::kRss2:
      return "rss2";
    case FeedFormat::kRss1:
      return "rss1";
    case FeedFormat::kAtom:
      return "atom";
  }
  return "?";
}

StatusOr<Feed> ParseFeed(std::string_view bytes, std::string_view feed_url,
                         std::string_view http_content_type, const FeedOptions& options) {
  const std::string what = "feed " + RedactUrl(feed_url);
  Feed feed;
  StatusOr<feed_xml::Doc> doc =
      feed_xml::Parse(bytes, feed_url, what, http_content_type, options.max_bytes, &feed.charset);
  if (!doc.ok()) return doc.status();
  const xmlNode* root = xmlDocGetRootElement(doc->get());
  std::string_view name = feed_xml::LocalName(root);
  std::string_view ns = feed_xml::NamespaceOf(root);
  if (name == "rss") {
    ParseRss2(root, feed_url, options, &feed);
  } else if (name == "RDF" && ns == kRdfNs) {
    ParseRss1(root, feed_url, options, &feed);
  } else if (name == "feed" && (ns == kAtomNs || ns == kAtom03Ns || ns.empty())) {
    ParseAtom(root, feed_url, options, &feed);
  } else {
    return Status::InvalidArgument(what + ": root element <" + std::string(name) +
                                   "> is not rss, RDF or feed");
  }
  return feed;
}

std::string FeedDateToIso8601(std::string_view date) {
  date = Trim(date);
  if (date.empty()) return "";
  if (date.size() >= 10 && date[4] == '-' && date[7] == '-') return ParseRfc3339(date);
  return ParseRfc822(date);
}

// ---------------------------------------------------------------- discovery

namespace {

const char* GumboAttr(const GumboNode* node, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
  return a == nullptr ? nullptr : a->value;
}

bool HasToken(std::string_view list, std::string_view token) {
  std::string lower = ToLower(list);
  size_t pos = 0;
  while (pos < lower.size()) {
    while (pos < lower.size() && IsSpace(lower[pos])) ++pos;
    size_t end = pos;
    while (end < lower.size() && !IsSpace(lower[end])) ++end;
    if (std::string_view(lower).substr(pos, end - pos) == token) return true;
    pos = end;
  }
  return false;
}

void CollectLinks(const GumboNode* node, std::vector<const GumboNode*>* links,
                  const GumboNode** base) {
  if (node->type != GUMBO_NODE_ELEMENT) return;
  if (node->v.element.tag == GUMBO_TAG_LINK) links->push_back(node);
  if (node->v.element.tag == GUMBO_TAG_BASE && *base == nullptr && GumboAttr(node, "href")) {
    *base = node;
  }
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    CollectLinks(static_cast<const GumboNode*>(children.data[i]), links, base);
  }
}

}  // namespace

std::vector<FeedLink> DiscoverFeeds(std::string_view html, std::string_view page_url) {
  std::string input(html);
  GumboOutput* output = gumbo_parse_with_options(&kGumboDefaultOptions, input.data(), input.size());
  std::vector<const GumboNode*> links;
  const GumboNode* base_node = nullptr;
  CollectLinks(output->root, &links, &base_node);
  std::string base(page_url);
  if (base_node != nullptr) {
    std::string b = Resolve(page_url, GumboAttr(base_node, "href"));
    if (!b.empty()) base = b;
  }
  std::vector<FeedLink> out;
  std::set<std::string> seen;
  for (const GumboNode* link : links) {
    const char* rel = GumboAttr(link, "rel");
    const char* type = GumboAttr(link, "type");
    const char* href = GumboAttr(link, "href");
    if (rel == nullptr || type == nullptr || href == nullptr) continue;
    if (!HasToken(rel, "alternate")) continue;
    std::string t = ToLower(Trim(type));
    if (t != "application/rss+xml" && t != "application/atom+xml" && t != "application/rdf+xml") {
      continue;
    }
    std::string url = Resolve(base, href);
    if (url.empty() || !seen.insert(url).second) continue;
    const char* title = GumboAttr(link, "title");
    out.push_back(FeedLink{url, t, title ? CollapseSpace(title) : ""});
  }
  gumbo_destroy_output(&kGumboDefaultOptions, output);
  return out;
}

// ---------------------------------------------------------------- sniffing

const char* BodyKindName(BodyKind kind) {
  switch (kind) {
    case BodyKind::kFeed:
      return "feed";
    case BodyKind::kSitemap:
      return "sitemap";
    case BodyKind::kSitemapIndex:
      return "sitemap-index";
    case BodyKind::kHtml:
      return "html";
    case BodyKind::kUnknown:
      return "unknown";
  }
  return "?";
}

BodyKind ClassifyBody(std::string_view body, std::string_view content_type) {
  std::string head;
  std::string_view b = body.substr(0, 64 * 1024);
  if (b.substr(0, 2) == "\xFF\xFE" || b.substr(0, 2) == "\xFE\xFF") {
    for (char c : b.substr(2)) {  // UTF-16: markup is ASCII, drop the zero bytes
      if (c != '\0') head += c;
    }
  } else {
    if (b.substr(0, 3) == "\xEF\xBB\xBF") b.remove_prefix(3);
    head = std::string(b);
  }
  std::string_view s = head;
  while (true) {
    while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
    if (s.substr(0, 2) == "<?") {
      size_t end = s.find("?>");
      if (end == std::string_view::npos) break;
      s.remove_prefix(end + 2);
    } else if (s.substr(0, 4) == "<!--") {
      size_t end = s.find("-->");
      if (end == std::string_view::npos) break;
      s.remove_prefix(end + 3);
    } else if (s.substr(0, 2) == "<!") {
      size_t end = s.find('>');
      if (end == std::string_view::npos) break;
      std::string decl = ToLower(s.substr(0, end));
      if (decl.rfind("<!doctype html", 0) == 0) return BodyKind::kHtml;
      s.remove_prefix(end + 1);
    } else if (s.substr(0, 1) == "<") {
      size_t end = 1;
      while (end < s.size() && !IsSpace(s[end]) && s[end] != '>' && s[end] != '/') ++end;
      std::string name = ToLower(s.substr(1, end - 1));
      size_t colon = name.find(':');
      if (colon != std::string::npos) name = name.substr(colon + 1);
      if (name == "rss" || name == "rdf" || name == "feed") return BodyKind::kFeed;
      if (name == "urlset") return BodyKind::kSitemap;
      if (name == "sitemapindex") return BodyKind::kSitemapIndex;
      static const char* const kHtmlTags[] = {"html", "head", "body",  "meta", "title",
                                              "div",  "p",    "table", "link", "script"};
      for (const char* t : kHtmlTags) {
        if (name == t) return BodyKind::kHtml;
      }
      break;
    } else {
      break;
    }
  }
  std::string ct = ToLower(content_type);
  if (ct.find("rss") != std::string::npos || ct.find("atom") != std::string::npos ||
      ct.find("rdf") != std::string::npos) {
    return BodyKind::kFeed;
  }
  if (ct.find("html") != std::string::npos) return BodyKind::kHtml;
  return BodyKind::kUnknown;
}

}  // namespace ng::ingest
