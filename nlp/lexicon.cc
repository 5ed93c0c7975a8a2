#include "nlp/lexicon.h"

#include <algorithm>

#include "base/utf8.h"
#include "nlp/normalize.h"

extern const char kDefaultEntityLexicon[];
extern const size_t kDefaultEntityLexiconSize;
extern const char kDefaultRelationLexicon[];
extern const size_t kDefaultRelationLexiconSize;
extern const char kDefaultGivenNames[];
extern const size_t kDefaultGivenNamesSize;

namespace ng::nlp {
namespace {

std::vector<std::string_view> SplitView(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    const size_t pos = s.find(sep, start);
    out.push_back(s.substr(start, pos == std::string_view::npos ? s.npos : pos - start));
    if (pos == std::string_view::npos) break;
    start = pos + 1;
  }
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Calls fn(line_number, fields) for every non-comment, non-blank line.
template <typename Fn>
Status ForEachRow(std::string_view tsv, std::string_view source, Fn fn) {
  if (!utf8::IsValid(tsv)) return Status::InvalidArgument(std::string(source) + ": invalid UTF-8");
  int line_no = 0;
  for (std::string_view line : SplitView(tsv, '\n')) {
    ++line_no;
    line = Trim(line);
    if (line.empty() || line.front() == '#') continue;
    std::vector<std::string_view> fields = SplitView(line, '\t');
    for (auto& f : fields) f = Trim(f);
    Status s = fn(line_no, fields);
    if (!s.ok()) {
      return Status::InvalidArgument(std::string(source) + ": line " + std::to_string(line_no) +
                                     ": " + s.message());
    }
  }
  return Status::Ok();
}

}  // namespace

NameTrie::NameTrie() : edges_(64) { nodes_.emplace_back(); }

void NameTrie::Grow() {
  std::vector<Edge> old(edges_.size() * 2);
  old.swap(edges_);
  const size_t mask = edges_.size() - 1;
  for (const Edge& e : old) {
    if (e.key == kEmpty) continue;
    size_t i = Slot(e.key, mask);
    while (edges_[i].key != kEmpty) i = (i + 1) & mask;
    edges_[i] = e;
  }
}

void NameTrie::Add(std::string_view key, int32_t value) {
  int32_t node = kRoot;
  for (size_t i = 0; i < key.size();) {
    const char32_t cp = utf8::Decode(key, &i);
    int32_t child = Step(node, cp);
    if (child < 0) {
      if ((edge_count_ + 1) * 2 > edges_.size()) Grow();  // load factor <= 1/2
      nodes_.emplace_back();
      child = static_cast<int32_t>(nodes_.size() - 1);
      const uint64_t edge = (static_cast<uint64_t>(node) << 32) | cp;
      const size_t mask = edges_.size() - 1;
      size_t slot = Slot(edge, mask);
      while (edges_[slot].key != kEmpty) slot = (slot + 1) & mask;
      edges_[slot] = {edge, child};
      ++edge_count_;
    }
    node = child;
  }
  nodes_[node].value = value;
}

int32_t NameTrie::Step(int32_t node, char32_t cp) const {
  const uint64_t edge = (static_cast<uint64_t>(node) << 32) | cp;
  const size_t mask = edges_.size() - 1;
  for (size_t slot = Slot(edge, mask);; slot = (slot + 1) & mask) {
    const Edge& e = edges_[slot];
    if (e.key == edge) return e.child;
    if (e.key == kEmpty) return -1;
  }
}

StatusOr<Lexicon> Lexicon::LoadDefault(bool include_entities) {
  Lexicon lexicon;
  if (include_entities) {
    NG_RETURN_IF_ERROR(lexicon.AddEntities(
        std::string_view(kDefaultEntityLexicon, kDefaultEntityLexiconSize), "entities.tsv"));
  }
  NG_RETURN_IF_ERROR(lexicon.AddTriggers(
      std::string_view(kDefaultRelationLexicon, kDefaultRelationLexiconSize), "relations.tsv"));
  lexicon.AddGivenNames(std::string_view(kDefaultGivenNames, kDefaultGivenNamesSize));
  return lexicon;
}

void Lexicon::AddGivenNames(std::string_view text) {
  for (std::string_view line : SplitView(text, '\n')) {
    if (line.empty() || line.front() == '#') continue;
    size_t i = 0;
    while (i < line.size()) {
      while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r')) ++i;
      size_t j = i;
      while (j < line.size() && line[j] != ' ' && line[j] != '\t' && line[j] != '\r') ++j;
      if (j > i) given_names_.emplace(line.substr(i, j - i));
      i = j;
    }
  }
}

Status Lexicon::AddEntities(std::string_view tsv, std::string_view source) {
  Status status = ForEachRow(tsv, source, [&](int, const std::vector<std::string_view>& f) {
    if (f.size() < 2 || f[0].empty()) {
      return Status::InvalidArgument("expected canonical<TAB>TYPE<TAB>aliases");
    }
    EntityType type;
    if (!ParseEntityType(f[1], &type)) {
      return Status::InvalidArgument("unknown type \"" + std::string(f[1]) +
                                     "\" (PERSON, ORG, PRODUCT, PLACE, OTHER)");
    }
    const std::string name(f[0]);
    auto [it, inserted] = by_name_.emplace(name, entries_.size());
    if (inserted) entries_.push_back({name, type, {name}});
    LexiconEntry& entry = entries_[it->second];
    entry.type = type;
    if (f.size() >= 3) {
      for (std::string_view alias : SplitView(f[2], '|')) {
        alias = Trim(alias);
        if (alias.empty()) continue;
        if (std::find(entry.aliases.begin(), entry.aliases.end(), alias) == entry.aliases.end()) {
          entry.aliases.emplace_back(alias);
        }
      }
    }
    return Status::Ok();
  });
  Rebuild();
  return status;
}

Status Lexicon::AddTriggers(std::string_view tsv, std::string_view source) {
  return ForEachRow(tsv, source, [&](int, const std::vector<std::string_view>& f) {
    if (f.size() < 4) return Status::InvalidArgument("expected kind<TAB>lang<TAB>form<TAB>value");
    Trigger t;
    if (f[0] == "verb") {
      t.kind = TriggerKind::kVerb;
    } else if (f[0] == "role") {
      t.kind = TriggerKind::kRole;
    } else if (f[0] == "orgrole") {
      t.kind = TriggerKind::kOrgRole;
    } else if (f[0] == "cue") {
      t.kind = TriggerKind::kCue;
    } else {
      return Status::InvalidArgument("unknown kind \"" + std::string(f[0]) + "\"");
    }
    t.lang = f[1];
    t.form = f[2];
    t.value = f[3];
    if (t.kind == TriggerKind::kCue) {
      Modality m;
      if (!ParseModality(t.value, &m)) {
        return Status::InvalidArgument("unknown modality \"" + t.value + "\"");
      }
    } else if (!IsRelationType(t.value)) {
      return Status::InvalidArgument("unknown relation type \"" + t.value + "\"");
    }
    if (f.size() >= 5) {
      for (std::string_view flag : SplitView(f[4], ',')) {
        flag = Trim(flag);
        if (flag == "inverse") {
          t.inverse = true;
        } else if (flag == "passive") {
          t.passive = true;
        } else if (flag == "seller") {
          t.seller = true;
        } else if (!flag.empty()) {
          return Status::InvalidArgument("unknown flag \"" + std::string(flag) + "\"");
        }
      }
    }
    if (t.form.empty()) return Status::InvalidArgument("empty form");
    t.prefix = t.form.ends_with('*');
    t.lower = t.prefix ? t.form.substr(0, t.form.size() - 1) : t.form;
    for (char& c : t.lower) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    }
    triggers_.push_back(std::move(t));
    return Status::Ok();
  });
}

void Lexicon::Rebuild() {
  trie_ = NameTrie();
  alias_info_.clear();
  std::unordered_map<std::string, size_t> by_key;
  for (size_t e = 0; e < entries_.size(); ++e) {
    for (const std::string& alias : entries_[e].aliases) {
      const std::string key = NameKey(alias);
      if (key.empty()) continue;
      size_t i = 0;
      const char32_t first = utf8::Decode(alias, &i);
      auto [it, inserted] = by_key.emplace(key, alias_info_.size());
      if (!inserted) {
        // Two forms with one key ("xAI", "X.AI"): a later entry takes the key;
        // forms of the same entry that differ in the case of their first
        // letter lift the case check.
        AliasInfo& info = alias_info_[it->second];
        if (info.entry == static_cast<int32_t>(e)) {
          if (info.first != first) info.first = 0;
        } else {
          info = {static_cast<int32_t>(e), first};
        }
        continue;
      }
      alias_info_.push_back({static_cast<int32_t>(e), first});
      trie_.Add(key, static_cast<int32_t>(alias_info_.size() - 1));
    }
  }
}

}  // namespace ng::nlp
