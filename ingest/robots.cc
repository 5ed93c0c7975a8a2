#include "ingest/robots.h"

#include <algorithm>
#include <cstdlib>

#include "base/strings.h"
#include "ingest/url.h"

namespace ng::ingest {
namespace {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool IsUnreserved(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '.' || c == '_' || c == '~';
}

// Brings a path or pattern to one spelling: escapes of unreserved characters
// decoded, other escapes in upper case, bytes >= 0x80 and spaces escaped.
std::string NormalizePath(std::string_view s) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == '%' && i + 2 < s.size() && HexValue(s[i + 1]) >= 0 && HexValue(s[i + 2]) >= 0) {
      unsigned char v = static_cast<unsigned char>(HexValue(s[i + 1]) * 16 + HexValue(s[i + 2]));
      if (IsUnreserved(v)) {
        out += static_cast<char>(v);
      } else {
        out += '%';
        out += kHex[v >> 4];
        out += kHex[v & 15];
      }
      i += 2;
    } else if (c >= 0x80 || c == ' ') {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

// True when `pattern` matches a prefix of `path` ('*' = any run, final '$' =
// end of path). Tracks every position the pattern can have reached, so it is
// O(|pattern| * |path|) at worst and never backtracks exponentially.
bool PatternMatches(std::string_view pattern, std::string_view path) {
  std::vector<size_t> pos = {0};
  std::vector<size_t> next;
  for (size_t i = 0; i < pattern.size(); ++i) {
    char c = pattern[i];
    if (c == '$' && i + 1 == pattern.size()) {
      return std::find(pos.begin(), pos.end(), path.size()) != pos.end();
    }
    next.clear();
    if (c == '*') {
      for (size_t p = pos.front(); p <= path.size(); ++p) next.push_back(p);
    } else {
      for (size_t p : pos) {
        if (p < path.size() && path[p] == c) next.push_back(p + 1);
      }
    }
    if (next.empty()) return false;
    pos.swap(next);
  }
  return true;
}

// The product token of a User-agent value: "Newsgraph/1.0 (x)" -> "newsgraph".
std::string AgentToken(std::string_view value) {
  size_t end = value.find_first_of(" \t/");
  return AsciiLower(value.substr(0, end));
}

std::string FormatDelay(double d) {
  std::string s = std::to_string(d);
  s.erase(s.find_last_not_of('0') + 1);
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

}  // namespace

RobotsRules RobotsRules::Parse(std::string_view body) {
  RobotsRules rules;
  if (body.size() > kMaxBytes) body = body.substr(0, kMaxBytes);
  if (body.substr(0, 3) == "\xEF\xBB\xBF") body.remove_prefix(3);
  Group* current = nullptr;
  bool last_was_agent = false;
  size_t start = 0;
  while (start < body.size()) {
    size_t end = body.find_first_of("\r\n", start);
    if (end == std::string_view::npos) end = body.size();
    std::string_view line = body.substr(start, end - start);
    start = end + 1;
    line = line.substr(0, line.find('#'));
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    std::string key = AsciiLower(TrimAsciiSpace(line.substr(0, colon)));
    std::string_view value = TrimAsciiSpace(line.substr(colon + 1));
    // Common misspellings are accepted, as major crawlers do.
    if (key == "user-agent" || key == "useragent" || key == "user agent") {
      if (!last_was_agent || current == nullptr) {
        rules.groups_.emplace_back();
        current = &rules.groups_.back();
      }
      current->agents.push_back(AgentToken(value));
      last_was_agent = true;
      continue;
    }
    last_was_agent = false;
    if (key == "allow" || key == "disallow" || key == "dissallow" || key == "disalow") {
      if (current == nullptr || value.empty()) continue;
      current->rules.push_back(Rule{key == "allow", NormalizePath(value)});
    } else if (key == "crawl-delay" || key == "crawl_delay") {
      if (current == nullptr) continue;
      char* parse_end = nullptr;
      std::string v(value);
      double d = std::strtod(v.c_str(), &parse_end);
      if (parse_end != v.c_str() && d >= 0) current->crawl_delay = d;
    } else if (key == "sitemap") {
      if (!value.empty()) rules.sitemaps_.emplace_back(value);
    }
  }
  return rules;
}

RobotsRules RobotsRules::AllowAll() { return RobotsRules(); }

RobotsRules RobotsRules::DisallowAll() {
  RobotsRules rules;
  rules.disallow_all_ = true;
  return rules;
}

std::vector<const RobotsRules::Group*> RobotsRules::GroupsFor(
    std::string_view product_token) const {
  std::string token = AsciiLower(product_token);
  std::vector<const Group*> exact;
  std::vector<const Group*> star;
  for (const Group& g : groups_) {
    for (const std::string& agent : g.agents) {
      if (agent == token) {
        exact.push_back(&g);
        break;
      }
      if (agent == "*") {
        star.push_back(&g);
        break;
      }
    }
  }
  return exact.empty() ? star : exact;
}

bool RobotsRules::IsAllowed(std::string_view product_token, std::string_view path_and_query) const {
  std::string path = NormalizePath(path_and_query.empty() ? "/" : path_and_query);
  if (path == "/robots.txt") return true;
  if (disallow_all_) return false;
  size_t best_len = 0;
  bool best_allow = true;
  bool any = false;
  for (const Group* g : GroupsFor(product_token)) {
    for (const Rule& r : g->rules) {
      if (!PatternMatches(r.pattern, path)) continue;
      size_t len = r.pattern.size();
      if (!any || len > best_len || (len == best_len && r.allow && !best_allow)) {
        best_len = len;
        best_allow = r.allow;
        any = true;
      }
    }
  }
  return best_allow;
}

std::optional<double> RobotsRules::CrawlDelay(std::string_view product_token) const {
  for (const Group* g : GroupsFor(product_token)) {
    if (g->crawl_delay) return g->crawl_delay;
  }
  return std::nullopt;
}

std::string RobotsRules::DebugString() const {
  std::string out;
  if (disallow_all_) out += "disallow-all\n";
  for (const Group& g : groups_) {
    out += "ua=";
    for (size_t i = 0; i < g.agents.size(); ++i) {
      if (i) out += ',';
      out += g.agents[i];
    }
    for (const Rule& r : g.rules) out += (r.allow ? " allow=" : " disallow=") + r.pattern;
    if (g.crawl_delay) out += " delay=" + FormatDelay(*g.crawl_delay);
    out += '\n';
  }
  for (const std::string& s : sitemaps_) out += "sitemap=" + s + '\n';
  return out;
}

void RobotsCache::Record(const std::string& origin, int status_code, std::string_view body,
                         std::string_view cause) {
  Entry e;
  if (status_code >= 200 && status_code < 300) {
    e.rules = RobotsRules::Parse(body);
  } else if (status_code >= 400 && status_code < 500) {
    e.rules = RobotsRules::AllowAll();
  } else {
    e.rules = RobotsRules::DisallowAll();
    e.why_disallowed =
        "robots.txt of " + origin + " unavailable (" +
        (status_code == 0 ? (cause.empty() ? std::string("unreachable") : std::string(cause))
                          : "HTTP " + std::to_string(status_code)) +
        "): site skipped for this run";
  }
  entries_[origin] = std::move(e);
}

Status RobotsCache::Check(std::string_view url) const {
  StatusOr<UrlParts> parts = ParseUrl(url);
  if (!parts.ok()) return parts.status();
  std::string origin = OriginOf(*parts);
  auto it = entries_.find(origin);
  assert(it != entries_.end());
  if (it == entries_.end()) return Status::Internal("robots.txt of " + origin + " not fetched");
  if (!it->second.why_disallowed.empty()) return Status::Unavailable(it->second.why_disallowed);
  std::string target = parts->path;
  if (!parts->query.empty()) target += "?" + parts->query;
  if (!it->second.rules.IsAllowed(token_, target)) {
    return Status::Unavailable("robots.txt of " + origin + " disallows " + target);
  }
  return Status::Ok();
}

std::optional<double> RobotsCache::CrawlDelay(std::string_view url) const {
  StatusOr<UrlParts> parts = ParseUrl(url);
  if (!parts.ok()) return std::nullopt;
  auto it = entries_.find(OriginOf(*parts));
  if (it == entries_.end()) return std::nullopt;
  return it->second.rules.CrawlDelay(token_);
}

std::vector<std::string> RobotsCache::Sitemaps(const std::string& origin) const {
  auto it = entries_.find(origin);
  if (it == entries_.end()) return {};
  return it->second.rules.sitemaps();
}

}  // namespace ng::ingest
