#include "ingest/metadata.h"

#include <algorithm>
#include <array>

#include "base/utf8.h"

namespace ng::ingest {
namespace {

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = Lower(c);
  return out;
}

std::string_view Trim(std::string_view s) {
  auto is_trim = [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == ';' || c == '|' ||
           c == '-' || c == ':' || c == '/' || c == '=' || c == '(' || c == ')' || c == '[' ||
           c == ']' || c == '.' || c == '*';
  };
  while (!s.empty() && is_trim(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_trim(s.back())) s.remove_suffix(1);
  return s;
}

// Trims spaces and dangling separators, but not brackets: "[종합] ..." keeps its "[".
std::string_view TrimTitle(std::string_view s) {
  auto is_trim = [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '|' || c == '-' || c == ':' || c == ',';
  };
  while (!s.empty() && is_trim(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_trim(s.back())) s.remove_suffix(1);
  return s;
}

size_t CountCodePoints(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// Host of an http(s) URL without "www.", or "".
std::string_view HostOf(std::string_view url) {
  const size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return "";
  std::string_view rest = url.substr(scheme + 3);
  rest = rest.substr(0, rest.find_first_of("/?#:"));
  if (rest.starts_with("www.")) rest.remove_prefix(4);
  return rest;
}

// True when `part` looks like the site's name: it contains the site name, or
// the first label of the host ("chosun" in news.chosun.com), or vice versa.
bool NamesSite(std::string_view part, std::string_view site_name, std::string_view url) {
  const std::string p = LowerAscii(part);
  if (p.empty()) return false;
  const std::string site = LowerAscii(site_name);
  if (!site.empty() && (p.find(site) != std::string::npos || site.find(p) != std::string::npos)) {
    return true;
  }
  std::string host = LowerAscii(HostOf(url));
  if (host.empty()) return false;
  std::string compact;
  for (char c : p) {
    if (c != ' ' && c != '.') compact += c;
  }
  // Compare with each label of the host that is not a generic one.
  size_t start = 0;
  while (start < host.size()) {
    size_t dot = host.find('.', start);
    if (dot == std::string::npos) dot = host.size();
    const std::string label = host.substr(start, dot - start);
    start = dot + 1;
    if (label.size() < 3 || label == "com" || label == "news" || label == "www" || label == "co" ||
        label == "net" || label == "org") {
      continue;
    }
    if (compact.find(label) != std::string::npos) return true;
  }
  return compact == host || compact.find(host) != std::string::npos;
}

constexpr std::array<std::string_view, 14> kTitleSeparators = {
    " | ", " - ", " – ", " — ", " :: ", " : ", " · ", " ｜ ", "｜", " « ", " » ",
    "ㅣ",  // U+3163, written as a bar by Korean sites: "제목-정치ㅣ한국일보"
    "│",   "|"};

}  // namespace

std::string CollapseWhitespace(std::string_view s) {
  // Byte length of the White_Space character at `i`, or 0.
  auto space_at = [&s](size_t i) -> size_t {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return 1;
    if (c < 0xC2 || i + 1 >= s.size()) return 0;
    const unsigned char c1 = static_cast<unsigned char>(s[i + 1]);
    if (c == 0xC2) return c1 == 0x85 || c1 == 0xA0 ? 2 : 0;  // U+0085, U+00A0
    if (i + 2 >= s.size()) return 0;
    const unsigned char c2 = static_cast<unsigned char>(s[i + 2]);
    if (c == 0xE1) return c1 == 0x9A && c2 == 0x80 ? 3 : 0;  // U+1680
    if (c == 0xE2 && c1 == 0x80) {                           // U+2000..200A, 2028, 2029, 202F
      return (c2 >= 0x80 && c2 <= 0x8A) || c2 == 0xA8 || c2 == 0xA9 || c2 == 0xAF ? 3 : 0;
    }
    if (c == 0xE2) return c1 == 0x81 && c2 == 0x9F ? 3 : 0;  // U+205F
    if (c == 0xE3) return c1 == 0x80 && c2 == 0x80 ? 3 : 0;  // U+3000
    return 0;
  };
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (size_t i = 0; i < s.size(); ++i) {
    if (const size_t n = space_at(i); n > 0) {
      space = true;
      i += n - 1;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += s[i];
  }
  return out;
}

std::string CleanTitle(std::string_view raw_title, std::string_view site_name, std::string_view url,
                       std::string_view h1) {
  std::string title = CollapseWhitespace(raw_title);
  const std::string heading = CollapseWhitespace(h1);
  if (!heading.empty() && title.size() > heading.size() && title.starts_with(heading)) {
    const std::string_view rest = TrimTitle(std::string_view(title).substr(heading.size()));
    if (rest.empty() || CountCodePoints(rest) < CountCodePoints(heading)) return heading;
  }
  bool cut_site = false;
  // Cut trailing parts that name the site or are short section trails.
  for (int round = 0; round < 4; ++round) {
    size_t best = std::string::npos;
    size_t sep_len = 0;
    for (std::string_view sep : kTitleSeparators) {
      const size_t pos = title.rfind(sep);
      if (pos != std::string::npos && pos > 0 && (best == std::string::npos || pos > best)) {
        best = pos;
        sep_len = sep.size();
      }
    }
    if (best == std::string::npos) break;
    const std::string_view head = std::string_view(title).substr(0, best);
    const std::string_view tail = std::string_view(title).substr(best + sep_len);
    const size_t tail_cps = CountCodePoints(tail);
    const size_t head_cps = CountCodePoints(head);
    const bool named = NamesSite(tail, site_name, url);
    const bool short_trail = tail_cps * 3 <= head_cps && tail_cps <= 24;
    if (!named && !short_trail) break;
    title = std::string(TrimTitle(head));
    cut_site = cut_site || named;
  }
  // After the site name went, a section name may hang on with a bare
  // hyphen: "제목-정치" (only then: "Spider-Man" must stay whole).
  if (cut_site) {
    const size_t pos = title.rfind('-');
    if (pos != std::string::npos && pos > 0 && title[pos - 1] != ' ' && pos + 1 < title.size()) {
      const std::string_view tail = std::string_view(title).substr(pos + 1);
      if (CountCodePoints(tail) <= 6 && utf8::ContainsHangul(tail) &&
          tail.find(' ') == std::string_view::npos) {
        title = std::string(TrimTitle(std::string_view(title).substr(0, pos)));
      }
    }
  }
  // A leading site name: "조선닷컴 | Title".
  for (std::string_view sep : kTitleSeparators) {
    const size_t pos = title.find(sep);
    if (pos == std::string::npos || pos == 0) continue;
    const std::string_view head = std::string_view(title).substr(0, pos);
    if (NamesSite(head, site_name, url) && CountCodePoints(head) * 2 < CountCodePoints(title)) {
      title = std::string(TrimTitle(std::string_view(title).substr(pos + sep.size())));
    }
    break;
  }
  return title;
}

std::vector<std::string> CleanAuthors(const std::vector<std::string>& raw) {
  std::vector<std::string> out;
  static constexpr std::string_view kDropWords[] = {
      "선임기자", "객원기자", "인턴기자", "수습기자", "전문기자", "편집위원",   "논설위원", "기자",
      "특파원",   "에디터",   "PD",       "앵커",     "통신원",   "칼럼니스트", "디자이너", "인턴"};
  static constexpr std::string_view kNotNames[] = {"email the author",
                                                   "e-mail the author",
                                                   "facebook",
                                                   "twitter",
                                                   "instagram",
                                                   "staff",
                                                   "admin",
                                                   "editor",
                                                   "the associated press",
                                                   "associated press",
                                                   "reuters",
                                                   "afp",
                                                   "getty images",
                                                   "view all posts",
                                                   "author",
                                                   "more",
                                                   "by",
                                                   "the"};
  // A part holding one of these words is a job or a desk, not a person:
  // "AP Auto Writer", "CNN Editor-at-large", "Science X staff".
  static constexpr std::string_view kJobWords[] = {
      "writer", "editor", "editors",  "correspondent", "reporter", "columnist",      "contributor",
      "staff",  "bureau", "producer", "editorial",     "desk",     "editor-at-large"};
  auto add = [&](std::string_view name) {
    name = Trim(name);
    // "BY: Jane Doe" after a separator ("| BY: Jane Doe").
    if (name.size() > 3 && (name[0] == 'b' || name[0] == 'B') &&
        (name[1] == 'y' || name[1] == 'Y') && (name[2] == ' ' || name[2] == ':')) {
      name = Trim(name.substr(3));
    }
    // "Malcolm Owen Monday": the weekday of a dateline whose date went.
    for (std::string_view day :
         {" Monday", " Tuesday", " Wednesday", " Thursday", " Friday", " Saturday", " Sunday"}) {
      if (name.ends_with(day)) name = Trim(name.substr(0, name.size() - day.size()));
    }
    if (name.empty() || name.size() > 64) return;
    if (std::any_of(name.begin(), name.end(), [](char c) { return c >= '0' && c <= '9'; })) return;
    if (name.find('@') != std::string_view::npos || name.find("http") != std::string_view::npos) {
      return;
    }
    const std::string lower = LowerAscii(name);
    for (std::string_view bad : kNotNames) {
      if (lower == bad) return;
    }
    // Too many words for a name: a sentence or a tagline.
    if (std::count(name.begin(), name.end(), ' ') > 4) return;
    // A name starts with a capital or a non-Latin letter: "he's specialized
    // in ...", "kevin-r" and "jdadmin" are prose and user names.
    if (name.front() >= 'a' && name.front() <= 'z') return;
    // One short word in capitals is a credential or an outlet: "MS", "RDN", "PTI".
    if (name.size() <= 4 && name.find(' ') == std::string_view::npos &&
        std::count_if(name.begin(), name.end(), [](char c) { return c >= 'A' && c <= 'Z'; }) >= 2) {
      return;
    }
    size_t word_start = 0;
    while (word_start < lower.size()) {
      size_t word_end = lower.find(' ', word_start);
      if (word_end == std::string::npos) word_end = lower.size();
      const std::string_view word =
          std::string_view(lower).substr(word_start, word_end - word_start);
      for (std::string_view job : kJobWords) {
        if (word == job) return;
      }
      word_start = word_end + 1;
    }
    std::string n(name);
    if (std::find(out.begin(), out.end(), n) == out.end()) out.push_back(std::move(n));
  };
  for (const std::string& r : raw) {
    std::string s = CollapseWhitespace(r);
    // Drop e-mail addresses and URLs word by word.
    std::string kept;
    size_t start = 0;
    while (start <= s.size()) {
      size_t sp = s.find(' ', start);
      if (sp == std::string::npos) sp = s.size();
      std::string_view w = std::string_view(s).substr(start, sp - start);
      if (w.find('@') == std::string_view::npos && w.find("://") == std::string_view::npos &&
          !w.starts_with("www.")) {
        if (!kept.empty()) kept += ' ';
        kept += w;
      }
      start = sp + 1;
    }
    s = kept;
    // "[부산=스포츠조선 선수민 기자]": the name follows the dateline's "=".
    // The word right after "=" is the outlet ("(서울=연합뉴스) 차병섭 기자").
    if (size_t eq = s.rfind('='); eq != std::string::npos) {
      s = s.substr(eq + 1);
      const size_t sp = s.find(' ');
      if (sp != std::string::npos && sp + 1 < s.size()) s = s.substr(sp + 1);
    }
    // "경향신문ㅣ강현석": the outlet before a bar.
    if (size_t bar = s.rfind("ㅣ"); bar != std::string::npos) s = s.substr(bar + 3);
    // Korean: "박준석 기자 외 1명" -> "박준석".
    if (size_t p = s.find(" 외 "); p != std::string::npos) s.resize(p);
    for (std::string_view w : kDropWords) {
      std::string replaced;
      size_t from = 0, p;
      while ((p = s.find(w, from)) != std::string::npos) {
        replaced.append(s, from, p - from);
        replaced += ',';
        from = p + w.size();
      }
      replaced.append(s, from, std::string::npos);
      s = std::move(replaced);
    }
    std::string l = LowerAscii(s);
    if (l.starts_with("by ")) {
      s = s.substr(3);
      l = l.substr(3);
    } else if (l.starts_with("by:")) {
      s = s.substr(3);
      l = l.substr(3);
    } else if (const size_t by = l.find(" by "); by != std::string::npos) {
      // "Analysis by Jane Doe", "Posted by Jane Doe".
      s = s.substr(by + 4);
      l = l.substr(by + 4);
    }
    // "Jose AltoverosView More Articles": a link glued to the name.
    for (std::string_view tail : {"view more", "view all", "see more", "more articles"}) {
      if (const size_t at = l.find(tail); at != std::string::npos) {
        s.resize(at);
        l.resize(at);
      }
    }
    // "ERIC TUCKER Associated Press": the agency after the name.
    for (std::string_view agency : {" associated press", " reuters", " afp"}) {
      if (l.ends_with(agency)) {
        s.resize(s.size() - agency.size());
        l.resize(l.size() - agency.size());
      }
    }
    // Split on separators: ",", " and ", "&", "·", "/", ";", "|".
    std::vector<std::string_view> parts;
    size_t i = 0, begin = 0;
    auto cut = [&](size_t end, size_t skip) {
      parts.push_back(std::string_view(s).substr(begin, end - begin));
      begin = end + skip;
      i = begin;
    };
    while (i < s.size()) {
      if (s[i] == ',' || s[i] == '&' || s[i] == '/' || s[i] == ';' || s[i] == '|') {
        cut(i, 1);
      } else if (l.compare(i, 5, " and ") == 0) {
        cut(i, 5);
      } else if (s.compare(i, 2, "\xC2\xB7") == 0) {  // U+00B7 middle dot
        cut(i, 2);
      } else if (s.compare(i, 3, "\xE3\x86\x8D") == 0) {  // U+318D ㆍ
        cut(i, 3);
      } else {
        ++i;
      }
    }
    parts.push_back(std::string_view(s).substr(begin));
    for (std::string_view p : parts) add(p);
  }
  return out;
}

namespace {

// Lower-case ASCII letters and digits and all non-ASCII bytes of `s`, in
// words split at everything else; "the" is left out.
std::vector<std::string> Words(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  auto end_word = [&] {
    if (!cur.empty() && cur != "the") out.push_back(cur);
    cur.clear();
  };
  for (char c : s) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (u >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')) {
      cur += c;
    } else if (c >= 'A' && c <= 'Z') {
      cur += Lower(c);
    } else {
      end_word();
    }
  }
  end_word();
  return out;
}

// True when `inner` occurs in `outer` as a run of whole words.
bool ContainsWords(const std::vector<std::string>& outer, const std::vector<std::string>& inner) {
  if (inner.empty() || inner.size() > outer.size()) return false;
  return std::search(outer.begin(), outer.end(), inner.begin(), inner.end()) != outer.end();
}

}  // namespace

bool NamesPublisher(std::string_view name, std::string_view site_name, std::string_view url) {
  const std::vector<std::string> words = Words(name);
  if (words.empty()) return false;
  const std::vector<std::string> site = Words(site_name);
  if (ContainsWords(site, words) || ContainsWords(words, site)) return true;
  // One word, or ending in a media word, and the same as the host's name:
  // "AppleInsider" on appleinsider.com, "Cleveland.com", "CBS News" on
  // cbsnews.com. Not "Jane Doe" on janedoe.com: a blogger's own site.
  static constexpr std::string_view kMediaWords[] = {
      "news", "daily", "times", "post", "press", "media", "tv", "radio", "magazine", "online"};
  const bool has_space = name.find(' ') != std::string_view::npos;
  const bool media = std::find(std::begin(kMediaWords), std::end(kMediaWords), words.back()) !=
                     std::end(kMediaWords);
  if (has_space && !media) return false;
  std::string compact;
  for (const std::string& w : words) compact += w;
  const std::string host = LowerAscii(HostOf(url));
  if (host.empty()) return false;
  std::string host_compact;
  for (char c : host) {
    if (c != '.' && c != '-') host_compact += c;
  }
  if (compact == host_compact) return true;
  size_t start = 0;
  while (start < host.size()) {
    size_t dot = host.find('.', start);
    if (dot == std::string::npos) dot = host.size();
    std::string label = host.substr(start, dot - start);
    start = dot + 1;
    label.erase(std::remove(label.begin(), label.end(), '-'), label.end());
    if (label.size() >= 3 && label != "www" && label != "com" && compact == label) return true;
  }
  return false;
}

std::vector<std::string> DropPublisherNames(std::vector<std::string> authors,
                                            std::string_view site_name, std::string_view url) {
  authors.erase(
      std::remove_if(authors.begin(), authors.end(),
                     [&](const std::string& a) { return NamesPublisher(a, site_name, url); }),
      authors.end());
  return authors;
}

std::string RepairJson(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 16);
  bool in_string = false;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (in_string) {
      if (c == '\\' && i + 1 < s.size()) {
        out += c;
        out += s[++i];
      } else if (c == '"') {
        in_string = false;
        out += c;
      } else if (c == '\n') {
        out += "\\n";
      } else if (c == '\t') {
        out += "\\t";
      } else if (static_cast<unsigned char>(c) < 0x20) {
        out += ' ';
      } else {
        out += c;
      }
      continue;
    }
    if (c == '"') {
      in_string = true;
    } else if (c == ',') {
      size_t j = i + 1;
      while (j < s.size() && (s[j] == ' ' || s[j] == '\n' || s[j] == '\r' || s[j] == '\t')) ++j;
      if (j < s.size() && (s[j] == ']' || s[j] == '}')) continue;
    }
    out += c;
  }
  return out;
}

std::string ResolveUrl(std::string_view base, std::string_view ref) {
  std::string_view r = ref;
  while (!r.empty() && r.front() == ' ') r.remove_prefix(1);
  while (!r.empty() && r.back() == ' ') r.remove_suffix(1);
  if (r.empty()) return "";
  const size_t colon = r.find(':');
  if (colon != std::string_view::npos && colon < r.find('/')) return std::string(r);
  const size_t scheme_end = base.find("://");
  if (scheme_end == std::string_view::npos) return std::string(r);
  if (r.starts_with("//")) return std::string(base.substr(0, scheme_end + 1)) + std::string(r);
  const size_t host_end = base.find_first_of("/?#", scheme_end + 3);
  const std::string_view origin =
      host_end == std::string_view::npos ? base : base.substr(0, host_end);
  if (r.front() == '/') return std::string(origin) + std::string(r);
  std::string_view path = host_end == std::string_view::npos ? "/" : base.substr(host_end);
  path = path.substr(0, path.find_first_of("?#"));
  if (r.front() == '?' || r.front() == '#') {
    return std::string(origin) + std::string(path) + std::string(r);
  }
  path = path.substr(0, path.rfind('/') + 1);
  std::string out = std::string(origin) + std::string(path) + std::string(r);
  return out;
}

std::string CheckLanguage(std::string_view declared, std::string_view text) {
  std::string lang = LowerAscii(Trim(declared));
  lang = lang.substr(0, lang.find_first_of("-_"));
  if (lang.size() < 2 || lang.size() > 3 ||
      !std::all_of(lang.begin(), lang.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
    lang.clear();
  }
  // Count letters by script over a sample of the text.
  size_t hangul = 0, kana = 0, han = 0, cyrillic = 0, latin = 0, other = 0;
  const std::string_view sample = text.substr(0, std::min<size_t>(text.size(), 8192));
  size_t pos = 0;
  while (pos < sample.size()) {
    const char32_t cp = utf8::Decode(sample, &pos);
    if (cp < 0x80) {
      if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) ++latin;
    } else if (utf8::IsHangul(cp)) {
      ++hangul;
    } else if (cp >= 0x3040 && cp <= 0x30FF) {
      ++kana;
    } else if (cp >= 0x4E00 && cp <= 0x9FFF) {
      ++han;
    } else if (cp >= 0x0400 && cp <= 0x04FF) {
      ++cyrillic;
    } else if ((cp >= 0xC0 && cp <= 0x24F)) {
      ++latin;
    } else if (cp >= 0x370 && cp != 0xFFFD && cp < 0x2000) {
      ++other;
    }
  }
  const size_t total = hangul + kana + han + cyrillic + latin + other;
  if (total < 20) return lang;
  // Hangul is written with Latin and Han mixed in; a quarter is plenty.
  if (hangul * 4 >= total) return "ko";
  if (kana * 10 >= total) return "ja";
  if (han * 2 >= total) return lang == "ja" || lang == "zh" ? lang : "zh";
  if (cyrillic * 2 >= total) {
    static constexpr std::string_view kCyr[] = {"ru", "uk", "bg", "sr", "be", "mk", "kk"};
    for (std::string_view c : kCyr) {
      if (lang == c) return lang;
    }
    return "ru";
  }
  if (latin * 2 >= total) {
    static constexpr std::string_view kNonLatin[] = {"ko", "ja", "zh", "ru", "uk", "ar",
                                                     "he", "th", "el", "hi", "bg", "fa"};
    bool mismatch = lang.empty();
    for (std::string_view c : kNonLatin) {
      if (lang == c) mismatch = true;
    }
    if (!mismatch) return lang;
    // Declared a non-Latin language (or nothing) for Latin text: English?
    size_t hits = 0;
    static constexpr std::string_view kEnglish[] = {" the ", " and ",  " of ",  " to ",  " in ",
                                                    " is ",  " that ", " for ", " with "};
    for (std::string_view w : kEnglish) {
      if (sample.find(w) != std::string_view::npos) ++hits;
    }
    return hits >= 4 ? "en" : (lang.empty() ? "" : "");
  }
  return lang;
}

}  // namespace ng::ingest
