// Text normalisation with ICU: NFKC for article text, and name keys that make
// "SK Hynix", "SK hynix" and "SK-hynix" (or "스톡 스페이스" and "스톡스페이스")
// compare equal. Thread-safe: ICU normalizer instances are immutable singletons.
#ifndef NEWSGRAPH_NLP_NORMALIZE_H_
#define NEWSGRAPH_NLP_NORMALIZE_H_

#include <string>
#include <string_view>

namespace ng::nlp {

// NFKC-normalises UTF-8 text (full-width Latin becomes ASCII, compatibility
// Jamo compose) and turns CR LF / CR into LF and other control characters and
// exotic spaces into plain spaces. Invalid UTF-8 becomes U+FFFD first.
std::string NormalizeText(std::string_view text);

// True for characters a name key skips: spaces, hyphens, dots, middle dots,
// apostrophes, ampersand-free punctuation inside names.
bool IsKeySeparator(char32_t cp);

// Folds one code point for name keys: ASCII lower case (and Latin-1 letters
// via ICU case folding). Separators are not passed here.
char32_t FoldKeyChar(char32_t cp);

// Name key: NFKC, case-folded, separators removed. "SK Hynix" -> "skhynix".
std::string NameKey(std::string_view name);

// NameKey of text that is NFKC already (article text after NormalizeText):
// the same result without the ICU normalisation, for hot loops.
// REQUIRES: `normalized` is valid UTF-8 in NFKC.
std::string FoldNameKey(std::string_view normalized);

}  // namespace ng::nlp

#endif  // NEWSGRAPH_NLP_NORMALIZE_H_
