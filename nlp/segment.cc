#include "nlp/segment.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include "base/utf8.h"

namespace ng::nlp {
namespace {

bool IsSpaceByte(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// Non-breaking spaces and ideographic spaces count as spaces too.
bool IsSpaceAt(std::string_view s, size_t i, size_t* len) {
  if (IsSpaceByte(s[i])) {
    *len = 1;
    return true;
  }
  if (static_cast<unsigned char>(s[i]) >= 0x80) {
    size_t j = i;
    const char32_t cp = utf8::Decode(s, &j);
    if (cp == 0xA0 || cp == 0x3000 || (cp >= 0x2000 && cp <= 0x200A)) {
      *len = j - i;
      return true;
    }
  }
  return false;
}

bool EndsInAbbreviation(std::string_view s) {
  static constexpr std::string_view kTitles[] = {"Mr.",  "Mrs.", "Ms.",  "Dr.",  "Prof.", "Sen.",
                                                 "Rep.", "Gov.", "Gen.", "St.",  "Jr.",   "Sr.",
                                                 "vs.",  "No.",  "Lt.",  "Col.", "Capt.", "Bros."};
  for (std::string_view t : kTitles) {
    if (s.size() >= t.size() && s.substr(s.size() - t.size()) == t &&
        (s.size() == t.size() || s[s.size() - t.size() - 1] == ' ')) {
      return true;
    }
  }
  // A single capital initial: "Jay Y."
  return s.size() >= 3 && s[s.size() - 1] == '.' && s[s.size() - 2] >= 'A' &&
         s[s.size() - 2] <= 'Z' && s[s.size() - 3] == ' ';
}

}  // namespace

struct Segmenter::Impl {
  SegmentOptions options;
  std::unique_ptr<icu::BreakIterator> sentences;
  std::unique_ptr<icu::BreakIterator> words;
};

Segmenter::Segmenter(SegmentOptions options) : impl_(std::make_unique<Impl>()) {
  impl_->options = options;
  UErrorCode status = U_ZERO_ERROR;
  // "ss=standard" suppresses breaks after common abbreviations (Mr., Dr., U.S.).
  impl_->sentences.reset(
      icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), status));
  if (U_FAILURE(status)) impl_->sentences.reset();
  status = U_ZERO_ERROR;
  impl_->words.reset(icu::BreakIterator::createWordInstance(icu::Locale("ko"), status));
  if (U_FAILURE(status)) impl_->words.reset();
}

Segmenter::~Segmenter() = default;

std::vector<Sentence> Segmenter::SplitSentences(std::string_view text) {
  std::vector<Sentence> out;
  const size_t cap = impl_->options.max_sentence_bytes;
  auto emit = [&](size_t b, size_t e) {
    while (b < e) {
      size_t len;
      if (IsSpaceAt(text, b, &len)) {
        b += len;
        continue;
      }
      break;
    }
    while (e > b && IsSpaceByte(text[e - 1])) --e;
    while (e > b) {
      size_t piece_end = e;
      if (e - b > cap) {
        // Cut at the last space before the cap, on a character boundary.
        piece_end = b + cap;
        while (piece_end > b && !IsSpaceByte(text[piece_end])) --piece_end;
        if (piece_end == b) {
          piece_end = b + cap;
          while (piece_end > b && (static_cast<unsigned char>(text[piece_end]) & 0xC0) == 0x80) {
            --piece_end;
          }
        }
      }
      out.push_back({b, piece_end});
      b = piece_end;
      while (b < e && IsSpaceByte(text[b])) ++b;
    }
  };
  // Lines first (a line break always ends a sentence), then ICU inside a line.
  size_t line_begin = 0;
  while (line_begin < text.size()) {
    size_t line_end = text.find('\n', line_begin);
    if (line_end == std::string_view::npos) line_end = text.size();
    if (impl_->sentences == nullptr) {
      emit(line_begin, line_end);
    } else {
      UErrorCode status = U_ZERO_ERROR;
      UText* ut = utext_openUTF8(nullptr, text.data() + line_begin,
                                 static_cast<int64_t>(line_end - line_begin), &status);
      if (U_FAILURE(status)) {
        emit(line_begin, line_end);
      } else {
        impl_->sentences->setText(ut, status);
        int32_t prev = impl_->sentences->first();
        for (int32_t pos = impl_->sentences->next(); pos != icu::BreakIterator::DONE;
             pos = impl_->sentences->next()) {
          emit(line_begin + prev, line_begin + pos);
          prev = pos;
        }
        utext_close(ut);
      }
    }
    line_begin = line_end + 1;
  }
  // ICU's suppressions miss some titles ("Dr.") and initials ("Jay Y. Lee"):
  // a sentence that ends in one continues on the same line.
  std::vector<Sentence> merged;
  for (const Sentence& s : out) {
    if (!merged.empty() &&
        EndsInAbbreviation(
            text.substr(merged.back().begin, merged.back().end - merged.back().begin)) &&
        text.substr(merged.back().end, s.begin - merged.back().end).find('\n') ==
            std::string_view::npos &&
        s.end - merged.back().begin <= cap) {
      merged.back().end = s.end;
    } else {
      merged.push_back(s);
    }
  }
  return merged;
}

std::vector<Token> Segmenter::Tokenize(std::string_view text, size_t begin, size_t end) {
  std::vector<Token> out;
  if (impl_->words == nullptr || begin >= end) return out;
  UErrorCode status = U_ZERO_ERROR;
  UText* ut =
      utext_openUTF8(nullptr, text.data() + begin, static_cast<int64_t>(end - begin), &status);
  if (U_FAILURE(status)) return out;
  impl_->words->setText(ut, status);
  int32_t prev = impl_->words->first();
  for (int32_t pos = impl_->words->next(); pos != icu::BreakIterator::DONE;
       pos = impl_->words->next()) {
    if (impl_->words->getRuleStatus() != UBRK_WORD_NONE) {
      const size_t b = begin + prev, e = begin + pos;
      // Re-join with the previous token when nothing separates them.
      if (!out.empty() && out.back().end == b) {
        out.back().end = e;
      } else {
        out.push_back({b, e});
      }
    }
    prev = pos;
  }
  utext_close(ut);
  return out;
}

}  // namespace ng::nlp
