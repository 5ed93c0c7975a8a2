// Analyzer: finds entities and typed relations in one article's text.
//
// Entities come from the dictionary (one pass of a name trie over the text,
// Korean particles allowed after a name: "알트만은", "스페이스X와") and from
// the text itself: `한글(English)` / `English(한글)` pairs, names next to role
// words ("최고경영자(CEO) 샘 알트만", "CEO Sam Altman"), organisation cues
// ("㈜", "그룹", "Inc."), and short forms of names seen earlier in the same
// article ("알트만" after "샘 알트만", "스톡" after "스톡 스페이스").
//
// Relations come from role words, organisation roles ("구글의 모회사 알파벳"),
// and predicates whose arguments Korean particles mark (subject 은/는/이/가,
// object 을/를, partner 와/과, target 에) or English word order gives. Each
// relation carries a modality read from cue words in its clause; a later
// sentence such as "이 논의는 더 이상 진행되지 않고 있다" ends the talks
// stated just before it. Two entities in one sentence with no typed relation
// get MENTIONED_WITH.
//
// An Analyzer is not thread-safe (it owns ICU iterators): use one per thread.
// The Lexicon must outlive it.
#ifndef NEWSGRAPH_NLP_ANALYZER_H_
#define NEWSGRAPH_NLP_ANALYZER_H_

#include <memory>
#include <string_view>

#include "nlp/extraction.h"
#include "nlp/lexicon.h"
#include "nlp/segment.h"

namespace ng::nlp {

struct AnalyzerOptions {
  // Longer sentences are cut (see SegmentOptions).
  size_t max_sentence_bytes = 2000;
  // At most this many distinct entities are kept per article; later ones are
  // dropped (a list page or a table would otherwise flood the graph).
  size_t max_entities = 400;
  // MENTIONED_WITH pairs are made only among the first this-many entities of a
  // sentence.
  size_t max_cooccurring_entities = 10;
  // Find names that no dictionary has (patterns, role words, cues).
  bool discover_entities = true;
  // Emit MENTIONED_WITH for co-occurring entities without a typed relation.
  bool emit_cooccurrence = true;
};

class Analyzer {
 public:
  explicit Analyzer(const Lexicon& lexicon, AnalyzerOptions options = {});
  ~Analyzer();
  Analyzer(const Analyzer&) = delete;
  Analyzer& operator=(const Analyzer&) = delete;

  // REQUIRES: `text` is valid UTF-8, normalised with NormalizeText.
  // `lang` is a hint ("ko", "en" or ""); each sentence's script decides too.
  Extraction Analyze(std::string_view text, std::string_view lang = "");

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Compact, stable text form of an extraction for tests and debugging:
// `PERSON{Sam Altman} ORG{OpenAI} CEO_OF(Sam Altman,OpenAI)`; entities in
// order of first mention, then relations (MENTIONED_WITH left out), with
// `~considered`/`~ended`/`~negated` after a relation that is not asserted.
std::string DumpExtraction(const Extraction& extraction);

}  // namespace ng::nlp

#endif  // NEWSGRAPH_NLP_ANALYZER_H_
