#include "nlp/analyzer.h"

#include <algorithm>
#include <array>
#include <bitset>
#include <cstring>
#include <deque>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "base/strings.h"
#include "base/utf8.h"
#include "nlp/josa.h"
#include "nlp/normalize.h"
#include "nlp/text_cues.h"
#include "nlp/word_lists.h"

namespace ng::nlp {
namespace {

// Text cues (nlp/text_cues.h) by their short names.
using text::CountHangul;
using text::CpAt;
using text::EndsWithAt;
using text::HangulRunEnd;
using text::HasHangul;
using text::HasLatin;
using text::IsAsciiAlnum;
using text::IsDefinedTerm;
using text::IsDigit;
using text::IsLatin;
using text::IsMixedScriptTerm;
using text::IsQuote;
using text::IsStopName;
using text::IsTechAcronym;
using text::IsUpper;
using text::IsWordChar;
using text::LooksLikeLatinName;
using text::PrevCp;
using text::StartsWithAt;
using text::SyllableSet;
using text::Words;

// Word lists (nlp/word_lists.h) by their short names.
using lists::EndsInVerbalSyllable;
using lists::HasTransliterationSyllable;
using lists::IsAllCaps;
using lists::IsAnaphorNoun;
using lists::IsBuildingNoun;
using lists::IsCorporateSuffix;
using lists::IsDemonym;
using lists::IsDepartment;
using lists::IsDivisionNoun;
using lists::IsEnglishStopWord;
using lists::IsExchangePrefix;
using lists::IsKnownDemonym;
using lists::IsKoreanProductNoun;
using lists::IsKoreanSurname;
using lists::IsLatinInitials;
using lists::IsNamingNoun;
using lists::IsOrgNoun;
using lists::IsOrgPlural;
using lists::IsOrgSuffix;
using lists::IsPersonNoun;
using lists::IsProductClassNoun;
using lists::IsProductHeadNoun;
using lists::IsProductNoun;
using lists::IsProductPlural;
using lists::IsRoleOrGeneric;
using lists::IsSubjectRole;
using lists::IsTitleModifier;
using lists::LooksLikeKoreanName;
using lists::StripTrailingPunct;
using lists::ToLowerAscii;

// The trigger-index key of the English form at `at` of `s`: its first two
// bytes, the second 0 when the form has one letter ("a" of "a unit").
uint16_t EnglishKey(std::string_view s, size_t at) {
  if (at >= s.size()) return 0;
  const auto first = static_cast<unsigned char>(s[at]);
  const auto second = at + 1 < s.size() ? static_cast<unsigned char>(s[at + 1]) : 0;
  return static_cast<uint16_t>(first << 8 | second);
}

// Substring search keyed on the needle's last byte that is no space.
// std::string_view::find stops at every byte equal to the needle's first
// one: for a Hangul needle a third of all syllables share that lead byte, and
// for " on " or "Copyright " it is every word. The last byte of a syllable,
// or the last letter, is far more selective.
size_t FindBytes(std::string_view hay, std::string_view needle, size_t pos = 0) {
  if (needle.size() < 2) return hay.find(needle, pos);
  size_t off = needle.size() - 1;
  while (off > 0 && needle[off] == ' ') --off;
  for (size_t i = pos + off; i < hay.size();) {
    const void* p = std::memchr(hay.data() + i, needle[off], hay.size() - i);
    if (p == nullptr) return std::string_view::npos;
    const size_t j = static_cast<size_t>(static_cast<const char*>(p) - hay.data());
    if (j - off + needle.size() > hay.size()) return std::string_view::npos;
    if (std::memcmp(hay.data() + j - off, needle.data(), needle.size()) == 0) return j - off;
    i = j + 1;
  }
  return std::string_view::npos;
}

// ------------------------------------------------------------------ matching

struct EntityRef {
  bool local = false;  // index into the article's local entities, else the dictionary
  int32_t index = -1;
  bool operator<(const EntityRef& o) const {
    return local != o.local ? local < o.local : index < o.index;
  }
  bool operator==(const EntityRef& o) const { return local == o.local && index == o.index; }
};

struct LocalEntity {
  std::string name;
  EntityType type = EntityType::kOrg;
  std::vector<std::string> aliases;
};

struct LocalAlias {
  EntityRef ref;
  char32_t first = 0;
};

struct RawMention {
  EntityRef ref;
  int sentence = 0;
  size_t begin = 0, end = 0;  // the name
  ParticleRole role = ParticleRole::kNone;
  size_t tail_end = 0;  // end of the particle / closing punctuation after it
  bool via_local = false;
  bool anaphor = false;  // "the company", "it": stands for an earlier name
};

// ------------------------------------------------------------------ relations

struct Arg {
  int mention = -1;  // index into the sentence's mention list
};

bool TypeFits(std::string_view rel, EntityType src, EntityType dst) {
  using T = EntityType;
  const bool src_actor = src == T::kOrg || src == T::kPerson;
  if (rel == "CEO_OF" || rel == "LEADS" || rel == "WORKS_FOR") {
    return src == T::kPerson && (dst == T::kOrg || dst == T::kPlace);
  }
  if (rel == "FOUNDED") return src_actor && dst == T::kOrg;
  if (rel == "PARENT_OF") return src == T::kOrg && dst == T::kOrg;
  if (rel == "ACQUIRES") return src_actor && (dst == T::kOrg || dst == T::kProduct);
  if (rel == "INVESTS_IN" || rel == "OWNS") {
    // Governments take stakes ("the US took 10 % of Intel").
    return (src_actor || src == T::kPlace) && (dst == T::kOrg || dst == T::kProduct);
  }
  if (rel == "DEVELOPS") return src_actor && dst == T::kProduct;
  if (rel == "PARTNERS_WITH") {
    return (src_actor || src == T::kPlace) &&
           (dst == T::kOrg || dst == T::kPerson || dst == T::kPlace);
  }
  if (rel == "COMPETES_WITH") {
    return (src == dst) || (src_actor && (dst == T::kOrg || dst == T::kPerson));
  }
  return true;
}

}  // namespace

struct Analyzer::Impl {
  const Lexicon& lexicon;
  AnalyzerOptions options;
  Segmenter segmenter;

  // Triggers split by kind and language, for the sentence scans.
  std::vector<const Trigger*> roles[2], orgroles[2], verbs[2], cues[2];
  // Korean verbs of partnership or competition; Korean verbs other than LEADS.
  std::vector<const Trigger*> ko_partner_verbs, ko_business_verbs;
  std::unordered_map<char32_t, std::vector<const Trigger*>> by_first[2];
  // English forms by their first two lower-case bytes (second 0 for a
  // one-letter form): a word start looks at a handful of triggers, not at
  // every trigger that shares its first letter.
  std::unordered_map<uint16_t, std::vector<const Trigger*>> en_by_two;

  // Per-article state.
  std::string_view text;
  std::string lower_text;  // `text` with ASCII letters in lower case (same offsets)
  std::unordered_set<std::string_view> titled_surnames;  // "Ghosn" of "Mr Ghosn"
  // Sentences with a quoted name after a word not yet known as a maker.
  std::vector<int> quoted_retry;
  // Acronyms the article defines as terms: "인수후통합(PMI)", "중간재(MHP)".
  std::unordered_set<std::string_view> term_acronyms;
  std::vector<Sentence> sentences;
  std::vector<LocalEntity> locals;
  std::unordered_map<std::string, EntityRef> local_keys;  // name key -> entity
  NameTrie local_trie;
  std::vector<LocalAlias> local_aliases;

  Impl(const Lexicon& lex, AnalyzerOptions opts)
      : lexicon(lex), options(opts), segmenter(SegmentOptions{opts.max_sentence_bytes}) {
    for (const Trigger& t : lexicon.triggers()) {
      const int lang = t.lang == "ko" ? 0 : 1;
      switch (t.kind) {
        case TriggerKind::kRole:
          roles[lang].push_back(&t);
          break;
        case TriggerKind::kOrgRole:
          orgroles[lang].push_back(&t);
          break;
        case TriggerKind::kVerb:
          verbs[lang].push_back(&t);
          if (lang == 0 && (t.value == "PARTNERS_WITH" || t.value == "COMPETES_WITH")) {
            ko_partner_verbs.push_back(&t);
          }
          if (lang == 0 && t.value != "LEADS") ko_business_verbs.push_back(&t);
          break;
        case TriggerKind::kCue:
          cues[lang].push_back(&t);
          break;
      }
    }
    // Index every form by its first character (Korean: code point; English:
    // lower-case letter) so that one pass over a sentence finds all triggers.
    for (const Trigger& t : lexicon.triggers()) {
      const int lang = t.lang == "ko" ? 0 : 1;
      size_t i = 0;
      const char32_t first = lang == 0
                                 ? utf8::Decode(t.form, &i)
                                 : static_cast<unsigned char>(t.lower.empty() ? 0 : t.lower[0]);
      by_first[lang][first].push_back(&t);
    }
    for (auto& index : by_first) {
      for (auto& [first, list] : index) {
        std::stable_sort(list.begin(), list.end(), [](const Trigger* a, const Trigger* b) {
          return a->form.size() > b->form.size();
        });
      }
    }
    for (const auto& [first, list] : by_first[1]) {
      for (const Trigger* t : list) en_by_two[EnglishKey(t->lower, 0)].push_back(t);
    }
    // Longest forms first so that "지분 투자" wins over "투자".
    for (auto* list : {roles, orgroles, verbs, cues}) {
      for (int l = 0; l < 2; ++l) {
        std::stable_sort(list[l].begin(), list[l].end(), [](const Trigger* a, const Trigger* b) {
          return a->form.size() > b->form.size();
        });
      }
    }
  }

  EntityType TypeOf(const EntityRef& ref) const {
    return ref.local ? locals[ref.index].type : lexicon.entries()[ref.index].type;
  }

  // ---------------------------------------------------------------- local names

  // Registers `form` as a name of `ref` for this article.
  void AddLocalAlias(std::string_view form, EntityRef ref, bool vouched = false) {
    const std::string key = FoldNameKey(form);
    if (CountHangul(key) == 1 && key.size() <= 3) return;  // one syllable: far too ambiguous
    if (key.size() < 2 && !(vouched && key.size() == 1 && IsUpper(form[0]))) return;
    local_keys.emplace(key, ref);
    size_t i = 0;
    local_aliases.push_back({ref, utf8::Decode(form, &i)});
    local_trie.Add(key, static_cast<int32_t>(local_aliases.size() - 1));
    if (ref.local) {
      auto& aliases = locals[ref.index].aliases;
      if (std::find(aliases.begin(), aliases.end(), form) == aliases.end()) {
        aliases.emplace_back(form);
      }
    }
  }

  // The dictionary entry whose alias key equals `form`'s key, or -1.
  int32_t DictionaryLookup(std::string_view form) const {
    const std::string key = FoldNameKey(form);
    const NameTrie& trie = lexicon.trie();
    int32_t node = NameTrie::kRoot;
    for (size_t i = 0; i < key.size() && node >= 0;) node = trie.Step(node, utf8::Decode(key, &i));
    if (node < 0) return -1;
    const int32_t alias = trie.ValueAt(node);
    return alias < 0 ? -1 : lexicon.aliases()[alias].entry;
  }

  // Finds or creates the entity for a name discovered in the text, with all
  // its forms; a form the dictionary or the article already knows links them.
  EntityRef Discover(const std::vector<std::string>& forms, EntityType type, bool vouched = false) {
    EntityRef ref;
    for (const std::string& form : forms) {
      auto it = local_keys.find(FoldNameKey(form));
      if (it != local_keys.end()) {
        ref = it->second;
        break;
      }
      const int32_t entry = DictionaryLookup(form);
      if (entry >= 0) {
        ref = {false, entry};
        break;
      }
    }
    if (ref.index < 0) {
      LocalEntity e;
      // Canonical: the English form when there is one.
      e.name = forms.front();
      for (const std::string& f : forms) {
        if (!HasHangul(f)) {
          e.name = f;
          break;
        }
      }
      e.type = type;
      locals.push_back(std::move(e));
      ref = {true, static_cast<int32_t>(locals.size() - 1)};
    }
    for (const std::string& f : forms) AddLocalAlias(f, ref, vouched && !ref.local);
    return ref;
  }

  // Type of an unknown name from the words around it.
  EntityType GuessType(size_t name_begin, size_t name_end, EntityType fallback) const {
    static constexpr std::string_view kProductAfter[] = {
        "로켓", "챗봇",    "모델",  "칩",     "서비스", "앱",  "플랫폼",   "스마트폰", "반도체",
        "엔진", "chatbot", "model", "rocket", "chip",   "app", "platform", "phone",    "service"};
    static constexpr std::string_view kOrgNear[] = {"기업", "회사",    "업체",    "스타트업",
                                                    "그룹", "company", "startup", "firm"};
    // Look at up to 24 bytes after the name (past closing quotes and parens).
    size_t after = name_end;
    int depth = 0;
    while (after < text.size() && after < name_end + 80) {
      const char c = text[after];
      if (c == '(') ++depth;
      if (c == ')') --depth;
      if (depth <= 0 && c != ')' && c != '\'' && c != '"' && c != '*' &&
          static_cast<unsigned char>(c) < 0x80 && c != ' ')
        break;
      if (static_cast<unsigned char>(c) >= 0x80) {
        // A whole code point: a closing quote ("’") is skipped, inside the
        // parentheses anything is.
        size_t next = after;
        const char32_t cp = utf8::Decode(text, &next);
        if (depth <= 0 && !IsQuote(cp)) break;
        after = next;
        continue;
      }
      ++after;
    }
    const std::string_view window = text.substr(after, std::min<size_t>(24, text.size() - after));
    // Launched or unveiled as an object: "'오토클립Ai' 공개", "X를 출시".
    {
      std::string_view w = window;
      for (std::string_view particle : {"을 ", "를 ", "도 "}) {
        if (w.starts_with(particle)) w.remove_prefix(particle.size());
      }
      for (std::string_view verb : {"공개", "출시", "선보", "론칭", "선봬"}) {
        if (w.starts_with(verb) && window.size() - w.size() <= 4) return EntityType::kProduct;
      }
    }
    // The noun right after the name says what it is: "'노바' 로켓", "xAI 기업".
    for (std::string_view w : kOrgNear) {
      if (window.starts_with(w)) return EntityType::kOrg;
    }
    for (const Trigger* t : roles[0]) {
      if (window.starts_with(t->form)) return EntityType::kOrg;  // "오픈AI CEO"
    }
    for (std::string_view w : kProductAfter) {
      if (window.starts_with(w)) {
        const std::string_view rest = window.substr(w.size());
        if (!rest.starts_with(" 회사") && !rest.starts_with(" 기업") && !rest.starts_with("회사") &&
            !rest.starts_with("업체") && !rest.starts_with(" 업체") && !rest.starts_with(" 제조")) {
          return EntityType::kProduct;
        }
      }
    }
    // The noun right before it: "홈트레이닝 플랫폼 콰트(QUAT)".
    {
      size_t e = name_begin;
      while (e > 0 && (text[e - 1] == ' ' || IsQuote(CpAt(text, PrevCp(text, e))))) {
        e = text[e - 1] == ' ' ? e - 1 : PrevCp(text, e);
      }
      size_t b = e;
      while (b > 0 && text[b - 1] != ' ' && text[b - 1] != '\n') --b;
      if (e < name_begin && IsKoreanProductNoun(text.substr(b, e - b))) return EntityType::kProduct;
    }
    const size_t before_begin = name_begin >= 20 ? name_begin - 20 : 0;
    const std::string_view before = text.substr(before_begin, name_begin - before_begin);
    for (std::string_view w : kOrgNear) {
      if (before.find(w) != std::string_view::npos) return EntityType::kOrg;
    }
    return fallback;
  }

  // `한글(English)` and `English(한글)` pairs.
  void DiscoverParenPairs(const Sentence& s) {
    size_t pos = s.begin;
    while (true) {
      const size_t open = text.find('(', pos);
      if (open == std::string_view::npos || open >= s.end) break;
      const size_t close = text.find(')', open);
      pos = open + 1;
      if (close == std::string_view::npos || close >= s.end || close - open > 80) continue;
      const std::string_view inner = text.substr(open + 1, close - open - 1);
      if (open == s.begin || IsTechAcronym(inner)) continue;
      const char32_t before = CpAt(text, PrevCp(text, open));
      // Hangul right before "(", or a mixed word ending in Latin: "오토클립Ai(AutoClipAi)".
      const bool hangul_before =
          utf8::IsHangul(before) || (IsLatin(before) && HasHangul(WordBefore(open, s.begin)) &&
                                     FoldNameKey(WordBefore(open, s.begin)).size() >= 6);
      if (LooksLikeLatinName(inner) && hangul_before) {
        // Hangul words before "(": as many as the English name has, stopping at
        // a word that carries a particle, a quote or punctuation.
        const size_t want = Words(inner).size();
        std::vector<std::string_view> taken;
        size_t end = open;
        size_t cursor = open;
        while (taken.size() < std::max<size_t>(want, 1) && cursor > s.begin) {
          size_t b = cursor;
          while (b > s.begin && text[b - 1] != ' ') --b;
          std::string_view word = text.substr(b, cursor - b);
          // Strip a leading quote or asterisks from the first word.
          size_t lead = 0;
          while (lead < word.size()) {
            size_t k = lead;
            const char32_t cp = utf8::Decode(word, &k);
            if (!IsQuote(cp)) break;
            lead = k;
          }
          const bool stop_after = lead > 0;
          word.remove_prefix(lead);
          if (word.empty() || (!HasHangul(word) && !HasLatin(word))) break;
          bool ok = true;
          for (size_t k = 0; k < word.size();) {
            const char32_t cp = utf8::Decode(word, &k);
            if (!IsWordChar(cp) && cp != '-' && cp != '&' && cp != '.') ok = false;
          }
          if (!ok) break;
          if (!taken.empty()) {
            // An earlier word that ends in a particle belongs to the sentence.
            const ParticleSplit split = SplitParticle(word, 2);
            if (split.stem_bytes != word.size() || IsRoleOrGeneric(word)) break;
          } else if (IsRoleOrGeneric(word)) {
            break;
          }
          taken.push_back(word);
          cursor = b > s.begin ? b - 1 : b;
          if (stop_after) break;
        }
        if (taken.empty()) continue;
        std::reverse(taken.begin(), taken.end());
        const size_t name_begin = taken.front().data() - text.data();
        const std::string hangul(text.substr(name_begin, end - name_begin));
        if (CountHangul(hangul) < 2 || IsDefinedTerm(hangul, inner) || hangul.ends_with("다") ||
            term_acronyms.count(inner)) {
          continue;
        }
        // "'더 그라운드 트루스 프로바이더(The Ground Truth Provider)'로서": a role
        // the company takes ("as ..."), not a name.
        {
          size_t after = close + 1;
          while (after < s.end && IsQuote(CpAt(text, after))) {
            utf8::Decode(text, &after);
          }
          if (StartsWithAt(text, after, "로서") || StartsWithAt(text, after, "으로서")) continue;
        }
        const EntityType type = GuessType(name_begin, close + 1, EntityType::kOrg);
        Discover({hangul, std::string(inner)}, type);
      } else if (HasHangul(inner) && !HasLatin(inner) && IsLatin(before)) {
        // English(한글): "X(트위터)".
        const std::vector<std::string_view> inner_words = Words(inner);
        if (inner_words.empty() || inner_words.size() > 2 || IsStopName(inner) ||
            inner.ends_with("다")) {
          continue;  // "Yes(그렇다)": a gloss, not a name
        }
        if (SplitParticle(inner_words.back(), 2).stem_bytes != inner_words.back().size()) continue;
        bool plain = true;
        for (size_t k = 0; k < inner.size();) {
          const char32_t cp = utf8::Decode(inner, &k);
          if (!utf8::IsHangul(cp) && cp != ' ') plain = false;
        }
        if (!plain) continue;
        size_t b = open;
        while (b > s.begin && text[b - 1] != ' ' && !IsQuote(CpAt(text, PrevCp(text, b)))) {
          b = PrevCp(text, b);
        }
        const std::string_view latin = text.substr(b, open - b);
        if (latin.empty() || HasHangul(latin) || term_acronyms.count(latin)) continue;
        if (!LooksLikeLatinName(latin) && !(latin.size() == 1 && IsUpper(latin[0]))) continue;
        if (DictionaryLookup(latin) < 0 && DictionaryLookup(inner) < 0 && latin.size() == 1) {
          continue;  // a lone capital letter needs the dictionary to vouch for it
        }
        Discover({std::string(latin), std::string(inner)},
                 GuessType(b, close + 1, EntityType::kOrg),
                 /*vouched=*/latin.size() == 1);
      }
    }
  }

  // Names next to role words: "최고경영자(CEO) 샘 알트만", "CEO Sam Altman".
  void DiscoverRoleNames(const Sentence& s) {
    const std::string_view sent = text.substr(s.begin, s.end - s.begin);
    const bool korean = KoreanSentence(s);
    for (const Hit& hit : RawHits(IndexOf(s))) {
      const Trigger* t = hit.trigger;
      if (t->kind != TriggerKind::kRole) continue;
      // Staff titles ("analyst") name people only in English and only when
      // the name is followed by its employer or the sentence goes on:
      // "said analyst Erling Refsum at Nomura".
      const bool staff = t->value == "WORKS_FOR" && t->form != "CFO" && t->form != "CTO";
      if (staff && korean) continue;
      // "market leader Best Buy", "industry leader X": a firm's rank, no title.
      if (!korean &&
          (EndsWithAt(text, hit.begin, "market ") || EndsWithAt(text, hit.begin, "industry ") ||
           EndsWithAt(text, hit.begin, "sector "))) {
        continue;
      }
      {
        size_t p = hit.end - s.begin;
        // Skip "(CEO)" and spaces.
        // Spaces between the role and the name (after "(CEO)" in Korean).
        size_t spaced = p;
        while (p < sent.size() && sent[p] == ' ') ++p;
        if (p < sent.size() && sent[p] == '(') {
          const size_t close = sent.find(')', p);
          if (close == std::string_view::npos || close - p > 24) continue;
          p = close + 1;
          spaced = p;
          while (p < sent.size() && sent[p] == ' ') ++p;
        } else if (korean) {
          continue;  // Korean names follow "(CEO)"; others come before titles
        }
        if (p >= sent.size() || p == spaced) continue;
        std::vector<std::string_view> words;
        size_t q = p;
        while (q < sent.size() && words.size() < 3) {
          size_t e = q;
          while (e < sent.size() && sent[e] != ' ' && sent[e] != ',' && sent[e] != '.') ++e;
          std::string_view w = sent.substr(q, e - q);
          if (w.empty()) break;
          if (korean) {
            if (!std::all_of(w.begin(), w.end(), [](char) { return true; }) || !HasHangul(w) ||
                HasLatin(w))
              break;
            const ParticleSplit split = SplitParticle(w, 2);
            words.push_back(w.substr(0, split.stem_bytes));
            if (split.stem_bytes != w.size()) break;
          } else {
            if (w.empty() || !IsUpper(w[0])) break;
            // "Chief Executive Officer Mark Tarr": the rest of a capitalised
            // title before the name.
            static const std::unordered_set<std::string_view> kTitleWords = {
                "Chief",      "Executive", "Officer", "Financial", "Operating", "Technology",
                "President",  "Vice",      "Senior",  "Managing",  "Director",  "Chairman",
                "Chairwoman", "General",   "Counsel", "Mr",        "Mr.",       "Mrs",
                "Mrs.",       "Ms",        "Ms.",     "Dr",        "Dr."};
            if (words.empty() && kTitleWords.count(w)) {
              if (e >= sent.size() || sent[e] != ' ') break;
              q = e + 1;
              continue;
            }
            // "Chief Executive Warren Buffett's stance": the name ends there.
            if (w.ends_with("'s") || w.ends_with("’s")) {
              words.push_back(w.substr(0, w.size() - (w.ends_with("'s") ? 2 : 4)));
              break;
            }
            words.push_back(w);
          }
          if (e >= sent.size() || sent[e] != ' ') break;
          q = e + 1;
        }
        if (words.size() < 2 && !(korean && words.size() == 1 && CountHangul(words[0]) == 3)) {
          continue;
        }
        if (words.size() > 2) words.resize(korean ? 2 : 3);
        const size_t b = words.front().data() - text.data();
        const size_t e = words.back().data() + words.back().size() - text.data();
        if (staff && (words.size() != 2 ||
                      !(StartsWithAt(text, e, " at ") || StartsWithAt(text, e, " of ") ||
                        StartsWithAt(text, e, " from ") || StartsWithAt(text, e, " said")))) {
          continue;
        }
        const std::string name(text.substr(b, e - b));
        if (IsRoleOrGeneric(words.front()) || IsStopName(name)) continue;
        bool junk = false;
        for (std::string_view w : words) {
          junk |= w == "등" || w.ends_with("들") || IsRoleOrGeneric(w) ||
                  w.find('(') != std::string_view::npos || w.find(')') != std::string_view::npos;
        }
        // One Korean word must read as a Korean name: a surname, then one or two syllables.
        if (junk || (korean && words.size() == 1 && !LooksLikeKoreanName(words[0]))) continue;
        if (DictionaryLookup(name) >= 0) continue;  // the dictionary already knows it
        Discover({name}, EntityType::kPerson);
      }
    }
    if (korean) {
      DiscoverKoreanNamesBeforeRoles(s);
      DiscoverParenthesisedHeads(s);
    }
  }

  // "가람전력(사장 김민철)", "누리재단(이사장 박서연, 이하 재단)": the head
  // of an organisation named in parentheses right after it, as press
  // releases write it. The person is found here; RoleRelations links them.
  void DiscoverParenthesisedHeads(const Sentence& s) {
    static const std::unordered_set<std::string_view> kHeads = {
        "(대표", "(대표이사", "(사장", "(회장", "(이사장", "(원장", "(총장", "(행장", "(의장"};
    if (text.substr(s.begin, s.end - s.begin).find('(') == std::string_view::npos) return;
    const std::vector<std::string_view>& words = SentenceWords(s);
    for (size_t k = 0; k + 1 < words.size(); ++k) {
      const size_t open = words[k].find('(');
      if (open == std::string_view::npos || open == 0 || !kHeads.count(words[k].substr(open))) {
        continue;
      }
      // The name ends at ")" (a particle may follow: "김민철)은") or ",".
      std::string_view name = words[k + 1];
      const size_t end = name.find_first_of("),");
      if (end == std::string_view::npos || (name[end] == ',' && end + 1 != name.size())) continue;
      name = name.substr(0, end);
      if (!LooksLikeKoreanName(name, /*before_title=*/true) || HasTransliterationSyllable(name) ||
          DictionaryLookup(name) >= 0) {
        continue;
      }
      Discover({std::string(name)}, EntityType::kPerson);
    }
  }

  // "허윤홍 대표", "장호식 신한은행 CIB그룹장", "GS건설 허윤홍 대표",
  // "안영준 키움증권 연구원": a Korean name right before a title, or before an
  // organisation name and a title.
  void DiscoverKoreanNamesBeforeRoles(const Sentence& s) {
    static constexpr std::string_view kTitles[] = {
        "대표",   "회장",     "사장",       "부사장",     "부회장",       "상무",   "전무",
        "이사",   "연구원",   "애널리스트", "그룹장",     "본부장",       "부장",   "팀장",
        "센터장", "실장",     "원장",       "장관",       "차관",         "의원",   "교수",
        "위원장", "행장",     "총리",       "대통령",     "국장",         "단장",   "소장",
        "의장",   "고문",     "창업자",     "최고경영자", "이코노미스트", "매니저", "총괄",
        "부문장", "사업부장", "담당",       "처장",       "청장",         "지사장", "법인장",
        "CEO",    "CFO",      "CTO",        "정책관",     "심의관",       "대변인", "비서관",
        "차관보", "과장",     "관장",       "리더",       "랩장",         "책임",   "수석",
        "책임자", "파트너",   "감독",       "총감독"};
    const std::vector<std::string_view>& words = SentenceWords(s);
    for (size_t k = 0; k < words.size(); ++k) {
      std::string_view w = words[k];
      while (!w.empty() && IsQuote(CpAt(w, 0))) w.remove_prefix(w[0] & 0x80 ? 3 : 1);
      // The title ends the word, before a particle ("CIB그룹장", "대표는").
      static const std::unordered_set<std::string_view> kTitleSet(std::begin(kTitles),
                                                                  std::end(kTitles));
      std::string_view core = StripTrailingPunct(w);
      // Most words end in no title: test the last syllables (a title, then
      // at most three of particle) before splitting the particle off.
      static const SyllableSet kTitleEnds(kTitles);
      if (!kTitleEnds.InTail(core, 4) && core.find('C') == std::string_view::npos) continue;
      core = core.substr(0, SplitParticle(core, 1).stem_bytes);
      // "최고재무책임자(CFO)": the gloss after the title (its ")" may be gone
      // with the punctuation already).
      if (const size_t open = core.rfind('('); open != std::string_view::npos && open > 0) {
        core = core.substr(0, open);
      }
      // Every title is whole three-byte characters (Hangul, or "CEO"): check
      // the last character first, then the suffixes of 1 to 6 characters.
      static const std::unordered_set<std::string_view> kLastChars = [] {
        std::unordered_set<std::string_view> last;
        for (std::string_view t : kTitles) last.insert(t.substr(t.size() - 3));
        return last;
      }();
      if (core.size() < 3 || !kLastChars.count(core.substr(core.size() - 3))) continue;
      bool title = false;
      for (size_t len = 3; len <= core.size() && len <= 18 && !title; len += 3) {
        title = kTitleSet.count(core.substr(core.size() - len)) > 0;
      }
      if (!title) continue;
      // The name: the word before, or the word before an organisation word.
      bool found = false;
      // A department between the organisation and the title lets the name
      // stand one word further back: "김진만 LG유플러스 품질혁신센터 ...담당".
      const size_t max_back = k >= 1 && IsDepartment(words[k - 1]) ? 3 : 2;
      for (size_t back = 1; back <= max_back && back <= k; ++back) {
        std::string_view cand = words[k - back];
        while (!cand.empty() && IsQuote(CpAt(cand, 0))) cand.remove_prefix(cand[0] & 0x80 ? 3 : 1);
        // Two syllables only with a word between the name and its title
        // ("정욱 JYP엔터테인먼트 대표이사"): alone they are too often nouns.
        const bool two_syllable_name = back >= 2 && CountHangul(cand) == 2 && cand.size() == 6 &&
                                       IsKoreanSurname(cand.substr(0, 3)) &&
                                       !IsRoleOrGeneric(cand) && !IsTitleModifier(cand) &&
                                       !EndsInVerbalSyllable(cand);
        // "반영해 공소장": a word in 해 is a name only before a known
        // organisation and its title ("황산해 LS증권 연구원").
        const bool verb_in_hae = cand.ends_with("해") && !(back == 2 && IsKnownOrg(words[k - 1]));
        // "성향의 공화당 대통령": a possessive before the organisation.
        if (back == 2 && cand.ends_with("의")) break;
        if ((LooksLikeKoreanName(cand, /*before_title=*/true) || two_syllable_name) &&
            !HasTransliterationSyllable(cand) && !verb_in_hae) {
          const int32_t entry = DictionaryLookup(cand);
          // "김도윤 현대차 사장": a known organisation that reads like a name
          // (현 is a surname) stands between the name and the title.
          if (entry >= 0 && back == 1 && back < max_back &&
              lexicon.entries()[entry].type == EntityType::kOrg) {
            continue;
          }
          if (entry < 0) Discover({std::string(cand)}, EntityType::kPerson);
          found = entry < 0 || lexicon.entries()[entry].type == EntityType::kPerson;
          // "김봉기 엔라이즈 대표": the word between a person and a company
          // title names the company.
          if (found && back == 2) DiscoverOrgBetween(words[k - 1], core);
          break;
        }
        // "기소된 이 회장": a lone 이/그/저 is a surname or a demonstrative
        // before the title, and the word before it no name.
        if (back == 1 && (cand == "이" || cand == "그" || cand == "저")) break;
        // "김봉기 전 대표", "박철수 신임 사장": a modifier of the title.
        if (back == 1 && IsTitleModifier(cand)) continue;
        // An organisation or department between: "여명희 LG유플러스 CFO",
        // "김철수 KT 대표". A Latin word of another kind ends the search.
        const bool latin_only = HasLatin(cand) && !HasHangul(cand);
        if (back < max_back && ((latin_only && !IsLatinInitials(cand)) ||
                                (!latin_only && CountHangul(cand) < 2) || cand.ends_with(","))) {
          break;
        }
      }
      if (!found) found = DiscoverNameBeforeOrgUnit(words, k);
      // ("관리 감독 체계": 감독 is also supervision, so only a Korean name takes it.)
      if (!found && !core.ends_with("감독")) DiscoverForeignNameBefore(words, k);
    }
  }

  // "오한기 네이버 리얼타임 엔진 스튜디오 리더": a Korean name, a known
  // organisation, then up to three plain words that name a unit, then the
  // title at words[k]. The unit words carry no particle or punctuation.
  bool DiscoverNameBeforeOrgUnit(const std::vector<std::string_view>& words, size_t k) {
    for (size_t back = 2; back <= 4 && back + 1 <= k; ++back) {
      const std::string_view unit = words[k - back + 1];
      if (unit.find_first_of(",.()'\"") != std::string_view::npos ||
          SplitParticle(unit, 2).stem_bytes != unit.size() || IsTitleModifier(unit)) {
        return false;
      }
      std::string_view org = words[k - back];
      while (!org.empty() && IsQuote(CpAt(org, 0))) org.remove_prefix(org[0] & 0x80 ? 3 : 1);
      if (!IsKnownOrg(org)) continue;
      const std::string_view cand = words[k - back - 1];
      if (!LooksLikeKoreanName(cand, /*before_title=*/true) || HasTransliterationSyllable(cand) ||
          DictionaryLookup(cand) >= 0) {
        return false;
      }
      Discover({std::string(cand)}, EntityType::kPerson);
      return true;
    }
    return false;
  }

  // `word` stands between a person's name and `title`: an organisation when
  // the title is a company one and the word a plain name, not a modifier
  // ("전", "공동") or a generic noun.
  void DiscoverOrgBetween(std::string_view word, std::string_view title) {
    static constexpr std::string_view kCompanyTitles[] = {
        "대표",   "회장",   "사장",       "부사장",   "부회장", "상무",   "전무",   "CEO",
        "CFO",    "CTO",    "최고경영자", "창업자",   "센터장", "본부장", "연구원", "애널리스트",
        "법인장", "지사장", "행장",       "대표이사", "이사",   "책임자"};
    bool company_title = false;
    for (std::string_view t : kCompanyTitles) company_title |= title.ends_with(t);
    if (!company_title) return;
    while (!word.empty() && IsQuote(CpAt(word, 0))) word.remove_prefix(word[0] & 0x80 ? 3 : 1);
    const int n = CountHangul(word);
    if (n < 2 || n > 8 || word.find_first_of(",.()'\"") != std::string_view::npos) return;
    if (SplitParticle(word, 2).stem_bytes != word.size() && !HasLatin(word)) return;
    if (IsTitleModifier(word) || IsRoleOrGeneric(word) || word.ends_with("들")) return;
    if (LooksLikeKoreanName(word) && !HasTransliterationSyllable(word)) return;
    if (DictionaryLookup(word) >= 0 || local_keys.count(FoldNameKey(word))) return;
    Discover({std::string(word)}, EntityType::kOrg);
  }

  // A foreign name written in Hangul, two words, before the title at
  // words[k]: "하워드 러트닉 상무장관", "젠슨 황 엔비디아 CEO", "빌 조지 전
  // 메드트로닉 CEO". Each word 1 to 4 syllables, no particle, no generic or
  // title-modifying word ("공동 대표", "신임 사장").
  void DiscoverForeignNameBefore(const std::vector<std::string_view>& words, size_t k) {
    // Loanwords for things, not people: "엔진 스튜디오 리더", "이머시브 미디어".
    static const std::unordered_set<std::string_view> kLoanNouns = {
        "스튜디오", "미디어",   "엔진",     "플랫폼", "테크",     "포럼",     "센터",
        "시스템",   "솔루션",   "서비스",   "콘텐츠", "데이터",   "클라우드", "디지털",
        "모바일",   "리얼타임", "이머시브", "글로벌", "그룹",     "팀",       "랩",
        "비즈니스", "마케팅",   "세일즈",   "디자인", "프로젝트", "커머스",   "게임",
        "네트워크", "보안",     "인프라",   "오피스", "파트",     "유닛",     "라이브"};
    auto plain = [&](std::string_view w) {
      const int n = CountHangul(w);
      if (n < 1 || n > 4 || static_cast<int>(w.size()) != 3 * n) return false;
      if (IsTitleModifier(w) || IsRoleOrGeneric(w) || kLoanNouns.count(w)) return false;
      if (IsKoreanProductNoun(w) || IsDepartment(w)) return false;
      // Places: "켄터키주", "뉴욕시".
      if (n >= 3 && (w.ends_with("주") || w.ends_with("시") || w.ends_with("성"))) return false;
      if (n >= 2) {
        // A particle only when it fits the syllable before it: "피차이" ends in
        // "이" after a vowel, where the subject particle would be "가".
        const ParticleSplit split = SplitParticle(w, 1);
        if (split.stem_bytes != w.size()) {
          const char32_t last = CpAt(w, PrevCp(w, split.stem_bytes));
          const bool final_consonant = (last - 0xAC00) % 28 != 0;
          const std::string_view pt = split.particle;
          const bool after_consonant = pt == "이" || pt == "은" || pt == "을" || pt == "과";
          const bool after_vowel = pt == "가" || pt == "는" || pt == "를" || pt == "와";
          if (!(after_consonant && !final_consonant) && !(after_vowel && final_consonant)) {
            return false;
          }
        }
      }
      const int32_t entry = DictionaryLookup(w);
      if (entry >= 0 && lexicon.entries()[entry].type != EntityType::kPerson) return false;
      const auto local = local_keys.find(FoldNameKey(w));
      return local == local_keys.end() || TypeOf(local->second) == EntityType::kPerson;
    };
    // Where the name may end: right before the title, before an
    // organisation word, or before "전 <organisation>".
    for (size_t gap : {size_t{0}, size_t{1}, size_t{2}}) {
      if (k < gap + 2) break;
      if (gap == 2 && words[k - 2] != "전" && words[k - 2] != "현") continue;
      const std::string_view first = words[k - gap - 2], last = words[k - gap - 1];
      if (!plain(first) || !plain(last)) continue;
      // "행정법원 판결 반영해 공소장": a verb form between is no organisation.
      if (gap >= 1 && (EndsInVerbalSyllable(words[k - 1]) || words[k - 1].ends_with("해"))) {
        continue;
      }
      // "젠슨 황 엔비디아 CEO": a Korean surname of one syllable ends a name.
      if (CountHangul(first) == 1 && IsKoreanSurname(first)) continue;
      if (CountHangul(first) + CountHangul(last) < 3) continue;
      // "열리며 최 장관": a verb form is no part of a name.
      bool verb_form = false;
      for (std::string_view ending :
           {"며", "고", "서", "면", "다", "니", "는데", "지만", "하는", "하고", "해", "돼", "는",
            "된", "될", "던", "함", "적", "의"}) {
        verb_form = verb_form || first.ends_with(ending) || last.ends_with(ending);
      }
      if (verb_form) continue;
      const size_t b = first.data() - text.data();
      const size_t e = last.data() + last.size() - text.data();
      const std::string name(text.substr(b, e - b));
      if (DictionaryLookup(name) >= 0 || local_keys.count(FoldNameKey(name))) return;
      Discover({name}, EntityType::kPerson);
      if (k >= gap + 3) DiscoverQuotedEmployer(words[k - gap - 3]);
      return;
    }
  }

  // "'마하3'의 에럿 버닌 최고경영자": a quoted name with 의 right before a
  // person and a title is the person's organisation.
  void DiscoverQuotedEmployer(std::string_view word) {
    if (!word.ends_with("의")) return;
    word.remove_suffix(std::string_view("의").size());
    size_t i = 0;
    if (word.empty() || !IsQuote(utf8::Decode(word, &i))) return;
    word.remove_prefix(i);
    if (word.empty() || !IsQuote(CpAt(word, PrevCp(word, word.size())))) return;
    word = word.substr(0, PrevCp(word, word.size()));
    if (CountHangul(word) + (HasLatin(word) ? 1 : 0) < 2 || word.size() > 30 ||
        IsRoleOrGeneric(word)) {
      return;
    }
    for (size_t j = 0; j < word.size();) {
      if (!IsWordChar(utf8::Decode(word, &j))) return;
    }
    if (DictionaryLookup(word) >= 0 || local_keys.count(FoldNameKey(word))) return;
    Discover({std::string(word)}, EntityType::kOrg);
  }

  // Organisation cues: "㈜한빛", "한빛전자", "Acme Corp.", "Foo Labs".
  void DiscoverOrgCues(const Sentence& s) {
    static constexpr std::string_view kKoSuffix[] = {
        "전자",         "그룹",           "랩스",     "테크",         "바이오",   "제약",
        "증권",         "은행",           "금융지주", "홀딩스",       "모빌리티", "에너지",
        "솔루션",       "중공업",         "화학",     "건설",         "항공",     "통신",
        "엔터테인먼트", "벤처스",         "캐피탈",   "인베스트먼트", "파트너스", "자산운용",
        "생명",         "화재",           "손해보험", "카드",         "솔라",     "리서치",
        "코리아",       "클라우드",       "네트웍스", "시스템즈",     "게임즈",   "케미칼",
        "반도체",       "소프트",         "로보틱스", "모터스",       "푸드",     "제과",
        "물산",         "상사",           "해운",     "조선",         "철강",     "디스플레이",
        "이노베이션",   "인터내셔널",     "글로벌",   "엔지니어링",   "벤처투자", "창업투자",
        "기술투자",     "프라이빗에쿼티", "에쿼티",   "저축은행",     "생명보험", "투자증권",
        "게임스",       "진흥원",         "재단",     "협회",         "공사",     "공단",
        "위원회",       "거래소",         "엔터"};
    const std::string_view sent = text.substr(s.begin, s.end - s.begin);
    // "에코피스·리벨리온 컨소시엄": the members of a consortium are organisations.
    if (sent.find("컨소시엄") != std::string_view::npos) {
      const std::vector<std::string_view>& all = SentenceWords(s);
      for (size_t k = 0; k + 1 < all.size(); ++k) {
        if (!all[k + 1].starts_with("컨소시엄") || all[k].find("·") == std::string_view::npos) {
          continue;
        }
        std::string_view rest = all[k];
        while (!rest.empty()) {
          const size_t dot = rest.find("·");
          std::string_view part = rest.substr(0, dot);
          rest = dot == std::string_view::npos ? std::string_view()
                                               : rest.substr(dot + std::string_view("·").size());
          while (!part.empty() && IsQuote(CpAt(part, 0)))
            part.remove_prefix(part[0] & 0x80 ? 3 : 1);
          const int n = CountHangul(part);
          if ((n < 2 && !(HasLatin(part) && part.size() >= 3)) || n > 10 || IsRoleOrGeneric(part) ||
              IsDigit(CpAt(part, 0))) {
            continue;
          }
          if (DictionaryLookup(part) >= 0 || local_keys.count(FoldNameKey(part))) continue;
          Discover({std::string(part)}, EntityType::kOrg);
        }
      }
    }
    std::vector<std::string_view> words;
    for (std::string_view w : SentenceWords(s)) {
      // "7.4조원·삼성전자", "동양·ABL생명": middle dots join separate names.
      for (size_t dot; (dot = w.find("·")) != std::string_view::npos;) {
        words.push_back(w.substr(0, dot));
        w.remove_prefix(dot + std::string_view("·").size());
      }
      words.push_back(w);
    }
    for (size_t k = 0; k < words.size(); ++k) {
      std::string_view w = words[k];
      while (!w.empty() &&
             (w.back() == ',' || w.back() == '.' || w.back() == '\'' || w.back() == '"')) {
        if (w.back() == '.' && (w.ends_with("Inc.") || w.ends_with("Corp.") || w.ends_with("Ltd.")))
          break;
        w.remove_suffix(1);
      }
      // Most words end in no company word: test their last syllables (the
      // suffix, then at most three of particle) before anything else.
      static const SyllableSet kSuffixEnds(kKoSuffix);
      if (!kSuffixEnds.InTail(w, 4) && w.find("㈜") == std::string_view::npos) continue;
      // Credits, not names: "사진제공=CJ그룹".
      if (w.find('=') != std::string_view::npos) continue;
      // Quotes and list marks before the name: "'가람전자", "▲가람게임즈".
      while (!w.empty()) {
        size_t i = 0;
        const char32_t cp = utf8::Decode(w, &i);
        if (!IsQuote(cp) && (IsWordChar(cp) || cp == 0x321C /* ㈜ */)) break;
        w.remove_prefix(i);
      }
      // A mark inside the word ends what came before it: "제공◆가람공사"
      // (a caption run into a heading), "(주)가람에너지", "회사(가람바이오".
      // (Most words have none: ASCII punctuation or a symbol's lead byte
      // E2/E3 or C2-DF tells before decoding.)
      const bool has_mark = std::any_of(w.begin(), w.end(), [](char ch) {
        const auto c = static_cast<unsigned char>(ch);
        return c < 0x80 ? !(IsAsciiAlnum(ch) || ch == '&' || ch == '-')
                        : (c == 0xE2 || c == 0xE3 || (c >= 0xC2 && c < 0xE0));
      });
      for (size_t i = 0, start = 0; has_mark && i < w.size();) {
        const char32_t cp = utf8::Decode(w, &i);
        if (!IsWordChar(cp) && cp != 0x321C && cp != '&' && cp != '-') start = i;
        if (i == w.size() && start > 0) w.remove_prefix(start);
      }
      if (w.empty()) continue;
      if (HasHangul(w)) {
        std::string_view stem = w;
        const bool corp_mark = stem.starts_with("㈜");
        if (corp_mark) stem.remove_prefix(std::string_view("㈜").size());

        // "KXB카드는": after Latin initials two syllables make a stem.
        const bool latin_head = !stem.empty() && stem[0] >= 'A' && stem[0] <= 'Z';
        stem = stem.substr(0, SplitParticle(stem, latin_head ? 2 : 3).stem_bytes);
        if (stem.empty() || !HasHangul(stem)) continue;
        bool cue = corp_mark;
        static constexpr std::string_view kGenericPrefixes[] = {
            "신재생", "친환경", "재생", "청정", "원자력", "수소", "태양광", "풍력", "투자", "국내",
            "해외", "글로벌", "대형", "중소", "주요", "시중", "지방", "인터넷", "종합",
            "인터넷전문", "전문", "온라인",
            // Kinds of asset, chip or card: "유가증권", "가상자산거래소",
            // "메모리반도체", "신용카드", "벤처캐피탈".
            "유가", "가상자산", "암호화폐", "가상화폐", "디지털자산", "코인", "토큰", "메모리",
            "비메모리", "시스템", "신용", "체크", "벤처"};
        static const std::unordered_set<std::string_view> kSuffixSet(std::begin(kKoSuffix),
                                                                     std::end(kKoSuffix));
        for (size_t len = 6; len <= stem.size() && len <= 18; len += 3) {
          const std::string_view suf = stem.substr(stem.size() - len);
          if (!kSuffixSet.count(suf)) continue;
          const std::string_view head = stem.substr(0, stem.size() - suf.size());
          if (CountHangul(stem) >= CountHangul(suf) + 2) {
            bool generic = IsRoleOrGeneric(head);
            for (std::string_view g : kGenericPrefixes) generic |= head == g;
            if (!generic) cue = true;
          } else if (IsLatinInitials(head)) {
            cue = true;  // "ABL생명", "SBI인베스트먼트"
          }
        }
        if (stem.ends_with("들") || IsDigit(CpAt(stem, 0))) cue = false;
        // "AX기술그룹", "AI전략그룹": a field and a unit noun name a team inside
        // a company, not a company.
        if (cue && latin_head && stem.ends_with("그룹")) {
          size_t l = 0;
          while (l < stem.size() && IsUpper(stem[l])) ++l;
          const std::string_view field =
              stem.substr(l, stem.size() - l - std::string_view("그룹").size());
          static const std::unordered_set<std::string_view> kFields = {
              "기술", "사업", "전략", "혁신", "연구", "개발", "전환", "추진", "데이터", "플랫폼"};
          if ((IsTechAcronym(stem.substr(0, l)) || stem.substr(0, l) == "AI") &&
              kFields.count(field)) {
            cue = false;
          }
        }
        if (!cue || IsRoleOrGeneric(stem)) continue;
        if (DictionaryLookup(stem) >= 0) continue;
        if (EndsInKnownOrg(stem)) continue;
        Discover({std::string(stem)}, EntityType::kOrg);
      }
    }
  }

  // "탑재삼성전자", "그래픽SK하이닉스": a word run into a known organisation's
  // name (a subheading glued to the first sentence) is no new name; the
  // known name is matched by itself. A head of capitals ("HD현대중공업") or
  // the corporate mark is part of the name.
  bool EndsInKnownOrg(std::string_view stem) const {
    for (size_t i = 0; i < stem.size();) {
      const size_t at = i;
      utf8::Decode(stem, &i);
      if (at == 0 || stem.size() - at < 6) continue;
      // A longer head makes a compound name ("과학기술정보방송통신위원회").
      if (!HasHangul(stem.substr(0, at)) || CountHangul(stem.substr(0, at)) > 4) continue;
      const int32_t entry = DictionaryLookup(stem.substr(at));
      if (entry >= 0 && lexicon.entries()[entry].type == EntityType::kOrg) return true;
    }
    return false;
  }

  // ---------------------------------------------------------------- English names

  struct Candidate {
    std::string name;
    size_t begin, end;
    EntityType type;
    bool sure;                    // a cue says what it is
    std::string key;              // FoldNameKey(name)
    bool listed = false;          // typed by a list it is in, not by its own cue
    bool called_product = false;  // a noun calls it a product: "drug Tysabri"
    bool called_person = false;   // a title or a noun calls it a person: "pop star X"
    bool at_start = false;        // first word of a sentence or after a quote
  };
  struct KnownSpan {
    size_t begin, end;
    EntityType type;
  };

  // A capitalised run that ends in a name the dictionary or the article
  // knows on its own is a headline or a ticker list run into that name
  // ("Is Just Starting Robinhood", "Weiterlesen Modest Financial
  // Performance Tower Semiconductor"): the name is matched by itself.
  void DropRunsIntoNames(std::vector<Candidate>* candidates) const {
    std::unordered_set<std::string> alone;
    for (const Candidate& c : *candidates) alone.insert(c.key);
    std::erase_if(*candidates, [&](const Candidate& c) {
      if (c.type == EntityType::kPerson) return false;
      for (size_t sp = c.name.find(' '); sp != std::string::npos; sp = c.name.find(' ', sp + 1)) {
        const std::string_view rest = std::string_view(c.name).substr(sp + 1);
        if (rest.empty() || !IsUpper(rest[0])) continue;
        if (rest.find(' ') != std::string_view::npos && alone.count(FoldNameKey(rest))) {
          return true;
        }
        const int32_t entry = DictionaryLookup(rest);
        if (entry >= 0 && lexicon.entries()[entry].type != EntityType::kPlace && rest.size() >= 4) {
          return true;
        }
      }
      return false;
    });
  }

  // A name in a list with an organisation or a product is one too: "stores
  // like Macy's, Bloomingdale's and Marshall Field's", "players Kalshi and
  // Polymarket".
  void PropagateThroughLists(std::vector<Candidate>* candidates,
                             const std::vector<KnownSpan>& known,
                             const std::unordered_map<std::string, int>& counts) const {
    // Items that anchor a list, by where they begin and end: dictionary
    // names, cued candidates and names the article repeats.
    struct Anchor {
      EntityType type;
      bool sure;
    };
    static constexpr std::string_view kJoins[] = {", ", " and ", ", and ", " or ", ", or "};
    // Most articles have no uncued name in a list: check before building maps.
    bool any = false;
    for (const Candidate& c : *candidates) {
      if (c.sure || c.type == EntityType::kPerson) continue;
      for (std::string_view j : kJoins) {
        any |= (c.begin >= j.size() && text.substr(c.begin - j.size(), j.size()) == j) ||
               StartsWithAt(text, c.end, j);
      }
      if (any) break;
    }
    if (!any) return;
    std::unordered_map<size_t, Anchor> by_begin, by_end;
    for (const KnownSpan& k : known) {
      by_begin[k.begin] = by_end[k.end] = {k.type, true};
    }
    for (const Candidate& c : *candidates) {
      bool sure = c.sure;
      if (!sure) {
        const auto it = counts.find(c.key);
        sure = it != counts.end() && it->second >= 2;
      }
      by_begin.emplace(c.begin, Anchor{c.type, sure});
      by_end.emplace(c.end, Anchor{c.type, sure});
    }
    for (int pass = 0; pass < 2; ++pass) {
      for (Candidate& c : *candidates) {
        if (c.sure || c.type == EntityType::kPerson) continue;
        const Anchor* found = nullptr;
        for (std::string_view j : kJoins) {
          if (c.begin >= j.size() && text.substr(c.begin - j.size(), j.size()) == j) {
            const auto it = by_end.find(c.begin - j.size());
            if (it != by_end.end() && it->second.sure) found = &it->second;
          }
          if (!found && StartsWithAt(text, c.end, j)) {
            const auto it = by_begin.find(c.end + j.size());
            if (it != by_begin.end() && it->second.sure) found = &it->second;
          }
          if (found) break;
        }
        if (!found || (found->type != EntityType::kOrg && found->type != EntityType::kProduct)) {
          continue;
        }
        c.sure = true;
        c.listed = true;
        c.type = found->type;
        by_begin[c.begin] = by_end[c.end] = {c.type, true};
      }
    }
  }

  // Words before a name that make it the other party of a deal: "acquire
  // X", "buy X", "invest in X", "a stake in X", "a partnership with X".
  template <typename Words>
  static bool IsDealObjectCue(const Words& ws, size_t first) {
    static const std::unordered_set<std::string_view> kVerbs = {
        "acquire", "acquired", "acquires", "acquiring", "buy",   "buys",
        "bought",  "buying",   "purchase", "purchased", "merge", "takeover"};
    static const std::unordered_set<std::string_view> kWith = {
        "partnership", "partnered", "partner",       "partnering", "merge",    "merger", "deal",
        "agreement",   "alliance",  "collaboration", "venture",    "partners", "merged", "teamed"};
    static const std::unordered_set<std::string_view> kIn = {"invest",  "invested",   "investing",
                                                             "invests", "investment", "stake"};
    const std::string_view prev = ws[first - 1].core;
    if (kVerbs.count(prev)) return true;
    if (first < 2 || ws[first - 2].ends_phrase) return false;
    const std::string_view before = ws[first - 2].core;
    return (prev == "with" && kWith.count(before)) || (prev == "in" && kIn.count(before)) ||
           (prev == "of" &&
            (before == "acquisition" || before == "takeover" || before == "purchase"));
  }

  // "one of Scotland's premier whisky firms": up to five words that end in
  // a plural organisation noun.
  template <typename Words>
  static bool OneOfFirms(const Words& ws, size_t k) {
    for (size_t j = k; j < ws.size() && j < k + 5; ++j) {
      if (IsOrgPlural(ws[j].core) || ws[j].core == "companies" || ws[j].core == "groups") {
        return true;
      }
      if (ws[j].ends_phrase && !ws[j].possessive) return false;
    }
    return false;
  }

  // True when the text right before `b` closes a quotation: `," Birgit
  // Kuhlhoff, from ...` names the speaker.
  bool AfterClosingQuote(size_t b) const {
    const std::string_view before = text.substr(b >= 6 ? b - 6 : 0, std::min<size_t>(b, 6));
    return before.ends_with(",\" ") || before.ends_with(",” ") || before.ends_with(".\" ") ||
           before.ends_with(".” ");
  }

  // True when the dictionary knows `w` as a place ("Germany", "Turkey").
  bool IsPlaceName(std::string_view w) const {
    const int32_t entry = DictionaryLookup(w);
    return entry >= 0 && lexicon.entries()[entry].type == EntityType::kPlace;
  }

  // Words next to a capitalised name that make it someone's employer:
  // "ING analyst Gerard Rijk" (a role, then a name), "an analyst at
  // Gartmore", "director at Union Bancaire Privee" (a role, then "at").
  // `single`: the name is one word or ends in a suffix; longer runs before a
  // role are often a headline run into the text ("Is Just Starting
  // Robinhood CEO Vlad Tenev").
  template <typename Words>
  static bool IsEmployerCue(const Words& ws, size_t first, size_t last, bool single) {
    static const std::unordered_set<std::string_view> kRoles = {
        "analyst",   "analysts", "economist", "strategist",  "chief",   "CEO",       "chairman",
        "president", "director", "spokesman", "spokeswoman", "founder", "executive", "head",
        "manager",   "partner",  "officer",   "researcher",  "trader",  "banker",    "boss",
        "adviser",   "advisor",  "engineer",  "spokesperson"};
    if (single && last + 2 < ws.size() && !ws[last].ends_phrase &&
        kRoles.count(ws[last + 1].core) && !ws[last + 1].ends_phrase &&
        !ws[last + 2].core.empty() && IsUpper(ws[last + 2].core[0])) {
      return true;
    }
    // "of X" only when the name ends its phrase: not "head of EMEA equity
    // strategy at JPMorgan".
    const bool of_ends =
        ws[first - (first > 0 ? 1 : 0)].core == "of" &&
        (ws[last].ends_phrase || last + 1 == ws.size() || ws[last + 1].core == "said" ||
         ws[last + 1].core == "says" || ws[last + 1].core == "in" || ws[last + 1].core == "and");
    if (first >= 2 && (ws[first - 1].core == "at" || ws[first - 1].core == "with" ||
                       ws[first - 1].core == "from" || of_ends)) {
      for (size_t k = first - 1; k-- > 0 && k + 6 >= first;) {
        if (kRoles.count(ws[k].core)) return true;
        if (ws[k].ends_phrase) break;
      }
    }
    // "said Ian Hunter at Goodbody Stockbrokers": the speaker's employer.
    if (first >= 4 && ws[first - 1].core == "at" && !ws[first - 2].ends_phrase &&
        !ws[first - 3].ends_phrase && !ws[first - 4].ends_phrase &&
        (ws[first - 4].core == "said" || ws[first - 4].core == "says") &&
        !ws[first - 3].core.empty() && IsUpper(ws[first - 3].core[0]) &&
        !ws[first - 2].core.empty() && IsUpper(ws[first - 2].core[0])) {
      return true;
    }
    return false;
  }

  // Capitalised sequences in English sentences ("Federated Department
  // Stores", "Carlos Ghosn", "Macy's", "Anheuser-Busch"): people when a title,
  // a given name or a role says so; organisations when a suffix or a noun
  // says so, or when the article names them at least twice.
  void DiscoverEnglishNames() {
    struct Word {
      std::string_view core;  // without surrounding punctuation and "'s"
      size_t begin = 0;
      bool ends_phrase = false;  // punctuation after it
      bool opens = false;        // an opening bracket or quote before it
      bool possessive = false;
      bool sentence_start = false;
      bool org_compound = false;      // "DHL" of "DHL-owner"
      bool product_compound = false;  // "ChatGPT" of "ChatGPT-maker"
    };
    IndexTickers();
    dictionary_people.clear();
    std::unordered_set<std::string_view> lower_words;  // views into text
    // Words written after a title ("Mr Ghosn"): surnames of people.
    titled_surnames.clear();
    for (std::string_view title : {"Mr ", "Mr. ", "Ms ", "Ms. ", "Mrs ", "Mrs. ", "Dr ", "Dr. "}) {
      for (size_t at = text.find(title); at != std::string_view::npos;
           at = text.find(title, at + 1)) {
        size_t b = at + title.size(), e = b;
        while (e < text.size() && (IsAsciiAlnum(text[e]) || text[e] == '-')) ++e;
        if (e > b) titled_surnames.insert(text.substr(b, e - b));
      }
    }
    std::vector<std::vector<Word>> sentence_words(sentences.size());
    for (size_t si = 0; si < sentences.size(); ++si) {
      const Sentence& s = sentences[si];
      if (KoreanSentence(s)) continue;
      bool start = true;
      for (std::string_view raw : SentenceWords(s)) {
        Word w;
        std::string_view core = raw;
        bool opens = false;
        while (!core.empty() &&
               (core.front() == '"' || core.front() == '(' || core.front() == '[' ||
                core.front() == '\'' || IsQuote(CpAt(core, 0)))) {
          opens = true;
          core.remove_prefix(static_cast<unsigned char>(core.front()) >= 0x80 ? 3 : 1);
        }
        while (!core.empty() && (core.back() == ',' || core.back() == '.' || core.back() == ';' ||
                                 core.back() == ':' || core.back() == '!' || core.back() == '?' ||
                                 core.back() == ')' || core.back() == ']' || core.back() == '"' ||
                                 core.back() == '\'' ||
                                 (static_cast<unsigned char>(core.back()) >= 0x80 &&
                                  core.size() >= 3 && IsQuote(CpAt(core, core.size() - 3))))) {
          // Keep the dot of "Inc." and of initials ("U.S.", "J.").
          if (core.back() == '.' &&
              (IsOrgSuffix(core) || core == "Bros." ||
               (core.size() >= 2 && core[core.size() - 2] >= 'A' && core[core.size() - 2] <= 'Z' &&
                (core.size() == 2 || core[core.size() - 3] == '.')))) {
            w.ends_phrase = raw.size() > core.size();
            break;
          }
          // "Dunkin' Donuts": an elided letter, not a closing quote, when no
          // quote opened the word and a capitalised word follows.
          if (core.back() == '\'' && raw.size() == core.size() && !opens && core.size() > 2 &&
              core[core.size() - 2] >= 'a' && core[core.size() - 2] <= 'z') {
            const size_t after = static_cast<size_t>(raw.data() - text.data()) + raw.size();
            if (after + 1 < text.size() && text[after] == ' ' && IsUpper(text[after + 1])) break;
          }
          core.remove_suffix(static_cast<unsigned char>(core.back()) >= 0x80 ? 3 : 1);
          w.ends_phrase = true;
        }
        if (core.ends_with("'s") || core.ends_with("’s")) {
          const std::string_view bare =
              core.substr(0, core.size() - (core.ends_with("'s") ? 2 : 4));
          // "Macy's" is a name when the article never writes "Macy" alone.
          bool bare_elsewhere = false;
          for (size_t at = text.find(bare); at != std::string_view::npos;
               at = text.find(bare, at + 1)) {
            const size_t e = at + bare.size();
            if (e >= text.size() || (text[e] != '\'' && !StartsWithAt(text, e, "’") &&
                                     !std::isalnum(static_cast<unsigned char>(text[e])))) {
              bare_elsewhere = true;
              break;
            }
          }
          // ... and when a list or the phrase ends after it ("Macy's,
          // Bloomingdale's and ..."), not before a noun ("Anthropic PBC's Claude").
          const size_t after_raw = static_cast<size_t>(raw.data() - text.data()) + raw.size();
          // (Punctuation after the word; an opening quote before it is none.)
          const bool phrase_end = raw.data() + raw.size() > core.data() + core.size() ||
                                  StartsWithAt(text, after_raw, " and ") ||
                                  StartsWithAt(text, after_raw, " or ");
          // "Ballantine's whisky": a brand in the possessive before a
          // product noun keeps its "'s" when the bare form never appears.
          size_t noun_end = after_raw + 1;
          while (noun_end < text.size() && text[noun_end] >= 'a' && text[noun_end] <= 'z') {
            ++noun_end;
          }
          // Not an owner inside a longer name ("Universal Studio's film").
          const size_t raw_begin = static_cast<size_t>(raw.data() - text.data());
          size_t prev_begin = raw_begin > 0 ? raw_begin - 1 : 0;
          while (prev_begin > 0 && text[prev_begin] == ' ') --prev_begin;
          while (prev_begin > 0 && text[prev_begin - 1] != ' ' && text[prev_begin - 1] != '\n') {
            --prev_begin;
          }
          const bool after_name = raw_begin > 0 && prev_begin < raw_begin &&
                                  IsUpper(text[prev_begin]) && text[raw_begin - 1] == ' ';
          const bool brand = !bare_elsewhere && !bare.empty() && IsUpper(bare[0]) &&
                             raw.data() + raw.size() == core.data() + core.size() &&
                             StartsWithAt(text, after_raw, " ") && !after_name &&
                             IsProductNoun(text.substr(after_raw + 1, noun_end - after_raw - 1));
          if (!brand && (bare_elsewhere || bare.empty() || !IsUpper(bare[0]) || !phrase_end)) {
            core = bare;
            w.possessive = true;
          }
          w.ends_phrase = !brand;
        }
        // "Gartner,downloaded": a comma without its space ends the name.
        if (!core.empty() && IsUpper(core[0])) {
          const size_t comma = core.find(',');
          if (comma != std::string_view::npos && comma + 1 < core.size() &&
              core[comma + 1] >= 'a' && core[comma + 1] <= 'z') {
            core = core.substr(0, comma);
            w.ends_phrase = true;
          }
        }
        // "Group—online": a dash glued to a word ends the phrase.
        // "DHL-owner Deutsche Post", "Google-owned YouTube": the name before
        // the hyphen is an organisation's.
        for (std::string_view tail : {"-owner", "-owned", "-parent", "-backed", "-maker"}) {
          if (core.size() > tail.size() + 1 && core.ends_with(tail) && IsUpper(core[0])) {
            core.remove_suffix(tail.size());
            w.ends_phrase = true;
            // "ChatGPT-maker OpenAI": a product; "SoftBank-backed": anyone.
            w.org_compound = tail != "-backed" && tail != "-maker";
            w.product_compound = tail == "-maker";
          }
        }
        if (core.find('\xE2') != std::string_view::npos) {
          for (std::string_view dash : {"—", "–"}) {
            const size_t at = core.find(dash);
            if (at != std::string_view::npos && at > 0) {
              core = core.substr(0, at);
              w.ends_phrase = true;
            }
          }
        }
        w.core = core;
        w.begin = core.data() - text.data();
        w.opens = opens;
        w.sentence_start = start || opens;
        start = false;
        if (!core.empty() && core[0] >= 'a' && core[0] <= 'z') {
          lower_words.emplace(core);
        }
        sentence_words[si].push_back(w);
      }
    }
    auto is_cap = [&](std::string_view w) {
      if (w.empty()) return false;
      // "20th Century Fox", "3M".
      if (IsDigit(static_cast<unsigned char>(w[0])) && w.size() >= 2 &&
          std::any_of(w.begin(), w.end(),
                      [](char c) { return IsUpper(c) || c == 't' || c == 'h'; }) &&
          (w.ends_with("th") || w.ends_with("st") || w.ends_with("nd") || w.ends_with("rd") ||
           IsUpper(w.back()))) {
        return true;
      }
      if (IsUpper(w[0])) {
        for (char c : w) {
          if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '&' || c == '.' ||
                c == '\'' || static_cast<unsigned char>(c) >= 0x80)) {
            return false;
          }
        }
        return true;
      }
      // "eBay", "iPhone".
      return w.size() >= 3 && w[0] >= 'a' && w[0] <= 'z' && IsUpper(w[1]);
    };
    // "X, Y's existing multiple sclerosis drug", "X, the low-cost lager.": an
    // apposition after the name that ends in a product noun.
    auto ProductInApposition = [&](const std::vector<Word>& ws, size_t last) {
      const size_t after = ws[last].begin + ws[last].core.size();
      if (last + 2 >= ws.size() || after >= text.size() || text[after] != ',') return false;
      size_t k = last + 1;
      const std::string_view det = ws[k].core;
      if (det == "a" || det == "an" || det == "the" || det == "its" || det == "their") {
        ++k;
      } else {
        // The maker's name in the possessive: "Biogen Idec's".
        size_t j = k;
        while (j < ws.size() && j < k + 3 && is_cap(ws[j].core) && !ws[j].possessive &&
               !ws[j].ends_phrase) {
          ++j;
        }
        if (j >= ws.size() || !ws[j].possessive || !is_cap(ws[j].core)) return false;
        k = j + 1;
      }
      for (size_t n = k; n < ws.size() && n < k + 4; ++n) {
        const std::string_view w = ws[n].core;
        if (w.empty() || !(w[0] >= 'a' && w[0] <= 'z')) return false;
        const bool phrase_end = ws[n].ends_phrase || n + 1 == ws.size() ||
                                ws[n + 1].core == "which" || ws[n + 1].core == "that";
        // Not "a search engine", "a video service": firms share such names.
        if (IsProductNoun(w) && phrase_end && w != "engine" && w != "service" && w != "platform" &&
            w != "app") {
          return true;
        }
        if (ws[n].ends_phrase) return false;
      }
      return false;
    };
    // True when a verb follows the name: "a downloaded movie NEC is showing"
    // makes the name the subject of a clause, not the noun's apposition.
    auto BeginsClause = [&](const std::vector<Word>& ws, size_t last) {
      if (ws[last].ends_phrase || last + 1 >= ws.size()) return false;
      static const std::unordered_set<std::string_view> kVerbs = {
          "is",    "was", "has",   "had",  "are",  "were", "will", "would",  "can",
          "could", "may", "might", "said", "says", "does", "did",  "should", "shall"};
      return kVerbs.count(ws[last + 1].core) > 0;
    };
    // "with 11% of the market", "with a 7% market share": a firm's share.
    auto MarketShareAfter = [&](const std::vector<Word>& ws, size_t last) {
      if (ws[last].ends_phrase || last + 4 >= ws.size() || ws[last + 1].core != "with") {
        return false;
      }
      size_t k = last + 2;
      if (ws[k].core == "a" || ws[k].core == "an") ++k;
      if (k + 2 >= ws.size()) return false;
      const size_t at = ws[k].begin + ws[k].core.size();
      if (ws[k].core.empty() || !IsDigit(ws[k].core[0]) ||
          !(ws[k].core.back() == '%' || (at < text.size() && text[at] == '%'))) {
        return false;
      }
      return (ws[k + 1].core == "of" && ws[k + 2].core == "the" && k + 3 < ws.size() &&
              ws[k + 3].core == "market") ||
             (ws[k + 1].core == "market" && ws[k + 2].core == "share");
    };
    // "Microsoft's Outlook and Outlook Express e-mail programs": a firm's
    // possessive before the name and a product noun after it (one modifier
    // may stand between; plural nouns count here).
    auto OwnedProductAt = [&](const std::vector<Word>& ws, size_t first, size_t last) {
      bool owned = false;
      for (size_t k = first; k-- > 0 && k + 5 > first;) {
        if (ws[k].possessive) {
          owned = is_cap(ws[k].core) && IsKnownOrg(ws[k].core);
          break;
        }
        if (ws[k].core != "and" && !is_cap(ws[k].core)) break;
      }
      if (!owned || ws[last].ends_phrase) return false;
      size_t n = last + 1;
      auto product_noun = [&](size_t i) {
        return i < ws.size() && (IsProductNoun(ws[i].core) || IsProductPlural(ws[i].core));
      };
      if (n < ws.size() && !product_noun(n) && !ws[n].ends_phrase && !ws[n].core.empty() &&
          ws[n].core[0] >= 'a' && ws[n].core[0] <= 'z') {
        ++n;
      }
      return product_noun(n) &&
             !(n + 1 < ws.size() && !ws[n].ends_phrase && IsOrgNoun(ws[n + 1].core));
    };
    std::vector<Candidate> candidates;
    std::vector<KnownSpan> known;  // dictionary names among the capitalised runs
    std::unordered_map<std::string, int> counts;
    for (size_t si = 0; si < sentences.size(); ++si) {
      const std::vector<Word>& ws = sentence_words[si];
      size_t k = 0;
      while (k < ws.size()) {
        if (!is_cap(ws[k].core) || IsEnglishStopWord(ws[k].core) || ClockWordAt(ws, k) ||
            TitleModifierAt(ws, k)) {
          ++k;
          continue;
        }
        size_t first = k, last = k;
        bool possessive_brand = false;
        // "the Butcher's Hall", "St Paul's Cathedral": a building, no name
        // of an organisation.
        if (ws[k].possessive && k + 1 < ws.size() && !ws[k + 1].opens &&
            IsBuildingNoun(ws[k + 1].core)) {
          k += 2;
          continue;
        }
        // "Barnard's Retail Consulting Group": a possessive inside an
        // organisation's name that ends in a suffix.
        if (ws[k].possessive && !ws[k].opens && DictionaryLookup(ws[k].core) < 0 &&
            !IsDemonym(ws[k].core) && !IsPlaceName(ws[k].core)) {
          for (size_t j = k + 1; j < ws.size() && j <= k + 4; ++j) {
            if (!is_cap(ws[j].core) || ws[j].opens) break;
            if (IsOrgSuffix(ws[j].core) && j > k + 1) {
              last = j;
              break;
            }
            // "Jacob's Creek wine": a brand with a possessive inside.
            if (j == k + 1 && !ws[j].ends_phrase && j + 1 < ws.size() &&
                IsProductNoun(ws[j + 1].core) && !BareElsewhere(ws[k].core)) {
              last = j;
              possessive_brand = true;
              break;
            }
            if (ws[j].ends_phrase) break;
          }
        }
        // Words such as "International" start no name but sit inside
        // one: "Susquehanna International Group".
        static const std::unordered_set<std::string_view> kInner = {
            "International", "National", "Global",  "Federal", "State",  "City",  "Technology",
            "Business",      "News",     "Markets", "Stock",   "Street", "Market"};
        static const std::unordered_set<std::string_view> kOfHeads = {
            "Bank",    "University", "Ministry",    "Department", "Commission", "Institute",
            "Council", "Board",      "Bureau",      "Office",     "Museum",     "Republic",
            "Kingdom", "Federation", "Association", "Society",    "College",    "School",
            "Church",  "House",      "Court",       "Chamber",    "Royal",      "Port",
            "Federal", "National",   "Union",       "League",     "Academy",    "Agency"};
        while (!ws[last].ends_phrase && last + 1 < ws.size() && !ws[last + 1].opens) {
          const std::string_view next = ws[last + 1].core;
          // Words such as "International" start no name but sit inside
          // one: "Susquehanna International Group".
          if (is_cap(next) && !IsEnglishStopWord(next)) {
            ++last;
          } else if (next.size() >= 2 && next.size() <= 4 &&
                     std::all_of(next.begin(), next.end(), [](char c) { return IsDigit(c); }) &&
                     IsDictionaryProduct(
                         text.substr(ws[first].begin,
                                     ws[last].begin + ws[last].core.size() - ws[first].begin))) {
            ++last;  // "Windows 2000": a product and its version
          } else if (next == "Buy" && !ws[last].sentence_start && ws[last].core != "Strong" &&
                     ws[last].core != "Moderate" && ws[last].core != "Hold") {
            ++last;  // "Best Buy" (not the rating "Strong Buy")
          } else if (next == "Investors" && first > 0 && !ws[first - 1].ends_phrase &&
                     (ws[first - 1].core == "at" || ws[first - 1].core == "from" ||
                      ws[first - 1].core == "with")) {
            ++last;  // "a fund manager at Aviva Investors"
            break;
          } else if (kInner.count(next) && !ws[last + 1].ends_phrase && last + 2 < ws.size() &&
                     is_cap(ws[last + 2].core) &&
                     (!IsEnglishStopWord(ws[last + 2].core) || IsOrgSuffix(ws[last + 2].core))) {
            ++last;
          } else if ((next == "&" || next == "de" || next == "van" || next == "von" ||
                      next == "der" || next == "den" || next == "du" || next == "la" ||
                      next == "di" || next == "da" || next == "del" ||
                      (next == "of" && kOfHeads.count(ws[last].core))) &&
                     last + 2 < ws.size() && !ws[last + 1].ends_phrase &&
                     is_cap(ws[last + 2].core) &&
                     (!IsEnglishStopWord(ws[last + 2].core) ||
                      (next == "&" && ws[last + 2].core.size() > 3))) {
            last += 2;  // "Challenger, Gray & Christmas" (a stop word after "&")
          } else if (next == "and" && !ws[last + 1].ends_phrase && last + 3 < ws.size() &&
                     is_cap(ws[last + 2].core) && !ws[last + 2].ends_phrase &&
                     IsPublicBodyNoun(ws[last + 3].core)) {
            last += 3;  // "Securities and Exchange Commission", "Food and Drug Administration"
            break;
          } else if (next == "and" && !ws[last + 1].ends_phrase && last + 2 < ws.size() &&
                     last > first + 1 &&
                     (IsPublicBodyNoun(ws[first].core) || ws[first].core == "Association" ||
                      ws[first].core == "Institute") &&
                     ws[first + 1].core == "of" && is_cap(ws[last + 2].core) &&
                     !IsEnglishStopWord(ws[last + 2].core)) {
            last += 2;  // "Department of Trade and Industry"
          } else if (IsOrgSuffix(next) && next != "Group's") {
            ++last;
            break;
          } else {
            break;
          }
        }
        // "Revenue Growth Examining a company's ...": a participle after a
        // heading opens the clause that follows it.
        bool participle_after = false;
        if (last > first && ws[last].core.size() > 5 && ws[last].core.ends_with("ing") &&
            !ws[last].ends_phrase && last + 1 < ws.size() &&
            (ws[last + 1].core == "a" || ws[last + 1].core == "an" || ws[last + 1].core == "the" ||
             ws[last + 1].core == "its" || ws[last + 1].core == "their" ||
             ws[last + 1].core == "how") &&
            DictionaryLookup(ws[last].core) < 0) {
          --last;
          participle_after = true;
        }
        k = last + 1 + (participle_after ? 1 : 0);
        // ... or begin one that ends in a suffix: "Global Asset Management".
        if (first > 0 && last > first && kInner.count(ws[first - 1].core) &&
            !ws[first - 1].ends_phrase && IsOrgSuffix(ws[last].core)) {
          --first;
        }
        // A capitalised first word of a sentence is a name only if the
        // article never writes it in lower case.
        if (ws[first].sentence_start) {
          std::string lower(ws[first].core);
          lower[0] = static_cast<char>(lower[0] + 32);
          // A word that only looks like a demonym ("Zorvian") keeps a name
          // that ends in a company suffix ("Zorvian Systems").
          const bool demonym =
              IsDemonym(ws[first].core) &&
              (IsKnownDemonym(ws[first].core) || first == last || !IsOrgSuffix(ws[last].core));
          // "Peer Minimax Group Inc. also rose", "Rival Nissan said".
          if (lower_words.count(lower) || demonym || ws[first].core.ends_with("ing") ||
              ws[first].core.ends_with("ly") || IsOrgNoun(lower)) {
            if (first == last) continue;
            ++first;
          }
        }
        // "Russian News Agency Interfax", "State Broadcaster NTV": a
        // capitalised noun for a kind of organisation before the name.
        bool kind_before = false;
        for (size_t j = first; j < last; ++j) {
          // Kind nouns are short; most run words are not (no allocation then).
          if (ws[j].core.size() > 11 || ws[j].core.size() < 4) continue;
          char buf[12];
          for (size_t c = 0; c < ws[j].core.size(); ++c) {
            const char ch = ws[j].core[c];
            buf[c] = ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch + 32) : ch;
          }
          const std::string_view lower(buf, ws[j].core.size());
          // "... Market Favorites Peer Minimax Group Inc.": a title-case
          // headline run into "peer X", "rival X".
          if (lower == "peer" || lower == "rival" || lower == "retailer" || lower == "chipmaker" ||
              lower == "drugmaker" || lower == "startup") {
            first = j + 1;
            kind_before = true;
            break;
          }
          if (lower == "agency" || lower == "broadcaster" || lower == "newspaper" ||
              lower == "carmaker" || lower == "automaker" || lower == "regulator") {
            bool modifiers = true;
            for (size_t m = first; m < j; ++m) {
              modifiers &= IsDemonym(ws[m].core) || kInner.count(ws[m].core) > 0;
            }
            if (modifiers) {
              first = j + 1;
              kind_before = true;
            }
            break;
          }
        }
        // "... turned into a disaster Addressing London Stock Exchange Group
        // shareholders": a participle after a common noun opens a clause (a
        // headline run into the text); "rival Sterling Bank" keeps its name.
        if (first < last && first > 0 && !ws[first - 1].ends_phrase && ws[first].core.size() > 5 &&
            ws[first].core.ends_with("ing")) {
          const std::string_view before = ws[first - 1].core;
          static const std::unordered_set<std::string_view> kFunction = {
              "at",  "of", "in", "for", "by",  "from",  "with", "to",        "the",  "a",   "an",
              "and", "or", "on", "as",  "its", "their", "like", "including", "than", "into"};
          if (!before.empty() && before[0] >= 'a' && before[0] <= 'z' && !kFunction.count(before) &&
              !IsOrgNoun(before) && !IsOrgPlural(before) && DictionaryLookup(ws[first].core) < 0) {
            ++first;
          }
        }
        // "Florida-based Jabil Inc.": the place the firm is based in is no
        // part of its name.
        for (size_t j = first; j < last; ++j) {
          const std::string_view w = ws[j].core;
          if (w.size() > 6 && w.back() == 'd' &&
              (w.ends_with("-based") || w.ends_with("-listed") || w.ends_with("-headquartered"))) {
            first = j + 1;  // "New York-based Omnicom Group" too
          }
        }
        // "Jake Conley S&P 500 ...", "Karen Friar OpenAI ...": a byline run
        // into the next name; a person's name ends before a firm's.
        if (last == first + 2 && lexicon.IsGivenName(ws[first].core)) {
          const std::string_view third = ws[last].core;
          const int32_t entry = DictionaryLookup(third);
          if ((entry >= 0 && lexicon.entries()[entry].type != EntityType::kPerson) ||
              (IsAllCaps(third) && third.size() >= 3) ||
              third.find('&') != std::string_view::npos) {
            --last;
          }
        }
        // "Professor Brian Collins", "Judge Clark": a title, then the name.
        bool honorific = false;
        if (first < last && (ws[first].core == "Professor" || ws[first].core == "Prof" ||
                             ws[first].core == "Judge" || ws[first].core == "Lord" ||
                             ws[first].core == "Lady" || ws[first].core == "Dame" ||
                             ws[first].core == "Sir" || ws[first].core == "Chancellor" ||
                             ws[first].core == "Attorney" || ws[first].core == "Detective" ||
                             ws[first].core == "Inspector" || ws[first].core == "Sergeant")) {
          ++first;
          honorific = true;
        }
        // "9:22 PM UTC Karen Friar Oil prices rise", "1 min ago Jake Conley
        // Consumer ...": a byline after a time stamp is a person's two names,
        // run into the headline after them.
        if (first > 0 && last > first && !ws[first - 1].ends_phrase &&
            (ws[first - 1].core == "UTC" || ws[first - 1].core == "GMT" ||
             ws[first - 1].core == "ET" || ws[first - 1].core == "EST" ||
             ws[first - 1].core == "EDT" || ws[first - 1].core == "BST" ||
             ws[first - 1].core == "ago") &&
            lexicon.IsGivenName(ws[first].core)) {
          last = first + 1;
          honorific = true;  // typed as a person below
        }
        // "TSEM NVDA Tower Semiconductor": two or more tickers before a name.
        {
          size_t caps = first;
          while (caps < last && IsAllCaps(ws[caps].core)) ++caps;
          if (caps - first >= 2 && caps <= last) first = caps;
        }
        if (last - first >= 6) continue;
        // "in May", "May 5": the month.
        if (first == last && ws[first].core == "May" &&
            ((first > 0 && (ws[first - 1].core == "in" || ws[first - 1].core == "since" ||
                            ws[first - 1].core == "until" || ws[first - 1].core == "last" ||
                            ws[first - 1].core == "next" || ws[first - 1].core == "early" ||
                            ws[first - 1].core == "late" || ws[first - 1].core == "by" ||
                            ws[first - 1].core == "mid")) ||
             (last + 1 < ws.size() && !ws[last + 1].core.empty() &&
              IsDigit(static_cast<unsigned char>(ws[last + 1].core[0]))))) {
          continue;
        }
        // "Chivas Regal Scotch whisky": the kind of spirit is no part of the brand.
        if (last > first && (IsDemonym(ws[last].core) || ws[last].core == "Scotch") &&
            !ws[last].ends_phrase && last + 1 < ws.size() && IsProductNoun(ws[last + 1].core)) {
          --last;
        }
        const size_t b = ws[first].begin;
        const size_t e = ws[last].begin + ws[last].core.size();
        std::string name(text.substr(b, e - b));
        // "German-US", "Sino-Japanese": nationalities joined, no name; "AI-driven",
        // "T-notes", "K-shaped": a compound that ends in a lower-case word.
        if (first == last) {
          const std::string_view word = ws[first].core;
          const size_t dash = word.find('-');
          const size_t last_dash = word.rfind('-');
          if (dash != std::string_view::npos && dash > 0 &&
              (IsDemonym(word.substr(0, dash)) ||
               (last_dash + 3 < word.size() &&
                std::all_of(word.begin() + last_dash + 1, word.end(),
                            [](char c) { return c >= 'a' && c <= 'z'; })))) {
            continue;
          }
        }
        if (IsDemonym(ws[last].core) || ws[last].core.ends_with("-listed") ||
            ws[last].core.ends_with("-based") || ws[first].core.size() < 2) {
          continue;
        }
        // "Q4 CY2025", "FY2026": a fiscal period.
        bool period = false;
        for (size_t j = first; j <= last; ++j) {
          period |= IsFiscalPeriod(ws[j].core, /*short_forms=*/first == last);
        }
        if (period) continue;
        // "Hang Seng Tech Index"; "intellectual property (IP)".
        const bool index_name =
            last > first && (ws[last].core == "Index" || ws[last].core == "Composite" ||
                             ws[last].core == "Average");
        if (IsStopName(name) || NamesIndexAt(e) || index_name || term_acronyms.count(name) ||
            SeparateFirmsJoined(name, first == last)) {
          continue;
        }
        EntityType type = EntityType::kOrg;
        bool sure = false;
        bool called_product = false;
        bool called_person = false;
        const std::string_view prev = first > 0 ? ws[first - 1].core : std::string_view();
        const std::string_view first_word = ws[first].core;
        const std::string_view next =
            last + 1 < ws.size() && !ws[last].ends_phrase ? ws[last + 1].core : std::string_view();
        const std::string_view next2 =
            last + 2 < ws.size() && !ws[last].ends_phrase && !ws[last + 1].ends_phrase
                ? ws[last + 2].core
                : std::string_view();
        if (prev == "Mr" || prev == "Mr." || prev == "Mrs" || prev == "Mrs." || prev == "Ms" ||
            prev == "Ms." || prev == "Dr" || prev == "Dr." || prev == "Sir") {
          type = EntityType::kPerson;
          sure = called_person = true;
        } else if (honorific) {
          type = EntityType::kPerson;  // "Professor Brian Collins"
          sure = called_person = true;
        } else if (first < last && last - first <= 2 && first > 0 && !ws[first - 1].ends_phrase &&
                   !IsOrgSuffix(ws[last].core) &&
                   (prev == "Minister" || prev == "Governor" || prev == "Senator" ||
                    prev == "Secretary" || prev == "Mayor" || prev == "Premier" ||
                    prev == "Commissioner")) {
          type = EntityType::kPerson;  // "Prime Minister Keir Starmer", "Governor Spencer Cox"
          sure = called_person = true;
        } else if (possessive_brand) {
          type = EntityType::kProduct;  // "Jacob's Creek wine"
          sure = true;
        } else if (first > 0 && !ws[first - 1].ends_phrase && IsProductHeadNoun(prev) &&
                   !IsOrgSuffix(ws[last].core) && !BeginsClause(ws, last)) {
          type = EntityType::kProduct;  // "multiple sclerosis drug Tysabri"
          sure = called_product = true;
        } else if (first >= 2 && prev == "leader" && !ws[first - 2].ends_phrase &&
                   (ws[first - 2].core == "market" || ws[first - 2].core == "industry" ||
                    ws[first - 2].core == "sector")) {
          sure = true;  // "market leader Best Buy": a firm, not a person
        } else if (ProductInApposition(ws, last)) {
          type = EntityType::kProduct;  // "Avonex, Biogen Idec's existing ... drug"
          sure = called_product = true;
        } else if (first >= 2 && (prev == "include" || prev == "including") &&
                   (ws[first - 2].core == "brands" || ws[first - 2].core == "products" ||
                    ws[first - 2].core == "labels" || ws[first - 2].core == "marques")) {
          type = EntityType::kProduct;  // "brands including Chivas Regal"
          sure = true;
        } else if (ws[last].ends_phrase && last + 3 < ws.size() && ws[last + 1].core == "one" &&
                   ws[last + 2].core == "of" && OneOfFirms(ws, last + 3)) {
          sure = true;  // "Glenmorangie, one of Scotland's premier whisky firms"
        } else if (first > 0 && !ws[first - 1].ends_phrase && IsDealObjectCue(ws, first)) {
          sure = true;  // "agreed to acquire Shazam", "a partnership with Zentrix"
        } else if (first > 0 && !ws[first - 1].ends_phrase && !ws[last].possessive &&
                   (prev == "launched" || prev == "unveiled" || prev == "released" ||
                    prev == "introduced" || prev == "launches" || prev == "unveils")) {
          type = EntityType::kProduct;  // "Meta launched Threads"
          sure = true;
        } else if (ws[last].org_compound) {
          sure = true;
        } else if (ws[last].product_compound) {
          type = EntityType::kProduct;
          sure = true;
        } else if (first >= 3 && prev == "as" && ws[first - 2].core == "such" &&
                   !ws[first - 2].ends_phrase &&
                   (IsOrgPlural(ws[first - 3].core) || ws[first - 3].core == "chains" ||
                    ws[first - 3].core == "companies" || ws[first - 3].core == "groups")) {
          sure = true;  // "chains such as Dunkin' Donuts"
        } else if (first >= 2 && (prev == "include" || prev == "includes" || prev == "including") &&
                   IsOrgPlural(ws[first - 2].core)) {
          sure = true;  // "its customers include Boots"
        } else if (first > 0 && !ws[first - 1].ends_phrase &&
                   (prev == "makes" || prev == "brews" || prev == "produces" ||
                    prev == "manufactures")) {
          type = EntityType::kProduct;  // "which makes Stella Artois"
          sure = true;
        } else if (kind_before) {
          sure = true;
        } else if (first >= 3 && (prev == "its" || prev == "their") && ws[first - 2].core == "of" &&
                   (ws[first - 3].core == "price" || ws[first - 3].core == "prices")) {
          type = EntityType::kProduct;  // "hiked the price of its GLM Coding Plan"
          sure = true;
        } else if (first >= 3 && prev == "as" && ws[first - 2].core == "such" &&
                   IsProductPlural(ws[first - 3].core)) {
          type = EntityType::kProduct;  // "free programs such as Spybot and Ad-Aware"
          sure = true;
        } else if (first > 0 && ws[first - 1].possessive && IsDivisionNoun(next) &&
                   (IsKnownOrg(ws[first - 1].core) || DictionaryLookup(ws[first - 1].core) >= 0)) {
          sure = true;  // "Disney's Experiences business"
        } else if (MarketShareAfter(ws, last)) {
          sure = true;  // "led by Lukoil with 11% of the market"
        } else if (first >= 3 && prev == "the" && ws[first - 2].core == "in" &&
                   (ws[first - 3].core == "report" || ws[first - 3].core == "article" ||
                    ws[first - 3].core == "interview" || ws[first - 3].core == "story")) {
          sure = true;  // "a weekend report in the Telegraph"
        } else if (IsEmployerCue(ws, first, last,
                                 /*single=*/first == last || IsOrgSuffix(ws[last].core))) {
          sure = true;  // "ING analyst Gerard Rijk", "an analyst at Gartmore"
        } else if (last > first && last - first <= 2 && first > 0 && !ws[first - 1].ends_phrase &&
                   !IsOrgSuffix(ws[last].core) && IsPersonNoun(prev)) {
          type = EntityType::kPerson;  // "pop star Katy Perry", "billionaire Carl Icahn"
          sure = called_person = true;
        } else if (last > first && lexicon.IsGivenName(first_word) &&
                   last - first <= 2 + NameParticles(ws, first, last) &&
                   !IsOrgSuffix(ws[last].core)) {
          type = EntityType::kPerson;
          sure = true;
        } else if (last > first + 1 && kOfHeads.count(ws[first].core) &&
                   ws[first + 1].core == "of") {
          sure = true;  // "University of Dayton", "Bank of England": no person
        } else if (last > first && last - first <= 2 && !IsOrgSuffix(ws[last].core) &&
                   !FirmNounBefore(ws, first) &&
                   (LooksLikePersonAt(ws, first, last) || AfterClosingQuote(b) ||
                    ((prev == "said" || prev == "says") && first > 0 &&
                     !ws[first - 1].ends_phrase && ws[last].ends_phrase))) {
          type = EntityType::kPerson;
          sure = true;
        } else if (IsOrgSuffix(ws[last].core) && last > first) {
          sure = true;
        } else if (first > 0 && (IsOrgNoun(prev) || IsOrgPlural(prev)) &&
                   !ws[first - 1].ends_phrase) {
          sure = true;
        } else if (first >= 2 && prev == "by" && !ws[first - 2].ends_phrase &&
                   (first == last || IsOrgSuffix(ws[last].core)) &&
                   (ws[first - 2].core == "owned" || ws[first - 2].core == "controlled" ||
                    ws[first - 2].core == "survey" || ws[first - 2].core == "study" ||
                    ws[first - 2].core == "poll" ||
                    ((ws[first - 2].core == "provided" || ws[first - 2].core == "compiled") &&
                     first >= 3 &&
                     (ws[first - 3].core == "transcript" || ws[first - 3].core == "data" ||
                      ws[first - 3].core == "figures" || ws[first - 3].core == "estimates")))) {
          sure = true;  // "half owned by BP", "a survey by Earthlink" (people are found above)
        } else if (last + 3 < ws.size() && ws[last + 1].core == "which" &&
                   ws[last + 2].core == "is" &&
                   (ws[last + 3].core == "owned" ||
                    (last + 4 < ws.size() && ws[last + 4].core == "owned" &&
                     !ws[last + 3].ends_phrase))) {
          sure = true;  // "TNK-BP which is half owned by BP"
        } else if ((IsNamingNoun(next) ||
                    (!next.empty() && next[0] >= 'a' && next[0] <= 'z' && IsNamingNoun(next2))) &&
                   !(first == last && ws[first].sentence_start)) {
          // (Not one word opening a sentence: "Security firm X said".)
          sure = true;  // "Sal Oppenheim investment bank"
        } else if (first > 0 && ws[first - 1].possessive && IsPlaceName(ws[first - 1].core) &&
                   !lower_words.count(ToLowerAscii(ws[first].core))) {
          sure = true;  // "Germany's Hexal", "Turkey's Getir"
        } else if (last + 2 < ws.size() && ws[last].ends_phrase && ws[last + 1].core == "the" &&
                   IsOrgNoun(ws[last + 2].core)) {
          sure = true;  // "Sandoz, the generic drugs unit"
        }
        // "Windows XP", "Windows 2000": a dictionary product and a version.
        if (last > first && type != EntityType::kPerson) {
          const std::string_view v = ws[last].core;
          const bool version =
              (IsAllCaps(v) && v.size() <= 4) ||
              (!v.empty() && std::all_of(v.begin(), v.end(), [](char c) { return IsDigit(c); }));
          if (version) {
            const size_t stem_end = ws[last - 1].begin + ws[last - 1].core.size();
            const int32_t entry =
                DictionaryLookup(text.substr(ws[first].begin, stem_end - ws[first].begin));
            if (entry >= 0 && lexicon.entries()[entry].type == EntityType::kProduct) {
              type = EntityType::kProduct;
              sure = true;
            }
          }
        }
        // Products: a model number ("GLM-5", "H100") or a product noun after
        // the name ("the Livebox router", "GLM Coding Plan service").
        if (type != EntityType::kPerson) {
          const bool digit =
              std::any_of(name.begin(), name.end(), [](char c) { return c >= '0' && c <= '9'; });
          // "the Maserati car company": the noun after the product noun decides.
          const bool noun =
              (last + 1 < ws.size() && !ws[last].ends_phrase && IsProductNoun(ws[last + 1].core) &&
               !(last + 2 < ws.size() && !ws[last + 1].ends_phrase &&
                 IsOrgNoun(ws[last + 2].core))) ||
              OwnedProductAt(ws, first, last);
          if ((digit && !IsOrgSuffix(ws[last].core) &&
               std::isalpha(static_cast<unsigned char>(name[0]))) ||
              noun) {
            type = EntityType::kProduct;
            sure = sure || noun;
          }
        }
        if (const int32_t entry = DictionaryLookup(name); entry >= 0) {
          known.push_back({b, e, lexicon.entries()[entry].type});
          if (lexicon.entries()[entry].type == EntityType::kPerson) {
            dictionary_people.emplace_back(text.substr(b, e - b), entry);
          }
          continue;
        }
        // "NVIDIA Corporation", "Oracle Corp.": a dictionary name and a company suffix.
        if (last > first && IsCorporateSuffix(ws[last].core)) {
          const size_t stem_end = ws[last - 1].begin + ws[last - 1].core.size();
          const int32_t entry = DictionaryLookup(text.substr(b, stem_end - b));
          if (entry >= 0 && lexicon.entries()[entry].type == EntityType::kOrg) {
            AddLocalAlias(name, {false, entry});
            known.push_back({b, e, EntityType::kOrg});
            continue;
          }
        }
        std::string key = FoldNameKey(name);
        ++counts[key];
        candidates.push_back({std::move(name), b, e, type, sure, std::move(key), false,
                              called_product, called_person, ws[first].sentence_start});
      }
    }
    DropRunsIntoNames(&candidates);
    PropagateThroughLists(&candidates, known, counts);
    // Longer names first: a single word that begins an organisation's name
    // ("Federated" of "Federated Department Stores") or ends a person's
    // ("Ghosn" of "Carlos Ghosn") is that entity, not a new one.
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate& a, const Candidate& b) {
                       return std::count(a.name.begin(), a.name.end(), ' ') >
                              std::count(b.name.begin(), b.name.end(), ' ');
                     });
    // A name a cue calls a product or a person is one wherever the article
    // repeats it ("Tysabri" after "multiple sclerosis drug Tysabri", "Katy
    // Perry" before "pop star Katy Perry").
    std::unordered_set<std::string_view> cued_products, cued_people;
    for (const Candidate& c : candidates) {
      if (c.called_product) cued_products.insert(c.key);
      if (c.called_person) cued_people.insert(c.key);
    }
    // Single words the article writes inside a sentence at least once: a
    // word only ever seen first in a sentence ("Options pricing ...",
    // "See for yourself ...", "Commentators and ...") is a capitalised
    // common word, not a name.
    // The headline and a ticker after the word ("Roku (ROKU) closed up")
    // vouch for it too: "Parmalat boasts doubled profits".
    std::unordered_set<std::string_view> seen_inside;
    const size_t headline_end = sentences.empty() ? 0 : sentences.front().end;
    for (const Candidate& c : candidates) {
      if (!c.at_start || c.begin < headline_end || TickerAfter(c.end)) seen_inside.insert(c.key);
    }
    std::vector<std::pair<std::string, EntityRef>> multiword;
    for (const Candidate& c : candidates) {
      const bool single = c.name.find(' ') == std::string::npos;
      const std::string& key = c.key;
      if (local_keys.count(key) || SeparateFirmsJoined(c.name, single, &counts)) continue;
      if (single) {
        EntityRef longer = LongerNameFor(c.name, multiword);
        if (longer.index >= 0) {
          AddLocalAlias(c.name, longer);
          continue;
        }
        // One uncued word needs two sightings to count as a name.
        if (!c.sure && (counts[key] < 2 || c.type != EntityType::kPerson) && counts[key] < 2)
          continue;
        // ... and is no common word the article also writes in lower case
        // ("Adjusted EPS:", "Growth" in run-in headings).
        if (!c.sure && IsUpper(c.name[0]) && c.name.size() > 1 &&
            std::all_of(c.name.begin() + 1, c.name.end(),
                        [](char ch) { return ch >= 'a' && ch <= 'z'; })) {
          std::string lower = c.name;
          lower[0] = static_cast<char>(lower[0] + 32);
          if (lower_words.count(lower)) continue;
        }
        if (!c.sure && !seen_inside.count(key) && c.type != EntityType::kPerson) continue;
      } else if (!c.sure && c.type != EntityType::kPerson && counts[key] < 2) {
        continue;  // an uncued capitalised phrase seen once: a headline, a title
      } else if (const EntityRef longer = ShortenedOrgName(c.name, multiword); longer.index >= 0) {
        AddLocalAlias(c.name, longer);  // "Mitsubishi Tokyo" of "... Financial Group"
        continue;
      }
      if (const EntityRef earlier = EarlierNameOf(c); earlier.index >= 0) {
        AddLocalAlias(c.name, earlier);  // "under previous name WorldCom"
        continue;
      }
      if (single && IsAllCaps(c.name)) {
        if (const EntityRef owner = TickerOwner(c.name); owner.index >= 0) {
          AddLocalAlias(c.name, owner);
          continue;
        }
      }
      const EntityRef ref = Discover({c.name}, cued_products.count(c.key) ? EntityType::kProduct
                                               : cued_people.count(c.key) ? EntityType::kPerson
                                                                          : c.type);
      if (!single) multiword.emplace_back(c.name, ref);
    }
    // "Tower Semiconductor (TSEM)": a ticker in parentheses after a name.
    AddTickerAliases();
  }

  // The entity a name renames: "MCI ... under previous name WorldCom",
  // "Altria, formerly Philip Morris": the first name of the sentence.
  EntityRef EarlierNameOf(const Candidate& c) const {
    static constexpr std::string_view kCues[] = {
        "previous name ",       "former name ",  "formerly ",         "formerly known as ",
        "previously known as ", "renamed from ", "formally known as "};
    const std::string_view before =
        text.substr(c.begin >= 24 ? c.begin - 24 : 0, std::min<size_t>(c.begin, 24));
    bool cue = false;
    for (std::string_view k : kCues) cue |= before.ends_with(k);
    if (!cue) return {};
    size_t sb = 0;
    for (const Sentence& s : sentences) {
      if (s.begin <= c.begin && c.begin < s.end) sb = s.begin;
    }
    // The first capitalised run of the sentence that names an entity.
    for (size_t i = sb; i < c.begin; ++i) {
      if (!IsUpper(text[i]) || (i > sb && IsAsciiAlnum(text[i - 1]))) continue;
      size_t e = i;
      while (e < c.begin && (IsAsciiAlnum(text[e]) || text[e] == '&' || text[e] == '-' ||
                             (text[e] == ' ' && e + 1 < c.begin && IsUpper(text[e + 1])))) {
        ++e;
      }
      const std::string_view name = text.substr(i, e - i);
      const auto it = local_keys.find(FoldNameKey(name));
      if (it != local_keys.end() && TypeOf(it->second) == EntityType::kOrg) return it->second;
      const int32_t entry = DictionaryLookup(name);
      if (entry >= 0 && lexicon.entries()[entry].type == EntityType::kOrg) return {false, entry};
      i = e;
    }
    return {};
  }

  // "Tower Semiconductor (TSEM)", "NVIDIA Corporation (NVDA)": an upper-case
  // ticker in parentheses right after a name is another name of it.
  // Dictionary people the article names in full ("Vlad Tenev"), for their surnames.
  std::vector<std::pair<std::string_view, int32_t>> dictionary_people;

  // Where " (TICKER)" occurs in the article: the offset of "(" by ticker.
  std::unordered_multimap<std::string_view, size_t> ticker_at;

  void IndexTickers() {
    ticker_at.clear();
    for (size_t open = text.find(" ("); open != std::string_view::npos;
         open = text.find(" (", open + 1)) {
      size_t b = open + 2;
      // "(NASDAQ:MPWR)", "(NYSE: BILL)": the exchange before the ticker.
      const size_t colon_in = text.substr(b, 14).find(':');
      const size_t colon = colon_in == std::string_view::npos ? colon_in : b + colon_in;
      if (colon != std::string_view::npos && IsExchangePrefix(text.substr(b, colon - b))) {
        b = colon + 1;
        while (b < text.size() && text[b] == ' ') ++b;
      }
      size_t e = b;
      while (e < text.size() && (IsUpper(text[e]) || text[e] == '.')) ++e;
      if (e >= text.size() || text[e] != ')' || e - b < 2 || e - b > 6) continue;
      ticker_at.emplace(text.substr(b, e - b), open + 1);
    }
  }

  EntityRef TickerOwner(std::string_view ticker) const {
    const auto [from, to] = ticker_at.equal_range(ticker);
    for (auto at = from; at != to; ++at) {
      const size_t open = at->second;
      if (open < 2 || text[open - 1] != ' ') continue;
      // The longest run of capitalised words before it that names an entity.
      const size_t name_end = open - 1;
      size_t b = name_end;
      EntityRef ref;
      for (int words = 0; words < 5 && b > 0; ++words) {
        size_t w = b;
        while (w > 0 && text[w - 1] != ' ') --w;
        // "Securities and Exchange Commission (SEC)": connectors inside.
        const std::string_view word = text.substr(w, b - w);
        if (words > 0 && (word == "and" || word == "of" || word == "for") && w > 0) {
          b = w - 1;
          continue;
        }
        if (w == b || !IsUpper(text[w])) break;
        const std::string_view name = text.substr(w, name_end - w);
        const auto it = local_keys.find(FoldNameKey(name));
        if (it != local_keys.end()) ref = it->second;
        const int32_t entry = DictionaryLookup(name);
        if (entry >= 0) ref = {false, entry};
        if (w == 0) break;
        b = w - 1;
      }
      if (ref.index >= 0 && TypeOf(ref) == EntityType::kOrg) return ref;
    }
    return {};
  }

  void AddTickerAliases() {
    for (const auto& [ticker, open] : ticker_at) {
      if (local_keys.count(FoldNameKey(ticker)) || DictionaryLookup(ticker) >= 0) continue;
      if (const EntityRef owner = TickerOwner(ticker); owner.index >= 0) {
        AddLocalAlias(ticker, owner);
      }
    }
  }

  // "9:22 PM UTC", "6 AM ET": a time of day, no name.
  template <typename Words>
  static bool ClockWordAt(const Words& ws, size_t k) {
    static const std::unordered_set<std::string_view> kClock = {"AM", "PM",  "UTC", "GMT",
                                                                "ET", "EST", "EDT", "BST"};
    if (k == 0 || !kClock.count(ws[k].core)) return false;
    const std::string_view prev = ws[k - 1].core;
    return (!prev.empty() && IsDigit(static_cast<unsigned char>(prev.back()))) ||
           (k >= 2 && kClock.count(prev) && !ws[k - 2].core.empty() &&
            IsDigit(static_cast<unsigned char>(ws[k - 2].core.back())));
  }

  // "Prime Minister Keir Starmer", "Deputy Chief Investment Officer Jeff
  // Sherman": a word that qualifies the title after it is part of the title.
  template <typename Words>
  static bool TitleModifierAt(const Words& ws, size_t k) {
    static const std::unordered_set<std::string_view> kModifiers = {
        "Prime", "Deputy", "Vice", "Senior", "Managing", "Acting", "Interim", "Former"};
    static const std::unordered_set<std::string_view> kTitles = {
        "Minister", "Chief",     "Executive", "Officer",    "President", "Chairman",
        "Director", "Secretary", "Governor",  "Chancellor", "Manager",   "Editor"};
    return k + 1 < ws.size() && !ws[k].ends_phrase && kModifiers.count(ws[k].core) &&
           kTitles.count(ws[k + 1].core);
  }

  // A ticker in brackets right after `end`: " (ROKU)", " (NASDAQ:DOMO)".
  bool TickerAfter(size_t end) const {
    if (!StartsWithAt(text, end, " (")) return false;
    size_t k = end + 2;
    const size_t stop = std::min(text.size(), k + 16);
    while (k < stop && (IsUpper(text[k]) || text[k] == ':' || text[k] == '.')) ++k;
    return k > end + 2 && k < text.size() && text[k] == ')';
  }

  // A noun right before the name that only an organisation is: "security
  // firm Network Box said", "the bank Credit Agricole said". Nouns a person
  // can be too ("investor", "partner", "owner") do not count.
  template <typename Words>
  static bool FirmNounBefore(const Words& ws, size_t first) {
    if (first == 0 || ws[first - 1].ends_phrase) return false;
    const std::string_view prev = ws[first - 1].core;
    static const std::unordered_set<std::string_view> kPersonToo = {
        "investor", "partner", "owner",  "parent", "developer", "publisher", "operator",
        "broker",   "rival",   "rivals", "peer",   "provider",  "supplier",  "competitor"};
    return IsOrgNoun(prev) && !kPersonToo.count(prev);
  }

  // A two- or three-word capitalised name is a person's when the text
  // treats it so: "X said", "X, an analyst at", "X, who", or "Mr <surname>"
  // elsewhere in the article.
  template <typename Words>
  bool LooksLikePersonAt(const Words& ws, size_t first, size_t last) const {
    const std::string_view surname = ws[last].core;
    if (titled_surnames.count(surname)) return true;
    if (last + 1 < ws.size()) {
      const std::string_view next = ws[last + 1].core;
      if (next == "said" || next == "says" || next == "told" || next == "added" ||
          next == "noted" || next == "explained" || next == "wrote") {
        return true;
      }
      // "X Y, head of credit strategy at Z", "X Y, chief economist at Z"
      // (not a run that opens with a firm's name: "Google Sam Altman").
      if (ws[last].ends_phrase && last > first && last + 2 < ws.size() &&
          DictionaryLookup(ws[first].core) < 0 &&
          text[ws[last].begin + ws[last].core.size()] == ',' &&
          (next == "head" || next == "chief" || next == "analyst" || next == "director" ||
           next == "economist" || next == "strategist" || next == "spokesman" ||
           next == "spokeswoman" || next == "founder" || next == "co-founder" ||
           next == "chairman" || next == "president" || next == "senior" || next == "managing" ||
           next == "partner" || next == "professor")) {
        const std::string_view after = ws[last + 2].core;
        if (after == "of" || after == "at" || after == "for" || after == "and" ||
            (!after.empty() && after[0] >= 'a' && after[0] <= 'z')) {
          return true;
        }
      }
      if (ws[last].ends_phrase && (next == "who" || next == "an" || next == "a" || next == "the")) {
        for (size_t k = last + 2; k < ws.size() && k <= last + 4; ++k) {
          const std::string_view w = ws[k].core;
          if (w == "analyst" || w == "chief" || w == "head" || w == "director" ||
              w == "executive" || w == "spokesman" || w == "spokeswoman" || w == "partner" ||
              w == "founder" || w == "president" || w == "chairman" || w == "economist" ||
              w == "strategist" || w == "manager" || w == "officer" || w == "professor" ||
              w == "researcher" || w == "vice" || w == "senior" || w == "portfolio") {
            return true;
          }
        }
      }
    }
    (void)first;
    return false;
  }

  // The entity whose longer name this single word shortens: the first word of
  // an organisation ("Federated" -> "Federated Department Stores", also a
  // dictionary name such as "Mitsubishi Motors" written in the text) or the
  // last word of a person ("Ghosn" -> "Carlos Ghosn").
  EntityRef LongerNameFor(const std::string& word,
                          const std::vector<std::pair<std::string, EntityRef>>& multiword) const {
    // "D'Amaro" and "D’Amaro" are one surname.
    const bool quoted = word.find('\'') != std::string::npos;
    auto ends_with_word = [&](const std::string& name) {
      if (name.ends_with(" " + word)) return true;
      if (!quoted) return false;
      std::string curly = word;
      for (size_t q = curly.find('\''); q != std::string::npos; q = curly.find('\'', q + 3)) {
        curly.replace(q, 1, "’");
      }
      return name.ends_with(" " + curly);
    };
    for (const auto& [name, ref] : multiword) {
      const EntityType type = TypeOf(ref);
      if (type == EntityType::kPerson && ends_with_word(name)) return ref;
      // "Highfield" after "Highfields Capital Management" too. Products
      // differ: "Outlook" is not "Outlook Express".
      if (type == EntityType::kOrg &&
          (name.starts_with(word + " ") || name.starts_with(word + "s "))) {
        return ref;
      }
    }
    // A person other patterns found ("chief executive Jensen Huang").
    for (size_t l = 0; l < locals.size(); ++l) {
      if (locals[l].type == EntityType::kPerson && ends_with_word(locals[l].name)) {
        return {true, static_cast<int32_t>(l)};
      }
    }
    // "Tenev" after "Vlad Tenev" from the dictionary.
    for (const auto& [name, entry] : dictionary_people) {
      if (name.size() > word.size() && name.ends_with(word) &&
          name[name.size() - word.size() - 1] == ' ') {
        return {false, entry};
      }
    }
    // "XP" after "Windows XP": a version of a product.
    const bool version =
        IsAllCaps(word) || std::all_of(word.begin(), word.end(), [](char c) { return IsDigit(c); });
    if (version) {
      for (const auto& [name, ref] : multiword) {
        if (TypeOf(ref) == EntityType::kProduct && name.ends_with(" " + word)) return ref;
      }
      for (size_t at = text.find(" " + word); at != std::string_view::npos;
           at = text.find(" " + word, at + 1)) {
        size_t b = at;
        while (b > 0 && IsAsciiAlnum(text[b - 1])) --b;
        if (b == at || !IsUpper(text[b])) continue;
        const int32_t entry = DictionaryLookup(text.substr(b, at + 1 + word.size() - b));
        if (entry >= 0 && lexicon.entries()[entry].type == EntityType::kProduct) {
          return {false, entry};
        }
      }
    }
    // "Mitsubishi Motors" from the dictionary, written in full somewhere.
    for (size_t at = text.find(word + " "); at != std::string_view::npos;
         at = text.find(word + " ", at + 1)) {
      size_t e = at + word.size() + 1;
      for (int extra = 0; extra < 2 && e < text.size() && IsUpper(text[e]); ++extra) {
        while (e < text.size() && text[e] != ' ' && text[e] != ',' && text[e] != '.') ++e;
        const int32_t entry = DictionaryLookup(text.substr(at, e - at));
        if (entry >= 0 && lexicon.entries()[entry].type != EntityType::kPerson) {
          return {false, entry};
        }
        ++e;
      }
    }
    return {};
  }

  // True when the article writes `word` outside a possessive too.
  bool BareElsewhere(std::string_view word) const {
    for (size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
      const size_t e = at + word.size();
      if ((at == 0 || !IsAsciiAlnum(text[at - 1])) &&
          (e >= text.size() ||
           (text[e] != '\'' && !StartsWithAt(text, e, "’") && !IsAsciiAlnum(text[e])))) {
        return true;
      }
    }
    return false;
  }

  // Lower-case particles inside a person's name: "Nick Van den Bruel".
  template <typename Words>
  static size_t NameParticles(const Words& ws, size_t first, size_t last) {
    size_t n = 0;
    for (size_t j = first; j <= last; ++j) {
      const std::string_view w = ws[j].core;
      n += w == "de" || w == "van" || w == "von" || w == "der" || w == "den" || w == "du" ||
           w == "la" || w == "di" || w == "da" || w == "del";
    }
    return n;
  }

  // Heads of the names of public bodies.
  static bool IsPublicBodyNoun(std::string_view w) {
    static const std::unordered_set<std::string_view> kNouns = {
        "Commission", "Administration", "Authority", "Agency",  "Bureau",
        "Board",      "Department",     "Ministry",  "Council", "Office"};
    return kNouns.count(w) > 0;
  }

  // "CY2025", "FY26", "Q4", "H1", "1H25": a fiscal period, no name.
  // `short_forms`: "Q4", "H2" count too (they also begin names: "H2
  // Gambling Capital").
  static bool IsFiscalPeriod(std::string_view w, bool short_forms) {
    size_t p = 0;
    if (w.starts_with("CY") || w.starts_with("FY")) {
      p = 2;
    } else if (short_forms && w.size() >= 2 && (w[0] == 'Q' || w[0] == 'H') && IsDigit(w[1])) {
      p = 1;
    } else {
      return false;
    }
    const std::string_view rest = w.substr(p);
    return !rest.empty() && rest.size() <= 4 &&
           std::all_of(rest.begin(), rest.end(), [](char c) { return IsDigit(c); });
  }

  // True when the dictionary knows `name` as a product ("Windows").
  bool IsDictionaryProduct(std::string_view name) const {
    const int32_t entry = DictionaryLookup(name);
    return entry >= 0 && lexicon.entries()[entry].type == EntityType::kProduct;
  }

  // "the merged Gazprom-Rosneft group", "the Renault-Nissan alliance": two
  // organisations the dictionary knows, joined by a hyphen, are no third one.
  // `names`: keys of the names the article writes on their own.
  bool SeparateFirmsJoined(std::string_view word, bool single,
                           const std::unordered_map<std::string, int>* names = nullptr) const {
    const size_t dash = word.find('-');
    if (!single || dash == std::string_view::npos || dash == 0 || dash + 1 >= word.size() ||
        word.find('-', dash + 1) != std::string_view::npos) {
      return false;
    }
    auto known = [&](std::string_view part) {
      const int32_t entry = DictionaryLookup(part);
      if (entry >= 0) return lexicon.entries()[entry].type == EntityType::kOrg;
      return names != nullptr && names->count(FoldNameKey(part)) > 0;
    };
    return known(word.substr(0, dash)) && known(word.substr(dash + 1));
  }

  // The organisation whose longer name this phrase shortens by legal-form
  // words only: "Mitsubishi Tokyo" of "Mitsubishi Tokyo Financial Group".
  EntityRef ShortenedOrgName(
      const std::string& phrase,
      const std::vector<std::pair<std::string, EntityRef>>& multiword) const {
    for (const auto& [name, ref] : multiword) {
      if (TypeOf(ref) != EntityType::kOrg || name.size() <= phrase.size() + 1 ||
          !name.starts_with(phrase) || name[phrase.size()] != ' ') {
        continue;
      }
      // "London Stock Exchange" is a unit of "London Stock Exchange Group":
      // a phrase that ends like a firm's name before a group word is the unit.
      const size_t sp = phrase.rfind(' ');
      const bool unit_name =
          IsOrgSuffix(std::string_view(phrase).substr(sp == std::string::npos ? 0 : sp + 1));
      bool legal_form = true;
      for (std::string_view w : Words(std::string_view(name).substr(phrase.size() + 1))) {
        const bool group = w == "Group" || w == "Holding" || w == "Holdings";
        legal_form &= (IsCorporateSuffix(w) || w == "Financial" || group || w == "International") &&
                      !(group && unit_name);
      }
      if (legal_form) return ref;
    }
    return {};
  }

  // Mixed-script names in Korean text ("오픈AI", "챗GPT") and Latin names
  // inside Korean sentences ("xAI", "AMD").
  void DiscoverScriptNames(const Sentence& s) {
    if (!KoreanSentence(s)) return;
    const std::vector<std::string_view>& words = SentenceWords(s);
    // A word that starts with a Latin letter, after an opening parenthesis
    // or quote.
    auto latin_word = [&](size_t k) {
      std::string_view w = words[k];
      while (!w.empty() && (w.front() == '(' || IsQuote(CpAt(w, 0)))) {
        w.remove_prefix(w.front() == '(' ? 1 : (w[0] & 0x80 ? 3 : 1));
      }
      const auto first = w.empty() ? 0 : static_cast<unsigned char>(w.front());
      return (first | 0x20) >= 'a' && (first | 0x20) <= 'z';  // an ASCII letter
    };
    for (size_t k = 0; k < words.size(); ++k) {
      std::string_view w = words[k];
      // Most words of a Korean sentence have no Latin letter (ASCII, or the
      // lead bytes 0xC3-0xC9 of U+00C0-U+024F): nothing to find in them.
      if (std::none_of(w.begin(), w.end(), [](char c) {
            const auto b = static_cast<unsigned char>(c);
            return ((b | 0x20) >= 'a' && (b | 0x20) <= 'z') || (b >= 0xC3 && b <= 0xC9);
          })) {
        continue;
      }
      // One word of an English phrase in a Korean sentence, "DDR(Double Data
      // Rate)", "'이머시브 미디어 플랫폼(Immersive Media Platform)'", is no name
      // of its own (a whole name in parentheses is read by DiscoverParenPairs).
      // (A phrase: Latin words in a row, only the last with Hangul after it;
      // "xAI와 Grok을" are two names.)
      if (latin_word(k) && ((k > 0 && latin_word(k - 1) && !HasHangul(words[k - 1])) ||
                            (k + 1 < words.size() && latin_word(k + 1) && !HasHangul(w)))) {
        continue;
      }
      while (!w.empty() && IsQuote(CpAt(w, 0))) {
        size_t i = 0;
        utf8::Decode(w, &i);
        w.remove_prefix(i);
      }
      // Cut at the first character that is not a letter or digit.
      size_t end = 0;
      for (size_t i = 0; i < w.size();) {
        size_t j = i;
        const char32_t cp = utf8::Decode(w, &j);
        if (!IsWordChar(cp)) break;
        i = end = j;
      }
      w = w.substr(0, end);
      if (w.empty() || IsDigit(CpAt(w, 0))) continue;  // "496km다" is a number
      const bool hangul = HasHangul(w), latin = HasLatin(w);
      std::string_view stem = w;
      if (hangul && latin) {
        // Particles follow the Latin part: "스페이스X와" -> "스페이스X".
        stem = w.substr(0, SplitParticle(w, 1).stem_bytes);
        if (!HasLatin(stem) || !HasHangul(stem)) continue;
        // Hangul then Latin ("오픈AI") or Latin then Hangul ("Y콤비네이터").
        // "챗GPT" (one syllable, then Latin) is a name; "IT업계", "AI칩" are not:
        // Latin first only as a single letter ("Y콤비네이터").
        const bool latin_first = IsLatin(CpAt(stem, 0));
        size_t latin_letters = 0;
        for (char c : stem) latin_letters += IsLatin(static_cast<unsigned char>(c)) ? 1 : 0;
        if (latin_first ? (latin_letters != 1 || CountHangul(stem) < 3)
                        : (CountHangul(stem) < 2 && latin_letters < 2)) {
          continue;
        }
        if (IsStopName(stem) || IsMixedScriptTerm(stem) || term_acronyms.count(stem)) continue;
        // Korean words with a Latin unit ("D램", "5G망") are not names.
        if (stem.size() < 5) continue;
        if (GluedBeforeLatinWord(stem) || EndsInKnownOrg(stem)) continue;
      } else if (latin && !hangul) {
        if (!LooksLikeLatinName(stem) || stem.size() < 2 || IsStopName(stem)) continue;
        if (term_acronyms.count(stem)) continue;  // "인수후통합(PMI)" elsewhere
        bool has_lower = false, has_upper = false;
        for (char c : stem) {
          has_lower |= (c >= 'a' && c <= 'z');
          has_upper |= IsUpper(c);
        }
        // All-caps acronyms of two letters are too often plain terms, and
        // tokens with digits are models or standards ("HBM3E", "DDR5").
        if (!has_lower && stem.size() < 3) continue;
        if (!has_upper) continue;
        if (std::any_of(stem.begin(), stem.end(), [](char c) { return c >= '0' && c <= '9'; })) {
          continue;
        }
        if (!has_lower && IsTechAcronym(stem)) continue;
      } else {
        continue;
      }
      if (DictionaryLookup(stem) >= 0 || local_keys.count(FoldNameKey(stem))) continue;
      const size_t b = stem.data() - text.data();
      // A Hangul title numbered in Roman numerals is a sequel: "대항해시대II".
      if (hangul && latin) {
        const std::string_view tail = TrailingLatin(stem);
        if (tail == "II" || tail == "III" || tail == "IV" || tail == "VI" || tail == "VII" ||
            tail == "VIII" || tail == "IX") {
          Discover({std::string(stem)}, EntityType::kProduct);
          continue;
        }
      }
      Discover({std::string(stem)}, GuessType(b, b + stem.size(), EntityType::kOrg));
    }
  }

  // "하락세 지속VIX 20 돌파", "非이자이익 급증KB 신한 하나": a subheading
  // that ends in a Korean word, run into a Latin word the article uses on
  // its own elsewhere. The mixed word occurs once; its Latin tail stands
  // alone (no letter before or after it) somewhere else.
  bool GluedBeforeLatinWord(std::string_view stem) const {
    const std::string_view tail = TrailingLatin(stem);
    if (tail.empty() || CountHangul(stem.substr(0, stem.size() - tail.size())) < 2) return false;
    const size_t self = stem.data() - text.data();
    bool alone = false;
    for (size_t at = FindBytes(text, stem); at != std::string_view::npos;
         at = FindBytes(text, stem, at + stem.size())) {
      if (at != self) return false;  // the mixed word recurs: a name
    }
    auto letter_at = [&](size_t i) {
      if (i >= text.size()) return false;
      const char c = text[i];
      return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    };
    for (size_t at = FindBytes(text, tail); at != std::string_view::npos && !alone;
         at = FindBytes(text, tail, at + tail.size())) {
      if (at == 0 || letter_at(at - 1) || letter_at(at + tail.size())) continue;
      // Not after a Hangul syllable (that is another mixed word).
      const size_t prev = PrevCp(text, at);
      alone = !utf8::IsHangul(CpAt(text, prev));
    }
    return alone;
  }

  // Sources cited with "에 따르면" after a noun for their kind: "시장조사업체
  // 옴디아에 따르면", "분석 기관 패스트마켓 등에 따르면", and "차이롄서 등 중국
  // 매체들에 따르면". They are organisations (research firms, outlets).
  void DiscoverSourceNames(const Sentence& s) {
    if (!KoreanSentence(s)) return;
    const std::vector<std::string_view>& words = SentenceWords(s);
    auto ends_with_any = [](std::string_view w, std::initializer_list<std::string_view> ends) {
      for (std::string_view e : ends) {
        if (w.ends_with(e)) return true;
      }
      return false;
    };
    for (size_t k = 1; k < words.size(); ++k) {
      std::string_view w = words[k];
      if (k + 1 >= words.size() || !w.ends_with("에") || !words[k + 1].starts_with("따르면")) {
        continue;
      }
      w.remove_suffix(std::string_view("에").size());
      size_t name_at = k;  // the word that holds the name
      bool vouched = false;
      if (w == "등") {
        name_at = k - 1;
      } else if (ends_with_any(w, {"매체", "매체들", "언론", "언론들", "외신", "외신들"})) {
        // "X 등 (중국) 매체들에": the name before "등".
        for (size_t back = 1; back <= 2 && back < k; ++back) {
          if (words[k - back] == "등") {
            name_at = k - back - 1;
            vouched = true;
            break;
          }
        }
        if (!vouched) continue;
      }
      std::string_view name = name_at == k ? w : words[name_at];
      while (!name.empty() && IsQuote(CpAt(name, 0))) name.remove_prefix(name[0] & 0x80 ? 3 : 1);
      while (!name.empty() && (name.back() == '\'' || name.back() == '"')) name.remove_suffix(1);
      if (!vouched) {
        if (name_at == 0) continue;
        std::string_view kind = words[name_at - 1];
        if (kind.ends_with("인")) kind.remove_suffix(std::string_view("인").size());
        vouched = ends_with_any(kind, {"업체", "기관", "매체", "외신", "통신사", "통신", "신문",
                                       "방송", "컨설팅사", "리서치", "연구소", "연구원"});
      }
      if (!vouched || name.empty()) continue;
      // Documents and people of a firm are no firm: "업체 보고서에", "업체 관계자에".
      if (ends_with_any(name, {"보고서", "리포트", "자료", "통계", "집계", "관계자"})) continue;
      static const std::unordered_set<std::string_view> kDocuments = {
          "조사", "분석", "발표", "추정", "전망", "데이터", "설명", "공시", "보도"};
      if (kDocuments.count(name)) continue;
      const bool latin = !HasHangul(name);
      if (latin ? !LooksLikeLatinName(name) : !PlainHangulName(name)) continue;
      if (DictionaryLookup(name) >= 0 || local_keys.count(FoldNameKey(name))) continue;
      Discover({std::string(name)}, EntityType::kOrg);
    }
  }

  // A company named after a known one, in Hangul: "에코프로머티리얼즈" and
  // "에코프로에이치엔" next to "에코프로", "네이버웹툰" (Korean groups name
  // their units so). The known name must be an organisation of two or more
  // syllables and the rest two or more syllables that are not a particle
  // or a common noun ("삼성전자주가" is not a company: 주가 is generic).
  void DiscoverAffiliateNames(const Sentence& s) {
    if (!KoreanSentence(s)) return;
    const NameTrie& trie = lexicon.trie();
    for (std::string_view w : SentenceWords(s)) {
      while (!w.empty() && IsQuote(CpAt(w, 0))) w.remove_prefix(w[0] & 0x80 ? 3 : 1);
      w = StripTrailingPunct(w);
      if (w.size() < 12) continue;  // four syllables at least
      // Most words start with no known name: two steps into either trie tell.
      {
        size_t i = 0;
        const char32_t c1 = utf8::Decode(w, &i), c2 = utf8::Decode(w, &i);
        auto two_steps = [&](const NameTrie& t) {
          const int32_t first = t.empty() ? -1 : t.Step(NameTrie::kRoot, c1);
          return first < 0 ? -1 : t.Step(first, c2);
        };
        if (two_steps(trie) < 0 && two_steps(local_trie) < 0) continue;
      }
      const int n = CountHangul(w);
      if (n < 4 || static_cast<int>(w.size()) != 3 * n) continue;
      const std::string_view stem = w.substr(0, SplitParticle(w, 3).stem_bytes);
      const int stem_n = static_cast<int>(stem.size() / 3);
      // The longest known organisation name that starts the word.
      size_t known = 0;
      int32_t node = NameTrie::kRoot;
      for (size_t i = 0; i < stem.size() && node >= 0;) {
        node = trie.Step(node, utf8::Decode(stem, &i));
        if (node < 0 || i < 6) continue;
        const int32_t alias = trie.ValueAt(node);
        if (alias >= 0 &&
            lexicon.entries()[lexicon.aliases()[alias].entry].type == EntityType::kOrg) {
          known = i;
        }
      }
      // The article's own names (pure Hangul keys fold to themselves).
      node = local_trie.empty() ? -1 : NameTrie::kRoot;
      for (size_t i = 0; i < stem.size() && node >= 0;) {
        node = local_trie.Step(node, utf8::Decode(stem, &i));
        if (node < 0 || i < 6) continue;
        const int32_t alias = local_trie.ValueAt(node);
        if (alias >= 0 && TypeOf(local_aliases[alias].ref) == EntityType::kOrg) {
          known = std::max(known, i);
        }
      }
      if (known == 0 || stem_n - static_cast<int>(known / 3) < 2) continue;
      const std::string_view rest = stem.substr(known);
      if (IsRoleOrGeneric(rest) || IsParticleTail(rest) || IsKoreanProductNoun(rest) ||
          IsProductClassNoun(rest) || IsDepartment(rest) || rest.ends_with("들")) {
        continue;
      }
      // "케이뱅크라고", "삼성전자라서": a copula ending; "삼성전자앞서": a
      // sentence adverb run into the name; "카카오페이카카오페이": the name twice.
      static const std::unordered_set<std::string_view> kGluedTails = {
          "라서",   "라고", "라며", "라는", "라면", "이라", "이란",   "이라서", "이라고", "이라며",
          "이라는", "앞서", "또한", "이어", "한편", "특히", "아울러", "역시",   "다만",   "이에"};
      if (kGluedTails.count(rest) || DictionaryLookup(rest) >= 0 ||
          local_keys.count(FoldNameKey(rest))) {
        continue;
      }
      // Common words that begin like a company: 애플리케이션, 메타버스, 하이브리드.
      if (stem.starts_with("애플리케이션") || stem.starts_with("메타버스") ||
          stem.starts_with("하이브리드") || stem.starts_with("아마존강")) {
        continue;
      }
      if (DictionaryLookup(stem) >= 0 || local_keys.count(FoldNameKey(stem))) continue;
      // "삼성헬스서" in a headline: "서" for "에서" after a name found already.
      if (stem.ends_with("서")) {
        const std::string_view before = stem.substr(0, stem.size() - 3);
        if (DictionaryLookup(before) >= 0 || local_keys.count(FoldNameKey(before))) continue;
        // The same name without "서" elsewhere in the article (the headline
        // comes before the body that names it).
        bool bare = false;
        for (size_t at = FindBytes(text, before); at != std::string_view::npos && !bare;
             at = FindBytes(text, before, at + before.size())) {
          bare = !StartsWithAt(text, at + before.size(), "서");
        }
        if (bare) continue;
      }
      const size_t b = stem.data() - text.data();
      Discover({std::string(stem)}, GuessType(b, b + stem.size(), EntityType::kOrg));
    }
  }

  // Drug names around the nouns that introduce them: "유방암 치료제 허셉틴",
  // "탈츠 바이오시밀러(CT-P52)" (the original and the copy's code), and
  // development codes in parentheses after such a noun.
  void DiscoverDrugNames(const Sentence& s) {
    if (!KoreanSentence(s)) return;
    const std::vector<std::string_view>& words = SentenceWords(s);
    auto is_code = [](std::string_view w) {
      // "CT-P52", "SB17", "HLX-10": capitals, then digits, with an optional hyphen.
      if (w.size() < 3 || w.size() > 12 || !(w[0] >= 'A' && w[0] <= 'Z')) return false;
      bool digit = false;
      for (char c : w) {
        if (c >= '0' && c <= '9') {
          digit = true;
        } else if (!((c >= 'A' && c <= 'Z') || c == '-')) {
          return false;
        }
      }
      return digit && (w.back() >= '0' && w.back() <= '9');
    };
    auto discover_product = [&](std::string_view name) {
      if (name.empty() || DictionaryLookup(name) >= 0 || local_keys.count(FoldNameKey(name)))
        return;
      Discover({std::string(name)}, EntityType::kProduct);
    };
    // A list of codes in parentheses in a sentence about trials or drugs:
    // "두 건(CT-P45, CT-P68)의 임상시험승인계획".
    const std::string_view sent = text.substr(s.begin, s.end - s.begin);
    bool clinical = false;
    if (sent.find('(') != std::string_view::npos && sent.find(", ") != std::string_view::npos) {
      for (std::string_view cue : {"임상", "치료제", "바이오시밀러", "신약", "후보물질"}) {
        clinical = clinical || FindBytes(sent, cue) != std::string_view::npos;
      }
    }
    for (size_t open = clinical ? sent.find('(') : std::string_view::npos;
         open != std::string_view::npos; open = sent.find('(', open + 1)) {
      const size_t close = sent.find(')', open);
      if (close == std::string_view::npos || close - open > 60) break;
      const std::string_view inner = sent.substr(open + 1, close - open - 1);
      if (inner.find(", ") == std::string_view::npos) continue;
      std::vector<std::string_view> codes;
      bool all_codes = true;
      for (size_t b = 0; b <= inner.size() && all_codes;) {
        size_t e = inner.find(',', b);
        if (e == std::string_view::npos) e = inner.size();
        const std::string_view code = TrimAsciiSpace(inner.substr(b, e - b));
        all_codes = is_code(code) && code.find('-') != std::string_view::npos;
        codes.push_back(code);
        b = e + 1;
      }
      if (all_codes) {
        for (std::string_view code : codes) discover_product(code);
      }
    }
    for (size_t k = 0; k < words.size(); ++k) {
      std::string_view w = StripTrailingPunct(words[k]);
      const bool copy = w.starts_with("바이오시밀러") || w.starts_with("복제약");
      const bool drug_noun = w == "치료제" || w == "신약" || w == "항암제" || w == "백신";
      // The code in parentheses: "바이오시밀러(CT-P52)".
      const size_t open = w.find('(');
      if ((copy || drug_noun) && open != std::string_view::npos) {
        std::string_view code = w.substr(open + 1);
        if (const size_t close = code.find(')'); close != std::string_view::npos) {
          code = code.substr(0, close);
        }
        if (is_code(code)) discover_product(code);
      }
      if (copy && k > 0) {
        const std::string_view original = StripParticle(StripTrailingPunct(words[k - 1]));
        if (PlainHangulName(original) && CountHangul(original) >= 2) discover_product(original);
      }
      if (drug_noun && k + 1 < words.size()) {
        const std::string_view name = StripParticle(StripTrailingPunct(words[k + 1]));
        // Not the drug of a later copy: "치료제 키트루다 바이오시밀러" is read above.
        if (PlainHangulName(name) && CountHangul(name) >= 2) discover_product(name);
      }
    }
  }

  // Acronyms that the article glosses with a Korean phrase that is no name
  // of an organisation or publication: "인수후통합(PMI)", "소음·진동(NVH)",
  // "중소기업(SME)". They are terms wherever they occur in the article, not
  // companies; "월스트리트저널(WSJ)", "국제통화기금(IMF)" are not terms.
  // `english`: the text is mostly Latin; English acronyms are looked for too.
  void FindTermAcronyms(bool english) {
    term_acronyms.clear();
    for (size_t open = text.find('('); open != std::string_view::npos;
         open = text.find('(', open + 1)) {
      const size_t close = text.find(')', open);
      if (close == std::string_view::npos || open == 0) continue;
      if (close - open > 8) {
        if (close - open <= 64) FindGlossedAcronym(open, close);
        continue;
      }
      const std::string_view inner = text.substr(open + 1, close - open - 1);
      if (HasHangul(inner)) {
        FindGlossedAcronym(open, close);
        continue;
      }
      if (inner.size() < 2 || !(inner[0] >= 'A' && inner[0] <= 'Z') ||
          !std::all_of(inner.begin(), inner.end(),
                       [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); })) {
        continue;
      }
      size_t b = open;
      while (b > 0 && text[b - 1] != ' ' && text[b - 1] != '\n') --b;
      std::string_view gloss = text.substr(b, open - b);
      while (!gloss.empty() && !utf8::IsHangul(CpAt(gloss, 0))) {
        size_t k = 0;
        utf8::Decode(gloss, &k);
        gloss.remove_prefix(k);
      }
      if (CountHangul(gloss) < 2) continue;
      if (!utf8::IsHangul(CpAt(gloss, PrevCp(gloss, gloss.size())))) {
        // "인터넷TV(IPTV)": a Korean word with a Latin class noun is a term
        // too, and so is the mixed word itself.
        if (IsDefinedTerm(gloss, inner) && IsTechAcronym(TrailingLatin(gloss)) &&
            DictionaryLookup(gloss) < 0 && DictionaryLookup(inner) < 0) {
          term_acronyms.insert(inner);
          term_acronyms.insert(gloss);
        }
        continue;
      }
      if (DictionaryLookup(gloss) < 0 && DictionaryLookup(inner) < 0 &&
          SpellsOutThing(gloss, inner)) {
        term_acronyms.insert(inner);
        continue;
      }
      if (LooksLikeOrgPhrase(gloss) || DictionaryLookup(gloss) >= 0 ||
          DictionaryLookup(inner) >= 0) {
        continue;
      }
      // A term spells out each letter ("인수후통합(PMI)"); a name written in
      // both scripts is shorter in Hangul ("콰트(QUAT)", "누리핏(NURIFIT)").
      if (CountHangul(gloss) < static_cast<int>(inner.size())) continue;
      term_acronyms.insert(inner);
    }
    if (english) FindEnglishTermAcronyms();
  }

  // True when the lower-case words that end at byte `end` spell `acronym`
  // by their initials: "intellectual property" for "IP", "progressive
  // multifocal leukoencephalopathy" for "PML". Hyphens split words; "of",
  // "and", "the", "for" may stand between them unspelled. A capitalised word
  // is a name's ("Securities and Exchange Commission (SEC)"): no term.
  bool SpellsAcronymBefore(size_t end, std::string_view acronym) const {
    size_t pos = end;
    while (pos > 0 && text[pos - 1] == ' ') --pos;
    size_t letter = acronym.size();
    int fillers = 0;
    while (letter > 0) {
      size_t b = pos;
      while (b > 0 && ((text[b - 1] >= 'a' && text[b - 1] <= 'z') ||
                       (text[b - 1] >= 'A' && text[b - 1] <= 'Z'))) {
        --b;
      }
      if (b == pos || !(text[b] >= 'a' && text[b] <= 'z')) return false;
      const std::string_view word = text.substr(b, pos - b);
      if (text[b] == acronym[letter - 1] + 32) {
        --letter;
      } else if ((word == "of" || word == "and" || word == "the" || word == "for") &&
                 ++fillers <= 1) {
        // skipped
      } else {
        return false;
      }
      if (letter == 0) break;
      if (b == 0 || (text[b - 1] != ' ' && text[b - 1] != '-')) return false;
      pos = b - 1;
    }
    return letter == 0;
  }

  // English acronyms the article uses for a term, not a name: defined in
  // parentheses ("intellectual property (IP)", "... leukoencephalopathy
  // (PML)") or shortening a phrase the article writes out before the same
  // noun ("MS drug" in a headline, "multiple sclerosis drug" in the text).
  void FindEnglishTermAcronyms() {
    for (size_t paren = text.find('('); paren != std::string_view::npos;
         paren = text.find('(', paren + 1)) {
      if (paren == 0 || text[paren - 1] != ' ') continue;
      const size_t open = paren - 1;  // the space before "("
      size_t e = open + 2;
      while (e < text.size() && IsUpper(text[e])) ++e;
      if (e >= text.size() || text[e] != ')' || e - open - 2 < 2 || e - open - 2 > 5) continue;
      const std::string_view inner = text.substr(open + 2, e - open - 2);
      if (SpellsAcronymBefore(open, inner)) term_acronyms.insert(inner);
    }
    for (size_t i = 0; i + 3 < text.size(); ++i) {
      if (!IsUpper(text[i]) || (i > 0 && IsAsciiAlnum(text[i - 1]))) continue;
      size_t e = i;
      while (e < text.size() && IsUpper(text[e])) ++e;
      const size_t len = e - i;
      if (len < 2 || len > 4 || e + 4 >= text.size() || text[e] != ' ' ||
          !(text[e + 1] >= 'a' && text[e + 1] <= 'z')) {
        i = e;
        continue;
      }
      const std::string_view acronym = text.substr(i, len);
      // Only a dictionary's acronym can be mistaken for its entity ("MS" of
      // Microsoft); technical terms are no names anyway.
      if (term_acronyms.count(acronym) || IsTechAcronym(acronym) || DictionaryLookup(acronym) < 0) {
        i = e;
        continue;
      }
      size_t we = e + 1;
      while (we < text.size() && text[we] >= 'a' && text[we] <= 'z') ++we;
      // The noun after it, written after the spelled-out phrase elsewhere.
      const std::string_view noun = text.substr(e, we - e);  // " drug"
      if (noun.size() >= 4 && !term_acronyms.count(acronym)) {
        for (size_t at = FindBytes(text, noun); at != std::string_view::npos;
             at = FindBytes(text, noun, at + 1)) {
          if (at != e && SpellsAcronymBefore(at, acronym)) {
            term_acronyms.insert(acronym);
            break;
          }
        }
      }
      i = e;
    }
  }

  // The Latin letters that end `w`: "TV" of "인터넷TV".
  static std::string_view TrailingLatin(std::string_view w) {
    size_t b = w.size();
    while (b > 0 && ((w[b - 1] | 0x20) >= 'a' && (w[b - 1] | 0x20) <= 'z')) --b;
    return w.substr(b);
  }

  // An acronym glossed by a Korean description in the parentheses after it:
  // "MHP(중간재)", "HJT(이종접합)", "NVH(소음·진동·불편감)", "eSSD(기업용 SSD)".
  // The gloss must read as a term: it ends in a term noun, lists nouns with
  // "·", or contains a technical acronym or the acronym's own letters. A
  // company spelled out ("SKT(SK텔레콤)") or a transliteration is no term.
  void FindGlossedAcronym(size_t open, size_t close) {
    size_t b = open;
    while (b > 0 && text[b - 1] != ' ' && text[b - 1] != '\n' && text[b - 1] != '(' &&
           static_cast<unsigned char>(text[b - 1]) < 0x80) {
      --b;
    }
    const std::string_view acronym = text.substr(b, open - b);
    if (acronym.size() < 2 || acronym.size() > 8) return;
    int upper = 0;
    for (char c : acronym) {
      if (IsUpper(c)) {
        ++upper;
      } else if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9')) {
        return;
      }
    }
    if (upper < 2) return;
    const std::string_view gloss = TrimAsciiSpace(text.substr(open + 1, close - open - 1));
    if (CountHangul(gloss) < 2 || gloss.find(',') != std::string_view::npos) return;
    if (upper == static_cast<int>(acronym.size()) && DictionaryLookup(acronym) < 0 &&
        SpellsOutThing(gloss, acronym)) {
      term_acronyms.insert(acronym);
      return;
    }
    if (LooksLikeOrgPhrase(gloss) || DictionaryLookup(gloss) >= 0 ||
        DictionaryLookup(acronym) >= 0 || HasTransliterationSyllable(gloss)) {
      return;
    }
    bool term = gloss.find("·") != std::string_view::npos ||
                (upper == static_cast<int>(acronym.size()) && IsDefinedTerm(gloss, acronym));
    for (std::string_view w : Words(gloss)) {
      if (term) break;
      const std::string_view latin = TrailingLatin(w);
      term = latin.size() >= 2 &&
             (IsTechAcronym(latin) || acronym.find(latin) != std::string_view::npos);
    }
    if (term) term_acronyms.insert(acronym);
  }

  // "OSAT(외주 반도체 패키징 및 테스트 서비스)", "OLED(유기발광다이오드)",
  // "액화천연가스(LNG)": a Hangul phrase that spells each capital of the
  // acronym out and ends in a noun for a thing, a service or a figure is the
  // acronym's meaning, even when it ends like a company ("...스") or
  // borrows a word.
  static bool SpellsOutThing(std::string_view gloss, std::string_view acronym) {
    static constexpr std::string_view kThingEnds[] = {"서비스", "다이오드", "원자로", "운반선",
                                                      "설비",   "물질",     "이익",   "차량",
                                                      "러닝",   "보고서",   "가스"};
    if (CountHangul(gloss) < static_cast<int>(acronym.size())) return false;
    if (!std::all_of(gloss.begin(), gloss.end(),
                     [](char c) { return c == ' ' || static_cast<unsigned char>(c) >= 0x80; })) {
      return false;
    }
    for (std::string_view e : kThingEnds) {
      if (gloss.ends_with(e)) return true;
    }
    return false;
  }

  // A Korean phrase that ends like the name of an organisation or a
  // publication.
  static bool LooksLikeOrgPhrase(std::string_view hangul) {
    static constexpr std::string_view kEnds[] = {
        "기구",       "기금",     "연합",         "위원회",   "협회",         "공사",
        "공단",       "재단",     "진흥원",       "연구원",   "연구소",       "은행",
        "증권",       "그룹",     "전자",         "청",       "처",           "부",
        "원",         "회",       "사",           "국",       "대학",         "대학교",
        "병원",       "거래소",   "센터",         "홀딩스",   "텔레콤",       "모빌리티",
        "에너지",     "통신",     "생명",         "화재",     "카드",         "캐피탈",
        "자산운용",   "제약",     "바이오",       "랩스",     "테크",         "소프트",
        "게임즈",     "게임스",   "엔터테인먼트", "파트너스", "인베스트먼트", "솔루션",
        "시스템즈",   "저널",     "신문",         "일보",     "타임스",       "포스트",
        "방송",       "뉴스",     "미디어",       "리서치",   "컴퍼니",       "코퍼레이션",
        "인더스트리", "네트웍스", "스",           "즈",       "크",           "트"};
    for (std::string_view e : kEnds) {
      if (hangul.ends_with(e)) return true;
    }
    return false;
  }

  // True when `w` names an organisation of the dictionary or of the article.
  bool IsKnownOrg(std::string_view w) const {
    if (w.empty()) return false;
    const int32_t entry = DictionaryLookup(w);
    if (entry >= 0) return lexicon.entries()[entry].type == EntityType::kOrg;
    const auto local = local_keys.find(FoldNameKey(w));
    return local != local_keys.end() && TypeOf(local->second) == EntityType::kOrg;
  }

  // A quoted name right after a product noun is a product: "AI 솔루션
  // '챗GPT 엔터프라이즈'", "운동 앱 '콰트'". The quoted text must look like a
  // name: at most four words, Latin letters or one short Hangul word, no
  // sentence ending.
  void DiscoverQuotedProducts(const Sentence& s) {
    const std::string_view sent = text.substr(s.begin, s.end - s.begin);
    if (!KoreanSentence(s)) return;
    // Unquoted after "<product noun>인": "기존 제품인 램시마 점유율은", "건강관리
    // 서비스인 삼성헬스는". A Hangul name of three syllables or more.
    {
      const std::vector<std::string_view>& words = SentenceWords(s);
      for (size_t k = 0; k + 1 < words.size(); ++k) {
        const std::string_view w = words[k];
        if (w.size() < 6 || !w.ends_with("인")) continue;
        // Kinds of things sold under a name (not "반도체", "상품": classes).
        static const std::unordered_set<std::string_view> kNamedKinds = {
            "제품",   "신제품", "서비스", "플랫폼", "앱",
            "브랜드", "게임",   "치료제", "신약",   "솔루션"};
        if (!kNamedKinds.count(w.substr(0, w.size() - 3))) continue;
        const std::string_view name = StripParticle(StripTrailingPunct(words[k + 1]));
        if (CountHangul(name) < 3 || !PlainHangulName(name) || IsKoreanProductNoun(name)) continue;
        // "…인 고대역폭 메모리(HBM)": the first word of a glossed term.
        if (k + 2 < words.size() && words[k + 2].find('(') != std::string_view::npos) continue;
        Discover({std::string(name)}, EntityType::kProduct);
      }
    }
    // A quote that opens a word: look after each space only.
    for (size_t space = sent.find(' '); space != std::string_view::npos;
         space = sent.find(' ', space + 1)) {
      const size_t at = space + 1;
      size_t i = at;
      if (at >= sent.size() || !IsQuote(utf8::Decode(sent, &i))) continue;
      // The word before the quote: a kind of product ("게임 '…'"), or the
      // company that makes it ("▲라인게임즈 '대항해시대 오리진'").
      size_t b = at - 1;
      while (b > 0 && sent[b - 1] != ' ') --b;
      std::string_view before = sent.substr(b, at - 1 - b);
      while (!before.empty()) {  // "▲" and such before the name
        size_t k = 0;
        if (IsWordChar(utf8::Decode(before, &k))) break;
        before.remove_prefix(k);
      }
      // "기념품인 '뮷즈'", "대표 상품인 'PLUS K방산'": the noun with the copula.
      if (before.ends_with("인") && IsKoreanProductNoun(before.substr(0, before.size() - 3))) {
        before.remove_suffix(3);
      }
      const bool after_maker = !IsKoreanProductNoun(before);
      // "시프트업의 '승리의 여신: 니케'": the maker with the possessive.
      const bool possessive =
          before.ends_with("의") && IsKnownOrg(before.substr(0, before.size() - 3));
      if (after_maker && !IsKnownOrg(before) && !possessive) {
        // The maker may be found later, next to other names: look again then.
        if (quoted_retry.empty() || quoted_retry.back() != &s - sentences.data()) {
          quoted_retry.push_back(static_cast<int>(&s - sentences.data()));
        }
        continue;
      }
      // The quoted text, up to the next quote.
      size_t close = i;
      while (close < sent.size()) {
        size_t next = close;
        if (IsQuote(utf8::Decode(sent, &next))) break;
        close = next;
      }
      if (close >= sent.size() || close == i || close - i > 40) continue;
      std::string_view name = sent.substr(i, close - i);
      // "'제미나이(Gemini)'": the pair in parentheses is read by DiscoverParenPairs.
      if (const size_t paren = name.find('('); paren != std::string_view::npos) {
        name = TrimAsciiSpace(name.substr(0, paren));
        if (name.empty()) continue;
      }
      const std::vector<std::string_view> words = Words(name);
      if (words.empty() || words.size() > 4 || name.ends_with("다") || name.front() == ' ' ||
          name.back() == ' ' || name.find_first_of(",.!?") != std::string_view::npos) {
        continue;
      }
      // Titles of films, series and games run to several words: "애니메이션
      // '케이팝 데몬 헌터스'".
      const bool title_noun = before == "애니메이션" || before == "드라마" || before == "영화" ||
                              before == "시리즈" || before == "게임";
      if (!HasLatin(name) && (words.size() > 1 || CountHangul(name) > 4) && !after_maker &&
          !(title_noun && CountHangul(name) <= 12)) {
        continue;
      }
      // After a possessive a single Hangul word in quotes is more often a
      // figure of speech ("AMD의 '가계부'", "오픈AI의 '불화설'") than a title.
      if (possessive && !IsKnownOrg(before) && words.size() < 2 && !HasLatin(name)) continue;
      // After a company, a quoted slogan or figure is no product: "'3조클럽'",
      // "'AI 청사진'".
      if (after_maker) {
        // (A Latin model code with digits is a product: "기아 'PV5'".)
        bool slogan =
            std::any_of(name.begin(), name.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
            !(HasLatin(name) && !HasHangul(name) && words.size() == 1);
        // A named technique or structure is no product: "기아 '플렉시블 바디 시스템'".
        for (std::string_view noun :
             {"청사진", "전략",   "비전", "계획", "클럽",   "시대", "원년", "목표",   "경영",
              "혁신",   "선언",   "쇼크", "효과", "리스크", "위기", "논란", "딜레마", "승부수",
              "행보",   "시스템", "기술", "공법", "방식",   "구조", "설계", "체계"}) {
          slogan = slogan || name.ends_with(noun);
        }
        if (slogan || words.size() > 5) continue;
      }
      if (IsRoleOrGeneric(name) || IsStopName(name)) continue;
      if (DictionaryLookup(name) >= 0 || local_keys.count(FoldNameKey(name))) continue;
      Discover({std::string(name)}, EntityType::kProduct);
    }
  }

  // ---------------------------------------------------------------- names near names

  // A plain Hangul word that may be a name: 2 to 8 syllables, letters only,
  // not a generic noun. `word` has its particle removed already.
  bool PlainHangulName(std::string_view word) const {
    const int n = CountHangul(word);
    if (n < 2 || n > 8 || IsRoleOrGeneric(word) || word.ends_with("들")) return false;
    for (size_t i = 0; i < word.size();) {
      if (!utf8::IsHangul(utf8::Decode(word, &i))) return false;
    }
    return DictionaryLookup(word) < 0 && !local_keys.count(FoldNameKey(word));
  }

  // The word that ends right before byte `end` (spaces skipped), quotes stripped.
  std::string_view WordBefore(size_t end, size_t limit_begin) const {
    while (end > limit_begin && text[end - 1] == ' ') --end;
    size_t b = end;
    while (b > limit_begin && text[b - 1] != ' ' && text[b - 1] != ',' && text[b - 1] != '(') --b;
    std::string_view w = text.substr(b, end - b);
    while (!w.empty() && IsQuote(CpAt(w, 0))) w.remove_prefix(w[0] & 0x80 ? 3 : 1);
    return w;
  }

  std::string_view WordAfter(size_t begin, size_t limit_end) const {
    while (begin < limit_end && text[begin] == ' ') ++begin;
    size_t e = begin;
    while (e < limit_end && text[e] != ' ' && text[e] != ',' && text[e] != '.') ++e;
    std::string_view w = text.substr(begin, e - begin);
    while (!w.empty() && IsQuote(CpAt(w, 0))) w.remove_prefix(w[0] & 0x80 ? 3 : 1);
    return w;
  }

  static std::string_view StripParticle(std::string_view w) {
    while (!w.empty() && (w.back() == '\'' || w.back() == '"' || w.back() == '*'))
      w.remove_suffix(1);
    return w.substr(0, SplitParticle(w, 2).stem_bytes);
  }

  // Korean patterns that name new entities next to known ones:
  // lists ("오라클, 엔비디아, AMD 등과"), organisation roles ("구글의 모회사 알파벳",
  // "뉴스코프(WSJ 모회사)"), founders ("제프 베이조스가 창업한 블루오리진"),
  // owners ("일론 머스크의 스페이스X") and partners ("뉴럴링크와 경쟁하는").
  void DiscoverAroundMentions(int si, const std::vector<RawMention>& all) {
    const Sentence& s = sentences[si];
    const std::string_view sent = text.substr(s.begin, s.end - s.begin);
    if (!KoreanSentence(s)) return;
    std::vector<const RawMention*> ms;
    for (const RawMention& m : all) {
      if (m.sentence == si) ms.push_back(&m);
    }
    // Lists: neighbours of a known organisation or product across ", ", when
    // the list closes with "등" ("오라클, 엔비디아, AMD 등과").
    for (const RawMention* m : ms) {
      const EntityType type = TypeOf(m->ref);
      if (type != EntityType::kOrg && type != EntityType::kProduct) continue;
      std::vector<std::string_view> items;
      size_t left = m->begin;
      while (left >= s.begin + 2 && text.substr(left - 2, 2) == ", ") {
        const std::string_view w = WordBefore(left - 2, s.begin);
        if (w.empty() || SplitParticle(w, 2).stem_bytes != w.size()) break;
        items.push_back(w);
        left = w.data() - text.data();
      }
      size_t right = m->tail_end;
      bool closed = Gap(m->end, right).find(" 등") != std::string_view::npos ||
                    StartsWithAt(text, right, " 등");
      while (!closed && StartsWithAt(text, right, ", ") && right + 2 < s.end) {
        const std::string_view raw = WordAfter(right + 2, s.end);
        const size_t w_end = raw.data() + raw.size() - text.data();
        const std::string_view w = StripParticle(raw);
        items.push_back(w);
        right = w_end;
        if (StartsWithAt(text, w_end, " 등")) closed = true;
        if (w.size() != raw.size()) break;  // a particle ends the list
      }
      if (!closed) continue;
      // The noun after "등" says what the list holds: "... 스테키마 등 신규
      // 포트폴리오" (products), "... 등 국내 기업" (organisations).
      EntityType list_type = type;
      {
        const size_t etc = text.find(" 등", m->end);
        if (etc != std::string_view::npos && etc < s.end) {
          // Up to three words: "등 여러 로켓 기업이" is companies (a kind
          // of product before a word for companies names their trade).
          size_t at = etc + std::string_view(" 등").size();
          bool product = false;
          for (int n = 0; n < 3 && at < s.end; ++n) {
            const std::string_view w = StripParticle(WordAfter(at, s.end));
            if (w.empty()) break;
            if (w == "기업" || w == "업체" || w == "회사" || w == "기업들" || w == "업체들" ||
                w == "제조업체" || w == "스타트업" || w == "그룹" || w == "사업자") {
              list_type = EntityType::kOrg;
              product = false;
              break;
            }
            if (IsKoreanProductNoun(w) || IsProductClassNoun(w)) product = true;
            at = w.data() + WordAfter(at, s.end).size() - text.data();
          }
          if (product) list_type = EntityType::kProduct;
        }
      }
      // A name found by its script alone ("램시마SC") takes the list's type.
      if (list_type != type && m->ref.local) locals[m->ref.index].type = list_type;
      for (std::string_view w : items) {
        if (PlainHangulName(w)) {
          Discover({std::string(w)}, list_type);
        } else if (list_type != type) {
          const auto it = local_keys.find(FoldNameKey(w));
          if (it != local_keys.end() && it->second.local) locals[it->second.index].type = list_type;
        }
      }
    }
    // Organisation roles.
    for (const Hit& hit : RawHits(si)) {
      if (hit.trigger->kind != TriggerKind::kOrgRole) continue;
      {
        const size_t b = hit.begin, e = hit.end;
        const std::string_view before = WordBefore(b, s.begin);
        const std::string_view owner = StripParticle(before);
        // "경쟁업체인 메타넷엑스(구 …)": past the copula, up to a parenthesis.
        std::string_view after = WordAfter(StartsWithAt(text, e, "인 ") ? e + 4 : e, s.end);
        after = StripParticle(after.substr(0, after.find('(')));
        if (b > s.begin && text[b - 1] == ' ' && before.ends_with("의") && PlainHangulName(owner)) {
          Discover({std::string(owner)}, EntityType::kOrg);
        }
        if (PlainHangulName(after)) Discover({std::string(after)}, EntityType::kOrg);
        // "뉴스코프(WSJ 모회사)": the word before the parenthesis holds the role.
        const size_t open = text.rfind('(', b);
        if (open != std::string_view::npos && open >= s.begin && StartsWithAt(text, e, ")") &&
            b - open < 40) {
          const std::string_view holder = WordBefore(open, s.begin);
          if (PlainHangulName(holder)) Discover({std::string(holder)}, EntityType::kOrg);
        }
      }
    }
    // Founders: "제프 베이조스가 창업한 블루오리진".
    bool founding = false;
    for (const Hit& hit : RawHits(si)) founding |= hit.trigger->value == "FOUNDED";
    for (std::string_view verb :
         {"가 창업한 ", "가 설립한 ", "이 창업한 ", "이 설립한 ", "가 세운 "}) {
      if (!founding) break;
      for (size_t at = sent.find(verb); at != std::string_view::npos;
           at = sent.find(verb, at + 1)) {
        const size_t b = s.begin + at, e = b + verb.size();
        const std::string_view last = WordBefore(b, s.begin);
        const size_t last_begin = last.data() - text.data();
        const std::string_view first = last_begin > s.begin ? WordBefore(last_begin, s.begin) : "";
        if (!first.empty() && PlainHangulName(last) && !last.ends_with("들") &&
            CountHangul(first) >= 1 && CountHangul(first) <= 4 && !IsRoleOrGeneric(first) &&
            text.substr(first.data() + first.size() - text.data(), 1) == " " &&
            SplitParticle(first, 1).stem_bytes == first.size()) {
          const size_t pb = first.data() - text.data();
          Discover({std::string(text.substr(pb, b - pb))}, EntityType::kPerson);
        }
        const std::string_view head = StripParticle(WordAfter(e, s.end));
        if (PlainHangulName(head)) Discover({std::string(head)}, EntityType::kOrg);
      }
    }
    for (const RawMention* m : ms) {
      // Owners: a two-word name with 의 right before a known organisation.
      if (TypeOf(m->ref) == EntityType::kOrg && m->begin > s.begin + 3 &&
          text.substr(m->begin - 4, 4) == "의 ") {
        const std::string_view last = WordBefore(m->begin - 4, s.begin);
        const size_t last_begin = last.data() - text.data();
        if (last_begin > s.begin + 1 && text[last_begin - 1] == ' ') {
          const std::string_view first = WordBefore(last_begin - 1, s.begin);
          // ("친화적 성향의 공화당": an adjective in 적 is no first name.)
          if (PlainHangulName(last) && CountHangul(first) >= 1 && CountHangul(first) <= 3 &&
              !IsRoleOrGeneric(first) && utf8::IsHangul(CpAt(first, 0)) &&
              !EndsInVerbalSyllable(first) && SplitParticle(first, 1).stem_bytes == first.size()) {
            const size_t pb = first.data() - text.data();
            Discover({std::string(text.substr(pb, m->begin - 4 - pb))}, EntityType::kPerson);
          }
        }
      }
    }
    // Partners: "X와 경쟁하는", "X와 함께" in a sentence about a known name.
    if (ms.empty()) return;
    for (size_t at = 0; at < sent.size();) {
      const size_t space = sent.find(' ', at);
      const size_t end = space == std::string_view::npos ? sent.size() : space;
      std::string_view w = sent.substr(at, end - at);
      at = end + 1;
      while (!w.empty() && IsQuote(CpAt(w, 0))) w.remove_prefix(w[0] & 0x80 ? 3 : 1);
      // Only a partner particle matters here: test the ending before splitting.
      bool partner_ending = false;
      for (std::string_view e :
           {"와", "과", "와의", "과의", "와는", "과는", "와도", "과도", "하고", "랑"}) {
        partner_ending = partner_ending || w.ends_with(e);
      }
      if (!partner_ending) continue;
      const ParticleSplit split = SplitParticle(w, 2);
      if (split.role != ParticleRole::kWith || split.particle == "이나" || split.particle == "나")
        continue;
      const std::string_view stem = w.substr(0, split.stem_bytes);
      if (!PlainHangulName(stem)) continue;
      const std::string_view rest = sent.substr(std::min(end, sent.size()));
      bool partner_verb = false;
      // "호황과 경쟁사인 카카오뱅크": a noun for the rival, not the verb.
      const bool rival_noun = StartsWithAt(rest, 1, "경쟁사") || StartsWithAt(rest, 1, "경쟁자") ||
                              StartsWithAt(rest, 1, "경쟁업체");
      for (const Trigger* t : rival_noun ? std::vector<const Trigger*>() : ko_partner_verbs) {
        if (StartsWithAt(rest, 1, t->form)) {
          partner_verb = true;
          break;
        }
      }
      // "소프트뱅크와 함께 ... 투자": together, in a business predicate.
      if (!partner_verb && StartsWithAt(rest, 0, " 함께")) {
        for (const Trigger* t : ko_business_verbs) {
          if (rest.find(t->form) != std::string_view::npos) {
            partner_verb = true;
            break;
          }
        }
      }
      if (partner_verb) Discover({std::string(stem)}, EntityType::kOrg);
    }
  }

  // Short forms of names found in this article: the last word of a person's
  // name ("알트만", "Altman"), the first word of a two-word Korean
  // organisation name ("스톡" for "스톡 스페이스").
  void AddShortForms(const std::vector<RawMention>& mentions) {
    std::set<EntityRef> seen;
    for (const RawMention& m : mentions) {
      if (!seen.insert(m.ref).second) continue;
      const EntityType type = TypeOf(m.ref);
      const std::string_view surface = text.substr(m.begin, m.end - m.begin);
      const std::vector<std::string_view> words = Words(surface);
      if (words.size() < 2) continue;
      if (type == EntityType::kPerson) {
        const std::string_view last = words.back();
        if (CountHangul(last) >= 2 || (!HasHangul(last) && last.size() >= 3 && IsUpper(last[0]))) {
          if (!local_keys.count(FoldNameKey(last))) AddLocalAlias(last, m.ref);
        }
      } else if (type == EntityType::kOrg && HasHangul(surface) && words.size() == 2) {
        const std::string_view first = words.front();
        if (CountHangul(first) >= 2 && !IsRoleOrGeneric(first) &&
            !local_keys.count(FoldNameKey(first)) && DictionaryLookup(first) < 0) {
          AddLocalAlias(first, m.ref);
        }
      }
    }
  }

  // ---------------------------------------------------------------- matching

  struct Cp {
    char32_t cp;
    uint32_t byte;
  };

  // Finds names of the dictionary and of the article in sentence `si`.
  // Byte ranges of a sentence that credit the source rather than tell the
  // story: bylines "[이데일리 김기자]", datelines "(서울=연합뉴스)", photo
  // credits "(사진=…)", "로이터 연합뉴스", "스페이스X 유튜브 캡처", "(Bloomberg) --".
  // English boilerplate in sentence `s` (text `sent`): the outlet's own
  // requests, market listings, page breaks, datelines, advertising blocks and
  // the outlet's own website. True when the whole sentence is boilerplate.
  bool EnglishCreditSpans(const Sentence& s, std::string_view sent,
                          std::vector<std::pair<size_t, size_t>>* spans) const {
    // "did not respond to a Reuters request for comment": the outlet that
    // asks is the article's own.
    for (size_t at = FindBytes(sent, " request "); at != std::string_view::npos;
         at = FindBytes(sent, " request ", at + 1)) {
      // Invisible joiners (U+200B..U+200D, U+2060) some texts carry.
      size_t r = at + 9;
      while (StartsWithAt(sent, r, "\u200b") || StartsWithAt(sent, r, "\u200c") ||
             StartsWithAt(sent, r, "\u200d") || StartsWithAt(sent, r, "\u2060")) {
        r += 3;
      }
      if (!StartsWithAt(sent, r, "for comment")) continue;
      size_t e = at;
      if (e > 0 && sent[e - 1] == '\'') --e;
      if (e >= 2 && sent.substr(e - 2, 2) == "'s") e -= 2;
      size_t b = e;
      while (b > 0 && sent[b - 1] != ' ') --b;
      if (b < e && IsUpper(sent[b])) spans->emplace_back(s.begin + b, s.begin + e);
    }
    // Syndication page breaks: "Story Continues", "View Comments".
    for (std::string_view mark : {"Story Continues", "View Comments", "View comments"}) {
      for (size_t at = sent.find(mark); at != std::string_view::npos;
           at = sent.find(mark, at + 1)) {
        spans->emplace_back(s.begin + at, s.begin + at + mark.size());
      }
    }
    // A dateline: "NAIROBI, Kenya (AP) —", "TOKYO (Reuters) -".
    {
      size_t e = 0;
      while (e < sent.size() && IsUpper(sent[e])) ++e;
      if (e >= 4) {
        const size_t open = sent.find(" (", e);
        if (open != std::string_view::npos && open < 40 && open + 2 < sent.size() &&
            IsUpper(sent[open + 2])) {
          const size_t close = sent.find(')', open);
          if (close != std::string_view::npos && close < 60 &&
              (StartsWithAt(sent, close + 1, " —") || StartsWithAt(sent, close + 1, " -") ||
               StartsWithAt(sent, close + 1, " –"))) {
            spans->emplace_back(s.begin, s.begin + close + 1);
          }
        }
      }
    }
    // An advertising block: offers that each end in "Learn More".
    if (const size_t at = sent.find("Learn More");
        at != std::string_view::npos && sent.find("Learn More", at + 1) != std::string_view::npos) {
      spans->emplace_back(s.begin, s.end);
      return true;
    }
    // "told the BBC News website", "BBC News Online": the outlet's own site
    // in its own story.
    for (std::string_view site : {" News website", " News Online"}) {
      for (size_t at = FindBytes(sent, site); at != std::string_view::npos;
           at = FindBytes(sent, site, at + 1)) {
        size_t b = at;
        while (b > 0 && sent[b - 1] != ' ') --b;
        if (b < at && IsUpper(sent[b])) {
          spans->emplace_back(s.begin + b, s.begin + at + site.size());
        }
      }
    }
    return false;
  }

  std::vector<std::pair<size_t, size_t>> CreditSpans(const Sentence& s, bool korean) const {
    std::vector<std::pair<size_t, size_t>> spans;
    const std::string_view sent = text.substr(s.begin, s.end - s.begin);
    static constexpr std::string_view kCreditEnds[] = {
        "연합뉴스",   "뉴스1",        "뉴시스",   "캡처",    "제공",   "기자",
        "AFP",        "EPA",          "AP",       "Reuters", "로이터", "블룸버그",
        "게티이미지", "Getty Images", "자료사진", "사진",    "갈무리", "DB"};
    std::string_view trimmed = sent;
    while (!trimmed.empty() && (trimmed.back() == ')' || trimmed.back() == ']' ||
                                trimmed.back() == '.' || trimmed.back() == ' ')) {
      trimmed.remove_suffix(1);
    }
    const bool byline = (sent.find('@') != std::string_view::npos &&
                         (sent.find("기자") != std::string_view::npos || sent.size() < 120)) ||
                        sent.starts_with("Reporting by") || sent.starts_with("(Reporting by") ||
                        sent.starts_with("Editing by") || sent.starts_with("Writing by") ||
                        sent.starts_with("Additional reporting") ||
                        (sent.starts_with("By ") && sent.size() < 60);
    // "^DJI", "^GSPC": an index symbol, not a mention of a firm.
    for (size_t at = sent.find('^'); at != std::string_view::npos; at = sent.find('^', at + 1)) {
      size_t end = at + 1;
      while (end < sent.size() && (IsUpper(sent[end]) || IsDigit(sent[end]))) ++end;
      if (end > at + 1) spans.emplace_back(s.begin + at, s.begin + end);
    }
    // "(NASDAQ:MPWR)": a listing, not a mention of the exchange.
    for (size_t open = sent.find('('); open != std::string_view::npos;
         open = sent.find('(', open + 1)) {
      const std::string_view window = sent.substr(open, 25);
      const size_t colon = window.find(':');
      const size_t close = window.find(')');
      if (colon != std::string_view::npos && close != std::string_view::npos && colon < close &&
          IsExchangePrefix(window.substr(1, colon - 1))) {
        spans.emplace_back(s.begin + open, s.begin + open + close + 1);
      }
    }
    // Picture credits outside brackets: "일러스트=챗GPT", "사진=연합뉴스 제공".
    for (std::string_view key :
         {"사진=", "사진제공=", "일러스트=", "그래픽=", "이미지=", "출처=", "자료=", "제공="}) {
      if (sent.find('=') == std::string_view::npos) break;  // most sentences have none
      for (size_t at = FindBytes(sent, key); at != std::string_view::npos;
           at = FindBytes(sent, key, at + key.size())) {
        size_t end = at + key.size();
        while (end < sent.size() && sent[end] != ' ' && sent[end] != ')' && sent[end] != ']') {
          ++end;
        }
        for (std::string_view tail : {" 제공", " 캡처", " 갈무리"}) {
          if (StartsWithAt(sent, end, tail)) end += tail.size();
        }
        spans.emplace_back(s.begin + at, s.begin + end);
      }
    }
    // A photo credit glued to the next sentence, where the caption lost its
    // line break: "로이터 연합뉴스4일(현지시간) …", "스페이스X 유튜브 캡처머스크가 …".
    // The credit word must start a word and run straight into a digit or a
    // syllable that is no particle ("연합뉴스가" is the agency as a subject).
    // Each credit word holds "뉴" or "캡": find those, then the word start.
    std::array<size_t, 8> starts{};
    size_t n_starts = 0;
    for (std::string_view key : {std::string_view("뉴"), std::string_view("캡")}) {
      for (size_t at = FindBytes(sent, key); at != std::string_view::npos && n_starts < 8;
           at = FindBytes(sent, key, at + key.size())) {
        // "연합뉴스" has "뉴" two syllables in.
        const size_t word_at =
            key == "뉴" && at >= 6 && StartsWithAt(sent, at - 6, "연합") ? at - 6 : at;
        if (word_at == 0 || sent[word_at - 1] == ' ') starts[n_starts++] = word_at;
      }
    }
    for (size_t si = 0; si < n_starts; ++si) {
      const size_t word_at = starts[si];
      static constexpr std::string_view kGlued[] = {"연합뉴스", "뉴시스", "뉴스1", "캡처"};
      for (std::string_view credit : kGlued) {
        if (!StartsWithAt(sent, word_at, credit)) continue;
        const size_t end = word_at + credit.size();
        if (end >= sent.size()) continue;
        size_t next = end;
        const char32_t cp = utf8::Decode(sent, &next);
        static const std::unordered_set<char32_t> kGoesOn = {
            U'가', U'는', U'의', U'에', U'와', U'과', U'도', U'를', U'을', U'은', U'이',
            U'로', U'만', U'측', U'해', U'한', U'하', U'된', U'돼', U'본', U'화'};
        if (!IsDigit(cp) && !(utf8::IsHangul(cp) && !kGoesOn.count(cp))) continue;
        // The source before the credit word: the caption's start when it is
        // near, else the one word before.
        size_t b = 0;
        if (word_at > 48) {
          b = word_at - 1;
          while (b > 0 && sent[b - 1] != ' ') --b;
        }
        spans.emplace_back(s.begin + b, s.begin + end);
      }
    }
    // Syndication lists of other headlines ("Most Read from Bloomberg ...",
    // "More News from Barchart ...") and copyright lines ("©2026 Bloomberg
    // L.P.") run to the end of the sentence.
    for (std::string_view list : {"Most Read from ", "More News from ", "©", "Copyright "}) {
      const size_t at = FindBytes(sent, list);
      if (at != std::string_view::npos) spans.emplace_back(s.begin + at, s.end);
    }
    // English boilerplate (not looked for in Korean sentences).
    if (!korean && EnglishCreditSpans(s, sent, &spans)) return spans;
    for (std::string_view e : kCreditEnds) {
      if ((sent.size() < 70 && trimmed.ends_with(e)) || byline) {
        spans.emplace_back(s.begin, s.end);
        return spans;
      }
    }
    // (Brackets are few: jump from one to the next.)
    size_t next_paren = sent.find('('), next_bracket = sent.find('[');
    for (size_t i = std::min(next_paren, next_bracket); i < sent.size();
         i = std::min(next_paren, next_bracket)) {
      const char open = sent[i];
      if (open == '(') {
        next_paren = sent.find('(', i + 1);
      } else {
        next_bracket = sent.find('[', i + 1);
      }
      const size_t close = sent.find(open == '[' ? ']' : ')', i);
      if (close == std::string_view::npos || close - i > 80) continue;
      const std::string_view inner = sent.substr(i + 1, close - i - 1);
      const bool credit =
          open == '[' || inner.find('=') != std::string_view::npos ||
          inner.find("기자") != std::string_view::npos ||
          inner.find("캡처") != std::string_view::npos ||
          inner.find("제공") != std::string_view::npos ||
          inner.find("사진") != std::string_view::npos ||
          inner.find("생성") != std::string_view::npos ||
          inner.find("자료") != std::string_view::npos || StartsWithAt(sent, close + 1, " --") ||
          StartsWithAt(sent, close + 1, " —") || StartsWithAt(sent, close + 1, " - ");
      if (credit) spans.emplace_back(s.begin + i, s.begin + close + 1);
    }
    return spans;
  }

  // Per-sentence data that every matching pass reuses: code points with their
  // byte offsets, and the credit spans.
  struct SentenceCache {
    std::vector<std::string_view> words;  // Words() of the sentence, filled on first use
    bool words_done = false;
    std::vector<Cp> cps;
    std::vector<std::pair<size_t, size_t>> credits;
    bool korean = false;  // the sentence has Hangul: Korean triggers apply
  };
  std::vector<SentenceCache> cache;

  void BuildSentenceCache() {
    cache.assign(sentences.size(), {});
    hangul_cps = latin_cps = 0;
    for (size_t si = 0; si < sentences.size(); ++si) {
      const Sentence& s = sentences[si];
      SentenceCache& c = cache[si];
      c.cps.reserve(s.end - s.begin);
      for (size_t i = s.begin; i < s.end;) {
        const size_t b = i;
        const char32_t cp = utf8::Decode(text, &i);
        const bool hangul = utf8::IsHangul(cp);
        c.korean |= hangul;
        hangul_cps += hangul ? 1 : 0;
        latin_cps += utf8::IsAsciiAlpha(cp) ? 1 : 0;
        c.cps.push_back({cp, static_cast<uint32_t>(b)});
      }
      c.credits = CreditSpans(s, c.korean);
    }
    raw_hits.assign(sentences.size(), {});
    raw_hits_done.assign(sentences.size(), false);
  }

  // utf8::MostlyHangul of the article, from the decoded sentences. (Text
  // between sentences is whitespace.)
  // (Counted while the sentences are decoded.)
  size_t hangul_cps = 0, latin_cps = 0;
  bool MostlyHangulText() const { return hangul_cps * 3 > latin_cps && hangul_cps > 0; }

  // True when the sentence has Hangul (computed once). `s` is an element of `sentences`.
  bool KoreanSentence(const Sentence& s) const { return cache[&s - sentences.data()].korean; }

  // Words(sentence), computed once per sentence. `s` is an element of `sentences`.
  const std::vector<std::string_view>& SentenceWords(const Sentence& s) {
    SentenceCache& c = cache[&s - sentences.data()];
    if (!c.words_done) {
      c.words = Words(text.substr(s.begin, s.end - s.begin));
      c.words_done = true;
    }
    return c.words;
  }

  void MatchSentence(int si, std::vector<RawMention>* out) {
    const Sentence& s = sentences[si];
    const std::vector<std::pair<size_t, size_t>>& credits = cache[si].credits;
    const std::vector<Cp>& cps = cache[si].cps;
    const size_t n = cps.size();
    size_t i = 0;
    while (i < n) {
      const bool token_start =
          IsWordChar(cps[i].cp) &&
          (i == 0 || !IsWordChar(cps[i - 1].cp) ||
           (utf8::IsHangul(cps[i - 1].cp) != utf8::IsHangul(cps[i].cp) && false));
      if (!token_start) {
        ++i;
        continue;
      }
      struct Best {
        size_t last = 0;
        EntityRef ref;
        bool local = false;
        bool found = false;
      } best;
      for (int which = 0; which < 2; ++which) {
        const NameTrie& trie = which == 0 ? lexicon.trie() : local_trie;
        if (trie.empty()) continue;
        int32_t node = NameTrie::kRoot;
        for (size_t j = i; j < n; ++j) {
          const char32_t cp = cps[j].cp;
          if (IsKeySeparator(cp)) {
            if (j == i) break;
            continue;
          }
          node = trie.Step(node, FoldKeyChar(cp));
          if (node < 0) break;
          const int32_t v = trie.ValueAt(node);
          if (v < 0) continue;
          if (best.found && j < best.last) continue;
          if (best.found && j == best.last && which == 0) continue;
          // Validate: first letter case and the boundary after the name.
          const char32_t first = which == 0 ? lexicon.aliases()[v].first : local_aliases[v].first;
          if (IsLatin(first) && first < 0x80 && cps[i].cp != first) {
            // Latin names match case-insensitively except for the first letter
            // ("Apple" is not "apple"), unless the text is all caps.
            if (!(IsUpper(cps[i].cp) && j > i && IsUpper(cps[i + 1].cp))) continue;
          }
          if (!ValidEnd(cps, j)) continue;
          best.last = j;
          best.found = true;
          best.local = which == 1;
          best.ref =
              which == 0 ? EntityRef{false, lexicon.aliases()[v].entry} : local_aliases[v].ref;
        }
      }
      if (!best.found) {
        ++i;
        continue;
      }
      SplitMakerFromProduct(cps, i, &best.last, &best.ref, best.local);
      bool in_credit = false;
      for (const auto& [b, e] : credits) in_credit |= cps[i].byte >= b && cps[i].byte < e;
      // "S&P 500 Index", "Nasdaq index": a stock index, not the firm behind it.
      const size_t match_end = best.last + 1 < n ? cps[best.last + 1].byte : s.end;
      in_credit |= NamesIndexAt(match_end) || ListedOn(cps[i].byte, match_end);
      // "MS drug" where the article means multiple sclerosis.
      if (!term_acronyms.empty() && match_end - cps[i].byte <= 5) {
        in_credit |= term_acronyms.count(text.substr(cps[i].byte, match_end - cps[i].byte)) > 0;
      }
      if (in_credit) {
        i = best.last + 1;
        continue;
      }
      RawMention m;
      m.ref = best.ref;
      m.sentence = si;
      m.begin = cps[i].byte;
      m.end = best.last + 1 < n ? cps[best.last + 1].byte : s.end;
      // "the US Securities and Exchange Commission": the country is part of
      // an agency's name (a name of several words the dictionary knows).
      if (!best.local && TypeOf(best.ref) == EntityType::kOrg && m.begin > s.begin &&
          text.substr(m.begin, m.end - m.begin).find(' ') != std::string_view::npos) {
        for (std::string_view country : {"US ", "U.S. "}) {
          const size_t b = m.begin - std::min(m.begin, country.size());
          if (EndsWithAt(text, m.begin, country) && b >= s.begin &&
              (b == s.begin || text[b - 1] == ' ')) {
            m.begin = b;
            break;
          }
        }
      }
      m.via_local = best.local;
      ReadTail(&m, s.end);
      out->push_back(m);
      i = best.last + 1;
      // "스톡 스페이스(Stoke Space)": the name in parentheses is the same mention.
      if (i < n && cps[i].cp == '(') {
        const size_t close_byte = text.find(')', cps[i].byte);
        if (close_byte != std::string_view::npos && close_byte < s.end) {
          const std::string_view inner = text.substr(cps[i].byte + 1, close_byte - cps[i].byte - 1);
          auto it = local_keys.find(FoldNameKey(inner));
          const int32_t entry = DictionaryLookup(inner);
          if ((it != local_keys.end() && it->second == m.ref) ||
              (!m.ref.local && entry == m.ref.index)) {
            while (i < n && cps[i].byte <= close_byte) ++i;
          }
        }
      }
    }
  }

  // "구글 제미나이", "Google Gemini": a product name that starts with its
  // maker's name is read as the maker followed by the product, so that both
  // are mentioned (and DEVELOPS links them).
  void SplitMakerFromProduct(const std::vector<Cp>& cps, size_t i, size_t* last, EntityRef* ref,
                             bool local) const {
    if (local || ref->local || lexicon.entries()[ref->index].type != EntityType::kProduct) return;
    size_t space = i;
    while (space < *last && cps[space].cp != ' ') ++space;
    if (space >= *last) return;
    const size_t end_byte = *last + 1 < cps.size() ? cps[*last + 1].byte : cps[*last].byte + 1;
    const std::string_view prefix = text.substr(cps[i].byte, cps[space].byte - cps[i].byte);
    size_t rest = space;
    while (rest < *last && (IsKeySeparator(cps[rest].cp) || IsQuote(cps[rest].cp))) ++rest;
    const std::string_view remainder = text.substr(cps[rest].byte, end_byte - cps[rest].byte);
    const int32_t maker = DictionaryLookup(prefix);
    if (maker < 0 || maker == ref->index || lexicon.entries()[maker].type != EntityType::kOrg ||
        DictionaryLookup(remainder) != ref->index) {
      return;
    }
    *last = space - 1;
    *ref = {false, maker};
  }

  // "shares rose 1% on Nasdaq", "listed on the NYSE": an exchange named
  // after "on" is the market, not the organisation.
  bool ListedOn(size_t begin, size_t end) const {
    if (!(EndsWithAt(text, begin, " on ") || EndsWithAt(text, begin, " on the ")) ||
        !IsExchangePrefix(text.substr(begin, end - begin))) {
      return false;
    }
    return end == text.size() || text[end] == '.' || text[end] == ',' ||
           (text[end] == ' ' && !StartsWithAt(text, end, " said"));
  }

  // True when the words at byte `at` (right after a name) make the name a
  // stock index's: " 500", " 100 Index", " Index", " index", " Composite",
  // " Tech Index", " Industrial Average".
  bool NamesIndexAt(size_t at) const {
    if (!StartsWithAt(text, at, " ")) return false;
    size_t p = at + 1;
    size_t digits = 0;
    while (p + digits < text.size() && IsDigit(text[p + digits])) ++digits;
    if (digits > 0) {
      static constexpr std::string_view kSizes[] = {"30",  "40",  "50",  "100", "200",
                                                    "225", "500", "600", "2000"};
      const std::string_view number = text.substr(p, digits);
      if (std::find(std::begin(kSizes), std::end(kSizes), number) == std::end(kSizes)) {
        return false;
      }
      p += digits;
      // "FTSE 100 firms", "the S&P 500 rose": not "500 million", "100%", "50.5".
      if (p < text.size() && (text[p] == '%' || text[p] == '.' || text[p] == ',') &&
          p + 1 < text.size() && IsDigit(text[p + 1])) {
        return false;
      }
      if (p < text.size() && text[p] == '%') return false;
      for (std::string_view unit : {" million", " billion", " bn", " m ", " shares", " per"}) {
        if (StartsWithAt(text, p, unit)) return false;
      }
      return true;
    }
    for (std::string_view w : {"Index", "index", "Composite", "composite", "Tech Index",
                               "Industrial Average", "Average"}) {
      if (StartsWithAt(text, p, w) &&
          (p + w.size() >= text.size() || !IsAsciiAlnum(text[p + w.size()]))) {
        return true;
      }
    }
    return false;
  }

  // True when a name may end at cps[j]: what follows is not more of a word,
  // except a Korean particle.
  bool ValidEnd(const std::vector<Cp>& cps, size_t j) const {
    if (j + 1 >= cps.size()) return true;
    const char32_t last = cps[j].cp, next = cps[j + 1].cp;
    if (utf8::IsHangul(next)) {
      size_t k = j + 1;
      while (k < cps.size() && utf8::IsHangul(cps[k].cp)) ++k;
      const size_t tail_end = k < cps.size() ? cps[k].byte : cps.back().byte + 1;
      (void)last;
      const std::string_view tail = text.substr(cps[j + 1].byte, tail_end - cps[j + 1].byte);
      // A particle must be followed by a non-letter (space, punctuation, end).
      if (k < cps.size() && (IsLatin(cps[k].cp) || IsDigit(cps[k].cp))) return false;
      return IsParticleTail(tail);
    }
    if (IsLatin(last) || IsDigit(last)) return !IsLatin(next) && !IsDigit(next);
    return true;
  }

  // Reads the particle after a name, past a parenthesised alias and closing
  // quotes: "'스타게이트(Stargate)'라는" -> kCopula; also "A, B 등과" -> kWith.
  void ReadTail(RawMention* m, size_t limit) const {
    size_t p = m->end;
    if (p < limit && text[p] == '(') {
      const size_t close = text.find(')', p);
      if (close != std::string_view::npos && close < limit && close - p < 60) p = close + 1;
    }
    while (p < limit) {
      size_t q = p;
      const char32_t cp = utf8::Decode(text, &q);
      if (!IsQuote(cp)) break;
      p = q;
    }
    // " 등 5개 투자사는", " 등 5곳이": a counted list takes the particle of its noun.
    if (StartsWithAt(text, p, " 등 ") && p + 5 < limit &&
        IsDigit(static_cast<unsigned char>(text[p + 5]))) {
      size_t q = p + 5;
      while (q < limit && text[q] != ' ') ++q;  // "5개", "5곳이"
      for (int hop = 0; hop < 2; ++hop) {
        size_t b = q;
        while (b > p + 5 && text[b - 1] != ' ') --b;
        const std::string_view word = text.substr(b, q - b);
        const ParticleSplit split = SplitParticle(word, 1);
        if (split.stem_bytes != word.size() &&
            (split.role == ParticleRole::kTopic || split.role == ParticleRole::kSubject ||
             split.role == ParticleRole::kWith || split.role == ParticleRole::kFrom)) {
          m->role = split.role;
          m->tail_end = q;
          return;
        }
        if (q >= limit || text[q] != ' ') break;
        ++q;
        while (q < limit && text[q] != ' ' && text[q] != ',') ++q;
      }
    }
    // " 등과", " 등의": the particle of a list.
    if (StartsWithAt(text, p, " 등") && p + 4 <= limit) {
      const size_t run_end = HangulRunEnd(text, p + 4, limit);
      ParticleRole role;
      if (IsParticleTail(text.substr(p + 4, run_end - p - 4), &role)) {
        m->role = role;
        m->tail_end = run_end;
        return;
      }
    }
    const size_t run_end = HangulRunEnd(text, p, limit);
    ParticleRole role = ParticleRole::kNone;
    if (run_end > p && IsParticleTail(text.substr(p, run_end - p), &role)) {
      // "WSJ에 따르면" (according to) marks a source, not a party.
      if (StartsWithAt(text, run_end, " 따르면") || StartsWithAt(text, run_end, " 의하면")) {
        role = ParticleRole::kNone;
      }
      m->role = role;
      m->tail_end = run_end;
    } else {
      m->role = ParticleRole::kNone;
      m->tail_end = p;
    }
    // "엔비디아를 비롯한 주요 고객사들에": an example takes the role of its class.
    if (run_end > p && (m->role == ParticleRole::kObject || m->role == ParticleRole::kSubject) &&
        (StartsWithAt(text, run_end, " 비롯한 ") || StartsWithAt(text, run_end, " 포함한 ") ||
         StartsWithAt(text, run_end, " 필두로 "))) {
      size_t q = run_end + 1;
      for (int hop = 0; hop < 4 && q < limit; ++hop) {
        while (q < limit && text[q] != ' ') ++q;  // end of this word
        size_t b = q;
        while (b > 0 && text[b - 1] != ' ') --b;
        const std::string_view word = text.substr(b, q - b);
        const ParticleSplit split = SplitParticle(word, 1);
        if (hop > 0 && split.stem_bytes != word.size() && split.role != ParticleRole::kCopula) {
          m->role = split.role;
          m->tail_end = q;
          return;
        }
        ++q;
      }
    }
    // "엔비디아 CFO는", "오픈AI 측은": the organisation speaks through a role.
    if (run_end == p && p < limit && text[p] == ' ') {
      for (const Trigger* t : roles[0]) {
        if (!StartsWithAt(text, p + 1, t->form)) continue;
        const size_t b = p + 1 + t->form.size();
        const size_t e = HangulRunEnd(text, b, limit);
        if (e > b && IsParticleTail(text.substr(b, e - b), &role) &&
            (role == ParticleRole::kTopic || role == ParticleRole::kSubject)) {
          m->role = role;
          m->tail_end = e;
          return;
        }
      }
    }
    // "측에", "측은" as a separate word.
    if (run_end == p && StartsWithAt(text, p, " 측")) {
      const size_t e = HangulRunEnd(text, p + 1, limit);
      if (IsParticleTail(text.substr(p + 1, e - p - 1), &role)) {
        m->role = role;
        m->tail_end = e;
        return;
      }
    }
    // "'노바(Nova)' 로켓을 개발": a product named before its kind takes the
    // kind's particle.
    if (run_end == p && p < limit && text[p] == ' ') {
      size_t e = p + 1;
      while (e < limit && text[e] != ' ' && text[e] != ',' && text[e] != '.') ++e;
      const std::string_view word = text.substr(p + 1, e - p - 1);
      const ParticleSplit split = SplitParticle(word, 1);
      if (split.stem_bytes != word.size() &&
          split.stem_bytes + split.particle.size() == word.size() &&
          split.role != ParticleRole::kCopula &&
          IsKoreanProductNoun(word.substr(0, split.stem_bytes))) {
        m->role = split.role;
        m->tail_end = e;
      }
    }
  }

  // ---------------------------------------------------------------- triggers

  struct Hit {
    const Trigger* trigger;
    size_t begin, end;  // absolute byte offsets
  };

  // Every trigger occurrence in sentence `si` (all kinds), found in one pass
  // over its characters and cached for the article.
  std::vector<std::vector<Hit>> raw_hits;
  std::vector<bool> raw_hits_done;

  const std::vector<Hit>& RawHits(int si) {
    if (raw_hits_done[si]) return raw_hits[si];
    raw_hits_done[si] = true;
    std::vector<Hit>& hits = raw_hits[si];
    const Sentence& s = sentences[si];
    const std::vector<Cp>& cps = cache[si].cps;
    const bool korean = cache[si].korean;
    for (size_t k = 0; k < cps.size(); ++k) {
      const size_t b = cps[k].byte;
      if (korean) {
        const auto it = by_first[0].find(cps[k].cp);
        if (it == by_first[0].end()) continue;
        for (const Trigger* t : it->second) {
          if (b + t->form.size() <= s.end && StartsWithAt(text, b, t->form)) {
            hits.push_back({t, b, b + t->form.size()});
          }
        }
        continue;
      }
      const char c = lower_text[b];
      if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9')) continue;
      if (b > s.begin && (IsAsciiAlnum(text[b - 1]) || lower_text[b - 1] == '-')) continue;
      const auto two = en_by_two.find(EnglishKey(std::string_view(lower_text).substr(0, s.end), b));
      const auto one = en_by_two.find(static_cast<uint16_t>(static_cast<unsigned char>(c) << 8));
      for (const auto it : {two, one == two ? en_by_two.end() : one}) {
        if (it == en_by_two.end()) continue;
        for (const Trigger* t : it->second) {
          const std::string_view form = t->lower;
          const size_t e = b + form.size();
          if (e > s.end || std::string_view(lower_text).substr(b, form.size()) != form) continue;
          if (t->kind == TriggerKind::kVerb && form == "own" && b >= s.begin + 4 &&
              (std::string_view(lower_text).substr(b - 4, 4) == "its " ||
               std::string_view(lower_text).substr(std::max(b, s.begin + 6) - 6, 6) == "their ")) {
            continue;  // "its own platform": an adjective
          }
          if (t->prefix && t->kind == TriggerKind::kVerb) {
            // Agent nouns are not predicates: "investors", "buyers", "founders"
            // ("partners" is a verb too).
            size_t we = e;
            while (we < s.end && IsAsciiAlnum(text[we])) ++we;
            const std::string_view word = std::string_view(lower_text).substr(b, we - b);
            if ((word.ends_with("or") || word.ends_with("ors") || word.ends_with("er") ||
                 word.ends_with("ers")) &&
                !word.starts_with("partner") && word != "over" && word != "under") {
              continue;
            }
            // "investment bank", "development team": a noun that names a kind of firm.
            if (word.ends_with("ment")) {
              size_t nb = we;
              while (nb < s.end && text[nb] == ' ') ++nb;
              size_t ne = nb;
              while (ne < s.end && IsAsciiAlnum(text[ne])) ++ne;
              const std::string_view next = std::string_view(lower_text).substr(nb, ne - nb);
              if (next == "bank" || next == "banks" || next == "banker" || next == "bankers" ||
                  next == "banking" || next == "firm" || next == "fund" || next == "funds" ||
                  next == "manager" || next == "managers" || next == "team" || next == "trust" ||
                  next == "grade" || next == "vehicle" || next == "arm" || next == "unit" ||
                  next == "chief" || next == "head" || next == "director" || next == "officer" ||
                  next == "strategist" || next == "analyst" || next == "adviser" ||
                  next == "advisor" || next == "committee" || next == "company" ||
                  next == "firms" || next == "house") {
                continue;
              }
            }
          }
          if (!t->prefix && e < s.end && IsAsciiAlnum(text[e])) {
            // Whole words, but allow a plural or third-person "s" on role words.
            if (!(t->kind == TriggerKind::kRole && text[e] == 's' &&
                  (e + 1 == s.end || !IsAsciiAlnum(text[e + 1])))) {
              continue;
            }
          }
          // Acronyms (CEO) must match case.
          if (form.size() <= 4 && IsUpper(t->form[0]) &&
              text.compare(b, form.size(), t->form) != 0) {
            continue;
          }
          hits.push_back({t, b, e});
        }
      }
    }
    return hits;
  }

  int IndexOf(const Sentence& s) const { return static_cast<int>(&s - sentences.data()); }

  // All occurrences of the given triggers in sentence `s`, outside names.
  std::vector<Hit> FindTriggers(TriggerKind kind, const Sentence& s, bool korean,
                                const std::vector<RawMention>& mentions) {
    std::vector<Hit> candidates;
    for (const Hit& h : RawHits(IndexOf(s))) {
      if (h.trigger->kind == kind) candidates.push_back(h);
    }
    // Longest forms first: "지분 투자" takes the place of "투자".
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Hit& a, const Hit& b) { return a.end - a.begin > b.end - b.begin; });
    std::vector<Hit> hits;
    for (const Hit& c : candidates) {
      const size_t b = c.begin, e = c.end;
      if (korean && kind == TriggerKind::kVerb && b > s.begin &&
          utf8::IsHangul(CpAt(text, PrevCp(text, b))) &&
          (StartsWithAt(text, e, "자") || StartsWithAt(text, e, "가 ") ||
           StartsWithAt(text, e, "사"))) {
        continue;  // "벤처투자가", "투자자", "투자사": nouns for people and firms
      }
      if (korean && kind == TriggerKind::kVerb &&
          (StartsWithAt(text, e, "자") || StartsWithAt(text, e, "사 "))) {
        continue;
      }
      bool inside = false;
      for (const RawMention& m : mentions) {
        if (b < m.end && e > m.begin) inside = true;
      }
      for (const Hit& h : hits) {
        if (b < h.end && e > h.begin) inside = true;  // a longer form took it
      }
      if (!inside) hits.push_back(c);
    }
    std::sort(hits.begin(), hits.end(),
              [](const Hit& a, const Hit& b) { return a.begin < b.begin; });
    return hits;
  }

  // The text between two offsets, for adjacency tests.
  std::string_view Gap(size_t a, size_t b) const {
    return a <= b ? text.substr(a, b - a) : std::string_view();
  }

  // The gap with English title words and "and" removed ("'s chairman and ").
  static std::string WithoutTitleWordsImpl(std::string_view gap) {
    static const std::unordered_set<std::string_view> kTitleWords = {
        "chairman", "chairwoman", "chief", "executive", "president", "founder",  "co-founder",
        "and",      "&",          "ceo",   "CEO",       "chair",     "director", "managing",
        "vice",     "senior",     "CIO",   "CFO",       "COO",       "CTO"};
    std::string out;
    size_t i = 0;
    while (i < gap.size()) {
      size_t j = i;
      while (j < gap.size() && gap[j] != ' ') ++j;
      const std::string_view w = gap.substr(i, j - i);
      // "vice-" of "vice-chairman" (the title matched after the hyphen).
      const std::string_view bare = w.ends_with('-') ? w.substr(0, w.size() - 1) : w;
      if (w.empty() || !kTitleWords.count(bare)) out.append(w);
      if (j < gap.size()) out.push_back(' ');
      i = j + 1;
    }
    // Collapse runs of spaces left by removed words.
    std::string collapsed;
    for (char c : out) {
      if (c == ' ' && !collapsed.empty() && collapsed.back() == ' ') continue;
      collapsed.push_back(c);
    }
    return collapsed;
  }
  std::string_view WithoutTitleWords(std::string_view gap) {
    scratch_.push_back(WithoutTitleWordsImpl(gap));
    return scratch_.back();
  }
  std::deque<std::string> scratch_;  // storage for gaps rewritten during one article

  // True when only spaces, "'s", "의", commas or a short parenthesis separate.
  static bool SmallGap(std::string_view gap, size_t max_bytes = 6) {
    if (gap.size() > max_bytes + 24) return false;
    std::string g(gap);
    // The bracket a ticker closes: "Nvidia (NVDA) CEO" after the name "NVDA".
    if (g.starts_with(")") || g.starts_with(" )")) g.erase(0, g.find(')') + 1);
    // Drop a parenthesis like "(CEO)".
    const size_t open = g.find('(');
    if (open != std::string::npos) {
      const size_t close = g.find(')', open);
      if (close == std::string::npos || close - open > 24) return false;
      g.erase(open, close - open + 1);
    }
    for (std::string_view drop : {"'s", "’s", "의", "인", "이자", ",", "\"", "'", "*"}) {
      size_t p;
      while ((p = g.find(drop)) != std::string::npos) g.erase(p, drop.size());
    }
    for (char c : g) {
      if (c != ' ') return false;
    }
    return gap.size() <= max_bytes + 24;
  }

  // " firm ", " software group ": one or two lower-case nouns between a
  // place and a name ("US firm Zorvia").
  static bool IsLowerNounGap(std::string_view gap) {
    if (gap.size() < 3 || gap.front() != ' ' || gap.back() != ' ') return false;
    const std::vector<std::string_view> words = Words(gap);
    if (words.empty() || words.size() > 2) return false;
    for (std::string_view w : words) {
      if (w.size() < 3 || !std::all_of(w.begin(), w.end(),
                                       [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; })) {
        return false;
      }
      if (w == "and" || w == "the" || w == "for" || w == "with" || w == "from") return false;
    }
    return true;
  }

  // True when the "." at `dot` (followed by a space) ends a sentence the
  // segmenter left whole: a capital follows, and the word before is no
  // abbreviation ("Warner Bros. Discovery", "Mr. Smith", "U.S. Steel").
  bool FullStopAt(const Sentence& s, size_t dot) const {
    if (dot + 2 >= s.end || !IsUpper(text[dot + 2])) return false;
    size_t b = dot;
    while (b > s.begin && text[b - 1] != ' ') --b;
    const std::string_view word = text.substr(b, dot - b);
    static const std::unordered_set<std::string_view> kAbbrev = {
        "Bros", "Inc", "Corp", "Co",  "Ltd", "Mr",  "Mrs", "Ms",  "Dr",  "St", "Jr",
        "Sr",   "No",  "Gov",  "Sen", "Rep", "Gen", "Mt",  "Plc", "Cos", "vs", "Prof"};
    if (word.size() <= 1 || kAbbrev.count(word)) return false;
    return word.find('.') == std::string_view::npos;  // "U.S", "S.A"
  }

  // `verb`: an English predicate, which "former" (a word about the nouns
  // around it: "bought by former subsidiary SBC") does not end.
  Modality ClauseModality(const Sentence& s, size_t tb, size_t te, bool korean, bool verb = false) {
    // The clause: from the comma before the trigger to the comma after it.
    // In English a dash aside ("its own market — run as a joint venture
    // with X — later this year") and a full stop the segmenter missed
    // ("... and B. Story continues ...") end a clause too.
    auto boundary_before = [&](size_t i) {  // the clause cannot extend past text[i - 1]
      if (text[i - 1] == ',') return true;
      if (korean) return false;
      if (i >= s.begin + 3 && text.compare(i - 3, 3, "—") == 0) return true;
      if (i >= s.begin + 2 && text[i - 1] == ' ') {
        if (text[i - 2] == '.') return FullStopAt(s, i - 2);
        return text[i - 2] == '-' && i >= s.begin + 3 && text[i - 3] == ' ';
      }
      return false;
    };
    auto boundary_at = [&](size_t i) {
      if (text[i] == ',') return true;
      if (korean) return false;
      if (text.compare(i, 3, "—") == 0) return true;
      if (i + 1 >= s.end || text[i + 1] != ' ') return false;
      if (text[i] == '.') return FullStopAt(s, i);
      return text[i] == '-' && i > s.begin && text[i - 1] == ' ';
    };
    size_t cb = tb, ce = te;
    while (cb > s.begin && !boundary_before(cb)) --cb;
    while (ce < s.end && !boundary_at(ce)) ++ce;
    bool ended = false, considered = false, negated = false, not_yet = false;
    for (const Hit& hit : RawHits(IndexOf(s))) {
      const Trigger* t = hit.trigger;
      if (t->kind != TriggerKind::kCue || hit.begin < cb || hit.end > ce) continue;
      if (verb && !korean && (t->form == "former" || t->form == "ex-")) continue;
      // "in May", "May Department Stores": the month and names are no modal verb.
      if (!korean && t->form == "may" && text[hit.begin] == 'M') continue;
      if (t->form == "아직" || t->form == "not yet") not_yet = true;
      if (t->value == "ended") ended = true;
      if (t->value == "considered") considered = true;
      if (t->value == "negated") negated = true;
    }
    if (ended) return Modality::kEnded;
    if (not_yet) return Modality::kConsidered;
    if (negated) return Modality::kNegated;
    if (considered) return Modality::kConsidered;
    return Modality::kAsserted;
  }

  // ---------------------------------------------------------------- relations

  struct Found {
    int src, dst;  // indices into the sentence's mention list
    std::string type;
    Modality modality;
  };

  // Indices of the mentions coordinated with mention k ("A, B, C 등"), k included.
  // With `with_joins`, "A와 B" (A marked 와/과 right before B) counts too:
  // right for the head of a relative clause ("머스크가 이끄는 스페이스X와
  // xAI"), wrong for a partner of a predicate.
  std::vector<int> Group(const std::vector<RawMention>& ms, int k, bool with_joins = false) const {
    auto joined = [&](int a, int b) {
      const std::string_view gap = Gap(ms[a].tail_end, ms[b].begin);
      if (with_joins && gap == " " && ms[a].role == ParticleRole::kWith) return true;
      // "Amazon Leo, Amazon's satellite business": an apposition, no list.
      if ((gap == ", " || gap == ",") &&
          (StartsWithAt(text, ms[b].end, "'s ") || StartsWithAt(text, ms[b].end, "’s "))) {
        const size_t after = ms[b].end + (text[ms[b].end] == '\'' ? 3 : 5);
        if (after < text.size() && text[after] >= 'a' && text[after] <= 'z') return false;
      }
      // "In Bahrain, A and B are launching ...": the place opens the clause.
      if (gap == ", " && TypeOf(ms[a].ref) == EntityType::kPlace &&
          TypeOf(ms[b].ref) != EntityType::kPlace && ms[a].begin >= 3 &&
          (text.substr(ms[a].begin - 3, 3) == "In " || text.substr(ms[a].begin - 3, 3) == "in ")) {
        return false;
      }
      return gap == "," || gap == ", " || gap == "·" || gap == " 및 " || gap == ", and " ||
             gap == " and " || gap == "、" || gap == "/";
    };
    int first = k, last = k;
    while (first > 0 && joined(first - 1, first)) --first;
    while (last + 1 < static_cast<int>(ms.size()) && joined(last, last + 1)) ++last;
    std::vector<int> out;
    for (int i = first; i <= last; ++i) out.push_back(i);
    return out;
  }

  void RoleRelations(const Sentence& s, bool korean, const std::vector<RawMention>& ms,
                     std::vector<Found>* out) {
    for (Hit h : FindTriggers(TriggerKind::kRole, s, korean, ms)) {
      // "chief executives Ken Lay and Jeff Skilling": a plural title.
      const bool plural = !korean && h.end < s.end && text[h.end] == 's' &&
                          (h.end + 1 == s.end || !IsAsciiAlnum(text[h.end + 1]));
      if (plural) ++h.end;
      int before = -1, after = -1;
      for (int k = 0; k < static_cast<int>(ms.size()); ++k) {
        if (ms[k].end <= h.begin) before = k;
        if (ms[k].begin >= h.end && after < 0) after = k;
      }
      const std::string_view pre =
          text.substr(h.begin >= 8 ? h.begin - 8 : 0, std::min<size_t>(8, h.begin));
      Modality modality = (pre.ends_with("전 ") || pre.ends_with("former ") ||
                           pre.ends_with("Former ") || pre.ends_with("ex-"))
                              ? Modality::kEnded
                              : Modality::kAsserted;
      // "the company rehired its former CEO, X": former, and the role again.
      if (!korean && modality == Modality::kEnded && Rehired(h.begin, s.begin)) {
        modality = Modality::kAsserted;
      }
      auto type_of = [&](int k) { return TypeOf(ms[k].ref); };
      // "former Fiat chief executive X": "former" before the organisation.
      Modality modality_before = modality;
      if (!korean && before >= 0) {
        const size_t b = ms[before].begin;
        const std::string_view pre_org = text.substr(b >= 8 ? b - 8 : 0, std::min<size_t>(8, b));
        if (pre_org.ends_with("former ") || pre_org.ends_with("Former ") ||
            pre_org.ends_with("ex-")) {
          modality_before = Modality::kEnded;
        }
      }
      std::string_view type = h.trigger->value;
      // "Google's head of research", "chief of staff at X": the head of a
      // department works for the organisation.
      if (!korean && (type == "LEADS" || type == "CEO_OF") && StartsWithAt(text, h.end, " of ") &&
          h.end + 4 < s.end && text[h.end + 4] >= 'a' && text[h.end + 4] <= 'z') {
        size_t we = h.end + 4;
        while (we < s.end && IsAsciiAlnum(text[we])) ++we;
        const std::string_view next = text.substr(h.end + 4, we - h.end - 4);
        // ("head of giant chip maker Texas Instruments": lower-case words
        // that lead straight to the name describe the organisation itself.)
        bool describes = false;
        for (const RawMention& m : ms) {
          if (m.begin < h.end) continue;
          const std::string_view words = Gap(h.end + 4, m.begin);
          describes = TypeOf(m.ref) == EntityType::kOrg &&
                      std::all_of(words.begin(), words.end(), [](char c) {
                        return c == ' ' || c == '-' || (c >= 'a' && c <= 'z');
                      });
          for (std::string_view w : Words(words)) {
            describes &= w != "in" && w != "at" && w != "for" && w != "of" && w != "with";
          }
          break;
        }
        if (!describes && next != "the" && next != "a" && next != "an" && next != "its" &&
            next != "their" && next != "his" && next != "her") {
          type = "WORKS_FOR";
        }
      }
      auto emit = [&](int person, int org) {
        if (person >= 0 && org >= 0 && type_of(person) == EntityType::kPerson &&
            type_of(org) == EntityType::kOrg) {
          out->push_back({person, org, std::string(type), modality});
          return true;
        }
        return false;
      };
      // Other title words between the name and this title do not separate
      // them: "May's chairman and chief executive Gene Kahn".
      const bool before_close =
          before >= 0 && (SmallGap(WithoutTitleWords(Gap(ms[before].end, h.begin))) ||
                          (!korean && PossessiveWithAdjectives(Gap(ms[before].end, h.begin))));
      // (In Korean no comma: "정욱 가람엔터 대표이사, 양민석 누리엔터 대표이사" is a
      // list of people, each with their own company.)
      const bool after_close =
          after >= 0 && SmallGap(WithoutTitleWords(Gap(h.end, ms[after].begin)), 8) &&
          !(korean && Gap(h.end, ms[after].begin).find(',') != std::string_view::npos);
      // "가람전력(사장 김민철)": the head in parentheses after the organisation.
      const bool parenthesised = korean && before >= 0 && after >= 0 &&
                                 Gap(ms[before].end, h.begin) == "(" &&
                                 Gap(h.end, ms[after].begin) == " " && ms[after].end < s.end &&
                                 (text[ms[after].end] == ')' || text[ms[after].end] == ',');
      // ORG ROLE PERSON: "오픈AI 최고경영자(CEO) 샘 알트만", "OpenAI CEO Sam Altman".
      if (((before_close && after_close) || parenthesised) &&
          type_of(after) == EntityType::kPerson && type_of(before) == EntityType::kOrg) {
        // "May's chairman and chief executive Gene Kahn resigned in January".
        const Modality m =
            !korean && LeavesNext(ms[after].tail_end, s.end) ? Modality::kEnded : modality_before;
        out->push_back({after, before, std::string(type), m});
        if (plural) {
          for (int g : Group(ms, after)) {
            if (g > after && type_of(g) == EntityType::kPerson) {
              out->push_back({g, before, std::string(type), m});
            }
          }
        }
        continue;
      }
      // "Renaissance Capital energy analyst Adam Landes", "Zorvia investment
      // chief Jeff Ames": a field between the organisation and the title;
      // the holder works for the organisation (a chief of a field is no
      // chief of the firm).
      if (!korean && !before_close && after_close && before >= 0 && !ms[before].anaphor &&
          type_of(after) == EntityType::kPerson && type_of(before) == EntityType::kOrg &&
          Gap(ms[before].end, h.begin).starts_with(' ') &&
          IsFieldModifier(Gap(ms[before].end, h.begin).substr(1))) {
        out->push_back({after, before, "WORKS_FOR", modality_before});
        continue;
      }
      // A department between the organisation and the title: "신한은행 CIB그룹장".
      // (One word, or a department and a word: "품질혁신센터 고객경험담당".)
      // "손보영 미국영화협회(MPA) 한국지사 대표": the organisation's own gloss in
      // parentheses (read as the mention's tail) is no part of the unit.
      const bool glossed = before >= 0 && korean && StartsWithAt(text, ms[before].end, "(") &&
                           ms[before].tail_end > ms[before].end &&
                           text[ms[before].tail_end - 1] == ')';
      const std::string_view dept_gap =
          before >= 0 ? Gap(glossed ? ms[before].tail_end : ms[before].end, h.begin)
                      : std::string_view();
      const std::vector<std::string_view> dept_words = Words(dept_gap);
      // Or a unit of up to three plain words right after the organisation,
      // none with a particle or punctuation: "네이버 리얼타임 엔진 스튜디오 리더".
      auto plain_unit = [&] {
        if (dept_words.size() > 3 || !dept_gap.starts_with(' ')) return false;
        for (std::string_view w : dept_words) {
          if (w.find_first_of(",.()'\"") != std::string_view::npos ||
              SplitParticle(w, 2).stem_bytes != w.size() || IsTitleModifier(w)) {
            return false;
          }
        }
        return true;
      };
      const bool before_dept =
          before >= 0 && !before_close && korean && dept_gap.size() <= 48 &&
          (dept_words.size() <= 1 || (dept_words.size() == 2 && IsDepartment(dept_words[0])) ||
           plain_unit()) &&
          dept_gap.find(',') == std::string_view::npos;
      // "Paul Tellier, who was also Bombardier's president".
      const std::string_view relative =
          Gap(ms[before >= 1 ? before - 1 : 0].end, before >= 1 ? ms[before].begin : 0);
      const bool who_was =
          !korean && before >= 1 &&
          (relative == ", who was " || relative == ", who is " || relative == ", who was also " ||
           relative == ", who is also " || relative == ", who became " || relative == ", now " ||
           relative == ", who will remain as " || relative == ", who will remain " ||
           relative == ", who remains " || relative == ", who will become " ||
           relative == ", who has been ");
      // "빌 조지 전 메드트로닉 CEO": a former holder, "전" before the organisation.
      const std::string_view person_org_gap =
          before >= 1 ? Gap(ms[before - 1].end, ms[before].begin) : std::string_view();
      const bool former = korean && (person_org_gap == " 전 " || person_org_gap == " 前 ");
      // (Not "AP Amanda Agati, chief investment officer of PNC": the title
      // names its own organisation.)
      const bool own_org =
          !korean && after >= 0 && before >= 0 &&
          (Gap(h.end, ms[after].begin) == " of " || Gap(h.end, ms[after].begin) == " at ") &&
          Gap(ms[before].end, h.begin).starts_with(",");
      if ((before_close || before_dept) && before >= 1 && !own_org &&
          (SmallGap(person_org_gap, 4) || who_was || former)) {
        // PERSON ORG ROLE ("이재용 삼성전자 회장") or ORG PERSON ROLE ("삼성전자 이재용 회장").
        const Modality kept = modality;
        if (former) modality = Modality::kEnded;
        // "Paul Tellier, who was also Bombardier's president, left the company".
        if (who_was && text.compare(h.end, 2, ", ") == 0 && LeavesNext(h.end + 1, s.end)) {
          modality = Modality::kEnded;
        }
        const bool done = emit(before - 1, before) || (!former && emit(before, before - 1));
        modality = kept;
        if (done) continue;
      }
      // "Jeff Ames, a former Zorvia banker", "Jeff Ames, the Zorvia boss":
      // PERSON, a ORG ROLE; "Jeff Ames stepped down as Zorvia chief executive".
      if (!korean && before_close && before >= 1) {
        const std::string_view a = Gap(ms[before - 1].end, ms[before].begin);
        bool as_role = false;
        if (a.ends_with(" as ") && a.size() <= 28) {
          const std::string_view verb = a.substr(0, a.size() - 4);
          as_role = Words(verb).size() <= 3 && std::all_of(verb.begin(), verb.end(), [](char c) {
                      return c == ' ' || (c >= 'a' && c <= 'z');
                    });
        }
        if (a == ", a " || a == ", an " || a == ", a former " || a == ", the former " ||
            a == ", a senior " || a == ", a veteran " || a == ", the " || as_role) {
          if (!as_role) modality = modality_before;
          if (as_role && LeavesRole(a)) modality = Modality::kEnded;
          if (emit(before - 1, before)) continue;
        }
      }
      // "Jeff Ames joined Zorvia as chief executive".
      if (!korean && before >= 1 && type_of(before) == EntityType::kOrg &&
          (Gap(ms[before].end, h.begin) == " as " || Gap(ms[before].end, h.begin) == " as its ")) {
        const std::string_view verb = Gap(ms[before - 1].tail_end, ms[before].begin);
        if (verb == " joined " || verb == " has joined " || verb == " will join " ||
            verb == " rejoined " || verb == " returned to " || verb == " returns to " ||
            verb == " left " || verb == " will leave " || verb == " has left ") {
          if (LeavesRole(verb)) modality = Modality::kEnded;
          if (emit(before - 1, before)) continue;
        }
      }
      // "Zorvia appointed Jeff Ames as chief executive".
      if (!korean && before >= 1 && type_of(before) == EntityType::kPerson) {
        const std::string_view as = Gap(ms[before].end, h.begin);
        const std::string_view verb = Gap(ms[before - 1].tail_end, ms[before].begin);
        // ("Zorvia named Jeff Ames chief executive": "as" may be left out.)
        if ((as == " as " || as == " as new " || as == " as interim " || as == " as acting " ||
             as == " " || as == " its " || as == " its new " || as == " new ") &&
            (verb == " appointed " || verb == " has appointed " || verb == " named " ||
             verb == " has named " || verb == " hired " || verb == " has hired " ||
             verb == " picked " || verb == " tapped " || verb == " elected " ||
             verb == " promoted ") &&
            emit(before, before - 1)) {
          continue;
        }
      }
      // "Zorvia will cut jobs, chief executive Jeff Ames said": the chief of
      // the organisation that opens the sentence.
      if (!korean && after_close && type_of(after) == EntityType::kPerson &&
          h.trigger->value != "WORKS_FOR" && before >= 0 && ms[0].end <= h.begin &&
          type_of(0) == EntityType::kOrg && !ms[0].anaphor &&
          Words(Gap(s.begin, ms[0].begin)).size() <= 2) {
        const std::string_view lead = Gap(before >= 0 ? ms[before].tail_end : s.begin, h.begin);
        const std::string_view next =
            text.substr(ms[after].tail_end, std::min<size_t>(7, s.end - ms[after].tail_end));
        if (lead.ends_with(", ") &&
            (next.starts_with(" said") || next.starts_with(" says") || next.starts_with(" told"))) {
          bool other_org = false;
          for (int k = 1; k <= before; ++k) other_org |= type_of(k) == EntityType::kOrg;
          if (!other_org && emit(after, 0)) continue;
        }
      }
      // ORG은 PERSON ROLE이 ...: the organisation as the sentence's topic,
      // its leader right after it, the title itself the subject ("우리금융은
      // 임종룡 회장 취임 첫해", "삼성전자는 이재용 회장이 이끈다"). Not when the
      // title takes an object or comitative particle ("삼성전자는 젠슨 황
      // CEO와 만났다": another company's chief).
      if (korean && before_close && before >= 1 && h.trigger->value != "WORKS_FOR" &&
          (ms[before - 1].role == ParticleRole::kTopic ||
           ms[before - 1].role == ParticleRole::kSubject) &&
          Gap(ms[before - 1].tail_end, ms[before].begin) == " ") {
        const std::string_view next = text.substr(h.end, std::min<size_t>(10, text.size() - h.end));
        const bool subject_title = next.starts_with("이 ") || next.starts_with("가 ") ||
                                   next.starts_with("은 ") || next.starts_with("는 ") ||
                                   next.starts_with("의 ") || next.starts_with(" 취임") ||
                                   next.starts_with(" 체제");
        if (subject_title && emit(before, before - 1)) continue;
      }
      // "named X as its new chief executive": "its" stands for the subject.
      if (!korean && before >= 1 && ms[before].anaphor &&
          type_of(before - 1) == EntityType::kPerson &&
          Gap(ms[before - 1].end, ms[before].begin) == " as " &&
          (Gap(ms[before].end, h.begin) == " " || Gap(ms[before].end, h.begin) == " new " ||
           Gap(ms[before].end, h.begin) == " interim " ||
           Gap(ms[before].end, h.begin) == " acting ")) {
        if (emit(before - 1, before)) continue;
      }
      // ROLE PERSON at ORG: "said analyst Erling Refsum at Nomura".
      if (!korean && after_close && after + 1 < static_cast<int>(ms.size())) {
        const std::string_view at = Gap(ms[after].end, ms[after + 1].begin);
        if ((at == " at " || at == " of " || at == " from ") && emit(after, after + 1)) continue;
      }
      // PERSON, ROLE of/at ORG: "Sam Altman, chief executive of OpenAI",
      // "Rich Templeton, the head of giant chip maker Texas Instruments".
      if (!korean && after >= 0 && before >= 0) {
        // "chief executive of US firm Zorvia", "a strategist at Moscow's
        // Zorvia Securities": the place qualifies the firm.
        if (type_of(after) == EntityType::kPlace && after + 1 < static_cast<int>(ms.size()) &&
            type_of(after + 1) == EntityType::kOrg &&
            (IsLowerNounGap(Gap(ms[after].tail_end, ms[after + 1].begin)) ||
             Gap(ms[after].end, ms[after + 1].begin) == "'s " ||
             Gap(ms[after].end, ms[after + 1].begin) == "’s ")) {
          ++after;
        }
        std::string_view tail = Gap(h.end, ms[after].begin);
        // "founder and CIO of X": other titles after "and" do not separate.
        if (tail.starts_with(" and ") && tail.size() <= 40) tail = WithoutTitleWords(tail);
        std::string_view head = WithoutTitleWords(Gap(ms[before].end, h.begin));
        // "X stepped down as chief executive of Y": a short verb before "as".
        if (head.ends_with(" as ") && head.size() <= 28 && head != " as ") {
          const std::string_view verb = head.substr(0, head.size() - 4);
          if (Words(verb).size() <= 3 && std::all_of(verb.begin(), verb.end(), [](char c) {
                return c == ' ' || (c >= 'a' && c <= 'z');
              })) {
            if (LeavesRole(verb)) modality = Modality::kEnded;
            head = " as ";
          }
        }
        // "an analyst with research firm Jupiter": "with" and a few nouns.
        const bool with = tail.starts_with(" with ") && Words(tail).size() <= 4 &&
                          std::all_of(tail.begin(), tail.end(), [](char c) {
                            return c == ' ' || c == '-' || (c >= 'a' && c <= 'z');
                          });
        // ("chief economist for LPL Financial", "a spokesman for X".)
        const bool of = tail == " of " || tail == " at " || tail == " of the " || tail == " in " ||
                        tail == " for " || with ||
                        ((tail.starts_with(" of ") || tail.starts_with(" at ")) &&
                         Words(tail).size() <= 5 && tail.find(',') == std::string_view::npos);
        const bool apposition = IsAppositionHead(head);
        // "head of delivery at Uber": the head of a department works there.
        // ("head of EMEA equity strategy at": an acronym may open it.)
        if (tail.starts_with(" of ") && tail.ends_with(" at ") && tail.size() > 8 &&
            ((tail[4] >= 'a' && tail[4] <= 'z') ||
             (tail.find(' ', 4) + 1 < tail.size() - 4 && tail[tail.find(' ', 4) + 1] >= 'a' &&
              tail[tail.find(' ', 4) + 1] <= 'z'))) {
          type = "WORKS_FOR";
        }
        // "X has replaced Y as chief executive of Z": X takes the role, Y had it.
        if (of && head == " as " && before >= 1 && type_of(before - 1) == EntityType::kPerson) {
          const std::string_view verb = Gap(ms[before - 1].tail_end, ms[before].begin);
          if (verb == " has replaced " || verb == " replaced " || verb == " replaces " ||
              verb == " will replace " || verb == " succeeds " || verb == " succeeded " ||
              verb == " has succeeded " || verb == " will succeed ") {
            if (emit(before - 1, after)) {
              modality = Modality::kEnded;
              emit(before, after);
              continue;
            }
          }
        }
        if (of && apposition && emit(before, after)) continue;
        // "Bill Ames, a retail analyst at Zorvia", "X, the investment chief
        // of Y": other lower-case words before the title name a field; a
        // chief or head of one works for the firm rather than leading it.
        if (of && !apposition && head.starts_with(", ") && head.size() <= 40) {
          std::string_view rest = head.substr(2);
          for (std::string_view article : {"a ", "an ", "the ", "its "}) {
            if (rest.starts_with(article)) {
              rest.remove_prefix(article.size());
              break;
            }
          }
          if (IsFieldModifier(rest)) {
            type = "WORKS_FOR";
            if (emit(before, after)) continue;
          }
        }
        type = h.trigger->value;
        // "Carlos Ghosn, its highly successful boss": its = the sentence's subject.
        if (head.starts_with(", its ") && Words(head).size() <= 4) {
          if (emit(before, 0) || (before >= 1 && emit(before, before - 1))) continue;
        }
      }
      if (!korean && before >= 0 && after < 0) {
        const std::string_view head = Gap(ms[before].end, h.begin);
        if (head.starts_with(", its ") && Words(head).size() <= 4 && emit(before, 0)) continue;
      }
      // "..., boss Jeff Ames took to the stage to herald the company's plan",
      // "under former CEO Jeff Ames, the company ...": a leader's title with
      // no organisation next to it leads the one the sentence calls "the
      // company" (the anaphor stands for a single organisation).
      if (!korean && after_close && !before_close && type_of(after) == EntityType::kPerson &&
          (h.trigger->value == "CEO_OF" || h.trigger->lower == "chairman" ||
           h.trigger->lower == "chairwoman")) {
        int org = -1;
        bool single = true;
        // Not "President Donald Trump" in mid-sentence: a title of office.
        const bool office = h.begin > s.begin && IsUpper(text[h.begin]) && h.begin + 1 < s.end &&
                            !IsUpper(text[h.begin + 1]);
        for (int k = 0; k < static_cast<int>(ms.size()) && !office; ++k) {
          if (!ms[k].anaphor || type_of(k) != EntityType::kOrg) continue;
          // "the company", "its": a noun phrase, not a bare "it".
          const std::string_view a = text.substr(ms[k].begin, ms[k].end - ms[k].begin);
          // ("Chief executive X said it ...": "it" too when the title opens the sentence.)
          if (!a.starts_with("the ") && !a.starts_with("The ") && !a.starts_with("its") &&
              !a.starts_with("Its") && h.begin != s.begin) {
            continue;
          }
          if (org >= 0 && (ms[org].ref < ms[k].ref || ms[k].ref < ms[org].ref)) single = false;
          if (org < 0) org = k;
        }
        if (org >= 0 && single) emit(after, org);
      }
      // ORG's PERSON in Korean with the role later: "구글의 순다르 피차이 등 주요 테크 CEO들".
    }
  }

  // True for " stepped down ", " will resign " ...: a verb that ends the
  // role named after "as".
  static bool LeavesRole(std::string_view verb) {
    return verb.find(" down") != std::string_view::npos ||
           verb.find("resign") != std::string_view::npos ||
           verb.find("quit") != std::string_view::npos ||
           verb.find("retire") != std::string_view::npos ||
           verb.find("left") != std::string_view::npos ||
           verb.find("leave") != std::string_view::npos;
  }

  // True for "energy ", "retail ", "fund ", "equity research ": one or two
  // lower-case words and a space, before a title, that name a field of
  // work; not verbs ("hired", "told", "says") or function words.
  static bool IsFieldModifier(std::string_view gap) {
    if (gap.empty() || gap.size() > 32 || gap.back() != ' ') return false;
    const std::vector<std::string_view> words = Words(gap);
    if (words.empty() || words.size() > 2) return false;
    static const std::unordered_set<std::string_view> kNot = {
        "and",      "or",     "with",  "to",      "for",       "by",      "at",       "on",
        "in",       "of",     "the",   "a",       "an",        "its",     "their",    "his",
        "her",      "from",   "than",  "like",    "as",        "said",    "says",     "told",
        "tells",    "hires",  "names", "met",     "meets",     "beat",    "beats",    "sued",
        "sues",     "also",   "now",   "then",    "which",     "who",     "whose",    "that",
        "is",       "was",    "are",   "were",    "has",       "have",    "had",      "will",
        "would",    "new",    "top",   "senior",  "former",    "ex",      "after",    "before",
        "since",    "until",  "when",  "while",   "because",   "but",     "if",       "into",
        "over",     "under",  "about", "against", "between",   "through", "during",   "without",
        "within",   "trails", "leads", "tops",    "overtakes", "joins",   "appoints", "follows",
        "replaces", "lags",   "lost",  "won",     "wins",      "hit",     "hits",     "made",
        "makes"};
    for (std::string_view w : words) {
      if (w.size() < 3 || kNot.count(w) || w.ends_with("ed")) return false;
      for (char c : w) {
        if (!(c >= 'a' && c <= 'z') && c != '-') return false;
      }
    }
    return true;
  }

  // True when "former" right before `role` follows a verb of hiring back:
  // "rehired its former CEO", "reappointed former chairman".
  bool Rehired(size_t role, size_t sentence_begin) const {
    const size_t from = role >= sentence_begin + 40 ? role - 40 : sentence_begin;
    const std::string_view pre = std::string_view(lower_text).substr(from, role - from);
    for (std::string_view v : {"rehired ", "re-hired ", "reappointed ", "reinstated ",
                               "brought back ", "rehires ", "reappoints "}) {
      for (std::string_view rest : {"its former ", "their former ", "former ", "the former "}) {
        if (pre.ends_with(std::string(v) + std::string(rest))) return true;
      }
    }
    return false;
  }

  // True when the words right after `at` say that the person just named
  // leaves: " resigned in January", " has stepped down", " left the company",
  // " will quit".
  bool LeavesNext(size_t at, size_t end) const {
    static const std::unordered_set<std::string_view> kAux = {
        "has", "had", "will", "is", "was", "would", "then", "later", "also"};
    static const std::unordered_set<std::string_view> kLeave = {
        "resigned", "resigns", "resign", "quit",    "quits",    "left",  "leaves",  "leave",
        "retired",  "retires", "retire", "departs", "departed", "steps", "stepped", "step"};
    const std::vector<std::string_view> words =
        Words(text.substr(at, std::min<size_t>(40, end > at ? end - at : 0)));
    auto bare = [&](size_t k) {
      std::string_view w = words[k];
      while (!w.empty() && (w.back() == ',' || w.back() == '.' || w.back() == ';'))
        w.remove_suffix(1);
      return w;
    };
    size_t k = 0;
    while (k < words.size() && k < 2 && kAux.count(words[k])) ++k;
    if (k >= words.size() || !kLeave.count(bare(k))) return false;
    // "step" and "steps" only with "down" ("stepped in" is no leaving).
    if (words[k].starts_with("step")) {
      return k + 1 < words.size() && (bare(k + 1) == "down" || bare(k + 1) == "aside");
    }
    return true;
  }

  // "'s newly-appointed ", "'s new ": a possessive and at most two
  // lower-case modifiers between an organisation and a title.
  static bool PossessiveWithAdjectives(std::string_view gap) {
    if (!gap.starts_with("'s ") && !gap.starts_with("’s ")) return false;
    const std::vector<std::string_view> words = Words(gap.substr(gap.find(' ') + 1));
    if (words.size() > 2) return false;
    for (std::string_view w : words) {
      for (char c : w) {
        if (!(c >= 'a' && c <= 'z') && c != '-') return false;
      }
    }
    return true;
  }

  // What may stand between a person and "ROLE of ORG": ", ", " is ", ", the
  // ", " is to become ", ", global " (a comma and up to two modifiers).
  static bool IsAppositionHead(std::string_view head) {
    static const std::unordered_set<std::string_view> kHeads = {", ",
                                                                " is ",
                                                                ", the ",
                                                                " as ",
                                                                ", who is ",
                                                                " became ",
                                                                ", now ",
                                                                ", a ",
                                                                " was ",
                                                                ", an ",
                                                                " becomes ",
                                                                " to become ",
                                                                " is to become ",
                                                                " will become ",
                                                                " was named ",
                                                                " is named ",
                                                                " named ",
                                                                " has been named ",
                                                                ", who was ",
                                                                " remains ",
                                                                ", currently ",
                                                                " will remain ",
                                                                " was appointed ",
                                                                " is appointed ",
                                                                " has been appointed ",
                                                                " was promoted to ",
                                                                " was elected ",
                                                                " has been "};
    if (kHeads.count(head)) return true;
    if (!head.starts_with(", ")) return false;
    const std::vector<std::string_view> words = Words(head.substr(2));
    if (words.empty() || words.size() > 3) return false;
    static const std::unordered_set<std::string_view> kModifiers = {
        "the",      "a",        "an",    "its",     "global",   "regional", "deputy",
        "acting",   "interim",  "joint", "group",   "former",   "new",      "newly-appointed",
        "outgoing", "incoming", "then",  "current", "longtime", "veteran",  "chief"};
    for (std::string_view w : words) {
      if (!kModifiers.count(w)) return false;
    }
    return true;
  }

  // "Federated - owner of Macy's and Bloomingdale's", "DaimlerChrysler, a
  // 30% shareholder in Mitsubishi Motors", "Sandoz, a unit of Novartis": the
  // name before the role holds it towards the names after "of"/"in".
  bool AppositiveOrgRole(const Sentence& s, const std::vector<RawMention>& ms, const Hit& h,
                         int before, int after, std::vector<Found>* out) {
    std::string_view head = Gap(ms[before].tail_end, h.begin);
    if (head.starts_with(", ")) {
      head.remove_prefix(2);
    } else if (head.starts_with(" - ") || head.starts_with(" – ")) {
      head.remove_prefix(head[1] == '-' ? 3 : 5);
    } else if (head.starts_with(" — ")) {
      head.remove_prefix(5);
    } else if (head.starts_with(" is ") || head.starts_with(" was ") ||
               head.starts_with(" remains ") || head.starts_with(" became ") ||
               head.starts_with(" becomes ")) {
      // "Naver is a unit of Harman": a linking verb works like a comma.
      head.remove_prefix(head.find(' ', 1) + 1);
      if (head.empty()) return false;
    } else {
      return false;
    }
    // At most three small words: "a 30% ", "the biggest ", "a former ".
    const std::vector<std::string_view> words = Words(head);
    if (words.size() > 3) return false;
    for (std::string_view w : words) {
      if (w.empty() || IsUpper(w[0]) || w == "and" || w == "said" || w == "which" || w == "who" ||
          w == "its") {
        return false;
      }
    }
    size_t role_end = h.end;
    while (role_end < s.end && IsAsciiAlnum(text[role_end])) ++role_end;
    const std::string_view tail = Gap(role_end, ms[after].begin);
    if (tail != " of " && tail != " in " && tail != " of the " && tail != " to ") return false;
    const Modality m = OrgRoleModality(s, h, false);
    for (int g : Group(ms, after)) {
      if (g == before) continue;
      if (h.trigger->inverse) {
        out->push_back({g, before, h.trigger->value, m});
      } else {
        out->push_back({before, g, h.trigger->value, m});
      }
    }
    return true;
  }

  // An organisation role holds unless its clause says it ended ("its
  // former unit", "sold its stake"). A rival stays a rival when a deal
  // between them is withdrawn: only "former"/"ex-" right before ends it.
  Modality OrgRoleModality(const Sentence& s, const Hit& h, bool korean) {
    if (h.trigger->value == "COMPETES_WITH") {
      const std::string_view pre =
          text.substr(h.begin >= 8 ? h.begin - 8 : 0, std::min<size_t>(8, h.begin));
      return pre.ends_with("former ") || pre.ends_with("ex-") || pre.ends_with("전 ")
                 ? Modality::kEnded
                 : Modality::kAsserted;
    }
    return ClauseModality(s, h.begin, h.end, korean) == Modality::kEnded ? Modality::kEnded
                                                                         : Modality::kAsserted;
  }

  // "A rum, B brandy and C vodka": names in a list, each followed by at most
  // two lower-case words that say what kind of thing it is. Starts at k.
  std::vector<int> ListWithKindNouns(const std::vector<RawMention>& ms, int k) const {
    std::vector<int> list = {k};
    for (int j = k + 1; j < static_cast<int>(ms.size()) && list.size() < 12; ++j) {
      std::string_view gap = Gap(ms[j - 1].tail_end, ms[j].begin);
      if (gap.size() > 40) break;
      size_t sep = gap.rfind(", ");
      size_t sep_len = 2;
      if (gap.ends_with(" and ") || gap.ends_with(" or ")) {
        sep = gap.rfind(gap.ends_with(" and ") ? " and " : " or ");
        sep_len = gap.size() - sep;
        if (sep >= 1 && gap[sep - 1] == ',') --sep, ++sep_len;
      }
      if (sep == std::string_view::npos || sep + sep_len != gap.size()) break;
      const std::string_view kind = gap.substr(0, sep);
      if (Words(kind).size() > 2) break;
      bool lower_words = true;
      for (char c : kind) lower_words &= c == ' ' || (c >= 'a' && c <= 'z') || c == '-';
      if (!lower_words) break;
      list.push_back(j);
      if (sep_len > 2) break;  // "and" closes the list
    }
    return list;
  }

  void OrgRoleRelations(const Sentence& s, bool korean, const std::vector<RawMention>& ms,
                        std::vector<Found>* out) {
    for (const Hit& h : FindTriggers(TriggerKind::kOrgRole, s, korean, ms)) {
      int before = -1, after = -1;
      for (int k = 0; k < static_cast<int>(ms.size()); ++k) {
        if (ms[k].end <= h.begin) before = k;
        if (ms[k].begin >= h.end && after < 0) after = k;
      }
      int holder = -1, other = -1;
      if (!korean && before >= 0 && after >= 0 && AppositiveOrgRole(s, ms, h, before, after, out)) {
        continue;
      }
      // "Fox Entertainment, its broadcasting subsidiary": the subject holds it.
      if (!korean && before >= 1) {
        const std::string_view head = Gap(ms[before].tail_end, h.begin);
        if (head.starts_with(", its ") && Words(head).size() <= 3) {
          const Modality m = Modality::kAsserted;
          if (h.trigger->inverse) {
            out->push_back({0, before, h.trigger->value, m});
          } else {
            out->push_back({before, 0, h.trigger->value, m});
          }
          continue;
        }
      }
      // "Yukos sought to halt the sale of its key oil production unit,
      // Yuganskneftegas": its ROLE, NAME, with "its" the subject's.
      if (!korean && after >= 1 && Gap(h.end, ms[after].begin) == ", " && ms[0].end <= h.begin &&
          TypeOf(ms[0].ref) == EntityType::kOrg && Words(Gap(s.begin, ms[0].begin)).size() <= 1 &&
          (before < 0 || ms[before].end + 48 < h.begin || before == 0)) {
        const size_t from = h.begin >= s.begin + 40 ? h.begin - 40 : s.begin;
        const std::string_view pre = text.substr(from, h.begin - from);
        const size_t its = pre.rfind("its ");
        bool lower = its != std::string_view::npos && (its == 0 || pre[its - 1] == ' ');
        if (lower) {
          const std::string_view mods = pre.substr(its + 4);
          lower = Words(mods).size() <= 4 && std::all_of(mods.begin(), mods.end(), [](char c) {
                    return c == ' ' || c == '-' || (c >= 'a' && c <= 'z');
                  });
        }
        if (lower && after != 0) {
          const Modality m = OrgRoleModality(s, h, korean);
          if (h.trigger->inverse) {
            out->push_back({0, after, h.trigger->value, m});
          } else {
            out->push_back({after, 0, h.trigger->value, m});
          }
          continue;
        }
      }
      // "to make its Sandoz unit ...": its X ROLE, where "its" is the subject.
      if (!korean && before >= 1 && Gap(ms[before].end, h.begin) == " " &&
          text.substr(ms[before].begin >= 4 ? ms[before].begin - 4 : 0, 4) == "its ") {
        holder = before;
        other = 0;
        const Modality m = Modality::kAsserted;
        if (holder != other) {
          if (h.trigger->inverse) {
            out->push_back({other, holder, h.trigger->value, m});
          } else {
            out->push_back({holder, other, h.trigger->value, m});
          }
        }
        continue;
      }
      // "Alphabet, Google's parent": B, A's ROLE.
      // Also "Google is Naver's biggest rival", "Harman, a Google unit".
      const std::string_view link =
          before >= 1 ? Gap(ms[before - 1].tail_end, ms[before].begin) : std::string_view();
      const std::string_view role_gap =
          before >= 1 ? Gap(ms[before].end, h.begin) : std::string_view();
      const bool possessive_role =
          role_gap == "'s " || role_gap == "’s " || PossessiveWithAdjectives(role_gap);
      const bool linked = link == ", " || link == " is " || link == " was " ||
                          link == " remains " || link == " became " || link == " is now ";
      const bool compound_role =
          role_gap == " " && (link == ", a " || link == ", an " || link == " is a " ||
                              link == " is an " || link == ", the " || link == " was a ");
      if (!korean && before >= 1 && ((possessive_role && linked) || compound_role)) {
        holder = before - 1;
        other = before;
      } else
        // "B(A 모회사)": A inside parentheses right after B.
        if (before >= 1 && SmallGap(Gap(ms[before].end, h.begin), 2) &&
            Gap(ms[before - 1].end, ms[before].begin) == "(" && text.substr(h.end, 1) == ")") {
          holder = before - 1;
          other = before;
        } else if (after >= 0) {
          const std::string_view tail = Gap(h.end, ms[after].begin);
          // Up to three plain words between the role and the holder ("라이벌 AI 기업 xAI").
          bool plain = tail.size() <= 32 && tail.find(',') == std::string_view::npos &&
                       tail.find('.') == std::string_view::npos;
          if (plain) {
            for (std::string_view w : Words(tail)) {
              std::string_view core = w;
              while (!core.empty() && IsQuote(CpAt(core, 0)))
                core.remove_prefix(core[0] == '*' || core[0] == '\'' || core[0] == '"' ? 1 : 3);
              if (!core.empty() && SplitParticle(core, 1).stem_bytes != core.size() &&
                  HasHangul(core) && core != "인" && !core.ends_with("인")) {
                plain = false;
              }
            }
          }
          // ("sell its Fitbit unit to Samsung": the buyer, not the unit.)
          if (plain && !korean && !IsSymmetricRelation(h.trigger->value)) {
            for (std::string_view w : Words(tail)) {
              if (w == "to" || w == "for") plain = false;
            }
          }
          // "Samsung's largest shareholder, Google, said": A's ROLE, B,.
          if (!korean && !plain && before >= 0 && tail == ", " &&
              (Gap(ms[before].end, h.begin) == "'s " || Gap(ms[before].end, h.begin) == "’s " ||
               PossessiveWithAdjectives(Gap(ms[before].end, h.begin))) &&
              (StartsWithAt(text, ms[after].tail_end, ",") ||
               StartsWithAt(text, ms[after].tail_end, " said") ||
               StartsWithAt(text, ms[after].tail_end, " says"))) {
            holder = after;
            other = before;
          }
          if (plain && Words(tail).size() <= 3) {
            holder = after;
            // "while US partner Biogen shed 43%": a place right before the
            // role only qualifies it; the other side is the clause's subject.
            const bool place_before = !korean && before >= 0 &&
                                      TypeOf(ms[before].ref) == EntityType::kPlace &&
                                      Gap(ms[before].end, h.begin) == " ";
            const std::string_view pre_place = place_before && before >= 1
                                                   ? Gap(ms[before - 1].end, ms[before].begin)
                                                   : std::string_view();
            if (before >= 0 && !place_before && SmallGap(Gap(ms[before].end, h.begin), 2)) {
              other = before;  // "A의 ROLE B", "A's ROLE B", "A ROLE B"
            } else if (pre_place == "'s " || pre_place == "’s ") {
              other = before - 1;  // "Hexal's US affiliate Eon Labs"
            } else if (place_before && !IsSymmetricRelation(h.trigger->value)) {
              // "the London subsidiary Morpheme": whose is not said.
            } else if (!korean && (IsSymmetricRelation(h.trigger->value) || before < 0 ||
                                   Gap(ms[before].tail_end, h.begin).find(" from ") ==
                                       std::string_view::npos)) {
              // "Federated is to buy rival May", "Novartis ... its generic
              // drugs unit Sandoz": the other side is the clause's subject
              // (but "from shareholder Mubadala" names a seller's owner).
              for (int k = place_before ? before - 1 : before; k >= 0; --k) {
                other = k;
                if (k == 0) break;
                const std::string_view g = Gap(ms[k - 1].end, ms[k].begin);
                // "Naver, which bought Harman, will partner": past the aside.
                if (g.starts_with(", which ") || g.starts_with(", who ")) continue;
                if (g.find(',') != std::string_view::npos) break;
              }
              // "US phone company SBC": a place that qualifies the subject.
              while (other >= 0 && other < before && TypeOf(ms[other].ref) == EntityType::kPlace) {
                ++other;
              }
            } else if (!korean) {
              // "the arm of Getir from controlling shareholder Mubadala": the
              // owner of the firm named right before "from".
              const std::string_view g = Gap(ms[before].tail_end, h.begin);
              if (g.starts_with(" from ") && Words(g).size() <= 3 &&
                  TypeOf(ms[before].ref) == EntityType::kOrg) {
                other = before;
              }
            } else {
              // "경쟁사 앤트로픽": the other side is the sentence's subject.
              for (int k = 0; k < static_cast<int>(ms.size()) && k < after; ++k) {
                if (ms[k].role == ParticleRole::kTopic || ms[k].role == ParticleRole::kSubject ||
                    ms[k].role == ParticleRole::kPossessive) {
                  other = k;
                  break;
                }
              }
              // "경쟁업체인 X의 행보도 Y에 호재": with no subject before, a rival's
              // other side is the one other organisation of the sentence.
              if (other < 0 && korean && h.trigger->value == "COMPETES_WITH") {
                for (int k = after + 1; k < static_cast<int>(ms.size()); ++k) {
                  if (TypeOf(ms[k].ref) != EntityType::kOrg || ms[k].ref == ms[after].ref) continue;
                  if (other >= 0 && !(ms[other].ref == ms[k].ref)) {
                    other = -1;
                    break;
                  }
                  other = k;
                }
              }
            }
          }
        }
      if (holder < 0 || other < 0 || holder == other) continue;
      // "US partner Biogen": a place right before the role only qualifies it.
      // ("The US division - whose marques include": the place qualifies a noun.)
      if (!korean && TypeOf(ms[other].ref) == EntityType::kPlace &&
          (Gap(ms[other].end, h.begin) == " " ||
           (ms[other].end + 1 < s.end && text[ms[other].end] == ' ' &&
            text[ms[other].end + 1] >= 'a' && text[ms[other].end + 1] <= 'z'))) {
        continue;
      }
      const Modality modality = OrgRoleModality(s, h, korean);
      std::vector<int> held = Group(ms, holder);
      const bool listing =
          !korean && holder == after &&
          (h.trigger->lower.ends_with(" include") || h.trigger->lower.ends_with(" including") ||
           h.trigger->lower.ends_with(" such as"));
      if (listing && held.size() == 1) held = ListWithKindNouns(ms, holder);
      // "Boots, Burberry and consumer products giant Procter & Gamble": the
      // last item of the list described by a few lower-case words.
      if (listing && held.back() + 1 < static_cast<int>(ms.size())) {
        const int last = held.back();
        std::string_view g = Gap(ms[last].tail_end, ms[last + 1].begin);
        if (g.starts_with(",")) g.remove_prefix(1);
        if (g.starts_with(" and ") && g.size() > 5) {
          const std::string_view desc = g.substr(5);
          const std::vector<std::string_view> dw = Words(desc);
          bool lower = desc.back() == ' ' && !dw.empty() && dw.size() <= 3;
          for (char c : desc) lower &= c == ' ' || c == '-' || (c >= 'a' && c <= 'z');
          if (lower && dw.front() != "other") held.push_back(last + 1);
        }
      }
      for (int g : held) {
        if (h.trigger->inverse) {
          out->push_back({other, g, h.trigger->value, modality});
        } else {
          out->push_back({g, other, h.trigger->value, modality});
        }
      }
    }
  }

  void VerbRelationsKo(const Sentence& s, const std::vector<RawMention>& ms,
                       std::vector<Found>* out) {
    const int n = static_cast<int>(ms.size());
    // Subjects of relative clauses ("머스크가 이끄는 스페이스X") belong to that
    // clause, not to the sentence's later predicates.
    std::vector<bool> consumed(n, false);
    for (const Hit& h : FindTriggers(TriggerKind::kVerb, s, true, ms)) {
      const std::string& type = h.trigger->value;
      // "안드로이드 운영체제": the noun for an operating system, no verb.
      if (h.trigger->form == "운영" && StartsWithAt(text, h.end, "체제")) continue;
      const bool symmetric = IsSymmetricRelation(type);
      const Modality modality = ClauseModality(s, h.begin, h.end, true);
      // The rest of the word after the trigger: adnominal endings make a
      // relative clause whose head is the next name ("베이조스가 창업한 블루오리진").
      size_t word_end = h.end;
      while (word_end < s.end && text[word_end] != ' ' && text[word_end] != ',') ++word_end;
      const std::string_view ending = Gap(h.end, word_end);
      static constexpr std::string_view kAdnominal[] = {
          "한",   "하는", "할",        "하던",  "했던", "해온", "된", "되는", "될",
          "중인", "",     "하고 있는", "해 온", "시킨", "인",   "는", "던",   "은"};
      static constexpr std::string_view kPassive[] = {"된", "되는", "될", "됐", "되"};
      bool adnominal = false, passive = false;
      for (std::string_view e : kAdnominal) adnominal |= ending == e;
      for (std::string_view e : kPassive) passive |= ending.starts_with(e);
      if (ending.empty()) adnominal = h.trigger->form == "세운";
      // "개발 중인 노바", "투자 중이던 X": the ending as a word of its own.
      if (ending.empty() && word_end < s.end && text[word_end] == ' ') {
        size_t next_end = word_end + 1;
        while (next_end < s.end && text[next_end] != ' ' && text[next_end] != ',') ++next_end;
        const std::string_view next = Gap(word_end + 1, next_end);
        if (next == "중인" || next == "중이던" || next == "중이었던") {
          adnominal = true;
          word_end = next_end;
        }
      }
      int before = -1, head = -1;
      for (int k = 0; k < n; ++k) {
        if (ms[k].end <= h.begin) before = k;
        if (ms[k].begin >= word_end && head < 0) head = k;
      }
      if (adnominal && head >= 0) {
        const std::string_view gap = Gap(word_end, ms[head].begin);
        bool plain = gap.size() <= 48 && gap.find(',') == std::string_view::npos;
        int words_between = 0;
        for (std::string_view w : Words(gap)) {
          ++words_between;
          std::string_view core = w;
          while (!core.empty() && (core.back() == '\'' || core.back() == '*'))
            core.remove_suffix(1);
          if (HasHangul(core) && SplitParticle(core, 2).stem_bytes != core.size() &&
              !core.ends_with("인") && core != "기업" && core != "회사") {
            plain = false;
          }
        }
        if (plain && words_between <= 4 && before >= 0) {
          const RawMention& arg = ms[before];
          int src = -1, dst = -1;
          if (symmetric) {
            if (arg.role == ParticleRole::kWith || arg.role == ParticleRole::kLocative ||
                arg.role == ParticleRole::kObject) {
              src = head, dst = before;
            }
          } else if (passive &&
                     (arg.role == ParticleRole::kLocative || arg.role == ParticleRole::kSubject)) {
            src = before, dst = head;  // "삼성에 인수된 하만"
          } else if (IsSubjectRole(arg.role)) {
            src = before, dst = head;  // "베이조스가 창업한 블루오리진"
          } else if (arg.role == ParticleRole::kObject || arg.role == ParticleRole::kLocative) {
            src = head, dst = before;  // "하만을 인수한 삼성"
          }
          if (src >= 0) {
            if (src == before) consumed[before] = true;
            for (int g : Group(ms, head, /*with_joins=*/true)) {
              if (src == head) {
                out->push_back({g, dst, type, modality});
              } else {
                out->push_back({src, g, type, modality});
              }
            }
            continue;
          }
        }
      }
      // "T는 A와 (…) B가 공동으로 개발한 게임이다": the topic is what the
      // relative clause's subject made; joint makers are partners.
      if (adnominal && !symmetric && !passive && head < 0 && before >= 1 &&
          ms[before].role == ParticleRole::kSubject &&
          Words(Gap(ms[before].tail_end, h.begin)).size() <= 1) {
        int topic = -1;
        for (int k = 0; k < before; ++k) {
          if (ms[k].role == ParticleRole::kTopic) {
            topic = k;
            break;
          }
        }
        std::string_view rest = TrimAsciiSpace(Gap(word_end, s.end));
        while (!rest.empty() &&
               (rest.back() == '.' || IsQuote(CpAt(rest, PrevCp(rest, rest.size())))))
          rest.remove_suffix(rest.back() == '.' ? 1 : 3);
        const bool copula_end = rest.size() <= 90 && rest.ends_with("다") &&
                                rest.find(',') == std::string_view::npos &&
                                (rest.ends_with("이다") || Words(rest).size() <= 4);
        if (topic >= 0 && copula_end) {
          std::vector<int> makers = {before};
          const bool jointly = StartsWithAt(text, ms[before].tail_end, " 공동") ||
                               StartsWithAt(text, ms[before].tail_end, " 함께");
          for (int j = before - 1; j > topic; --j) {
            // "모티프와 일본 게임사 코에이테크모게임스가": a place word between.
            if (ms[j].role == ParticleRole::kNone && TypeOf(ms[j].ref) == EntityType::kPlace) {
              continue;
            }
            if (ms[j].role != ParticleRole::kWith) break;
            const std::vector<std::string_view> between =
                Words(Gap(ms[j].tail_end, ms[makers.back()].begin));
            if (between.size() > 3) break;
            bool plain = true;
            for (std::string_view w : between) {
              plain = plain && HasHangul(w) && SplitParticle(w, 2).stem_bytes == w.size();
            }
            if (!plain) break;
            makers.push_back(j);
          }
          for (int m : makers) {
            out->push_back({m, topic, type, modality});
            if (jointly && m != before) out->push_back({m, before, "PARTNERS_WITH", modality});
          }
          consumed[before] = true;
          continue;
        }
      }
      // Finite or nominal predicate: agent marked as subject or topic.
      size_t clause_begin = h.begin;
      while (clause_begin > s.begin && text[clause_begin - 1] != ',') --clause_begin;
      // The agent: subject or topic in the trigger's clause, then 도 there
      // ("오픈AI도 ... 경쟁"), then a subject or topic earlier in the sentence.
      int agent = -1;
      for (int pass = 0; pass < 3 && agent < 0; ++pass) {
        for (int k = before; k >= 0; --k) {
          if (pass < 2 && ms[k].begin < clause_begin) break;
          if (consumed[k]) continue;
          const bool fits =
              pass == 1 ? (ms[k].role == ParticleRole::kAlso && StartsWithAt(text, ms[k].end, "도"))
                        : IsSubjectRole(ms[k].role);
          if (fits) {
            agent = k;
            break;
          }
        }
      }
      std::vector<int> coagents;
      std::vector<int> objects;
      for (int k = 0; k <= before; ++k) {
        if (k == agent) continue;
        if (ms[k].begin < clause_begin) continue;
        const ParticleRole r = ms[k].role;
        if (r == ParticleRole::kWith && StartsWithAt(text, ms[k].tail_end, " 함께")) {
          coagents.push_back(k);
          continue;
        }
        if (k < agent && r != ParticleRole::kWith) continue;
        // "가람증권은 누리조선에 대해 ... 투자로 ... 목표주가를": the topic of
        // an opinion, not the target of the predicate.
        if (r == ParticleRole::kLocative && (StartsWithAt(text, ms[k].tail_end, " 대해") ||
                                             StartsWithAt(text, ms[k].tail_end, " 대한") ||
                                             StartsWithAt(text, ms[k].tail_end, " 관해") ||
                                             StartsWithAt(text, ms[k].tail_end, " 관한"))) {
          continue;
        }
        const bool fits =
            symmetric ? (r == ParticleRole::kWith || (r == ParticleRole::kLocative && k > agent) ||
                         (type == "COMPETES_WITH" && r == ParticleRole::kObject && k > agent))
            : type == "INVESTS_IN"
                ? (r == ParticleRole::kLocative || r == ParticleRole::kObject ||
                   r == ParticleRole::kCopula)
                : (r == ParticleRole::kObject ||
                   (r == ParticleRole::kNone && SmallGap(Gap(ms[k].end, h.begin), 1)));
        if (fits) objects.push_back(k);
      }
      if (!symmetric && objects.size() > 1) objects.erase(objects.begin(), objects.end() - 1);
      if (objects.empty() && !symmetric && before > agent && before >= 0 &&
          ms[before].begin >= clause_begin &&
          (ms[before].role == ParticleRole::kNone || ms[before].role == ParticleRole::kAlso) &&
          h.begin - ms[before].end <= 16) {
        // "xAI 또한 운영 중이다": the last name right before the predicate.
        objects.push_back(before);
      }
      if (objects.empty() && !symmetric) {
        // "지분 투자를 ... 스톡의 지배 지분을 확보": the target after the trigger.
        for (int k = before + 1; k < n; ++k) {
          if (ms[k].begin > h.end + 80) break;
          if (ms[k].role == ParticleRole::kPossessive || ms[k].role == ParticleRole::kObject) {
            if (type == "INVESTS_IN" || type == "ACQUIRES") objects.push_back(k);
            break;
          }
        }
      }
      if (agent < 0 && symmetric && !objects.empty()) {
        // "스톡과의 잠재적 파트너십은 알트만을 ...": the one the clause is about.
        for (int k = before + 1; k < n; ++k) {
          if (ms[k].role == ParticleRole::kObject || IsSubjectRole(ms[k].role)) {
            agent = k;
            break;
          }
        }
      }
      if (agent < 0) continue;
      if (h.trigger->inverse) {
        // "메가존클라우드는 MBK파트너스 등으로부터 자금을 조달했다": the
        // sources invest in the agent.
        for (int k = 0; k < n; ++k) {
          if (k == agent || ms[k].role != ParticleRole::kFrom) continue;
          // "MBK파트너스와 IMM프라이빗에쿼티 등으로부터": A와 B joined as sources.
          std::vector<int> sources = Group(ms, k, /*with_joins=*/true);
          // "A와 B(PE) 등 대형 사모펀드 운용사와 C 등으로부터": an earlier part of
          // the list, closed by "등 <kind>와", holds sources too.
          for (int j = sources.front() - 1; j >= 0 && j != agent; --j) {
            if (!ListContinues(Gap(ms[j].tail_end, ms[j + 1].begin))) break;
            for (int g : Group(ms, j, /*with_joins=*/true)) {
              if (std::find(sources.begin(), sources.end(), g) == sources.end()) {
                sources.push_back(g);
              }
            }
            j = *std::min_element(sources.begin(), sources.end());
          }
          for (int g : sources) {
            if (g != agent) out->push_back({g, agent, type, modality});
          }
        }
        continue;
      }
      std::vector<int> agents = Group(ms, agent);
      // "알트만과 오픈AI는 계약을 체결했다": A과 B는 right next to each other
      // are joint subjects. With a partner elsewhere in the clause, both act
      // on it; without one, they act together (but a person and an
      // organisation together are an affiliation, not a partnership).
      if (symmetric) {
        std::vector<int> joint;
        for (int o : objects) {
          if (ms[o].role == ParticleRole::kWith && o + 1 == agent &&
              Gap(ms[o].tail_end, ms[agent].begin) == " ") {
            joint.push_back(o);
          }
        }
        if (!joint.empty() && joint.size() < objects.size()) {
          for (int j : joint) {
            objects.erase(std::find(objects.begin(), objects.end(), j));
            agents.push_back(j);
          }
        } else if (!joint.empty()) {
          const EntityType ta = TypeOf(ms[agent].ref);
          for (int j : joint) {
            if ((ta == EntityType::kPerson) != (TypeOf(ms[j].ref) == EntityType::kPerson)) {
              objects.erase(std::find(objects.begin(), objects.end(), j));
            }
          }
        }
      }
      for (int c : coagents) {
        agents.push_back(c);
        out->push_back({agent, c, "PARTNERS_WITH", modality});
      }
      // "머스크가 스페이스X와 xAI 합병설을 시인했다": the two merging parties
      // are named together; the subject only speaks of the merger.
      if (h.trigger->form == "합병") {
        objects.erase(std::remove_if(objects.begin(), objects.end(),
                                     [&](int o) {
                                       return o > 0 && ms[o - 1].role == ParticleRole::kWith &&
                                              Gap(ms[o - 1].tail_end, ms[o].begin) == " ";
                                     }),
                      objects.end());
      }
      for (int a : agents) {
        for (int o : objects) {
          for (int g : Group(ms, o)) {
            if (g != a) out->push_back({a, g, type, modality});
          }
        }
      }
    }
  }

  // True for the words between two parts of one Korean list: "(PE) 등 대형
  // 사모펀드(PEF) 운용사와 " — parentheses, "등", up to three plain nouns,
  // and a last noun that ends in 와/과 (a kind: "운용사와").
  static bool ListContinues(std::string_view gap) {
    if (gap.size() > 80) return false;
    std::string plain;
    int depth = 0;
    for (char c : gap) {
      if (c == '(') ++depth;
      if (depth == 0) plain.push_back(c);
      if (c == ')' && depth > 0) --depth;
    }
    const std::vector<std::string_view> words = Words(plain);
    // ("등" may be read with the name already, as part of its tail.)
    const size_t first = !words.empty() && words.front() == "등" ? 1 : 0;
    if (words.size() < first + 1 || words.size() > first + 4) return false;
    const std::string_view last = words.back();
    if (!(last.ends_with("와") || last.ends_with("과")) || CountHangul(last) < 2) return false;
    for (size_t i = first; i + 1 < words.size(); ++i) {
      const std::string_view w = words[i];
      if (!HasHangul(w) || w.find_first_of(",.'\"") != std::string_view::npos ||
          SplitParticle(w, 2).stem_bytes != w.size()) {
        return false;
      }
    }
    return true;
  }

  void VerbRelationsEn(const Sentence& s, const std::vector<RawMention>& ms,
                       std::vector<Found>* out) {
    const int n = static_cast<int>(ms.size());
    for (const Hit& h : FindTriggers(TriggerKind::kVerb, s, false, ms)) {
      const std::string& type = h.trigger->value;
      Modality modality = ClauseModality(s, h.begin, h.end, false, /*verb=*/true);
      // "may now turn to deepening its ties with X": what is deepened,
      // strengthened or extended exists already.
      if (modality == Modality::kConsidered && type == "PARTNERS_WITH") {
        const size_t from = h.begin >= s.begin + 32 ? h.begin - 32 : s.begin;
        const std::string_view pre = std::string_view(lower_text).substr(from, h.begin - from);
        for (std::string_view v :
             {"deepen", "strengthen", "extend", "expand", "existing", "renew"}) {
          if (pre.find(v) != std::string_view::npos) modality = Modality::kAsserted;
        }
      }
      int before = -1, after = -1;
      for (int k = 0; k < n; ++k) {
        if (ms[k].end <= h.begin) before = k;
        if (ms[k].begin >= h.end && after < 0) after = k;
      }
      // "the rivalry between Google and Yahoo": the pair after "between".
      if (h.trigger->lower.ends_with(" between")) {
        if (after >= 0 && Gap(h.end, ms[after].begin) == " ") {
          const std::vector<int> pair = Group(ms, after);
          for (size_t x = 1; x < pair.size(); ++x) {
            out->push_back({pair[0], pair[x], type, modality});
          }
        }
        continue;  // ("the battle between satellite and cable": no names)
      }
      if (before < 0) continue;
      // "US partner Biogen": a place right before the word only qualifies it.
      if (TypeOf(ms[before].ref) == EntityType::kPlace && Gap(ms[before].end, h.begin) == " ") {
        continue;
      }
      // "Sumitomo, Japan's third-largest bank, tabled an offer": a place's
      // possessive in an apposition; the subject is the name before it.
      if (before >= 1 && TypeOf(ms[before].ref) == EntityType::kPlace &&
          (StartsWithAt(text, ms[before].end, "'s ") ||
           StartsWithAt(text, ms[before].end, "’s ")) &&
          Gap(ms[before - 1].tail_end, ms[before].begin) == ", ") {
        --before;
      }
      // "Naver tried to buy Harman but lost out to Google": a coordinated
      // predicate has the sentence's subject.
      {
        const std::string_view gap = Gap(ms[before].tail_end, h.begin);
        if (before > 0 && (gap.ends_with(" but ") || gap.ends_with(" and ")) &&
            Words(gap).size() <= 9 && Words(Gap(s.begin, ms[0].begin)).size() <= 3 &&
            !ms[0].anaphor) {
          before = 0;
        }
      }
      // "MCI accepted a buyout from Verizon, rejecting a higher offer from
      // Qwest": a participle clause after a comma has the sentence's subject.
      if (before > 0 && !ms[0].anaphor && Words(Gap(s.begin, ms[0].begin)).size() <= 3) {
        const std::string_view gap = Gap(ms[before].tail_end, h.begin);
        const size_t comma = gap.rfind(", ");
        if (comma != std::string_view::npos && gap.size() <= 80) {
          const std::vector<std::string_view> rest = Words(gap.substr(comma + 2));
          if (!rest.empty() && rest.size() <= 4 && rest[0].size() > 4 && rest[0].ends_with("ing") &&
              std::all_of(rest[0].begin(), rest[0].end(),
                          [](char c) { return c >= 'a' && c <= 'z'; })) {
            before = 0;
          }
        }
      }
      // "A announced a deal with B in a bid to usurp C": the purpose is the
      // subject's.
      if (before > 0 && !ms[0].anaphor && Words(Gap(s.begin, ms[0].begin)).size() <= 3) {
        const std::string_view gap = Gap(ms[before].tail_end, h.begin);
        if ((gap.ends_with(" in a bid to ") || gap.ends_with(" in an effort to ") ||
             gap.ends_with(" in order to ")) &&
            Words(gap).size() <= 8) {
          before = 0;
        }
      }
      // "Fitbit, which Google bought in 2021": the object comes before.
      if (before >= 1 && type != "LEADS" &&
          (Gap(ms[before - 1].tail_end, ms[before].begin) == ", which " ||
           Gap(ms[before - 1].tail_end, ms[before].begin) == ", that ")) {
        const std::string_view aux = Gap(ms[before].tail_end, h.begin);
        bool no_object =
            after < 0 || Gap(h.end, ms[after].begin).find(',') != std::string_view::npos;
        if (no_object && (aux == " " || aux == " has " || aux == " had " || aux == " later ")) {
          out->push_back({before, before - 1, type, modality});
          continue;
        }
      }
      // "Ferrari, in which Fiat owns a stake": the object comes before.
      if (type != "LEADS" && before >= 1 && after < 0 &&
          (Gap(ms[before - 1].tail_end, ms[before].begin) == ", in which " ||
           Gap(ms[before - 1].tail_end, ms[before].begin) == " - in which " ||
           Gap(ms[before - 1].tail_end, ms[before].begin) == " – in which ")) {
        out->push_back({before, before - 1, type, modality});
        continue;
      }
      // "The media giant, run by Rupert Murdoch, owns ...": the subject is
      // the name before a parenthetical clause that ends right before the verb.
      // "Naver, which bought Harman last year, will partner with": the
      // aside may end with a few lower-case words after its last name.
      const std::string_view to_verb = Gap(ms[before].tail_end, h.begin);
      const size_t close = to_verb.rfind(", ");
      bool aside_ends = false;
      // ("Yugansk, which was swallowed up by Rosneft": the verb is inside
      // the relative clause, whose subject is Yugansk.)
      const std::string_view after_close =
          close != std::string_view::npos ? to_verb.substr(close + 2) : std::string_view();
      const bool relative = after_close.starts_with("which ") || after_close.starts_with("who ") ||
                            after_close.starts_with("that ");
      if (before >= 1 && close != std::string_view::npos && close <= 16 && !relative) {
        const std::string_view inside = to_verb.substr(0, close);
        aside_ends =
            Words(to_verb.substr(close + 2)).size() <= 3 &&
            std::all_of(inside.begin(), inside.end(), [](char c) {
              return c == ' ' || c == '-' || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            });
      }
      if (aside_ends) {
        const size_t open = text.rfind(", ", ms[before].begin);
        if (open != std::string_view::npos && open >= s.begin) {
          for (int k = before - 1; k >= 0; --k) {
            if (ms[k].tail_end <= open) {
              // "Naver, facing competition from the likes of Google, tried to":
              // a longer aside when it opens with a participle.
              const std::string_view aside = Gap(ms[k].tail_end, ms[before].begin);
              const std::vector<std::string_view> aw =
                  Words(aside.starts_with(", ") ? aside.substr(2) : aside);
              const bool participle = !aw.empty() &&
                                      (aw[0].ends_with("ing") || aw[0].ends_with("ed") ||
                                       aw[0] == "which" || aw[0] == "who" || aw[0] == "whose") &&
                                      aside.size() <= 60;
              if (ms[k].tail_end == open && (aside.size() <= 24 || participle)) {
                before = k;
              }
              break;
            }
          }
        }
      }
      // "overtake Israel's Teva": a place that only qualifies the next name.
      if (after >= 0 && after + 1 < n && TypeOf(ms[after].ref) == EntityType::kPlace) {
        const std::string_view g = Gap(ms[after].end, ms[after + 1].begin);
        // ... or "small New York software firm Giant": a place, then nouns.
        bool nouns = g.size() >= 2 && g.front() == ' ' && g.back() == ' ' && Words(g).size() <= 3;
        for (char c : g) nouns &= c == ' ' || (c >= 'a' && c <= 'z') || c == '-';
        if (g == "'s " || g == "’s " || nouns) ++after;
      }
      // "acquired 67.7% of Hexal's US affiliate Eon Labs": the unit named
      // after the possessive is the object.
      if (after >= 0 && (type == "ACQUIRES" || type == "INVESTS_IN")) {
        int j = after + 1;
        while (j < n && TypeOf(ms[j].ref) == EntityType::kPlace) ++j;
        if (j < n && ms[j].begin - ms[after].end <= 40) {
          std::string_view g = Gap(ms[after].end, ms[j].begin);
          if (g.starts_with("'s ") || g.starts_with("’s ")) {
            g.remove_prefix(g.find(' ') + 1);
            const std::vector<std::string_view> gw = Words(g);
            static const std::unordered_set<std::string_view> kUnits = {
                "unit", "affiliate", "subsidiary", "division", "arm"};
            if (!gw.empty() && gw.size() <= 3 && g.back() == ' ' && kUnits.count(gw.back())) {
              after = j;
            }
          }
        }
      }
      // The object: the first name after the trigger, within the clause.
      bool after_ok = after >= 0 && ms[after].begin - h.end <= 80 &&
                      Gap(h.end, ms[after].begin).find(". ") == std::string_view::npos;
      if (after_ok) {
        // "to buy the dip: The Dow soared": no object past a colon.
        if (Gap(h.end, ms[after].begin).find(": ") != std::string_view::npos) after_ok = false;
        // `... with a tough rival," Highfield said`: a quotation closes and
        // its speaker follows.
        size_t we = h.end;  // past the rest of a prefix form ("found" of "founded")
        while (we < ms[after].begin && IsAsciiAlnum(text[we])) ++we;
        const std::string_view span = Gap(we, ms[after].begin);
        for (std::string_view close : {",\"", ",”", ".\"", ".”", "”,", "\","}) {
          if (span.find(close) != std::string_view::npos) after_ok = false;
        }
        // "founded in 1698 - Toby Melville/Reuters": a participle with its year.
        if (type == "FOUNDED" && span.size() >= 6 && span.starts_with(" in ") &&
            IsDigit(static_cast<unsigned char>(span[4])) &&
            IsDigit(static_cast<unsigned char>(span[5])) && !h.trigger->passive &&
            span.find(" by ") == std::string_view::npos) {
          after_ok = false;
        }
        // "competition from rivals to Avonex": the rivals are not named.
        if (type == "COMPETES_WITH" &&
            (span.ends_with(" rivals to ") || span.ends_with(" rival to ") ||
             (StartsWithAt(lower_text, h.begin, "rival") && span.starts_with(" to ")))) {
          after_ok = false;
        }
      }
      if (after_ok) {
        // "took over after three bosses stood down ...": a new clause starts.
        for (std::string_view w : Words(Gap(h.end, ms[after].begin))) {
          if (w == "after" || w == "before" || w == "when" || w == "while" || w == "because" ||
              w == "who" || w == "which" || w == "said" || w == "says" || w == "although") {
            after_ok = false;
          }
        }
      }
      // The rest of a word a prefix form matched ("purchas" of "purchase").
      size_t word_end = h.end;
      while (word_end < s.end && IsAsciiAlnum(text[word_end])) ++word_end;
      const std::string_view between =
          after_ok && word_end <= ms[after].begin ? Gap(word_end, ms[after].begin) : "";
      bool passive = h.trigger->passive;
      // "the purchase of a stake by Shanda": the agent follows.
      if (!passive && after_ok && between.ends_with(" by ") && between.starts_with(" of ")) {
        passive = true;
      }
      // "was founded in 1875 by telephone pioneer X": "by" and a few nouns.
      if (!passive && after_ok && between.find(" by ") != std::string_view::npos) {
        const std::string_view pre =
            text.substr(h.begin >= 10 ? h.begin - 10 : 0, std::min<size_t>(10, h.begin));
        const std::string_view rest = between.substr(between.find(" by ") + 4);
        bool nouns = Words(rest).size() <= 3;
        for (char c : rest) nouns &= c == ' ' || (c >= 'a' && c <= 'z') || c == '-';
        passive = nouns && (pre.find(" was ") != std::string_view::npos ||
                            pre.find(" is ") != std::string_view::npos ||
                            pre.find(" been ") != std::string_view::npos);
      }
      if (!passive && after_ok && (between.starts_with(" by ") || between == " by")) {
        // "was acquired by", "is owned by": the agent follows.
        const std::string_view pre =
            text.substr(h.begin >= 10 ? h.begin - 10 : 0, std::min<size_t>(10, h.begin));
        passive = pre.find(" was ") != std::string_view::npos ||
                  pre.find(" is ") != std::string_view::npos ||
                  pre.find(" been ") != std::string_view::npos || pre.ends_with(", ");
      }
      // "A and B signed a partnership to develop X": coordinated subjects act
      // together unless a partner follows "with".
      // ("Google and its rivals Microsoft and Amazon": "its" is Google again,
      // no second subject.)
      const std::vector<int> subjects = Group(ms, before);
      bool distinct_subjects = false;
      for (int g : subjects)
        distinct_subjects |= ms[g].ref < ms[subjects[0]].ref || ms[subjects[0]].ref < ms[g].ref;
      const bool joint_subjects =
          distinct_subjects && (!after_ok || between.find("with") == std::string_view::npos);
      if (IsSymmetricRelation(type) && (!after_ok || joint_subjects)) {
        // "A and B partnered": the coordinated subjects.
        const std::vector<int> g = Group(ms, before);
        for (size_t x = 1; x < g.size(); ++x) out->push_back({g[0], g[x], type, modality});
        continue;
      }
      if (!after_ok) continue;
      // "to supply cars for sale in Japan": a place after "in" is where, not whom.
      if (TypeOf(ms[after].ref) == EntityType::kPlace &&
          (between.ends_with(" in ") || between.ends_with(" across ") ||
           between.ends_with(" throughout "))) {
        continue;
      }
      // "buy Travelers from Citigroup": the name after "from" is the seller.
      if (type == "ACQUIRES" && !h.trigger->seller &&
          (between.ends_with(" from ") || between.ends_with(" from the "))) {
        continue;
      }
      // "took over as chief executive of Google": a role, no takeover.
      if (type == "ACQUIRES" && between.starts_with(" as ")) continue;
      // "bought a 20% stake in Sina", "the purchase of a stake by Shanda": a
      // stake is an investment, not a takeover; in "buying BSkyB's 4.76%
      // holding" the holder sells.
      if (type == "ACQUIRES" && !h.trigger->seller) {
        const std::string_view whose =
            text.substr(ms[after].end, std::min<size_t>(24, s.end - ms[after].end));
        const bool stake_between = between.find(" stake") != std::string_view::npos ||
                                   between.find(" holding") != std::string_view::npos;
        bool stake_after = false;
        if (whose.starts_with("'s ") || whose.starts_with("’s ")) {
          const std::vector<std::string_view> next = Words(whose.substr(whose.find(' ') + 1));
          for (size_t k = 0; k < next.size() && k < 3; ++k) {
            stake_after |= next[k] == "stake" || next[k] == "holding";
          }
        }
        if (!passive && stake_after) continue;  // the stake's holder sells it
        if (stake_between) {
          if (passive) {
            for (int g : Group(ms, before)) out->push_back({after, g, "INVESTS_IN", modality});
          } else {
            for (int a : Group(ms, before)) out->push_back({a, after, "INVESTS_IN", modality});
          }
          continue;
        }
      }
      if ((type == "ACQUIRES" || type == "INVESTS_IN") && !passive) {
        // "buy Nvidia chips": a name that modifies a plain noun is not the object.
        const size_t e = ms[after].tail_end;
        if (e + 1 < s.end && text[e] == ' ' && text[e + 1] >= 'a' && text[e + 1] <= 'z') {
          size_t we = e + 1;
          while (we < s.end && IsAsciiAlnum(text[we])) ++we;
          static const std::unordered_set<std::string_view> kNotNouns = {
              "for",     "in",       "and",  "from",    "at",      "to",      "on",
              "last",    "this",     "with", "as",      "by",      "of",      "after",
              "or",      "but",      "over", "earlier", "next",    "said",    "says",
              "was",     "is",       "has",  "had",     "will",    "would",   "too",
              "instead", "outright", "than", "amid",    "despite", "because", "since",
              "while",   "when",     "if",   "that",    "which",   "who"};
          // "sold its Travelers insurance arm to": the name of a unit.
          // "bought the Bloglines website", "the Rhode brand": the firm itself.
          static const std::unordered_set<std::string_view> kUnitNouns = {
              "arm",    "unit",    "business", "division", "subsidiary", "operations",
              "assets", "website", "site",     "brand",    "label",      "chain",
              "studio", "studios", "firm",     "company",  "group",      "startup"};
          const std::string_view next = text.substr(e + 1, we - e - 1);
          // "Google's purchase of Fitbit closed": a verb, not a noun, follows.
          static const std::unordered_set<std::string_view> kVerbsNext = {"rose", "fell", "grew",
                                                                          "won",  "lost", "went"};
          const bool verb_next =
              (next.size() > 4 && next.ends_with("ed")) || kVerbsNext.count(next);
          bool unit = kUnitNouns.count(next) > 0;
          if (!unit && we + 1 < s.end && text[we] == ' ') {
            size_t we2 = we + 1;
            while (we2 < s.end && IsAsciiAlnum(text[we2])) ++we2;
            unit = kUnitNouns.count(text.substr(we + 1, we2 - we - 1)) > 0;
          }
          for (std::string_view w : Words(between)) {
            unit &= w == "its" || w == "the" || w == "their" || w == "a" || w == "an";
          }
          if (!kNotNouns.count(next) && !unit && !verb_next) continue;
        }
      }
      if (h.trigger->seller) {
        // "X sold Y to Z", "X agreed to sell Y to Z": Z acquires Y.
        for (int k = after + 1; k < n; ++k) {
          const std::string_view gap = Gap(ms[after].tail_end, ms[k].begin);
          if (gap.size() > 40) break;
          if (gap.ends_with(" to ") || gap == " to ") {
            for (int g : Group(ms, k)) out->push_back({g, after, type, modality});
            // "X sold its Y arm to Z": X owned Y until the sale.
            if (modality == Modality::kAsserted &&
                (between.starts_with(" its stake in ") ||
                 (between.starts_with(" its ") && Words(between).size() <= 2))) {
              out->push_back({before, after, "OWNS", Modality::kEnded});
            }
            break;
          }
        }
        continue;
      }
      // "the release of the new Claude AI tool from Anthropic": the maker is
      // named after the product (StructuralRelations), not the subject.
      if (type == "DEVELOPS" && !passive && after + 1 < n &&
          TypeOf(ms[after + 1].ref) == EntityType::kOrg &&
          IsProductFrom(Gap(ms[after].end, ms[after + 1].begin))) {
        continue;
      }
      if (passive) {
        // "founded by former Google engineers": the name only qualifies them.
        const size_t e = ms[after].tail_end;
        if (e + 1 < s.end && text[e] == ' ' && text[e + 1] >= 'a' && text[e + 1] <= 'z') {
          size_t we = e + 1;
          while (we < s.end && IsAsciiAlnum(text[we])) ++we;
          const std::string_view next = text.substr(e + 1, we - e - 1);
          if (next.size() > 3 && next.ends_with("s") && !next.ends_with("ss") && next != "was" &&
              next != "has" && next != "is") {
            continue;
          }
        }
        for (int g : Group(ms, before)) out->push_back({after, g, type, modality});
      } else {
        // "competition from the likes of Wal-Mart": the competitor follows;
        // the one who faces it is the clause's subject, not the name just
        // before ("keep up with Best Buy and competition from X").
        int subject = before;
        if (type == "COMPETES_WITH" && StartsWithAt(lower_text, h.begin, "competition") &&
            between.starts_with(" from ") && !between.ends_with(" to ") &&
            Words(between).size() <= 5 && before > 0 &&
            Gap(ms[before].tail_end, h.begin).starts_with(" and ")) {
          subject = 0;
          if (!(TypeOf(ms[0].ref) == EntityType::kOrg &&
                Words(Gap(s.begin, ms[0].begin)).size() <= 1)) {
            continue;
          }
        }
        std::vector<int> objects = Group(ms, after);
        // "... such as Federated and other retailers such as Wal-Mart".
        if (objects.back() + 1 < n) {
          const std::string_view more =
              Gap(ms[objects.back()].tail_end, ms[objects.back() + 1].begin);
          if ((more.starts_with(" and other ") || more.starts_with(", and other ")) &&
              more.ends_with(" such as ") && Words(more).size() <= 7 &&
              more.find_first_of(",.;") == (more[0] == ',' ? 0 : std::string_view::npos)) {
            for (int g : Group(ms, objects.back() + 1)) objects.push_back(g);
          }
        }
        for (int a : Group(ms, subject)) {
          for (int g : objects) out->push_back({a, g, type, modality});
        }
        // "X tried to buy Y but lost out to Z": Z won what X wanted.
        if (type == "COMPETES_WITH" && (StartsWithAt(lower_text, h.begin, "lost out to") ||
                                        StartsWithAt(lower_text, h.begin, "lose out to"))) {
          const size_t known = out->size();
          for (size_t f = 0; f < known; ++f) {
            const Found& bid = (*out)[f];
            if (bid.type == "ACQUIRES" && bid.src == before && bid.dst != after &&
                ms[bid.dst].end <= h.begin) {
              out->push_back({after, bid.dst, "ACQUIRES", Modality::kAsserted});
              break;
            }
          }
        }
      }
    }
  }

  // True when "컨소시엄" (or "공동 컨소시엄", "연합") follows byte `end`,
  // after at most a space.
  bool IsConsortiumAfter(size_t end) const {
    std::string_view rest = text.substr(end, std::min<size_t>(24, text.size() - end));
    if (rest.starts_with(" ")) rest.remove_prefix(1);
    return rest.starts_with("컨소시엄") || rest.starts_with("공동 컨소시엄") ||
           rest.starts_with("연합체");
  }

  // True for " 기업용 AI(인공지능) 솔루션 '": a short run of words without
  // punctuation or particles that ends in a product noun (and maybe a quote).
  bool EndsWithProductNoun(std::string_view gap) const {
    if (gap.empty() || gap.size() > 60 || gap.front() != ' ') return false;
    while (!gap.empty()) {
      const size_t last = PrevCp(gap, gap.size());
      if (gap.back() != ' ' && !IsQuote(CpAt(gap, last))) break;
      gap = gap.substr(0, last);
    }
    if (gap.find_first_of(",.;:!?") != std::string_view::npos) return false;
    const std::vector<std::string_view> words = Words(gap);
    if (words.empty() || words.size() > 4) return false;
    for (size_t k = 0; k + 1 < words.size(); ++k) {
      const std::string_view w = words[k];
      if (HasHangul(w) && SplitParticle(w, 2).stem_bytes != w.size() && !w.ends_with(")")) {
        return false;  // a particle: the words belong to the sentence
      }
    }
    // "국립박물관문화재단의 기념품인 '뮷즈'": the noun with the copula.
    std::string_view last = words.back();
    if (last.ends_with("인") && last.size() > 3 && !IsKoreanProductNoun(last)) {
      last.remove_suffix(3);
    }
    return IsKoreanProductNoun(last);
  }

  // "SBC's AT&T deal", "Oracle's PeopleSoft bid": the name after a
  // possessive names a deal, not a unit.
  bool IsDealNounAt(size_t at) const {
    static constexpr std::string_view kDeals[] = {" deal",        " bid",   " takeover",
                                                  " merger",      " offer", " purchase",
                                                  " acquisition", " stake", " investment"};
    for (std::string_view d : kDeals) {
      if (StartsWithAt(lower_text, at, d)) return true;
    }
    return false;
  }

  // Companies given shares of one market in one sentence compete: "D램
  // 시장에서 SK하이닉스가 점유율 36%를 차지했으며, 삼성전자가 34%, 미국
  // 마이크론이 25%", "Samsung held 34% of the market and Micron 25%".
  void MarketShareRelations(const Sentence& s, const std::vector<RawMention>& ms,
                            std::vector<Found>* out) {
    const std::string_view sent = text.substr(s.begin, s.end - s.begin);
    if (sent.find('%') == std::string_view::npos ||
        (sent.find("점유율") == std::string_view::npos &&
         std::string_view(lower_text).substr(s.begin, s.end - s.begin).find("market share") ==
             std::string_view::npos &&
         std::string_view(lower_text).substr(s.begin, s.end - s.begin).find("of the market") ==
             std::string_view::npos)) {
      return;
    }
    std::vector<int> holders;
    for (int k = 0; k < static_cast<int>(ms.size()); ++k) {
      if (TypeOf(ms[k].ref) != EntityType::kOrg) continue;
      // A percentage right after the name: particles, "점유율", "held", "had" between.
      const size_t from = ms[k].tail_end;
      const size_t to = std::min<size_t>(s.end, from + 24);
      const size_t next = k + 1 < static_cast<int>(ms.size()) ? ms[k + 1].begin : s.end;
      const std::string_view window = text.substr(from, std::min(to, next) - from);
      const size_t pct = window.find('%');
      if (pct == std::string_view::npos || pct == 0 || !IsDigit(CpAt(window, pct - 1))) continue;
      holders.push_back(k);
    }
    for (size_t a = 0; a < holders.size(); ++a) {
      for (size_t b = a + 1; b < holders.size(); ++b) {
        out->push_back({holders[a], holders[b], "COMPETES_WITH", Modality::kAsserted});
      }
    }
  }

  // A rank after another firm in one market: "MCI is the US's
  // second-biggest long distance firm after AT&T", "Zorvia, the third-largest
  // carmaker behind Toyota".
  void RankRelations(const Sentence& s, const std::vector<RawMention>& ms,
                     std::vector<Found>* out) {
    const std::string_view low = std::string_view(lower_text).substr(s.begin, s.end - s.begin);
    for (std::string_view ordinal : {"second", "third", "fourth", "fifth"}) {
      for (size_t at = low.find(ordinal); at != std::string_view::npos;
           at = low.find(ordinal, at + 1)) {
        const size_t b = s.begin + at;
        size_t e = b + ordinal.size();
        if (e >= s.end || (text[e] != '-' && text[e] != ' ')) continue;
        ++e;
        if (!StartsWithAt(lower_text, e, "biggest") && !StartsWithAt(lower_text, e, "largest")) {
          continue;
        }
        // The firm ranked: "X is the (US's) ", "X, the ".
        int subject = -1, ahead = -1;
        for (int k = 0; k < static_cast<int>(ms.size()); ++k) {
          if (ms[k].end <= b && TypeOf(ms[k].ref) == EntityType::kOrg) subject = k;
          if (ms[k].begin > e && ahead < 0) ahead = k;
        }
        if (subject < 0 || ahead < 0 || TypeOf(ms[ahead].ref) != EntityType::kOrg) continue;
        std::string_view link = Gap(ms[subject].tail_end, b);
        bool place = false;  // "Korea's": a place may stand between
        for (int k = subject + 1; k < static_cast<int>(ms.size()) && ms[k].end <= b; ++k) {
          if (TypeOf(ms[k].ref) != EntityType::kPlace) link = {};
          place = true;
        }
        bool linked = false;
        for (std::string_view verb : {" is ", ", ", " is now ", " remains ", " became ", " was "}) {
          if (link.starts_with(verb)) {
            linked = link.substr(verb.size()).starts_with("the ") || place;
            break;
          }
        }
        if (link.size() > 40 || !linked) continue;
        const std::string_view rest = Gap(e, ms[ahead].begin);
        if (rest.size() > 60 || rest.find_first_of(",.;") != std::string_view::npos ||
            !(rest.ends_with(" after ") || rest.ends_with(" behind "))) {
          continue;
        }
        out->push_back({subject, ahead, "COMPETES_WITH", Modality::kAsserted});
      }
    }
  }

  // True when the place mention `k` follows "in", "at", "from", "near",
  // "based in", or is part of a list or name that ends in a lower-case noun
  // ("the Brussels, Paris and Amsterdam exchanges").
  bool PlaceIsAdjunct(const Sentence& s, const std::vector<RawMention>& ms, int k) const {
    const size_t b = ms[k].begin;
    // "in Chicago and Pittsburgh": a later item of the list.
    if (k > 0 && TypeOf(ms[k - 1].ref) == EntityType::kPlace) {
      const std::string_view gap = Gap(ms[k - 1].tail_end, b);
      if ((gap == ", " || gap == " and " || gap == ", and ") && PlaceIsAdjunct(s, ms, k - 1)) {
        return true;
      }
    }
    for (std::string_view prep : {"in ", "at ", "from ", "near ", "In ", "At ", "From "}) {
      if (b >= s.begin + prep.size() && text.substr(b - prep.size(), prep.size()) == prep &&
          (b == s.begin + prep.size() || text[b - prep.size() - 1] == ' ')) {
        return true;
      }
    }
    // A list of places that modifies a noun: "the Brussels, Paris and Amsterdam exchanges".
    size_t e = ms[k].tail_end;
    int j = k;
    while (j + 1 < static_cast<int>(ms.size()) && TypeOf(ms[j + 1].ref) == EntityType::kPlace) {
      const std::string_view gap = Gap(ms[j].tail_end, ms[j + 1].begin);
      if (gap != ", " && gap != " and " && gap != ", and ") break;
      e = ms[++j].tail_end;
    }
    return e + 1 < s.end && text[e] == ' ' && text[e + 1] >= 'a' && text[e + 1] <= 'z' &&
           StartsWithAt(lower_text, e + 1, "exchange");
  }

  // A sentence that opens with the founding: "Founded in 1997 by its CEO
  // Jeff Ames, Zorvia (NASDAQ:ZRV) is ...", "Founded by Ann Lee and Bo Kim,
  // Zorvia makes ...": the people before the comma founded the firm after it.
  void FoundedByRelations(const Sentence& s, const std::vector<RawMention>& ms,
                          std::vector<Found>* out) {
    // (A heading may run into it: "Zorvia (ZRV) Share Price: $4.10 Founded by".)
    const std::string_view sent = text.substr(s.begin, s.end - s.begin);
    size_t start = std::string_view::npos, open = 0;
    for (std::string_view lead : {"Founded ", "Co-founded ", "Cofounded "}) {
      const size_t at = sent.find(lead);
      if (at != std::string_view::npos && at < start) {
        start = at;
        open = at + lead.size();
      }
    }
    if (start == std::string_view::npos) return;
    const size_t by = sent.find(" by ", open - 1);
    if (by == std::string_view::npos || by > open + 12) return;
    std::vector<int> people, qualifiers;
    for (int k = 0; k < static_cast<int>(ms.size()); ++k) {
      if (ms[k].anaphor || ms[k].begin < s.begin + by) continue;
      const EntityType t = TypeOf(ms[k].ref);
      if (t == EntityType::kPerson) {
        people.push_back(k);
        continue;
      }
      // The firm: the first organisation right after a comma. Others before
      // it qualify a founder ("Founded by PayPal co-founder Max Levchin, ...").
      if (t == EntityType::kOrg && ms[k].begin >= s.begin + 2 &&
          text.substr(ms[k].begin - 2, 2) == ", ") {
        if (people.empty()) return;
        // "founded by" took the qualifier for the agent: the person founded it.
        std::erase_if(*out, [&](const Found& f) {
          return ms[f.dst].ref == ms[k].ref && f.type == "FOUNDED" &&
                 std::find(qualifiers.begin(), qualifiers.end(), f.src) != qualifiers.end();
        });
        for (int p : people) out->push_back({p, k, "FOUNDED", Modality::kAsserted});
        return;
      }
      if (people.empty()) qualifiers.push_back(k);
    }
  }

  // Possessive and adjacency links that need no trigger word:
  // "머스크의 스페이스X" (LEADS), "구글의 순다르 피차이" (WORKS_FOR, LEADS when the
  // sentence calls them chiefs), "구글 '제미나이'" (DEVELOPS), "Nvidia's H100".
  void StructuralRelations(const Sentence& s, bool korean, const std::vector<RawMention>& ms,
                           std::vector<Found>* out) {
    const std::string_view sent = text.substr(s.begin, s.end - s.begin);
    const bool chiefs = sent.find("CEO") != std::string_view::npos ||
                        sent.find("최고경영자") != std::string_view::npos;
    for (int k = 0; k + 1 < static_cast<int>(ms.size()); ++k) {
      const RawMention& a = ms[k];
      const RawMention& b = ms[k + 1];
      const EntityType ta = TypeOf(a.ref), tb = TypeOf(b.ref);
      const std::string_view gap = Gap(a.end, b.begin);
      // (A quote may open the second name: "님블뉴런의 '이터널 리턴'".)
      const std::string_view tail_gap = korean ? Gap(a.tail_end, b.begin) : std::string_view();
      const bool possessive =
          (korean && a.role == ParticleRole::kPossessive &&
           (tail_gap == " " || tail_gap == " '" || tail_gap == " ‘" || tail_gap == " \"" ||
            tail_gap == " “")) ||
          (!korean && (gap == "'s " || gap == "’s " || gap == "' " || SuffixPossessive(gap)));
      // "Microsoft's new AI assistant Copilot": a possessive, then words that
      // end in a noun for a kind of product.
      bool possessive_product = false;
      if (!korean && ta == EntityType::kOrg && tb == EntityType::kProduct &&
          (gap.starts_with("'s ") || gap.starts_with("’s ")) && gap.size() <= 48) {
        const std::string_view words = gap.substr(gap.find(' '));
        possessive_product = IsProductFrom(std::string(words) + "from ");
      }
      bool adjacent = gap == " " || gap == " '" || gap == " \"" || gap == " ‘" || gap == " “";
      // "오픈AI의 기업용 AI 솔루션 '챗GPT 엔터프라이즈'", "구글 챗봇 '제미나이'":
      // the organisation, then words that end in a product noun.
      const bool described =
          korean && ta == EntityType::kOrg && tb == EntityType::kProduct &&
          (a.role == ParticleRole::kPossessive || a.role == ParticleRole::kNone) &&
          EndsWithProductNoun(Gap(a.tail_end, b.begin));
      if (ta == EntityType::kOrg && tb == EntityType::kProduct &&
          (possessive || adjacent || described || possessive_product)) {
        out->push_back({k, k + 1, "DEVELOPS", Modality::kAsserted});
      } else if (korean && ta == EntityType::kOrg && tb == EntityType::kOrg &&
                 (gap == "·" || gap == "-" || gap == "/") && IsConsortiumAfter(b.end)) {
        // "더존비즈온·퓨리오사AI 컨소시엄": members of one consortium.
        out->push_back({k, k + 1, "PARTNERS_WITH", Modality::kAsserted});
      } else if (!korean && ta == EntityType::kOrg && tb == EntityType::kOrg && gap == " and " &&
                 RivalsBefore(s.begin, a.begin)) {
        // "rival plane makers Airbus and Boeing", "rivals Visa and Mastercard".
        out->push_back({k, k + 1, "COMPETES_WITH", Modality::kAsserted});
      } else if (possessive && !korean && ta == EntityType::kOrg && tb == EntityType::kOrg &&
                 !IsDealNounAt(b.tail_end)) {
        out->push_back({k, k + 1, "PARENT_OF", Modality::kAsserted});  // "Novartis' Sandoz"
      } else if (!korean && ta == EntityType::kOrg && tb == EntityType::kOrg &&
                 (gap == "-owner " || gap == "-parent ")) {
        out->push_back({k + 1, k, gap == "-parent " ? "PARENT_OF" : "OWNS", Modality::kAsserted});
      } else if (!korean && ta == EntityType::kOrg && tb == EntityType::kOrg &&
                 QualifiedBy(gap, "-owned ")) {
        out->push_back({k, k + 1, "OWNS", Modality::kAsserted});  // "Google-owned YouTube"
      } else if (!korean && QualifiedBy(gap, "-backed ")) {
        // "SoftBank-backed X", "SoftBank-backed startup X".
        out->push_back({k, k + 1, "INVESTS_IN", Modality::kAsserted});
      } else if (!korean && ta == EntityType::kProduct && tb == EntityType::kOrg && gap == ", " &&
                 IsProductAfterPossessive(b.end, s.end)) {
        out->push_back({k + 1, k, "DEVELOPS", Modality::kAsserted});  // "Gemini, Google's chatbot"
      } else if (!korean && ta == EntityType::kProduct && tb == EntityType::kOrg &&
                 IsProductFrom(gap)) {
        out->push_back({k + 1, k, "DEVELOPS", Modality::kAsserted});  // "Claude AI tool from X"
      } else if (!korean && ta == EntityType::kProduct && tb == EntityType::kOrg &&
                 (gap == "-maker " || gap == " maker " || gap == " developer " ||
                  gap == " creator " || gap == "-owner " || gap == " owner ")) {
        out->push_back({k + 1, k, "DEVELOPS", Modality::kAsserted});  // "ChatGPT maker OpenAI"
      } else if (!korean && ta == EntityType::kPerson && tb == EntityType::kOrg &&
                 (gap == ", from " || gap == ", of " || gap == ", at " ||
                  ((gap.starts_with(", of ") || gap.starts_with(", from ")) &&
                   Words(gap).size() == 3 && IsOrgPlural(Words(gap)[2])))) {
        out->push_back({k, k + 1, "WORKS_FOR", Modality::kAsserted});  // "X, from Y bank"
      } else if (possessive && ta == EntityType::kPerson && tb == EntityType::kOrg) {
        out->push_back({k, k + 1, "LEADS", Modality::kAsserted});
      } else if (possessive && ta == EntityType::kOrg && tb == EntityType::kPerson) {
        out->push_back({k + 1, k, chiefs ? "LEADS" : "WORKS_FOR", Modality::kAsserted});
      }
    }
  }

  // " Inc.'s ", " SpA’s ": a company suffix the name left out, then "'s";
  // ".'s " after a name that ends in "Inc".
  static bool SuffixPossessive(std::string_view gap) {
    if (gap == ".'s " || gap == ".’s ") return true;  // "Google Inc" + ".'s "
    if (gap.size() < 5 || gap.front() != ' ') return false;
    for (std::string_view tail : {std::string_view("'s "), std::string_view("’s ")}) {
      if (gap.ends_with(tail)) {
        const std::string_view word = gap.substr(1, gap.size() - 1 - tail.size());
        return word.find(' ') == std::string_view::npos &&
               (IsCorporateSuffix(word) || word == "SpA" || word == "Cos." || word == "Holdings");
      }
    }
    return false;
  }

  // "rivals " or "rival" and one or two plural nouns right before `at`:
  // "rivals Visa and", "rival plane makers Airbus and".
  bool RivalsBefore(size_t sentence_begin, size_t at) const {
    std::string_view words[3];
    size_t n = 0, e = at;
    while (n < 3 && e > sentence_begin && text[e - 1] == ' ') {
      size_t b = e - 1;
      while (b > sentence_begin && IsAsciiAlnum(lower_text[b - 1])) --b;
      if (b == e - 1) break;
      words[n++] = std::string_view(lower_text).substr(b, e - 1 - b);
      e = b;
    }
    if (n == 0) return false;
    // "its rivals X and Y", "Google's rivals X and Y": rivals of another firm.
    if (words[0] == "rivals") {
      return n < 2 || (words[1] != "its" && words[1] != "their" && words[1] != "s" &&
                       words[1] != "his" && words[1] != "her" && words[1] != "our");
    }
    for (size_t k = 1; k < n; ++k) {
      if (words[k] == "rival") return words[0].ends_with("s") && words[0].size() > 3;
    }
    return false;
  }

  // True when "'s" and at most three words that end in a product noun
  // follow `at`, then punctuation: "Gemini, Google's chatbot, ...".
  bool IsProductAfterPossessive(size_t at, size_t end) const {
    if (!StartsWithAt(text, at, "'s ") && !StartsWithAt(text, at, "’s ")) return false;
    size_t b = text.find(' ', at) + 1;
    size_t e = b;
    while (e < end && e - b < 40 && text[e] != ',' && text[e] != '.' && text[e] != ';') ++e;
    if (e >= end || e - b >= 40) return false;
    std::string gap = " ";
    gap.append(text.substr(b, e - b));
    gap.append(" from ");
    return IsProductFrom(gap);
  }

  // True for " AI automation tool from ", " chatbot from ", " app from ": a
  // few lower-case words (or short acronyms) that end in a noun for a kind
  // of product, then "from": the maker follows.
  static bool IsProductFrom(std::string_view gap) {
    if (!gap.starts_with(' ') || !gap.ends_with(" from ") || gap.size() > 48) return false;
    const std::vector<std::string_view> words = Words(gap.substr(0, gap.size() - 6));
    if (words.empty() || words.size() > 4) return false;
    for (std::string_view w : words) {
      const bool lower = std::all_of(w.begin(), w.end(),
                                     [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; });
      if (!lower && !(w.size() <= 4 && IsAllCaps(w))) return false;
    }
    static const std::unordered_set<std::string_view> kProductNouns = {
        "tool",     "tools",    "model",   "models",    "chatbot", "assistant", "app",
        "software", "chip",     "chips",   "drug",      "vaccine", "service",   "platform",
        "system",   "phone",    "handset", "device",    "console", "engine",    "agent",
        "feature",  "browser",  "program", "programme", "product", "processor", "vehicle",
        "car",      "aircraft", "jet",     "game",      "series",  "film",      "brand"};
    return kProductNouns.count(words.back()) > 0;
  }

  // True for "-backed " and "-backed chip startup ": the compound, then at
  // most two lower-case nouns before the next name.
  static bool QualifiedBy(std::string_view gap, std::string_view compound) {
    if (!gap.starts_with(compound)) return false;
    const std::string_view rest = gap.substr(compound.size());
    if (rest.empty()) return true;
    if (rest.back() != ' ' || Words(rest).size() > 2) return false;
    for (char c : rest) {
      if (c != ' ' && c != '-' && !(c >= 'a' && c <= 'z')) return false;
    }
    return true;
  }

  // ---------------------------------------------------------------- anaphora

  // What English anaphors stand for: the organisation the last sentence that
  // named one was about (the first it names, usually its subject) and the
  // person named last.
  struct Antecedents {
    RawMention org, person;
    int org_entity = -1, person_entity = -1;
    // "The company" is rather the organisation the article keeps naming:
    // among those of the last sentences, the one named most so far.
    RawMention salient;
    int salient_entity = -1;
    std::unordered_map<int, int> named_count;           // entity -> names so far
    std::vector<std::pair<int, RawMention>> recent[3];  // ORGs of the last 3 sentences
    // Sentences since the last one that named an organisation: a pronoun
    // further away stands for the organisation the text is about.
    int since_org = 0;
    // `named`: how many of `ms` are names (anaphors follow them).
    // `employer[k]`: mention k is only named as a person's employer ("X, an
    // analyst at Y, said ..."); the text is not about it.
    template <typename TypeFn>
    void Update(const std::vector<RawMention>& ms, const std::vector<int>& ent, size_t named,
                TypeFn type, const std::vector<bool>& employer) {
      bool org_set = false;
      bool any_org = false;
      std::vector<std::pair<int, RawMention>> orgs;
      for (size_t k = 0; k < ms.size(); ++k) {
        if (ms[k].anaphor || k >= ent.size()) continue;
        if (k < employer.size() && employer[k]) continue;
        const EntityType t = type(static_cast<int>(k));
        if (t == EntityType::kOrg) {
          ++named_count[ent[k]];
          orgs.emplace_back(ent[k], ms[k]);
          any_org = true;
        }
        if (t == EntityType::kOrg && !org_set) {
          org = ms[k];
          org_entity = ent[k];
          org_set = true;
        }
        if (t == EntityType::kPerson) {
          person = ms[k];
          person_entity = ent[k];
        }
      }
      (void)named;
      if (!any_org) {
        ++since_org;
        return;
      }
      since_org = 0;
      recent[2] = std::move(recent[1]);
      recent[1] = std::move(recent[0]);
      recent[0] = std::move(orgs);
      int best = -1;
      for (const auto& list : recent) {
        for (const auto& [e, m] : list) {
          if (best < 0 || named_count[e] > named_count[best]) {
            best = e;
            salient = m;
          }
        }
      }
      salient_entity = best;
    }
  };

  // True when `phrase` ("shell company", lower case, with at least one
  // word before the noun) occurs in the sentence before `s` after "a" or
  // "an" and at most two more words: an unnamed firm the text introduced.
  bool IntroducedJustBefore(const Sentence& s, std::string_view phrase) const {
    if (phrase.find(' ') == std::string_view::npos) return false;
    const int si = IndexOf(s);
    if (si == 0) return false;
    const Sentence& prev = sentences[si - 1];
    const std::string_view low =
        std::string_view(lower_text).substr(prev.begin, prev.end - prev.begin);
    for (size_t at = low.find(phrase); at != std::string_view::npos;
         at = low.find(phrase, at + 1)) {
      const std::vector<std::string_view> before =
          Words(low.substr(at >= 40 ? at - 40 : 0, std::min<size_t>(at, 40)));
      for (size_t k = before.size(), seen = 0; k > 0 && seen < 3; --k, ++seen) {
        const std::string_view w = before[k - 1];
        if (w == "a" || w == "an") return true;
        if (w.find_first_of(",.;") != std::string_view::npos) break;
      }
    }
    return false;
  }

  // Merges resolved anaphor mentions `add` into `ms` (with their entity
  // indexes in `ent`), keeping both ordered by start offset; a stable sort,
  // so a mention already present stays before an anaphor at the same offset.
  static void InsertAnaphors(const std::vector<std::pair<RawMention, int>>& add,
                             std::vector<RawMention>* ms, std::vector<int>* ent) {
    if (add.empty()) return;
    for (const auto& [m, entity] : add) {
      ms->push_back(m);
      ent->push_back(entity);
    }
    std::vector<size_t> order(ms->size());
    for (size_t k = 0; k < order.size(); ++k) order[k] = k;
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return (*ms)[a].begin < (*ms)[b].begin; });
    std::vector<RawMention> sorted_ms;
    std::vector<int> sorted_ent;
    for (size_t k : order) {
      sorted_ms.push_back((*ms)[k]);
      sorted_ent.push_back((*ent)[k]);
    }
    *ms = std::move(sorted_ms);
    *ent = std::move(sorted_ent);
  }

  // Adds a mention for each anaphor of sentence `s` that can be resolved:
  // "the company" and "it" in subject position stand for the organisation
  // the text is about, "he"/"she" for the person named last, "its" before a
  // nominal predicate ("its acquisition of") for the organisation too.
  void AddAnaphors(const Sentence& s, const Antecedents& ante, std::vector<RawMention>* ms,
                   std::vector<int>* ent) {
    if (ms->empty() && ante.org_entity < 0 && ante.person_entity < 0) return;
    const std::string_view low = std::string_view(lower_text).substr(s.begin, s.end - s.begin);
    const size_t n = ms->size();
    std::vector<std::pair<RawMention, int>> add;
    auto word_end = [&](size_t i) {
      while (i < low.size() && (IsAsciiAlnum(low[i]) || low[i] == '-')) ++i;
      return i;
    };
    auto inside_name = [&](size_t b, size_t e) {
      for (size_t k = 0; k < n; ++k) {
        if (s.begin + b < (*ms)[k].end && s.begin + e > (*ms)[k].begin) return true;
      }
      return false;
    };
    // Records the anaphor at sentence offsets [b, e) as a mention of `m`'s entity.
    auto add_anaphor = [&](const RawMention& m, int entity, size_t b, size_t e) {
      RawMention a = m;
      a.begin = s.begin + b;
      a.end = a.tail_end = s.begin + e;
      a.role = ParticleRole::kNone;
      a.anaphor = true;
      add.emplace_back(a, entity);
    };
    // The organisation an anaphor at `at` stands for: a name it is in
    // apposition to, else the sentence's subject named before it, else the
    // organisation of the sentences before.
    auto org_for = [&](size_t at, bool subject, bool definite, int* entity) -> const RawMention* {
      for (size_t k = 0; k < n; ++k) {
        const RawMention& m = (*ms)[k];
        if (m.end > s.begin + at) break;
        if (TypeOf(m.ref) != EntityType::kOrg) continue;
        const std::string_view gap = Gap(m.tail_end, s.begin + at);
        // The subject: the first name, at the start of the sentence ("Analysts
        // at Barclays said its ..." is not about Barclays).
        // "Shares in UK drinks firm X rose on talk that it could ...": the
        // firm whose shares open the sentence is what it is about.
        const std::string_view lead = Gap(s.begin, m.begin);
        const bool starts =
            Words(lead).size() <= 1 ||
            ((lead.starts_with("Shares in ") || lead.starts_with("Shares of ")) &&
             lead.find_first_of(",.;") == std::string_view::npos && Words(lead).size() <= 8);
        // (Places before it only qualify: "Shares in UK drinks firm X".)
        bool first = true;
        for (size_t j = 0; j < k && first; ++j) first = TypeOf((*ms)[j].ref) == EntityType::kPlace;
        if ((k == 0 && subject && starts) ||
            (first && k > 0 && subject && starts && lead.starts_with("Shares ")) || gap == ", " ||
            gap == " - " || gap == " — ") {
          *entity = (*ent)[k];
          return &m;
        }
      }
      if ((definite || ante.since_org >= 1) && ante.salient_entity >= 0) {
        *entity = ante.salient_entity;
        return &ante.salient;
      }
      if (ante.org_entity < 0) return nullptr;
      *entity = ante.org_entity;
      return &ante.org;
    };
    auto person_for = [&](size_t at, int* entity) -> const RawMention* {
      const RawMention* best = nullptr;
      for (size_t k = 0; k < n; ++k) {
        const RawMention& m = (*ms)[k];
        if (m.end > s.begin + at) break;
        if (TypeOf(m.ref) == EntityType::kPerson) {
          best = &m;
          *entity = (*ent)[k];
        }
      }
      if (best != nullptr) return best;
      if (ante.person_entity < 0) return nullptr;
      *entity = ante.person_entity;
      return &ante.person;
    };
    for (size_t i = 0; i < low.size();) {
      if (!(low[i] >= 'a' && low[i] <= 'z') || (i > 0 && IsAsciiAlnum(low[i - 1]))) {
        ++i;
        continue;
      }
      const size_t e = word_end(i);
      const std::string_view w = low.substr(i, e - i);
      if (w != "the" && w != "it" && w != "its" && w != "he" && w != "she") {
        i = e;
        continue;
      }
      size_t end = 0;
      bool org = false;
      auto subject = [&] {
        const std::string_view before = low.substr(0, i);
        return before.empty() || before.ends_with(", ") || before.ends_with("said ") ||
               before.ends_with("says ") || before.ends_with("that ") || before.ends_with("and ") ||
               before.ends_with("when ") || before.ends_with("after ") || before.ends_with("as ") ||
               before.ends_with("but ") || before.ends_with("because ") ||
               before.ends_with("while ") || before.ends_with("\" ");
      };
      if (w == "the") {
        size_t q = e;
        for (int words = 0; words < 3; ++words) {
          if (q + 1 >= low.size() || low[q] != ' ') break;
          const size_t e2 = word_end(q + 1);
          if (e2 == q + 1) break;
          const std::string_view w2 = low.substr(q + 1, e2 - q - 1);
          const std::string_view orig = text.substr(s.begin + q + 1, e2 - q - 1);
          if (IsAnaphorNoun(w2)) {
            // "the carmaker Nissan", "the company's" stay; "the group of" does not refer.
            const bool named_next =
                e2 + 1 < low.size() && low[e2] == ' ' && IsUpper(text[s.begin + e2 + 1]);
            // "Yugansk was sold to a little-known shell company. The shell
            // company was then bought by ...": a noun phrase the text has
            // just introduced with "a" is that unnamed firm.
            const bool introduced =
                e > 0 && e + 1 < e2 && IntroducedJustBefore(s, low.substr(e + 1, e2 - e - 1));
            if (!named_next && !introduced && !StartsWithAt(low, e2, " of ") &&
                !StartsWithAt(low, e2, "s")) {
              org = true;
              end = e2;
            }
            break;
          }
          const bool lower = orig[0] >= 'a' && orig[0] <= 'z';
          if (lower ? (w2 == "two" || w2 == "both" || w2 == "other" || w2 == "new" ||
                       w2 == "combined" || w2 == "merged")
                    : !IsDemonym(orig)) {
            break;
          }
          q = e2;
        }
      } else if (w == "it" || w == "he" || w == "she") {
        const bool verb_next =
            e + 1 < low.size() && low[e] == ' ' && low[e + 1] >= 'a' && low[e + 1] <= 'z';
        if (verb_next && subject()) {
          end = e;
          org = w == "it";
          if (!org) {
            int entity = -1;
            const RawMention* m = person_for(i, &entity);
            if (m != nullptr && !inside_name(i, end)) add_anaphor(*m, entity, i, end);
            i = e;
            continue;
          }
        }
      } else if (w == "its") {
        // "its acquisition of", "its $10bn takeover of": the next word or the
        // one after starts a predicate.
        size_t q = e;
        for (int words = 0; words < 2 && !org; ++words) {
          if (q + 1 >= low.size() || low[q] != ' ') break;
          for (const Hit& h : RawHits(IndexOf(s))) {
            // "its acquisition of", "its $10bn takeover of"; titles and
            // organisation roles only right after it ("its chief executive
            // X", "its customers include").
            if (h.begin == s.begin + q + 1 &&
                (h.trigger->kind == TriggerKind::kVerb ||
                 (words == 0 && h.trigger->kind == TriggerKind::kOrgRole) ||
                 (h.trigger->kind == TriggerKind::kRole &&
                  (words == 0 || StartsWithAt(low, e, " new ") ||
                   StartsWithAt(low, e, " interim ") || StartsWithAt(low, e, " acting "))))) {
              org = true;
            }
          }
          q = q + 1;
          while (q < low.size() && low[q] != ' ') ++q;
        }
        if (org) end = e;
      }
      if (org && end > 0 && !inside_name(i, end)) {
        int entity = -1;
        const RawMention* m = org_for(i, w == "its" || subject(), w == "the", &entity);
        if (m != nullptr) add_anaphor(*m, entity, i, end);
      }
      i = e;
    }
    InsertAnaphors(add, ms, ent);
  }

  // Korean words that refer back to an organisation: "회사가 개발 중인",
  // "이 회사는", "해당 기업의", "동사는". Each stands for the organisation
  // named last before it in the sentence, else the one the article keeps
  // naming (Antecedents::salient).
  void AddKoreanAnaphors(const Sentence& s, const Antecedents& ante, std::vector<RawMention>* ms,
                         std::vector<int>* ent) {
    static const std::unordered_set<std::string_view> kNouns = {"회사", "동사", "기업",
                                                                "업체", "은행", "그룹"};
    const std::vector<std::string_view>& words = SentenceWords(s);
    const size_t n = ms->size();
    std::vector<std::pair<RawMention, int>> add;
    for (size_t k = 0; k < words.size(); ++k) {
      std::string_view w = words[k];
      // Every noun above is two syllables: test them before splitting.
      if (w.size() < 9 || !kNouns.count(w.substr(0, 6))) continue;
      w = StripTrailingPunct(w);
      const ParticleSplit split = SplitParticle(w, 1);
      if (split.stem_bytes == w.size() || !kNouns.count(w.substr(0, split.stem_bytes))) continue;
      const ParticleRole role = split.role;
      if (role != ParticleRole::kSubject && role != ParticleRole::kTopic &&
          role != ParticleRole::kObject && role != ParticleRole::kPossessive) {
        continue;
      }
      // "회사" alone refers back only as a subject; the others after a
      // demonstrative: "이 기업은", "해당 업체의", "같은 회사".
      const std::string_view stem = w.substr(0, split.stem_bytes);
      const std::string_view prev = k > 0 ? words[k - 1] : std::string_view();
      const bool demonstrative = prev == "이" || prev == "해당" || prev == "같은" || prev == "그";
      if (!demonstrative &&
          !(stem == "동사" ||
            (stem == "회사" && (role == ParticleRole::kSubject || role == ParticleRole::kTopic)))) {
        continue;
      }
      const size_t b = (demonstrative ? prev.data() : w.data()) - text.data();
      const size_t e = w.data() + split.stem_bytes - text.data();
      int entity = -1;
      const RawMention* m = nullptr;
      for (size_t i = 0; i < n; ++i) {
        if ((*ms)[i].end > b) break;
        if (TypeOf((*ms)[i].ref) == EntityType::kOrg && !(*ms)[i].anaphor) {
          m = &(*ms)[i];
          entity = (*ent)[i];
        }
      }
      if (m == nullptr && ante.salient_entity >= 0) {
        m = &ante.salient;
        entity = ante.salient_entity;
      }
      if (m == nullptr) continue;
      RawMention a = *m;
      a.sentence = static_cast<int>(&s - sentences.data());
      a.begin = b;
      a.end = e;
      a.tail_end = w.data() + w.size() - text.data();
      a.role = role;
      a.anaphor = true;
      add.emplace_back(a, entity);
    }
    InsertAnaphors(add, ms, ent);
  }

  // ---------------------------------------------------------------- article

  Extraction Run(std::string_view article, std::string_view) {
    text = article;
    scratch_.clear();
    lower_text.assign(article);
    for (char& c : lower_text) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    }
    // "vice-chairman", "vice-president": match the titles as if spaced.
    for (size_t at = lower_text.find("vice-"); at != std::string::npos;
         at = lower_text.find("vice-", at + 5)) {
      if (at == 0 || !IsAsciiAlnum(lower_text[at - 1])) lower_text[at + 4] = ' ';
    }
    locals.clear();
    local_keys.clear();
    local_trie = NameTrie();
    local_aliases.clear();
    sentences = segmenter.SplitSentences(text);
    BuildSentenceCache();
    const bool mostly_hangul = MostlyHangulText();

    quoted_retry.clear();
    if (options.discover_entities) {
      FindTermAcronyms(/*english=*/!mostly_hangul);
      for (const Sentence& s : sentences) DiscoverParenPairs(s);
      for (const Sentence& s : sentences) DiscoverOrgCues(s);
      for (const Sentence& s : sentences) DiscoverRoleNames(s);
      for (const Sentence& s : sentences) DiscoverSourceNames(s);
      if (!mostly_hangul) DiscoverEnglishNames();
    }
    if (options.discover_entities) {
      for (const Sentence& s : sentences) DiscoverQuotedProducts(s);
      for (const Sentence& s : sentences) DiscoverAffiliateNames(s);
      for (const Sentence& s : sentences) DiscoverDrugNames(s);
      for (const Sentence& s : sentences) DiscoverScriptNames(s);
    }
    // Names found next to names find more names: two rounds, then the final match.
    std::vector<RawMention> mentions;
    size_t matched_aliases = ~size_t{0};  // local aliases when `mentions` was computed
    auto match_all = [&] {
      if (local_aliases.size() == matched_aliases) return;  // nothing new to find
      mentions.clear();
      for (int si = 0; si < static_cast<int>(sentences.size()); ++si) MatchSentence(si, &mentions);
      matched_aliases = local_aliases.size();
    };
    for (int round = 0; round < (options.discover_entities ? 2 : 1); ++round) {
      match_all();
      AddShortForms(mentions);
      if (!options.discover_entities) break;
      match_all();
      const size_t locals_before = locals.size();
      for (int si = 0; si < static_cast<int>(sentences.size()); ++si) {
        DiscoverAroundMentions(si, mentions);
      }
      // Makers found next to names ("넵튠 자회사 님블뉴런") vouch for the titles
      // quoted after them ("님블뉴런의 '이터널 리턴'"); the next round matches them.
      if (round == 0 && locals.size() > locals_before) {
        const std::vector<int> retry = std::move(quoted_retry);
        for (int si : retry) DiscoverQuotedProducts(sentences[si]);
      }
    }
    match_all();

    Extraction x;
    x.sentences = sentences;
    std::map<EntityRef, int> index;
    std::vector<int> mention_entity(mentions.size(), -1);
    for (size_t m = 0; m < mentions.size(); ++m) {
      const RawMention& rm = mentions[m];
      auto it = index.find(rm.ref);
      if (it == index.end()) {
        if (x.entities.size() >= options.max_entities) continue;
        Entity e;
        if (rm.ref.local) {
          const LocalEntity& le = locals[rm.ref.index];
          e.name = le.name;
          e.type = le.type;
          for (const std::string& a : le.aliases) e.aliases.push_back({a, LangOf(a)});
        } else {
          const LexiconEntry& le = lexicon.entries()[rm.ref.index];
          e.name = le.name;
          e.type = le.type;
          e.from_dictionary = true;
          for (const std::string& a : le.aliases) e.aliases.push_back({a, LangOf(a)});
        }
        it = index.emplace(rm.ref, static_cast<int>(x.entities.size())).first;
        x.entities.push_back(std::move(e));
      }
      mention_entity[m] = it->second;
      Entity& e = x.entities[it->second];
      const std::string surface(text.substr(rm.begin, rm.end - rm.begin));
      if (std::none_of(e.aliases.begin(), e.aliases.end(),
                       [&](const Alias& a) { return a.text == surface; })) {
        e.aliases.push_back({surface, LangOf(surface)});
      }
      x.mentions.push_back({it->second, rm.sentence, rm.begin, rm.end});
    }

    // Relations, sentence by sentence.
    size_t m0 = 0;
    std::set<std::tuple<int, int, std::string, int>> seen;
    Antecedents antecedents;
    for (int si = 0; si < static_cast<int>(sentences.size()); ++si) {
      std::vector<RawMention> ms;
      std::vector<int> ent;
      while (m0 < mentions.size() && mentions[m0].sentence == si) {
        if (mention_entity[m0] >= 0) {
          ms.push_back(mentions[m0]);
          ent.push_back(mention_entity[m0]);
        }
        ++m0;
      }
      const Sentence& s = sentences[si];
      const bool korean = HasHangul(text.substr(s.begin, s.end - s.begin));
      const size_t named = ms.size();
      if (korean) {
        AddKoreanAnaphors(s, antecedents, &ms, &ent);
      } else {
        AddAnaphors(s, antecedents, &ms, &ent);
      }
      std::vector<Found> found;
      const size_t relations_before = x.relations.size();
      if (ms.size() >= 2) {
        RoleRelations(s, korean, ms, &found);
        OrgRoleRelations(s, korean, ms, &found);
        if (korean) {
          const size_t verbs_from = found.size();
          VerbRelationsKo(s, ms, &found);
          // "콰트를 운영하는 엔라이즈": a company that runs a product operates it.
          for (size_t i = verbs_from; i < found.size(); ++i) {
            Found& f = found[i];
            if (f.type == "LEADS" && TypeOf(ms[f.src].ref) == EntityType::kOrg &&
                TypeOf(ms[f.dst].ref) == EntityType::kProduct) {
              f.type = "DEVELOPS";
            }
          }
        } else {
          VerbRelationsEn(s, ms, &found);
        }
        StructuralRelations(s, korean, ms, &found);
        MarketShareRelations(s, ms, &found);
        if (!korean) RankRelations(s, ms, &found);
        if (!korean) FoundedByRelations(s, ms, &found);
      }
      std::set<std::pair<int, int>> linked;
      for (const Found& f : found) {
        const int a = ent[f.src], b = ent[f.dst];
        if (a == b) continue;
        if (!TypeFits(f.type, x.entities[a].type, x.entities[b].type)) continue;
        // "Based in Chicago, it owns ...", "the Brussels, Paris and Amsterdam
        // exchanges": an English place after a preposition or before a noun
        // is where something is, not a party.
        if (!korean && (x.entities[a].type == EntityType::kPlace ||
                        x.entities[b].type == EntityType::kPlace)) {
          const int place = x.entities[a].type == EntityType::kPlace ? f.src : f.dst;
          if (PlaceIsAdjunct(s, ms, place)) continue;
        }
        // Symmetric relations found both ways ("A partners with B" and an
        // anaphor for A) are one relation.
        const bool symmetric = IsSymmetricRelation(f.type);
        if (!seen.insert(
                     {symmetric ? std::min(a, b) : a, symmetric ? std::max(a, b) : b, f.type, si})
                 .second) {
          continue;
        }
        linked.insert({std::min(a, b), std::max(a, b)});
        x.relations.push_back({a, b, f.type, f.modality, si});
      }
      std::vector<bool> employer(ms.size(), false);
      if (!korean) {
        for (const Found& f : found) {
          // ("Zorvia spokesman X said": Zorvia, named first, stays.)
          if (f.type == "WORKS_FOR" && ms[f.src].begin < ms[f.dst].begin) employer[f.dst] = true;
        }
      }
      antecedents.Update(
          ms, ent, named, [&](int k) { return TypeOf(ms[k].ref); }, employer);
      if (options.emit_cooccurrence) {
        std::vector<int> distinct;
        for (size_t k = 0; k < ent.size(); ++k) {
          if (ms[k].anaphor) continue;  // co-occurrence is about names
          const int e = ent[k];
          if (std::find(distinct.begin(), distinct.end(), e) == distinct.end() &&
              distinct.size() < options.max_cooccurring_entities) {
            distinct.push_back(e);
          }
        }
        for (size_t p = 0; p < distinct.size(); ++p) {
          for (size_t q = p + 1; q < distinct.size(); ++q) {
            const int a = std::min(distinct[p], distinct[q]),
                      b = std::max(distinct[p], distinct[q]);
            if (linked.count({a, b})) continue;
            x.relations.push_back({a, b, "MENTIONED_WITH", Modality::kAsserted, si});
          }
        }
      }
      // "이 논의는 더 이상 진행되지 않고 있다": talks just reported have ended.
      if (x.relations.size() == relations_before || found.empty())
        EndEarlierTalks(s, korean, si, &x);
    }
    AddGroupParents(&x);
    AddBidsFromNamedBidders(&x);
    AddRivalBidders(&x);
    if (mostly_hangul) AddMakerOfProductLine(&x);
    AddMakerOfUnclaimedProducts(&x);
    DropSubsumedRoles(&x);
    DropPassivePlaces(&x);
    return x;
  }

  // A person who is an organisation's CEO also leads it and works for it:
  // the more specific relation is kept ("최우형 케이뱅크 대표 ... 은행장").
  static void DropSubsumedRoles(Extraction* x) {
    auto rank = [](std::string_view type) {
      return type == "CEO_OF" ? 3 : type == "LEADS" ? 2 : type == "WORKS_FOR" ? 1 : 0;
    };
    std::map<std::tuple<int, int, Modality>, int> best;
    for (const Relation& r : x->relations) {
      const int k = rank(r.type);
      if (k == 0) continue;
      int& b = best[{r.source, r.target, r.modality}];
      b = std::max(b, k);
    }
    std::erase_if(x->relations, [&](const Relation& r) {
      const int k = rank(r.type);
      return k > 0 && k < best[{r.source, r.target, r.modality}];
    });
  }

  // A company article names its products without repeating the company:
  // "셀트리온은 ... 분석했다. 램시마SC, 유플라이마 ... 등 신규 포트폴리오가 ...".
  // When one organisation clearly leads the article (the most mentions, at
  // least three, and at least twice any other organisation's), a product
  // that no relation ties to an organisation is taken as its product
  // (DEVELOPS, evidence: the product's first sentence). Not a product named
  // as the original of a biosimilar or copy ("키트루다 바이오시밀러").
  void AddMakerOfUnclaimedProducts(Extraction* x) const {
    const int n = static_cast<int>(x->entities.size());
    std::vector<int> mentions(n, 0), first_sentence(n, -1);
    std::vector<bool> copied_original(n, false);
    for (const Mention& m : x->mentions) {
      ++mentions[m.entity];
      if (first_sentence[m.entity] < 0) first_sentence[m.entity] = m.sentence;
      std::string_view after = text.substr(m.end, std::min<size_t>(24, text.size() - m.end));
      if (after.starts_with(" 바이오시밀러") || after.starts_with(" biosimilar") ||
          after.starts_with(" 복제약")) {
        copied_original[m.entity] = true;
      }
    }
    int lead = -1, lead_count = 0, second = 0;
    for (int e = 0; e < n; ++e) {
      if (x->entities[e].type != EntityType::kOrg) continue;
      if (mentions[e] > lead_count) {
        second = lead_count;
        lead_count = mentions[e];
        lead = e;
      } else {
        second = std::max(second, mentions[e]);
      }
    }
    if (lead < 0 || lead_count < 3 || lead_count < 2 * second) return;
    std::vector<bool> claimed(n, false);
    for (const Relation& r : x->relations) {
      if (r.type == "MENTIONED_WITH") continue;
      const EntityType ts = x->entities[r.source].type, tt = x->entities[r.target].type;
      if (tt == EntityType::kProduct && ts != EntityType::kProduct) claimed[r.target] = true;
      if (ts == EntityType::kProduct && tt != EntityType::kProduct) claimed[r.source] = true;
    }
    // Not a product named in a sentence with another organisation: that one
    // may well be its maker ("스톡 스페이스의 ... 로켓 '노바'").
    std::vector<std::set<int>> orgs_in(x->sentences.size());
    for (const Mention& m : x->mentions) {
      if (x->entities[m.entity].type == EntityType::kOrg) orgs_in[m.sentence].insert(m.entity);
    }
    std::vector<bool> near_other(n, false);
    for (const Mention& m : x->mentions) {
      for (int o : orgs_in[m.sentence]) near_other[m.entity] = near_other[m.entity] || o != lead;
    }
    for (int e = 0; e < n; ++e) {
      if (x->entities[e].type != EntityType::kProduct || claimed[e] || copied_original[e] ||
          near_other[e] || first_sentence[e] < 0) {
        continue;
      }
      x->relations.push_back({lead, e, "DEVELOPS", Modality::kAsserted, first_sentence[e]});
    }
  }

  // A product whose name starts another product's name belongs to the same
  // line and maker: "오픈AI의 '챗GPT 엔터프라이즈'" ... "챗GPT" -> DEVELOPS(오픈AI,
  // 챗GPT). Only products with no maker of their own take one.
  static void AddMakerOfProductLine(Extraction* x) {
    const int n = static_cast<int>(x->entities.size());
    std::vector<int> maker(n, -1), sentence(n, 0);
    for (const Relation& r : x->relations) {
      if (r.type == "DEVELOPS" && x->entities[r.target].type == EntityType::kProduct &&
          maker[r.target] < 0) {
        maker[r.target] = r.source;
        sentence[r.target] = r.sentence;
      }
    }
    auto starts_line = [&](int p, int q) {
      for (const auto& a : x->entities[p].aliases) {
        for (const auto& b : x->entities[q].aliases) {
          if (b.text.size() > a.text.size() + 1 && b.text.starts_with(a.text) &&
              b.text[a.text.size()] == ' ') {
            return true;
          }
        }
      }
      return false;
    };
    const std::vector<int> known = maker;
    for (int p = 0; p < n; ++p) {
      if (x->entities[p].type != EntityType::kProduct || known[p] >= 0) continue;
      for (int q = 0; q < n; ++q) {
        if (q == p || known[q] < 0 || known[q] == p) continue;
        if (starts_line(p, q) || starts_line(q, p)) {
          x->relations.push_back({known[q], p, "DEVELOPS", Modality::kAsserted, sentence[q]});
          break;
        }
      }
    }
  }

  // A business group and a unit that carries its name, named in one
  // sentence: "미래에셋그룹 ... 미래에셋증권", "Samsung Group ... Samsung
  // Electronics" -> PARENT_OF(group, unit).
  void AddGroupParents(Extraction* x) const {
    static constexpr std::string_view kGroupEnds[] = {
        " Financial Group", " Group", " Holdings", "금융그룹",
        "금융지주",         "그룹",   "지주",      "홀딩스"};
    const int n = static_cast<int>(x->entities.size());
    std::vector<std::set<int>> sentences_of(n);
    for (const Mention& m : x->mentions) sentences_of[m.entity].insert(m.sentence);
    std::set<std::pair<int, int>> related;
    for (const Relation& r : x->relations) {
      if (r.type == "MENTIONED_WITH") continue;
      related.insert({std::min(r.source, r.target), std::max(r.source, r.target)});
    }
    // Organisations the article calls a group: "에코프로 그룹사의 ...".
    std::vector<bool> called_group(n, false);
    for (const Mention& m : x->mentions) {
      const std::string_view after = text.substr(m.end, std::min<size_t>(16, text.size() - m.end));
      for (std::string_view cue : {" 그룹사", " 계열사", "그룹사", "계열사"}) {
        called_group[m.entity] = called_group[m.entity] || after.starts_with(cue);
      }
    }
    for (int g = 0; g < n; ++g) {
      if (x->entities[g].type != EntityType::kOrg) continue;
      std::vector<std::string> stems;
      for (const Alias& a : x->entities[g].aliases) {
        for (std::string_view end : kGroupEnds) {
          if (!std::string_view(a.text).ends_with(end)) continue;
          const std::string_view stem =
              std::string_view(a.text).substr(0, a.text.size() - end.size());
          // Two capitals make a stem too: "CJ그룹", "SK그룹", "LG그룹".
          const bool initials =
              stem.size() >= 2 && stem.size() <= 3 &&
              std::all_of(stem.begin(), stem.end(), [](char c) { return IsUpper(c); });
          if (stem.size() > 3 || initials) stems.emplace_back(stem);
        }
        // Its own Korean name, when the article calls it a group.
        if (called_group[g] && CountHangul(a.text) >= 2) stems.push_back(a.text);
      }
      if (stems.empty()) continue;
      for (int u = 0; u < n; ++u) {
        if (u == g || x->entities[u].type != EntityType::kOrg) continue;
        if (related.count({std::min(g, u), std::max(g, u)})) continue;
        bool carries = false;
        for (const Alias& a : x->entities[u].aliases) {
          for (const std::string& stem : stems) {
            if (a.text.size() > stem.size() && a.text.compare(0, stem.size(), stem) == 0) {
              // The group's own other names ("Samsung Group Holdings") are not units.
              const std::string_view rest = std::string_view(a.text).substr(stem.size());
              bool group_name = false;
              for (std::string_view end : kGroupEnds) group_name |= rest == end;
              carries |= !group_name;
            }
          }
        }
        if (!carries) continue;
        int together = -1;
        for (int si : sentences_of[g]) {
          if (sentences_of[u].count(si)) {
            together = si;
            break;
          }
        }
        // Or a sentence that calls the unit an affiliate ("미래에셋증권과
        // 미래에셋벤처투자를 비롯한 계열사"), the group being named elsewhere.
        for (auto it = sentences_of[u].begin(); together < 0 && it != sentences_of[u].end(); ++it) {
          const Sentence& sent = x->sentences[*it];
          const std::string_view words = text.substr(sent.begin, sent.end - sent.begin);
          for (std::string_view cue : {"계열사", "자회사", "affiliate", "subsidiar"}) {
            if (words.find(cue) != std::string_view::npos) together = *it;
          }
        }
        // A group the article names as one: the unit's first sentence.
        if (together < 0 && called_group[g] && !sentences_of[u].empty()) {
          together = *sentences_of[u].begin();
        }
        if (together < 0) continue;
        x->relations.push_back({g, u, "PARENT_OF", Modality::kAsserted, together});
        related.insert({std::min(g, u), std::max(g, u)});
      }
    }
  }

  // "a higher bid from Qwest", "The bid has come from private investment
  // firm Highfields": a bid whose bidder the sentence names but whose
  // target it does not is for the target of the bid just reported (an
  // ACQUIRES in this or the two sentences before), else for the first
  // organisation of the sentence before that speaks of an offer ("X has
  // received a takeover offer"). Considered: a bid is not a deal.
  void AddBidsFromNamedBidders(Extraction* x) const {
    std::vector<std::vector<const Mention*>> by_sentence(x->sentences.size());
    for (const Mention& m : x->mentions) by_sentence[m.sentence].push_back(&m);
    auto is_org = [&](int e) { return x->entities[e].type == EntityType::kOrg; };
    std::vector<Relation> bids;
    for (int si = 0; si < static_cast<int>(x->sentences.size()); ++si) {
      const Sentence& s = x->sentences[si];
      const std::string_view low = std::string_view(lower_text).substr(s.begin, s.end - s.begin);
      if (HasHangul(text.substr(s.begin, s.end - s.begin))) continue;
      for (const Mention* m : by_sentence[si]) {
        if (!is_org(m->entity) || m->begin < s.begin + 10) continue;
        // "bid|offer [up to three words] from [up to five lower-case words] X".
        const std::string_view before = low.substr(0, m->begin - s.begin);
        const size_t from = before.rfind(" from ");
        if (from == std::string_view::npos) continue;
        const std::string_view desc = before.substr(from + 6);
        if (Words(desc).size() > 5 || desc.find_first_of(",.;\"") != std::string_view::npos)
          continue;
        const std::vector<std::string_view> head = Words(before.substr(0, from));
        bool bid = false;
        for (size_t k = head.size(), seen = 0; k > 0 && seen < 4; --k, ++seen) {
          if (head[k - 1] == "bid" || head[k - 1] == "offer") bid = true;
        }
        if (!bid) continue;
        bool has = false;
        for (const Relation& r : x->relations) {
          has |= r.type == "ACQUIRES" && r.source == m->entity && r.sentence >= si - 2 &&
                 r.sentence <= si;
        }
        if (has) continue;
        int target = -1;
        for (auto it = x->relations.rbegin(); it != x->relations.rend() && target < 0; ++it) {
          if (it->type == "ACQUIRES" && it->sentence >= si - 2 && it->sentence <= si &&
              it->source != m->entity && is_org(it->target)) {
            target = it->target;
          }
        }
        for (int p = si - 1; p >= std::max(0, si - 2) && target < 0; --p) {
          const Sentence& ps = x->sentences[p];
          const std::string_view pl =
              std::string_view(lower_text).substr(ps.begin, ps.end - ps.begin);
          // ... one that says who received the offer.
          bool received = false;
          for (std::string_view cue : {"received", "receives", "rejected", "rebuffed",
                                       "turned down", "target of", "approached"}) {
            received |= pl.find(cue) != std::string_view::npos;
          }
          if (!received || (pl.find("offer") == std::string_view::npos &&
                            pl.find("bid") == std::string_view::npos &&
                            pl.find("takeover") == std::string_view::npos &&
                            pl.find("approach") == std::string_view::npos)) {
            continue;
          }
          for (const Mention* pm : by_sentence[p]) {
            if (is_org(pm->entity) && pm->entity != m->entity) {
              target = pm->entity;
              break;
            }
          }
        }
        if (target < 0 || target == m->entity) continue;
        bids.push_back({m->entity, target, "ACQUIRES", Modality::kConsidered, si});
      }
    }
    x->relations.insert(x->relations.end(), bids.begin(), bids.end());
  }

  // Two organisations that bid for one target compete ("Euronext joins the
  // bid battle for the LSE", an offer from Deutsche Börse earlier on). At
  // least one of the bids must be open: owners one after another are no rivals.
  static void AddRivalBidders(Extraction* x) {
    std::map<int, std::vector<const Relation*>> bids;  // target -> bids
    std::set<std::pair<int, int>> related;
    for (const Relation& r : x->relations) {
      if (r.type == "MENTIONED_WITH") continue;
      related.insert({std::min(r.source, r.target), std::max(r.source, r.target)});
      if (r.type == "ACQUIRES" && x->entities[r.source].type == EntityType::kOrg &&
          (r.modality == Modality::kAsserted || r.modality == Modality::kConsidered)) {
        bids[r.target].push_back(&r);
      }
    }
    // Only bids whose bidder the sentence names: an anaphor resolved wrongly
    // would make a rival of a bystander.
    std::set<std::pair<int, int>> named;  // (entity, sentence)
    for (const Mention& m : x->mentions) named.insert({m.entity, m.sentence});
    for (auto& [target, list] : bids) {
      std::erase_if(list, [&](const Relation* r) {
        return !named.count({r->source, r->sentence});
      });
    }
    std::vector<Relation> rivals;
    for (const auto& [target, list] : bids) {
      for (size_t i = 0; i < list.size(); ++i) {
        for (size_t j = i + 1; j < list.size(); ++j) {
          const Relation& a = *list[i];
          const Relation& b = *list[j];
          const int lo = std::min(a.source, b.source), hi = std::max(a.source, b.source);
          if (lo == hi || related.count({lo, hi})) continue;
          if (a.modality != Modality::kConsidered && b.modality != Modality::kConsidered) continue;
          related.insert({lo, hi});
          rivals.push_back({a.source, b.source, "COMPETES_WITH", Modality::kAsserted,
                            std::max(a.sentence, b.sentence)});
        }
      }
    }
    x->relations.insert(x->relations.end(), rivals.begin(), rivals.end());
  }

  // Places are kept only when they act in a typed relation ("the US
  // government took a stake in Intel"); a place that only locates something
  // ("built in Japan", "서울 역삼동") would flood the graph.
  static void DropPassivePlaces(Extraction* x) {
    std::vector<bool> keep(x->entities.size(), true);
    std::vector<bool> acts(x->entities.size(), false);
    for (const Relation& r : x->relations) {
      if (r.type == "MENTIONED_WITH") continue;
      acts[r.source] = acts[r.target] = true;
    }
    bool any = false;
    for (size_t e = 0; e < x->entities.size(); ++e) {
      if (x->entities[e].type == EntityType::kPlace && !acts[e]) {
        keep[e] = false;
        any = true;
      }
    }
    if (!any) return;
    std::vector<int> index(x->entities.size(), -1);
    std::vector<Entity> entities;
    for (size_t e = 0; e < x->entities.size(); ++e) {
      if (!keep[e]) continue;
      index[e] = static_cast<int>(entities.size());
      entities.push_back(std::move(x->entities[e]));
    }
    x->entities = std::move(entities);
    std::erase_if(x->mentions, [&](const Mention& m) { return index[m.entity] < 0; });
    for (Mention& m : x->mentions) m.entity = index[m.entity];
    std::erase_if(x->relations,
                  [&](const Relation& r) { return index[r.source] < 0 || index[r.target] < 0; });
    for (Relation& r : x->relations) {
      r.source = index[r.source];
      r.target = index[r.target];
    }
  }

  void EndEarlierTalks(const Sentence& s, bool korean, int si, Extraction* x) {
    const std::string_view sent = text.substr(s.begin, s.end - s.begin);
    static constexpr std::string_view kAnaphora[] = {
        "이 논의",   "해당 논의",       "이 협상",  "해당 협상",   "이 계획",
        "the talks", "the discussions", "the deal", "those talks", "these talks",
        "The talks", "The discussions", "The deal"};
    bool ended = false;
    for (const Hit& hit : RawHits(si)) {
      if (hit.trigger->kind == TriggerKind::kCue && hit.trigger->value == "ended") ended = true;
    }
    if (!ended) return;
    bool anaphor = false;
    for (std::string_view a : kAnaphora) anaphor |= sent.find(a) != std::string_view::npos;
    if (!anaphor) return;
    // "The talks between Apple and OpenAI ended" is about its own names.
    std::set<int> named;
    for (const Mention& m : x->mentions) {
      if (m.sentence == si) named.insert(m.entity);
    }
    if (named.size() >= 2) return;
    (void)korean;
    for (Relation& r : x->relations) {
      if (r.sentence >= si - 6 && r.sentence < si && r.modality == Modality::kConsidered &&
          (r.type == "PARTNERS_WITH" || r.type == "INVESTS_IN" || r.type == "ACQUIRES")) {
        r.modality = Modality::kEnded;
      }
    }
  }

  static std::string LangOf(std::string_view s) {
    if (HasHangul(s)) return "ko";
    if (HasLatin(s)) return "en";
    return "";
  }
};

Analyzer::Analyzer(const Lexicon& lexicon, AnalyzerOptions options)
    : impl_(std::make_unique<Impl>(lexicon, options)) {}

Analyzer::~Analyzer() = default;

Extraction Analyzer::Analyze(std::string_view text, std::string_view lang) {
  return impl_->Run(text, lang);
}

std::string DumpExtraction(const Extraction& x) {
  std::string out;
  std::vector<bool> shown(x.entities.size(), false);
  for (const Mention& m : x.mentions) {
    if (shown[m.entity]) continue;
    shown[m.entity] = true;
    if (!out.empty()) out += ' ';
    out += std::string(EntityTypeName(x.entities[m.entity].type)) + "{" +
           x.entities[m.entity].name + "}";
  }
  std::set<std::string> relations;
  for (const Relation& r : x.relations) {
    if (r.type == "MENTIONED_WITH") continue;
    std::string s =
        r.type + "(" + x.entities[r.source].name + "," + x.entities[r.target].name + ")";
    if (r.modality != Modality::kAsserted) {
      s += '~';
      s += ModalityName(r.modality);
    }
    relations.insert(s);
  }
  for (const std::string& r : relations) out += " " + r;
  return out;
}

}  // namespace ng::nlp
