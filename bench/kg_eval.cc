// kg_eval: scores the analyzer's entities and typed relations against the
// annotated dev set in bench/gold/ (format: docs/evaluation.md).
//
//   kg_eval [--gold DIR] [--shared DIR] [--no-default-dictionary]
//           [--dictionary FILE]... [--verbose] [--json]
//
// For every gold folder the article named in source.txt is read from the
// shared folder (the articles are not in the repository), turned into the
// text `newsgraph ingest` analyses (app::ToRecord) and analysed by one
// Analyzer for the whole run. Prints entity and typed-relation P/R/F1 (micro,
// per language, per type), the modality share of the matched relations, how
// many bilingual entities ended up as one entity, and the NLP throughput
// (Analyze only, one thread). --verbose lists every false positive and false
// negative with the reason and the evidence sentence.
//
// Exit codes: 0 ok (also when the shared folder is absent: nothing to score),
// 1 a gold file is malformed or the dictionary cannot be loaded, 2 usage.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "app/pipeline.h"
#include "base/file.h"
#include "base/status.h"
#include "base/strings.h"
#include "base/utf8.h"
#include "ingest/loader.h"
#include "nlp/analyzer.h"
#include "nlp/extraction.h"
#include "nlp/normalize.h"

namespace fs = std::filesystem;

namespace ng::bench {
namespace {

std::string TrimmedCopy(std::string_view s) { return std::string(ng::TrimAsciiSpace(s)); }

constexpr int kExitOk = 0;
constexpr int kExitFailed = 1;
constexpr int kExitUsage = 2;

// The throughput figure repeats the analysis of the whole set until this much
// analysis time has been measured, so that a small dev set still gives a
// stable number.
constexpr double kMinBenchSeconds = 1.0;
constexpr int kMaxBenchPasses = 200;

// Evidence sentences longer than this are cut in --verbose output.
constexpr size_t kMaxEvidenceBytes = 240;

// ---------------------------------------------------------------- gold

struct GoldEntity {
  std::string canonical;
  std::string type;
  std::vector<std::string> surfaces;
  std::set<std::string> keys;  // NameKey of the canonical name and every surface form
};

struct GoldRelation {
  std::set<int> src;  // indices into GoldArticle::entities
  std::set<int> dst;
  std::vector<std::string> types;
  std::vector<std::string> modalities;  // empty when the column is absent
  std::string line;                     // as written, for reports
};

struct GoldArticle {
  std::string name;  // folder name
  std::string lang;  // folder name prefix: "ko", "en"
  std::string source;
  std::vector<GoldEntity> entities;
  std::vector<GoldRelation> relations;
};

std::vector<std::string> Split(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    const size_t at = s.find(sep, start);
    out.emplace_back(s.substr(start, at == std::string_view::npos ? s.npos : at - start));
    if (at == std::string_view::npos) break;
    start = at + 1;
  }
  return out;
}

// Lines without their line end; blank lines are kept so line numbers stay right.
std::vector<std::string> Lines(const std::string& data) {
  std::vector<std::string> lines = Split(data, '\n');
  if (!lines.empty() && lines.back().empty()) lines.pop_back();
  for (std::string& l : lines) {
    if (!l.empty() && l.back() == '\r') l.pop_back();
  }
  return lines;
}

// Articles that ../shared/corpus/news-text/README.md ("Reserved for
// evaluation") and the issue keep out of development, with their related
// stories: a gold folder must not point at one of them.
bool IsReservedForEvaluation(std::string_view source) {
  static constexpr std::string_view kReserved[] = {"#ko-ssb-0001",
                                                   "#ko-ssb-0004",
                                                   "#ko-nnc-0159",
                                                   "#ko-nnc-0064",
                                                   "#ko-nnc-0175",
                                                   "#ko-nnc-0148",
                                                   "#ko-nnc-0036",
                                                   "#ko-ssb-0013",
                                                   "#en-bbc-business-409",
                                                   "#en-bbc-business-435",
                                                   "#en-yahoo-0102",
                                                   "#en-yahoo-0144",
                                                   "#ko-ssb-0002",
                                                   "#ko-ssb-0003",
                                                   "#ko-ssb-0005",
                                                   "#ko-ssb-0007",
                                                   "#ko-ssb-0010",
                                                   "#ko-ssb-0012",
                                                   "#ko-ssb-0014",
                                                   "#ko-nnc-0062",
                                                   "#en-bbc-business-451",
                                                   "donga-2013-ceo-digitalemc",
                                                   "hani-2016-telecom-fine-it",
                                                   "naver-2025-joongangdaily-samsung-en",
                                                   "mk-2025-05-29-stock-crypto",
                                                   "newspaper4k-korean_article-sk-chey"};
  for (std::string_view r : kReserved) {
    if (r.starts_with("#") ? source.ends_with(r) : source.find(r) != std::string_view::npos) {
      return true;
    }
  }
  return false;
}

StatusOr<GoldArticle> LoadGold(const fs::path& dir) {
  GoldArticle gold;
  gold.name = dir.filename().string();
  gold.lang = gold.name.substr(0, gold.name.find('-'));

  StatusOr<std::string> source = ReadFile((dir / "source.txt").string());
  if (!source.ok()) return source.status();
  gold.source = TrimmedCopy(*source);
  if (gold.source.empty()) {
    return Status::InvalidArgument((dir / "source.txt").string() + ": empty file");
  }
  if (IsReservedForEvaluation(gold.source)) {
    return Status::InvalidArgument((dir / "source.txt").string() + ": " + gold.source +
                                   " is reserved for evaluation: do not annotate or tune on it");
  }

  const std::string entities_path = (dir / "entities.tsv").string();
  StatusOr<std::string> entities = ReadFile(entities_path);
  if (!entities.ok()) return entities.status();
  std::map<std::string, int> by_name;
  int line_no = 0;
  for (const std::string& line : Lines(*entities)) {
    ++line_no;
    if (TrimmedCopy(line).empty()) continue;
    const std::string where = entities_path + ": line " + std::to_string(line_no);
    const std::vector<std::string> f = Split(line, '\t');
    if (f.size() != 3) {
      return Status::InvalidArgument(where + ": " + std::to_string(f.size()) +
                                     " fields, expected canonical<TAB>TYPE<TAB>surfaces");
    }
    nlp::EntityType type;
    if (!nlp::ParseEntityType(f[1], &type) || type == nlp::EntityType::kOther) {
      return Status::InvalidArgument(where + ": unknown entity type \"" + f[1] + "\"");
    }
    GoldEntity e;
    e.canonical = f[0];
    e.type = f[1];
    e.keys.insert(nlp::NameKey(e.canonical));
    for (const std::string& s : Split(f[2], '|')) {
      if (s.empty()) continue;
      e.surfaces.push_back(s);
      e.keys.insert(nlp::NameKey(s));
    }
    if (!by_name.emplace(e.canonical, static_cast<int>(gold.entities.size())).second) {
      return Status::InvalidArgument(where + ": canonical name \"" + e.canonical +
                                     "\" occurs twice");
    }
    gold.entities.push_back(std::move(e));
  }

  const std::string relations_path = (dir / "relations.tsv").string();
  StatusOr<std::string> relations = ReadFile(relations_path);
  if (!relations.ok()) return relations.status();
  line_no = 0;
  for (const std::string& line : Lines(*relations)) {
    ++line_no;
    if (TrimmedCopy(line).empty()) continue;
    const std::string where = relations_path + ": line " + std::to_string(line_no);
    const std::vector<std::string> f = Split(line, '\t');
    if (f.size() != 3 && f.size() != 4) {
      return Status::InvalidArgument(where + ": " + std::to_string(f.size()) +
                                     " fields, expected src<TAB>dst<TAB>TYPE[<TAB>modality]");
    }
    GoldRelation r;
    r.line = f[0] + " -> " + f[1] + " " + f[2] + (f.size() == 4 ? " ~" + f[3] : "");
    for (int side = 0; side < 2; ++side) {
      for (const std::string& name : Split(f[side], '|')) {
        auto it = by_name.find(name);
        if (it == by_name.end()) {
          return Status::InvalidArgument(where + ": \"" + name + "\" is not in entities.tsv");
        }
        (side == 0 ? r.src : r.dst).insert(it->second);
      }
    }
    for (const std::string& t : Split(f[2], '|')) {
      if (!nlp::IsRelationType(t) || t == "MENTIONED_WITH") {
        return Status::InvalidArgument(where + ": unknown relation type \"" + t + "\"");
      }
      r.types.push_back(t);
    }
    if (f.size() == 4) {
      for (const std::string& m : Split(f[3], '|')) {
        nlp::Modality parsed;
        if (!nlp::ParseModality(m, &parsed)) {
          return Status::InvalidArgument(where + ": unknown modality \"" + m + "\"");
        }
        r.modalities.push_back(m);
      }
    }
    gold.relations.push_back(std::move(r));
  }
  return gold;
}

// ---------------------------------------------------------------- articles

// Loads articles from the shared folder; each file is read once (a JSON Lines
// file holds many gold articles).
class ArticleSource {
 public:
  explicit ArticleSource(fs::path shared) : shared_(std::move(shared)) {}

  // `source` is "path" or "path#id", relative to the shared folder.
  StatusOr<ingest::Document> Find(const std::string& source) {
    const size_t hash = source.find('#');
    const std::string rel = source.substr(0, hash);
    const std::string path = (shared_ / rel).string();
    auto it = files_.find(path);
    if (it == files_.end()) it = files_.emplace(path, Load(path)).first;
    const Loaded& loaded = it->second;
    if (!loaded.status.ok()) return loaded.status;
    if (hash == std::string::npos) {
      if (loaded.docs.size() != 1) {
        return Status::InvalidArgument(path + ": holds " + std::to_string(loaded.docs.size()) +
                                       " articles; name one with #id");
      }
      return loaded.docs.front();
    }
    const std::string suffix = source.substr(hash);  // "#id"
    for (const ingest::Document& doc : loaded.docs) {
      if (doc.source.size() >= suffix.size() &&
          doc.source.compare(doc.source.size() - suffix.size(), suffix.size(), suffix) == 0) {
        return doc;
      }
    }
    return Status::NotFound(path + ": no record with id \"" + source.substr(hash + 1) + "\"");
  }

 private:
  struct Loaded {
    Status status;
    std::vector<ingest::Document> docs;
  };

  static Loaded Load(const std::string& path) {
    Loaded loaded;
    std::error_code ec;
    if (!fs::is_regular_file(path, ec)) {
      loaded.status = Status::NotFound(path + ": no such file");
      return loaded;
    }
    ingest::LoadFile(path, ingest::LoadOptions{}, [&](StatusOr<ingest::Document> doc) {
      // A bad line elsewhere in a JSON Lines file does not concern this article.
      if (doc.ok()) loaded.docs.push_back(std::move(*doc));
    });
    if (loaded.docs.empty()) loaded.status = Status::InvalidArgument(path + ": no article read");
    return loaded;
  }

  fs::path shared_;
  std::map<std::string, Loaded> files_;
};

// ---------------------------------------------------------------- scoring

struct Counts {
  int tp = 0, fp = 0, fn = 0;
  Counts& operator+=(const Counts& o) {
    tp += o.tp, fp += o.fp, fn += o.fn;
    return *this;
  }
  double P() const { return tp + fp == 0 ? 0 : static_cast<double>(tp) / (tp + fp); }
  double R() const { return tp + fn == 0 ? 0 : static_cast<double>(tp) / (tp + fn); }
  double F1() const { return tp == 0 ? 0 : 2 * P() * R() / (P() + R()); }
};

struct Finding {
  std::string what;     // "FP ORG{Fox}" ...
  std::string why;      // reason, may be empty
  std::string context;  // evidence sentence, may be empty
};

struct ArticleResult {
  std::string name, lang;
  Counts entities, relations;
  std::map<std::string, Counts> entities_by_type, relations_by_type;
  int modality_scored = 0, modality_right = 0;
  int redundant = 0;  // relation FPs that repeat an already matched gold row
  int bilingual = 0, bilingual_merged = 0;
  std::vector<std::string> bilingual_split;  // canonical names not merged
  std::vector<Finding> entity_findings, relation_findings;
};

// Maximum bipartite matching (Kuhn). `adj[l]` lists right nodes in order of
// preference; returns the right node matched to each left node, or -1.
std::vector<int> MaxMatching(const std::vector<std::vector<int>>& adj, int right_size) {
  std::vector<int> owner(right_size, -1);  // right -> left
  std::function<bool(int, std::vector<char>&)> augment = [&](int l, std::vector<char>& seen) {
    for (int r : adj[l]) {
      if (seen[r]) continue;
      seen[r] = 1;
      if (owner[r] < 0 || augment(owner[r], seen)) {
        owner[r] = l;
        return true;
      }
    }
    return false;
  };
  for (size_t l = 0; l < adj.size(); ++l) {
    std::vector<char> seen(right_size, 0);
    augment(static_cast<int>(l), seen);
  }
  std::vector<int> match(adj.size(), -1);
  for (int r = 0; r < right_size; ++r) {
    if (owner[r] >= 0) match[owner[r]] = r;
  }
  return match;
}

std::set<std::string> EntityKeys(const nlp::Entity& e) {
  std::set<std::string> keys{nlp::NameKey(e.name)};
  for (const nlp::Alias& a : e.aliases) keys.insert(nlp::NameKey(a.text));
  return keys;
}

bool Intersects(const std::set<std::string>& a, const std::set<std::string>& b) {
  for (const std::string& k : a) {
    if (b.count(k)) return true;
  }
  return false;
}

std::string Describe(const nlp::Entity& e) {
  std::string s = std::string(nlp::EntityTypeName(e.type)) + "{" + e.name + "}";
  std::string aliases;
  for (const nlp::Alias& a : e.aliases) {
    if (a.text == e.name) continue;
    aliases += (aliases.empty() ? "" : "|") + a.text;
  }
  return aliases.empty() ? s : s + " aka " + aliases;
}

// The sentence text, cut at a character boundary.
std::string SentenceText(const std::string& text, const nlp::Extraction& x, int sentence) {
  if (sentence < 0 || static_cast<size_t>(sentence) >= x.sentences.size()) return "";
  const nlp::Sentence& s = x.sentences[sentence];
  std::string out = TrimmedCopy(std::string_view(text).substr(s.begin, s.end - s.begin));
  for (char& c : out) {
    if (c == '\n') c = ' ';
  }
  if (out.size() > kMaxEvidenceBytes) {
    size_t cut = kMaxEvidenceBytes;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    out = out.substr(0, cut) + " …";
  }
  return out;
}

// Script of a surface form: 'h' with Hangul, 'l' with Latin letters only, 0 otherwise.
char Script(std::string_view s) {
  bool latin = false;
  size_t pos = 0;
  while (pos < s.size()) {
    const char32_t cp = utf8::Decode(s, &pos);
    if (utf8::IsHangul(cp)) return 'h';
    if (utf8::IsAsciiAlpha(cp) || (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7)) {
      latin = true;
    }
  }
  return latin ? 'l' : 0;
}

bool IsSymmetric(std::string_view type) {
  return type == "PARTNERS_WITH" || type == "COMPETES_WITH";
}

bool Contains(const std::vector<std::string>& v, std::string_view s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

struct PredictedRelation {
  int src = 0, dst = 0;  // predicted entity indices
  std::string type;
  nlp::Modality modality = nlp::Modality::kAsserted;
  int sentence = 0;
};

ArticleResult Score(const GoldArticle& gold, const std::string& text, const nlp::Extraction& x) {
  ArticleResult res;
  res.name = gold.name;
  res.lang = gold.lang;

  // Entities: only those with a mention in this article count.
  std::vector<char> mentioned(x.entities.size(), 0);
  for (const nlp::Mention& m : x.mentions) {
    if (m.entity >= 0 && static_cast<size_t>(m.entity) < x.entities.size()) mentioned[m.entity] = 1;
  }
  std::vector<int> first_sentence(x.entities.size(), -1);
  for (const nlp::Mention& m : x.mentions) {
    if (first_sentence[m.entity] < 0) first_sentence[m.entity] = m.sentence;
  }
  std::vector<std::set<std::string>> pred_keys(x.entities.size());
  for (size_t p = 0; p < x.entities.size(); ++p) pred_keys[p] = EntityKeys(x.entities[p]);

  // Candidates per gold entity, best first: the predicted canonical name is
  // the gold one, then any shared name.
  const int n_gold = static_cast<int>(gold.entities.size());
  const int n_pred = static_cast<int>(x.entities.size());
  std::vector<std::vector<int>> adj(n_gold);
  for (int g = 0; g < n_gold; ++g) {
    const GoldEntity& ge = gold.entities[g];
    std::vector<std::pair<int, int>> ranked;  // (rank, pred)
    for (int p = 0; p < n_pred; ++p) {
      if (!mentioned[p] || nlp::EntityTypeName(x.entities[p].type) != ge.type) continue;
      if (!Intersects(ge.keys, pred_keys[p])) continue;
      const std::string pk = nlp::NameKey(x.entities[p].name);
      const int rank = pk == nlp::NameKey(ge.canonical) ? 0 : ge.keys.count(pk) ? 1 : 2;
      ranked.emplace_back(rank, p);
    }
    std::stable_sort(ranked.begin(), ranked.end());
    for (const auto& [rank, p] : ranked) adj[g].push_back(p);
  }
  const std::vector<int> gold_to_pred = MaxMatching(adj, n_pred);
  std::vector<int> pred_to_gold(n_pred, -1);
  for (int g = 0; g < n_gold; ++g) {
    const std::string& type = gold.entities[g].type;
    if (gold_to_pred[g] >= 0) {
      pred_to_gold[gold_to_pred[g]] = g;
      ++res.entities.tp;
      ++res.entities_by_type[type].tp;
    } else {
      ++res.entities.fn;
      ++res.entities_by_type[type].fn;
      std::string why = "not found";
      for (int p = 0; p < n_pred; ++p) {
        if (mentioned[p] && Intersects(gold.entities[g].keys, pred_keys[p])) {
          why = nlp::EntityTypeName(x.entities[p].type) == type
                    ? "its predicted entity matched another gold entity: " + Describe(x.entities[p])
                    : "predicted with another type: " + Describe(x.entities[p]);
          break;
        }
      }
      std::string surfaces;
      for (const std::string& s : gold.entities[g].surfaces) {
        surfaces += (surfaces.empty() ? "" : "|") + s;
      }
      res.entity_findings.push_back(
          {"FN " + type + "{" + gold.entities[g].canonical + "} (" + surfaces + ")", why, ""});
    }
  }
  for (int p = 0; p < n_pred; ++p) {
    if (!mentioned[p] || pred_to_gold[p] >= 0) continue;
    const std::string type(nlp::EntityTypeName(x.entities[p].type));
    ++res.entities.fp;
    ++res.entities_by_type[type].fp;
    std::string why = "not in gold";
    for (int g = 0; g < n_gold; ++g) {
      if (!Intersects(gold.entities[g].keys, pred_keys[p])) continue;
      why = gold.entities[g].type == type
                ? "duplicate of gold " + gold.entities[g].canonical + " (matched by another entity)"
                : "gold " + gold.entities[g].canonical + " is " + gold.entities[g].type;
      break;
    }
    res.entity_findings.push_back(
        {"FP " + Describe(x.entities[p]), why, SentenceText(text, x, first_sentence[p])});
  }

  // Bilingual merge: one predicted entity covers a Hangul and a Latin form.
  for (const GoldEntity& ge : gold.entities) {
    std::set<std::string> hangul, latin;
    for (const std::string& s : ge.surfaces) {
      const char script = Script(s);
      if (script == 'h') hangul.insert(nlp::NameKey(s));
      if (script == 'l') latin.insert(nlp::NameKey(s));
    }
    if (hangul.empty() || latin.empty()) continue;
    ++res.bilingual;
    bool merged = false;
    for (int p = 0; p < n_pred && !merged; ++p) {
      merged = mentioned[p] && Intersects(hangul, pred_keys[p]) && Intersects(latin, pred_keys[p]);
    }
    if (merged) {
      ++res.bilingual_merged;
    } else {
      res.bilingual_split.push_back(ge.canonical);
    }
  }

  // Relations: typed only, one per (src, dst, type); symmetric types unordered.
  std::vector<PredictedRelation> preds;
  std::set<std::tuple<int, int, std::string>> seen;
  for (const nlp::Relation& r : x.relations) {
    if (r.type == "MENTIONED_WITH") continue;
    int a = r.source, b = r.target;
    if (IsSymmetric(r.type) && b < a) std::swap(a, b);
    if (!seen.insert({a, b, r.type}).second) continue;
    preds.push_back({r.source, r.target, r.type, r.modality, r.sentence});
  }
  const int n_rows = static_cast<int>(gold.relations.size());
  auto fits = [&](const PredictedRelation& pr, const GoldRelation& row, bool check_type) {
    const int gs = pred_to_gold[pr.src], gd = pred_to_gold[pr.dst];
    if (gs < 0 || gd < 0) return false;
    if (check_type && !Contains(row.types, pr.type)) return false;
    if (row.src.count(gs) && row.dst.count(gd)) return true;
    return IsSymmetric(pr.type) && row.src.count(gd) && row.dst.count(gs);
  };
  std::vector<std::vector<int>> radj(preds.size());
  for (size_t i = 0; i < preds.size(); ++i) {
    for (int j = 0; j < n_rows; ++j) {
      if (fits(preds[i], gold.relations[j], true)) radj[i].push_back(j);
    }
  }
  const std::vector<int> pred_to_row = MaxMatching(radj, n_rows);
  std::vector<int> row_to_pred(n_rows, -1);
  for (size_t i = 0; i < preds.size(); ++i) {
    const PredictedRelation& pr = preds[i];
    const std::string edge =
        pr.type + "(" + x.entities[pr.src].name + " -> " + x.entities[pr.dst].name + ")";
    const std::string what = "FP " + edge +
                             (pr.modality == nlp::Modality::kAsserted
                                  ? ""
                                  : "~" + std::string(nlp::ModalityName(pr.modality)));
    if (pred_to_row[i] >= 0) {
      const GoldRelation& row = gold.relations[pred_to_row[i]];
      row_to_pred[pred_to_row[i]] = static_cast<int>(i);
      ++res.relations.tp;
      ++res.relations_by_type[pr.type].tp;
      if (!row.modalities.empty()) {
        ++res.modality_scored;
        if (Contains(row.modalities, nlp::ModalityName(pr.modality))) {
          ++res.modality_right;
        } else {
          res.relation_findings.push_back(
              {"MODALITY " + edge + " predicted " + std::string(nlp::ModalityName(pr.modality)),
               "gold: " + row.line, SentenceText(text, x, pr.sentence)});
        }
      }
      continue;
    }
    ++res.relations.fp;
    ++res.relations_by_type[pr.type].fp;
    std::string why;
    const int gs = pred_to_gold[pr.src], gd = pred_to_gold[pr.dst];
    if (gs < 0 || gd < 0) {
      why = "endpoint not a matched gold entity:";
      if (gs < 0) why += " " + Describe(x.entities[pr.src]);
      if (gd < 0) why += " " + Describe(x.entities[pr.dst]);
    } else if (!radj[i].empty()) {
      ++res.redundant;
      why = "gold row already matched: " + gold.relations[radj[i].front()].line;
    } else {
      for (const GoldRelation& row : gold.relations) {
        if (fits(pr, row, false)) {
          why = "wrong type; gold: " + row.line;
        } else if (row.src.count(gd) && row.dst.count(gs)) {
          why = "reversed; gold: " + row.line;
        }
        if (!why.empty()) break;
      }
      if (why.empty()) why = "no gold relation between them";
    }
    res.relation_findings.push_back({what, why, SentenceText(text, x, pr.sentence)});
  }
  for (int j = 0; j < n_rows; ++j) {
    if (row_to_pred[j] >= 0) continue;
    const GoldRelation& row = gold.relations[j];
    ++res.relations.fn;
    ++res.relations_by_type[row.types.front()].fn;
    auto found = [&](const std::set<int>& side) {
      for (int g : side) {
        if (gold_to_pred[g] >= 0) return true;
      }
      return false;
    };
    std::string why;
    if (!found(row.src) || !found(row.dst)) {
      why = std::string("entity missing:") + (found(row.src) ? "" : " src") +
            (found(row.dst) ? "" : " dst");
    } else {
      for (const PredictedRelation& pr : preds) {
        const int gs = pred_to_gold[pr.src], gd = pred_to_gold[pr.dst];
        if (gs < 0 || gd < 0) continue;
        if ((row.src.count(gs) && row.dst.count(gd)) || (row.src.count(gd) && row.dst.count(gs))) {
          why += (why.empty() ? "predicted instead: " : ", ") + pr.type + "(" +
                 x.entities[pr.src].name + " -> " + x.entities[pr.dst].name + ")";
        }
      }
      if (why.empty()) why = "no typed relation between the two";
    }
    res.relation_findings.push_back({"FN " + row.line, why, ""});
  }
  return res;
}

// ---------------------------------------------------------------- report

struct Totals {
  Counts entities, relations;
  std::map<std::string, Counts> entities_by_type, relations_by_type;
  int modality_scored = 0, modality_right = 0, redundant = 0;
  int bilingual = 0, bilingual_merged = 0;
  int articles = 0;
  long long words = 0;
  double seconds = 0;

  void Add(const ArticleResult& r) {
    ++articles;
    entities += r.entities;
    relations += r.relations;
    for (const auto& [t, c] : r.entities_by_type) entities_by_type[t] += c;
    for (const auto& [t, c] : r.relations_by_type) relations_by_type[t] += c;
    modality_scored += r.modality_scored;
    modality_right += r.modality_right;
    redundant += r.redundant;
    bilingual += r.bilingual;
    bilingual_merged += r.bilingual_merged;
  }
};

void PrintRow(const std::string& label, const Counts& c) {
  std::printf("  %-16s %5d %5d %5d   %5.3f %5.3f %5.3f\n", label.c_str(), c.tp, c.fp, c.fn, c.P(),
              c.R(), c.F1());
}

void PrintHeader(const char* title) {
  std::printf("%-18s %5s %5s %5s   %5s %5s %5s\n", title, "tp", "fp", "fn", "P", "R", "F1");
}

nlohmann::json CountsJson(const Counts& c) {
  return {{"tp", c.tp},         {"fp", c.fp},      {"fn", c.fn},
          {"precision", c.P()}, {"recall", c.R()}, {"f1", c.F1()}};
}

struct Flags {
  std::string gold_dir = (fs::path(NG_SOURCE_DIR) / "bench/gold").lexically_normal().string();
  std::string shared_dir = (fs::path(NG_SOURCE_DIR) / "../shared").lexically_normal().string();
  bool no_default_dictionary = false;
  std::vector<std::string> dictionaries;
  bool verbose = false;
  bool json = false;
};

int Run(const Flags& flags) {
  std::error_code ec;
  if (!fs::is_directory(flags.shared_dir, ec)) {
    std::printf("%s not found: the articles are not in this clone; nothing to evaluate\n",
                flags.shared_dir.c_str());
    return kExitOk;
  }
  if (!fs::is_directory(flags.gold_dir, ec)) {
    std::fprintf(stderr, "kg_eval: %s: no such folder\n", flags.gold_dir.c_str());
    return kExitUsage;
  }
  std::vector<fs::path> folders;
  for (const fs::directory_entry& e : fs::directory_iterator(flags.gold_dir, ec)) {
    if (e.is_directory()) folders.push_back(e.path());
  }
  std::sort(folders.begin(), folders.end());

  app::LexiconOptions lexicon_options;
  lexicon_options.default_dictionary = !flags.no_default_dictionary;
  lexicon_options.dictionary_files = flags.dictionaries;
  StatusOr<nlp::Lexicon> lexicon = app::LoadLexicon(lexicon_options);
  if (!lexicon.ok()) {
    std::fprintf(stderr, "kg_eval: %s\n", lexicon.status().ToString().c_str());
    return kExitFailed;
  }
  nlp::Analyzer analyzer(*lexicon);
  ArticleSource articles(flags.shared_dir);

  int exit_code = kExitOk;
  std::vector<std::string> skipped;
  struct Analysed {
    std::string text, lang, gold_lang;
  };
  std::vector<Analysed> analysed;
  std::vector<ArticleResult> results;
  for (const fs::path& folder : folders) {
    StatusOr<GoldArticle> gold = LoadGold(folder);
    if (!gold.ok()) {
      std::fprintf(stderr, "kg_eval: %s\n", gold.status().ToString().c_str());
      exit_code = kExitFailed;
      continue;
    }
    StatusOr<ingest::Document> doc = articles.Find(gold->source);
    if (!doc.ok()) {
      const std::string note =
          gold->name + ": article absent (" + doc.status().ToString() + "); skipped";
      std::fprintf(stderr, "kg_eval: %s\n", note.c_str());
      skipped.push_back(note);
      continue;
    }
    const db::ArticleRecord record = app::ToRecord(*doc);
    const nlp::Extraction x = analyzer.Analyze(record.text, record.lang);
    results.push_back(Score(*gold, record.text, x));
    analysed.push_back({record.text, record.lang, gold->lang});
  }

  // Throughput: Analyze only, repeated over the set until the time is stable.
  std::map<std::string, Totals> by_lang;
  Totals all;
  for (const ArticleResult& r : results) {
    by_lang[r.lang].Add(r);
    all.Add(r);
  }
  int passes = 0;
  std::map<std::string, double> lang_seconds;
  double seconds = 0;
  while (!analysed.empty() && passes < kMaxBenchPasses &&
         (passes == 0 || seconds < kMinBenchSeconds)) {
    for (const Analysed& a : analysed) {
      const auto start = std::chrono::steady_clock::now();
      const nlp::Extraction x = analyzer.Analyze(a.text, a.lang);
      const double s =
          std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      lang_seconds[a.gold_lang] += s;
      seconds += s;
    }
    ++passes;
  }
  for (const Analysed& a : analysed) {
    const long long w = ng::CountWords(a.text);
    by_lang[a.gold_lang].words += w * passes;
    all.words += w * passes;
  }
  for (auto& [lang, t] : by_lang) t.seconds = lang_seconds[lang];
  all.seconds = seconds;
  auto words_per_second = [](const Totals& t) { return t.seconds > 0 ? t.words / t.seconds : 0; };

  if (flags.json) {
    nlohmann::json j;
    j["gold"] = flags.gold_dir;
    j["dictionary"] = flags.no_default_dictionary ? "none" : "default";
    j["user_dictionaries"] = flags.dictionaries;
    j["skipped"] = skipped;
    auto section = [&](const Totals& t) {
      nlohmann::json s;
      s["articles"] = t.articles;
      s["entities"] = CountsJson(t.entities);
      s["relations"] = CountsJson(t.relations);
      s["relations"]["redundant_fp"] = t.redundant;
      s["modality"] = {
          {"scored", t.modality_scored},
          {"right", t.modality_right},
          {"share", t.modality_scored ? 1.0 * t.modality_right / t.modality_scored : 0.0}};
      s["bilingual"] = {{"entities", t.bilingual}, {"merged", t.bilingual_merged}};
      s["throughput"] = {{"words", t.words},
                         {"seconds", t.seconds},
                         {"passes", passes},
                         {"words_per_second", words_per_second(t)}};
      for (const auto& [type, c] : t.entities_by_type) s["entities_by_type"][type] = CountsJson(c);
      for (const auto& [type, c] : t.relations_by_type) {
        s["relations_by_type"][type] = CountsJson(c);
      }
      return s;
    };
    j["overall"] = section(all);
    for (const auto& [lang, t] : by_lang) j["by_language"][lang] = section(t);
    for (const ArticleResult& r : results) {
      j["articles"][r.name] = {
          {"entities", CountsJson(r.entities)},
          {"relations", CountsJson(r.relations)},
          {"bilingual", {{"entities", r.bilingual}, {"merged", r.bilingual_merged}}}};
    }
    std::cout << j.dump(2) << "\n";
    return exit_code;
  }

  if (flags.verbose) {
    for (const ArticleResult& r : results) {
      if (r.entity_findings.empty() && r.relation_findings.empty()) continue;
      std::printf("== %s\n", r.name.c_str());
      for (const auto* list : {&r.entity_findings, &r.relation_findings}) {
        for (const Finding& f : *list) {
          std::printf("  %s", f.what.c_str());
          if (!f.why.empty()) std::printf("  [%s]", f.why.c_str());
          std::printf("\n");
          if (!f.context.empty()) std::printf("      \"%s\"\n", f.context.c_str());
        }
      }
      if (!r.bilingual_split.empty()) {
        std::printf("  bilingual not merged:");
        for (const std::string& n : r.bilingual_split) std::printf(" %s;", n.c_str());
        std::printf("\n");
      }
    }
    std::printf("\n");
  }

  std::printf("kg_eval: %d articles from %s (dictionary: %s", all.articles, flags.gold_dir.c_str(),
              flags.no_default_dictionary ? "none" : "default");
  for (const std::string& d : flags.dictionaries) std::printf(" + %s", d.c_str());
  std::printf(")");
  if (!skipped.empty()) std::printf(", %zu skipped (article absent)", skipped.size());
  std::printf("\n\n");

  std::printf("%-36s %6s %6s  %s\n", "per article", "ent F1", "rel F1", "bilingual merged");
  for (const ArticleResult& r : results) {
    std::printf("  %-34s %6.3f %6.3f  %d/%d\n", r.name.c_str(), r.entities.F1(), r.relations.F1(),
                r.bilingual_merged, r.bilingual);
  }
  std::printf("\n");

  PrintHeader("entities");
  for (const auto& [lang, t] : by_lang) PrintRow(lang, t.entities);
  PrintRow("all", all.entities);
  std::printf("\n");
  PrintHeader("typed relations");
  for (const auto& [lang, t] : by_lang) PrintRow(lang, t.relations);
  PrintRow("all", all.relations);
  if (all.redundant > 0) {
    std::printf("  (%d of the fp repeat a gold relation matched already, e.g. a second type)\n",
                all.redundant);
  }
  std::printf("\n");
  for (const auto& [lang, t] : by_lang) {
    std::printf(
        "relation modality %s: %d/%d matched relations with a gold modality have it right\n",
        lang.c_str(), t.modality_right, t.modality_scored);
  }
  std::printf("relation modality all: %d/%d (%.1f %%)\n", all.modality_right, all.modality_scored,
              all.modality_scored ? 100.0 * all.modality_right / all.modality_scored : 0.0);
  std::printf("bilingual entities merged: %d/%d\n\n", all.bilingual_merged, all.bilingual);

  PrintHeader("entities by type");
  for (const auto& [type, c] : all.entities_by_type) PrintRow(type, c);
  std::printf("\n");
  PrintHeader("relations by type");
  for (const auto& [type, c] : all.relations_by_type) PrintRow(type, c);
  std::printf("\n");

  std::printf("NLP throughput (Analyze only, one thread, %d passes):\n", passes);
  for (const auto& [lang, t] : by_lang) {
    std::printf("  %-4s %10lld words in %6.3f s = %6.2f M words/s\n", lang.c_str(), t.words,
                t.seconds, words_per_second(t) / 1e6);
  }
  std::printf("  %-4s %10lld words in %6.3f s = %6.2f M words/s\n", "all", all.words, all.seconds,
              words_per_second(all) / 1e6);
  return exit_code;
}

int Main(int argc, char** argv) {
  Flags flags;
  CLI::App app{"kg_eval: entity and relation P/R/F1 of the analyzer on the annotated dev set",
               "kg_eval"};
  app.add_option("--gold", flags.gold_dir, "Folder of gold folders")->capture_default_str();
  app.add_option("--shared", flags.shared_dir, "Shared folder the source.txt paths point into")
      ->capture_default_str();
  app.add_flag("--no-default-dictionary", flags.no_default_dictionary,
               "Do not load the bundled entity dictionary");
  app.add_option("--dictionary", flags.dictionaries,
                 "Extra entity dictionary (TSV: canonical<TAB>TYPE<TAB>alias|alias); repeatable");
  app.add_flag("-v,--verbose", flags.verbose, "List every false positive and false negative");
  app.add_flag("--json", flags.json, "Print the figures as JSON");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? kExitOk : kExitUsage;
  }
  return Run(flags);
}

}  // namespace
}  // namespace ng::bench

int main(int argc, char** argv) { return ng::bench::Main(argc, argv); }
