// extract_eval: measures ExtractHtml against the shared corpora.
//
//   extract_eval [--corpus DIR] [--verbose] [--show ID]
//
// DIR defaults to ../shared/corpus next to the source tree. Prints:
//  1. token-shingle P/R/F1 on corpus/extraction (the scrapinghub
//     article-extraction-benchmark scoring, re-implemented from its README):
//     once for the ids in dev.txt (tuned on) and once for the rest (not tuned);
//  2. Korean pages (corpus/ko/html): charset used, U+FFFD and mojibake
//     counts, and title/date accuracy against corpus/ko/expected. Pages that
//     other work reserves for evaluation are reported on their own line.
//  3. how many pages extract differently when script and style bodies are
//     dropped before parsing (HtmlExtractOptions::drop_script_bodies): must
//     be none, the pruning is only a speed-up.
// Exits 0 with a note when the corpus is absent (it lives outside the repo).
#include <unicode/uchar.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/file.h"
#include "base/utf8.h"
#include "ingest/charset.h"
#include "ingest/html_extract.h"
#include "ingest/html_prune.h"

namespace fs = std::filesystem;
using ng::ingest::Document;

namespace {

// Python's \w+ over str: letters, digits and numbers in any script, "_".
std::vector<std::string> Tokenize(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  size_t pos = 0;
  while (pos < s.size()) {
    const size_t start = pos;
    const char32_t cp = ng::utf8::Decode(s, &pos);
    bool word = cp == '_';
    if (!word) {
      const int8_t t = u_charType(static_cast<UChar32>(cp));
      word = t == U_UPPERCASE_LETTER || t == U_LOWERCASE_LETTER || t == U_TITLECASE_LETTER ||
             t == U_MODIFIER_LETTER || t == U_OTHER_LETTER || t == U_DECIMAL_DIGIT_NUMBER ||
             t == U_LETTER_NUMBER || t == U_OTHER_NUMBER;
    }
    if (word) {
      cur.append(s.substr(start, pos - start));
    } else if (!cur.empty()) {
      out.push_back(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

std::unordered_map<std::string, int> Shingles(std::string_view text) {
  const std::vector<std::string> t = Tokenize(text);
  std::unordered_map<std::string, int> out;
  if (t.empty()) return out;
  if (t.size() < 4) {
    std::string k;
    for (const auto& w : t) k += w + '\x1f';
    ++out[k];
    return out;
  }
  for (size_t i = 0; i + 4 <= t.size(); ++i) {
    ++out[t[i] + '\x1f' + t[i + 1] + '\x1f' + t[i + 2] + '\x1f' + t[i + 3]];
  }
  return out;
}

struct PageScore {
  double tp = 0, fp = 0, fn = 0;
};

PageScore Score(std::string_view truth, std::string_view pred) {
  auto ts = Shingles(truth);
  auto ps = Shingles(pred);
  PageScore s;
  for (const auto& [k, c] : ps) {
    auto it = ts.find(k);
    const int tc = it == ts.end() ? 0 : it->second;
    s.tp += std::min(c, tc);
    s.fp += std::max(0, c - tc);
  }
  for (const auto& [k, c] : ts) {
    auto it = ps.find(k);
    const int pc = it == ps.end() ? 0 : it->second;
    s.fn += std::max(0, c - pc);
  }
  const double total = s.tp + s.fp + s.fn;
  if (total > 0) s.tp /= total, s.fp /= total, s.fn /= total;
  return s;
}

struct Aggregate {
  double p_sum = 0, r_sum = 0;
  int p_n = 0, r_n = 0, pages = 0, errors = 0;
  void Add(const PageScore& s) {
    ++pages;
    if (s.tp + s.fp > 0) {
      p_sum += s.tp / (s.tp + s.fp);
      ++p_n;
    }
    if (s.tp + s.fn > 0) {
      r_sum += s.tp / (s.tp + s.fn);
      ++r_n;
    }
  }
  void Print(const char* label) const {
    const double p = p_n ? p_sum / p_n : 0, r = r_n ? r_sum / r_n : 0;
    const double f1 = p + r > 0 ? 2 * p * r / (p + r) : 0;
    std::printf("%-28s pages %3d  P %.4f  R %.4f  F1 %.4f  (errors %d)\n", label, pages, p, r, f1,
                errors);
  }
};

// Seconds since the epoch of "YYYY-MM-DD[THH:MM[:SS]][+HH:MM|Z]"; times
// without an offset are taken as KST (the Korean pages' zone). -1 if unparsable.
long long ToEpoch(const std::string& iso) {
  int y, mo, d, h = 0, mi = 0, s = 0;
  if (std::sscanf(iso.c_str(), "%d-%d-%d", &y, &mo, &d) != 3) return -1;
  int off = 9 * 60;
  if (iso.size() > 10 && (iso[10] == 'T' || iso[10] == ' ')) {
    std::sscanf(iso.c_str() + 11, "%d:%d:%d", &h, &mi, &s);
    const size_t z = iso.find_first_of("+-Z", 16);
    if (z != std::string::npos) {
      if (iso[z] == 'Z') {
        off = 0;
      } else {
        int oh = 0, om = 0;
        std::sscanf(iso.c_str() + z + 1, "%d:%d", &oh, &om);
        off = (iso[z] == '-' ? -1 : 1) * (oh * 60 + om);
      }
    }
  }
  std::tm tm{};
  tm.tm_year = y - 1900, tm.tm_mon = mo - 1, tm.tm_mday = d;
  tm.tm_hour = h, tm.tm_min = mi, tm.tm_sec = s;
  return static_cast<long long>(timegm(&tm)) - off * 60LL;
}

struct KoExpect {
  std::string file;
  std::string title;     // "" = not given
  std::string date;      // ISO (date-only compares the day), "" = not given
  long long epoch = -1;  // when given as Unix seconds
  std::string from;      // which expected file said so
};

const std::set<std::string> kReserved = {
    "donga-2013-ceo-digitalemc.html", "hani-2016-telecom-fine-it.html",
    "naver-2025-joongangdaily-samsung-en.html", "mk-2025-05-29-stock-crypto.html"};

std::vector<KoExpect> LoadKoExpectations(const fs::path& dir) {
  std::vector<KoExpect> out;
  auto load = [&](const char* name) {
    auto text = ng::ReadFile((dir / name).string());
    if (!text.ok()) return nlohmann::json();
    return nlohmann::json::parse(*text, nullptr, false);
  };
  auto str = [](const nlohmann::json& j, const char* k) {
    auto it = j.find(k);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
  };
  // SomaNews transcriptions: news['title'], news['publishedAt'] (Unix s).
  nlohmann::json soma = load("somanews-2016.expected.json");
  if (soma.is_object()) {
    for (auto& [file, entries] : soma.items()) {
      if (!file.ends_with(".html") || !entries.is_array()) continue;
      for (const auto& e : entries) {
        KoExpect x{file, str(e, "news['title']"), "", -1, "somanews"};
        if (auto it = e.find("news['publishedAt']"); it != e.end() && it->is_number()) {
          x.epoch = it->get<long long>();
        }
        if (!x.title.empty() || x.epoch >= 0) out.push_back(x);
      }
    }
  }
  // fundus: title, publishing_date.
  const std::pair<const char*, std::vector<std::pair<const char*, const char*>>> kFundus[] = {
      {"hankookilbo.fundus.json",
       {{"V1", "hankookilbo-2025-05-15-politics.html"},
        {"V2", "hankookilbo-2026-01-29.html"},
        {"V3", "hankookilbo-2026-07-12.html"}}},
      {"mk-2025-06-03-politics.fundus.json", {{"V1", "mk-2025-06-03-politics.html"}}},
      {"mk-2025-05-29-stock-crypto.fundus.json", {{"V1", "mk-2025-05-29-stock-crypto.html"}}},
  };
  for (const auto& [json_name, keys] : kFundus) {
    nlohmann::json j = load(json_name);
    if (!j.is_object()) continue;
    for (const auto& [key, file] : keys) {
      if (!j.contains(key)) continue;
      std::string date = str(j[key], "publishing_date");
      if (date.size() > 10) date[10] = 'T';
      out.push_back({file, str(j[key], "title"), date, -1, "fundus"});
    }
  }
  nlohmann::json naver = load("naver-2025-joongangdaily-samsung-en.expected.json");
  if (naver.is_object() && naver.contains("fields")) {
    std::string date = str(naver["fields"], "createdAt");
    if (date.size() > 10) date[10] = 'T';
    out.push_back({"naver-2025-joongangdaily-samsung-en.html", str(naver["fields"], "title"), date,
                   -1, "realtime-sandro"});
  }
  nlohmann::json yna = load("yonhap-en-2019-nk-drill.newspaper4k.json");
  if (yna.is_object()) {
    out.push_back({"yonhap-en-2019-nk-drill.html", str(yna, "title"), str(yna, "publish_date"), -1,
                   "newspaper4k"});
  }
  // htmldate's evaluation sets give these publication days (see ko/README.md).
  out.push_back({"naver-2023-newstapa-607.html", "", "2023-11-02", -1, "htmldate"});
  out.push_back({"chosun-2020-sports-baseball.html", "", "2020-08-27", -1, "htmldate"});
  out.push_back(
      {"daejonilbo-2020-mobile-meta-euckr-bytes-utf8.html", "", "2020-03-04", -1, "htmldate"});
  return out;
}

// Counts typical mojibake: UTF-8 read as Latin-1 ("Ã", "ì", "ë" followed by
// a C1/Latin-1 continuation) and U+FFFD.
void CountBad(std::string_view s, int* fffd, int* mojibake) {
  *fffd = *mojibake = 0;
  size_t pos = 0;
  char32_t prev = 0;
  while (pos < s.size()) {
    const char32_t cp = ng::utf8::Decode(s, &pos);
    if (cp == 0xFFFD) ++*fffd;
    if (prev >= 0xC0 && prev <= 0xEF && cp >= 0x80 && cp <= 0xBF) ++*mojibake;
    prev = cp;
  }
}

std::string Shorten(std::string_view s, size_t max_cps) {
  std::string out;
  size_t pos = 0, n = 0;
  while (pos < s.size() && n < max_cps) {
    const size_t start = pos;
    const char32_t cp = ng::utf8::Decode(s, &pos);
    out.append(cp == '\n' ? " " : std::string(s.substr(start, pos - start)));
    ++n;
  }
  return out;
}

int RunExtraction(const fs::path& dir, bool verbose, const std::string& show) {
  std::set<std::string> dev;
  if (auto t = ng::ReadFile((dir / "dev.txt").string()); t.ok()) {
    size_t start = 0;
    const std::string& s = *t;
    while (start < s.size()) {
      size_t nl = s.find('\n', start);
      if (nl == std::string::npos) nl = s.size();
      std::string id = s.substr(start, nl - start);
      while (!id.empty() && (id.back() == '\r' || id.back() == ' ')) id.pop_back();
      if (!id.empty()) dev.insert(id);
      start = nl + 1;
    }
  }
  std::vector<fs::path> pages;
  for (const auto& e : fs::directory_iterator(dir / "html")) {
    if (e.path().extension() == ".html") pages.push_back(e.path());
  }
  std::sort(pages.begin(), pages.end());
  Aggregate dev_agg, rest_agg;
  for (const fs::path& page : pages) {
    const std::string id = page.stem().string();
    const bool is_dev = dev.count(id) > 0;
    if (!show.empty() && id.rfind(show, 0) != 0) continue;
    auto html = ng::ReadFile(page.string());
    auto truth_text = ng::ReadFile((dir / "truth" / (id + ".json")).string());
    if (!html.ok() || !truth_text.ok()) continue;
    nlohmann::json truth = nlohmann::json::parse(*truth_text, nullptr, false);
    if (truth.is_discarded()) continue;
    const std::string body = truth.value("articleBody", "");
    const std::string url = truth.value("url", "");
    auto doc = ng::ingest::ExtractHtml(*html, page.filename().string(), url);
    Aggregate& agg = is_dev ? dev_agg : rest_agg;
    const std::string text = doc.ok() ? doc->text : "";
    if (!doc.ok()) ++agg.errors;
    const PageScore s = Score(body, text);
    agg.Add(s);
    if (!show.empty()) {
      std::printf("=== %s %s\n--- extracted:\n%s\n--- truth:\n%s\n", id.c_str(), url.c_str(),
                  text.c_str(), body.c_str());
    }
    if (verbose && is_dev) {
      const double p = s.tp + s.fp > 0 ? s.tp / (s.tp + s.fp) : 1;
      const double r = s.tp + s.fn > 0 ? s.tp / (s.tp + s.fn) : 1;
      std::printf("%s P %.3f R %.3f %s\n", id.substr(0, 12).c_str(), p, r, url.c_str());
    }
  }
  std::printf("== main-text extraction (%s)\n", dir.string().c_str());
  dev_agg.Print("dev.txt ids (tuned)");
  rest_agg.Print("other ids (not tuned)");
  Aggregate all = dev_agg;
  all.p_sum += rest_agg.p_sum, all.r_sum += rest_agg.r_sum;
  all.p_n += rest_agg.p_n, all.r_n += rest_agg.r_n;
  all.pages += rest_agg.pages, all.errors += rest_agg.errors;
  all.Print("all pages");
  return 0;
}

// Titles compare with whitespace collapsed: runs of White_Space characters
// (U+00A0 no-break space, U+3000 ideographic space, tabs, newlines) count as
// one space. Extraction writes every such run as " " on purpose (see
// CleanTitle); the expected values keep whatever the page had, so an exact
// comparison would score typography, not the headline.
std::string NormalizeTitleSpace(std::string_view s) {
  std::string out;
  size_t pos = 0;
  bool space = false;
  while (pos < s.size()) {
    const size_t start = pos;
    const char32_t cp = ng::utf8::Decode(s, &pos);
    if (u_isUWhiteSpace(static_cast<UChar32>(cp))) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out.append(s.substr(start, pos - start));
  }
  return out;
}

bool SameTitle(const std::string& a, const std::string& b) {
  return NormalizeTitleSpace(a) == NormalizeTitleSpace(b);
}

void RunKorean(const fs::path& ko, bool verbose) {
  std::printf("== Korean pages (%s)\n", (ko / "html").string().c_str());
  std::vector<fs::path> pages;
  for (const auto& e : fs::directory_iterator(ko / "html")) pages.push_back(e.path());
  std::sort(pages.begin(), pages.end());
  std::map<std::string, Document> docs;
  int clean = 0, clean_pages = 0;
  for (const fs::path& p : pages) {
    auto bytes = ng::ReadFile(p.string());
    if (!bytes.ok()) continue;
    // Decoding is checked on the whole page, not only on what extraction keeps.
    const ng::ingest::DecodedText decoded = ng::ingest::DecodeHtmlToUtf8(*bytes);
    int page_fffd, page_moji;
    CountBad(decoded.text, &page_fffd, &page_moji);
    if (page_fffd == 0 && page_moji == 0) ++clean_pages;
    if (verbose || page_fffd || page_moji) {
      std::printf("  %-52s decoded as %s: U+FFFD %d, mojibake pairs %d\n",
                  p.filename().string().c_str(), decoded.charset.c_str(), page_fffd, page_moji);
    }
    auto doc = ng::ingest::ExtractHtml(*bytes, p.filename().string());
    if (!doc.ok()) {
      std::printf("  %-52s ERROR %s\n", p.filename().string().c_str(),
                  doc.status().message().c_str());
      continue;
    }
    int fffd, moji, tf, tm;
    CountBad(doc->text, &fffd, &moji);
    CountBad(doc->title, &tf, &tm);
    fffd += tf, moji += tm;
    if (fffd == 0 && moji == 0) ++clean;
    if (verbose || fffd || moji) {
      std::string authors;
      for (const auto& a : doc->authors) authors += (authors.empty() ? "" : ",") + a;
      std::printf("  %-52s %-12s lang %s pub %s mod %s by [%s] | %s | %s\n",
                  p.filename().string().c_str(), doc->charset.c_str(), doc->lang.c_str(),
                  doc->published_at.c_str(), doc->modified_at.c_str(), authors.c_str(),
                  Shorten(doc->title, 40).c_str(), Shorten(doc->text, 30).c_str());
    }
    docs.emplace(p.filename().string(), std::move(*doc));
  }
  std::printf("  whole pages decoded without U+FFFD or mojibake: %d / %zu\n", clean_pages,
              pages.size());
  std::printf("  extracted title+text without U+FFFD or mojibake: %d / %zu (%zu extracted)\n",
              clean, pages.size(), docs.size());
  struct Tally {
    int title_ok = 0, title_n = 0, date_ok = 0, date_n = 0;
  } open, reserved;
  for (const KoExpect& x : LoadKoExpectations(ko / "expected")) {
    auto it = docs.find(x.file);
    const bool res = kReserved.count(x.file) > 0;
    Tally& t = res ? reserved : open;
    const Document* d = it == docs.end() ? nullptr : &it->second;
    if (!x.title.empty()) {
      ++t.title_n;
      const bool ok = d && SameTitle(d->title, x.title);
      t.title_ok += ok;
      if (!ok) {
        std::printf("  title %s%-44s got \"%s\" want \"%s\" (%s)\n", res ? "[reserved] " : "",
                    x.file.c_str(), d ? d->title.c_str() : "-", x.title.c_str(), x.from.c_str());
      }
    }
    if (!x.date.empty() || x.epoch >= 0) {
      ++t.date_n;
      bool ok = false;
      std::string want = x.date;
      if (d && !d->published_at.empty()) {
        if (x.epoch >= 0) {
          ok = std::llabs(ToEpoch(d->published_at) - x.epoch) < 60;
          want = "epoch " + std::to_string(x.epoch);
        } else if (x.date.size() == 10) {
          ok = d->published_at.compare(0, 10, x.date) == 0;
        } else {
          ok = std::llabs(ToEpoch(d->published_at) - ToEpoch(x.date)) < 60;
        }
      }
      t.date_ok += ok;
      if (!ok) {
        std::printf("  date  %s%-44s got \"%s\" want \"%s\" (%s)\n", res ? "[reserved] " : "",
                    x.file.c_str(), d ? d->published_at.c_str() : "-", want.c_str(),
                    x.from.c_str());
      }
    }
  }
  std::printf("  titles (tuned pages)     %d / %d\n  dates  (tuned pages)     %d / %d\n",
              open.title_ok, open.title_n, open.date_ok, open.date_n);
  std::printf("  titles (reserved pages)  %d / %d\n  dates  (reserved pages)  %d / %d\n",
              reserved.title_ok, reserved.title_n, reserved.date_ok, reserved.date_n);
}

// Extracts every page twice, with and without dropping script and style
// bodies, and counts the pages whose document differs.
void RunPruningCheck(const std::vector<fs::path>& dirs, bool verbose) {
  int pages = 0, differ = 0;
  size_t bytes = 0, parsed = 0;
  for (const fs::path& dir : dirs) {
    if (!fs::exists(dir)) continue;
    for (const auto& entry : fs::directory_iterator(dir)) {
      if (entry.path().extension() != ".html") continue;
      auto html = ng::ReadFile(entry.path().string());
      if (!html.ok()) continue;
      ++pages;
      bytes += html->size();
      parsed +=
          ng::ingest::DropScriptAndStyleBodies(ng::ingest::DecodeHtmlToUtf8(*html).text).size();
      ng::ingest::HtmlExtractOptions whole;
      whole.drop_script_bodies = false;
      auto a = ng::ingest::ExtractHtml(*html, entry.path().filename().string(), "", "", whole);
      auto b = ng::ingest::ExtractHtml(*html, entry.path().filename().string());
      const bool same =
          a.ok() == b.ok() &&
          (!a.ok() ||
           (a->text == b->text && a->title == b->title && a->published_at == b->published_at &&
            a->modified_at == b->modified_at && a->authors == b->authors && a->lang == b->lang &&
            a->canonical_url == b->canonical_url && a->site_name == b->site_name));
      if (!same) {
        ++differ;
        if (verbose) std::printf("  differs: %s\n", entry.path().string().c_str());
      }
    }
  }
  std::printf(
      "\nScript and style bodies dropped before parsing: %d of %d pages extract differently; "
      "gumbo reads %.1f%% of the decoded bytes\n",
      differ, pages, bytes ? 100.0 * static_cast<double>(parsed) / static_cast<double>(bytes) : 0);
}

}  // namespace

int main(int argc, char** argv) {
  fs::path corpus = fs::path(NG_SOURCE_DIR) / ".." / "shared" / "corpus";
  bool verbose = false;
  std::string show;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--corpus" && i + 1 < argc) {
      corpus = argv[++i];
    } else if (a == "--verbose" || a == "-v") {
      verbose = true;
    } else if (a == "--show" && i + 1 < argc) {
      show = argv[++i];
    } else {
      std::fprintf(stderr, "usage: extract_eval [--corpus DIR] [--verbose] [--show ID-PREFIX]\n");
      return 2;
    }
  }
  const fs::path extraction = corpus / "extraction";
  const fs::path ko = corpus / "ko";
  if (!fs::exists(extraction / "html") && !fs::exists(ko / "html")) {
    std::printf(
        "note: no corpus at %s (it lives in ../shared, outside the repo); nothing to "
        "measure\n",
        corpus.string().c_str());
    return 0;
  }
  const auto start = std::chrono::steady_clock::now();
  if (fs::exists(extraction / "html")) RunExtraction(extraction, verbose, show);
  if (show.empty() && fs::exists(ko / "html")) RunKorean(ko, verbose);
  if (show.empty()) RunPruningCheck({extraction / "html", ko / "html"}, verbose);
  const double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("(%.1f s)\n", secs);
  return 0;
}
