// Sentence and word segmentation with ICU break iterators over UTF-8.
//
// Sentences: ICU's sentence rules with the "standard" abbreviation suppressions
// (so "Mr. Musk" and "Dr. Su" do not end sentences), a hard break at every
// line break, and a cap on sentence length. Words: ICU word boundaries with
// adjacent letter/number runs re-joined, so that "스페이스X와" and "오픈AI는"
// come out as one token each (ICU splits them by script).
//
// A Segmenter holds ICU iterators: not thread-safe; use one per thread.
#ifndef NEWSGRAPH_NLP_SEGMENT_H_
#define NEWSGRAPH_NLP_SEGMENT_H_

#include <memory>
#include <string_view>
#include <vector>

#include "nlp/extraction.h"

namespace ng::nlp {

struct SegmentOptions {
  // A sentence longer than this is cut at the last space before the limit
  // (tables and run-on text would otherwise cost quadratic work later).
  size_t max_sentence_bytes = 2000;
};

struct Token {
  size_t begin = 0;  // byte offsets into the text
  size_t end = 0;
};

class Segmenter {
 public:
  explicit Segmenter(SegmentOptions options = {});
  ~Segmenter();
  Segmenter(const Segmenter&) = delete;
  Segmenter& operator=(const Segmenter&) = delete;

  // Sentences of `text`, in order, trimmed of surrounding whitespace; empty
  // sentences are dropped.
  std::vector<Sentence> SplitSentences(std::string_view text);

  // Word tokens of text[begin, end): letter/number runs, re-joined across
  // script changes; punctuation and spaces are not tokens.
  std::vector<Token> Tokenize(std::string_view text, size_t begin, size_t end);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace ng::nlp

#endif  // NEWSGRAPH_NLP_SEGMENT_H_
