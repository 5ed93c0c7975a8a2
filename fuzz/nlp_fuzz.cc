// The NLP stage on arbitrary text: NormalizeText (nlp/normalize.h), then the
// Analyzer (nlp/analyzer.h) with the default lexicon, as the pipeline runs
// them. Checks the invariants db::Store::AddArticle REQUIRES: indices in
// range, offsets inside the text and on UTF-8 boundaries.
#include <memory>
#include <string>
#include <string_view>

#include "base/status.h"
#include "fuzz/fuzz_util.h"
#include "nlp/analyzer.h"
#include "nlp/lexicon.h"
#include "nlp/normalize.h"

namespace {

bool IsBoundary(std::string_view s, size_t pos) {
  return pos == s.size() || (pos < s.size() && (static_cast<unsigned char>(s[pos]) & 0xC0) != 0x80);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const ng::nlp::Lexicon* lexicon = [] {
    ng::StatusOr<ng::nlp::Lexicon> l = ng::nlp::Lexicon::LoadDefault();
    ng::fuzz::Check(l.ok(), "default lexicon does not load");
    return new ng::nlp::Lexicon(std::move(*l));
  }();
  static ng::nlp::Analyzer* analyzer = new ng::nlp::Analyzer(*lexicon);

  const std::string_view raw(reinterpret_cast<const char*>(data), size);
  const std::string text = ng::nlp::NormalizeText(raw);
  ng::fuzz::CheckUtf8(text, "NormalizeText");
  (void)ng::nlp::NameKey(raw);

  const std::string_view lang = size > 0 && (data[0] & 1) ? "ko" : "en";
  const ng::nlp::Extraction x = analyzer->Analyze(text, lang);
  const int n_entities = static_cast<int>(x.entities.size());
  const int n_sentences = static_cast<int>(x.sentences.size());
  for (const ng::nlp::Sentence& s : x.sentences) {
    ng::fuzz::Check(s.begin <= s.end && s.end <= text.size(), "sentence out of range");
    ng::fuzz::Check(IsBoundary(text, s.begin) && IsBoundary(text, s.end),
                    "sentence not on a UTF-8 boundary");
  }
  for (const ng::nlp::Entity& e : x.entities) {
    ng::fuzz::CheckUtf8(e.name, "entity name");
    ng::fuzz::Check(!e.name.empty(), "empty entity name");
    for (const ng::nlp::Alias& a : e.aliases) ng::fuzz::CheckUtf8(a.text, "alias");
  }
  for (const ng::nlp::Mention& m : x.mentions) {
    ng::fuzz::Check(m.entity >= 0 && m.entity < n_entities, "mention entity out of range");
    ng::fuzz::Check(m.sentence >= 0 && m.sentence < n_sentences, "mention sentence out of range");
    ng::fuzz::Check(m.begin <= m.end && m.end <= text.size(), "mention out of range");
    ng::fuzz::Check(IsBoundary(text, m.begin) && IsBoundary(text, m.end),
                    "mention not on a UTF-8 boundary");
  }
  for (const ng::nlp::Relation& r : x.relations) {
    ng::fuzz::Check(
        r.source >= 0 && r.source < n_entities && r.target >= 0 && r.target < n_entities,
        "relation entity out of range");
    ng::fuzz::Check(r.sentence >= 0 && r.sentence < n_sentences, "relation sentence out of range");
    ng::fuzz::Check(ng::nlp::IsRelationType(r.type), "unknown relation type", r.type);
  }
  (void)ng::nlp::DumpExtraction(x);
  return 0;
}
