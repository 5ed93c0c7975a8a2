// Lexicon: the bilingual entity dictionary and the relation trigger words,
// loaded from data files (nlp/lexicon/*.tsv, embedded in the binary as the
// defaults; users add their own with --dictionary).
//
// Entity file, one entity a line: `canonical<TAB>TYPE<TAB>alias|alias|...`.
// A later entry with the same canonical name extends (aliases) and overrides
// (type) the earlier one, so a user file can correct the default dictionary.
// Trigger file: `kind<TAB>lang<TAB>form<TAB>value[<TAB>flags]`, see
// nlp/lexicon/README.md.
//
// A Lexicon is immutable after loading and safe to share between threads.
#ifndef NEWSGRAPH_NLP_LEXICON_H_
#define NEWSGRAPH_NLP_LEXICON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/status.h"
#include "nlp/extraction.h"

namespace ng::nlp {

struct LexiconEntry {
  std::string name;  // canonical, English where known
  EntityType type = EntityType::kOther;
  std::vector<std::string> aliases;  // includes name
};

// How a trigger word links its arguments.
enum class TriggerKind {
  kVerb,     // predicate: subject -> object ("인수", "acquire")
  kRole,     // person's role at an organisation ("최고경영자", "CEO", "회장")
  kOrgRole,  // organisation's role to another ("모회사", "parent", "경쟁사")
  kCue,      // modality cue ("검토", "talks", "더 이상")
};

struct Trigger {
  TriggerKind kind = TriggerKind::kVerb;
  std::string lang;      // "ko" or "en"
  std::string form;      // surface form; English forms are matched as word prefixes
  std::string value;     // relation type, or modality name for cues
  bool inverse = false;  // flag "inverse": the role holder is the relation's target
  bool passive = false;  // flag "passive": the form itself is passive ("acquired by")
  bool seller = false;   // flag "seller": "X sold Y to Z" means Z ACQUIRES Y
  // Derived at load time for matching: the form in ASCII lower case without a
  // trailing '*', and whether that '*' asked for prefix matching.
  std::string lower;
  bool prefix = false;
};

// A prefix tree over name keys (see NameKey) that finds dictionary names in
// text in one pass. Values are small integers chosen by the caller.
class NameTrie {
 public:
  NameTrie();
  void Add(std::string_view key, int32_t value);
  // Follows the edge for `cp` from `node`; returns -1 when there is none.
  int32_t Step(int32_t node, char32_t cp) const;
  // Value stored at `node`, or -1.
  int32_t ValueAt(int32_t node) const { return nodes_[node].value; }
  static constexpr int32_t kRoot = 0;
  bool empty() const { return nodes_.size() == 1; }

 private:
  struct Node {
    int32_t value = -1;
  };
  // Edges live in one flat open-addressing table keyed by (node << 32 | cp):
  // a lookup is a multiply, a mask and usually one probe (the matcher calls
  // Step for every character of every article).
  struct Edge {
    uint64_t key = kEmpty;
    int32_t child = -1;
  };
  static constexpr uint64_t kEmpty = ~uint64_t{0};
  static size_t Slot(uint64_t key, size_t mask) {
    // splitmix64's finaliser: every key bit reaches the low bits we keep.
    key ^= key >> 30;
    key *= 0xBF58476D1CE4E5B9ull;
    key ^= key >> 27;
    key *= 0x94D049BB133111EBull;
    key ^= key >> 31;
    return static_cast<size_t>(key) & mask;
  }
  void Grow();
  std::vector<Node> nodes_;
  std::vector<Edge> edges_;
  size_t edge_count_ = 0;
};

class Lexicon {
 public:
  // The default dictionary and triggers compiled into the binary.
  // Returns an error only if the embedded data is broken (a bug).
  static StatusOr<Lexicon> LoadDefault(bool include_entities = true);

  // Adds entities from TSV text; `source` names it in error messages
  // ("my.tsv: line 12: unknown type \"COMPANY\"").
  Status AddEntities(std::string_view tsv, std::string_view source);
  Status AddTriggers(std::string_view tsv, std::string_view source);

  // Given names ("Carlos", "Masayoshi") that mark a capitalised sequence in
  // English text as a person's name. Whitespace-separated, '#' comments.
  void AddGivenNames(std::string_view text);
  bool IsGivenName(std::string_view word) const {
    return given_names_.count(std::string(word)) > 0;
  }

  const std::vector<LexiconEntry>& entries() const { return entries_; }
  const std::vector<Trigger>& triggers() const { return triggers_; }

  // Alias lookup structures, rebuilt by AddEntities.
  struct AliasInfo {
    int32_t entry = 0;
    char32_t first = 0;  // first character of the alias as written (case matters for Latin)
  };
  const NameTrie& trie() const { return trie_; }
  const std::vector<AliasInfo>& aliases() const { return alias_info_; }

 private:
  void Rebuild();
  std::vector<LexiconEntry> entries_;
  std::unordered_map<std::string, size_t> by_name_;
  std::vector<Trigger> triggers_;
  std::unordered_set<std::string> given_names_;
  NameTrie trie_;
  std::vector<AliasInfo> alias_info_;
};

}  // namespace ng::nlp

#endif  // NEWSGRAPH_NLP_LEXICON_H_
