// Korean particles (josa) and the endings that attach to names in news text:
// "알트만은" -> "알트만" + "은", "스페이스X와" -> "스페이스X" + "와",
// "오픈AI와의" -> "오픈AI" + "와의". Thread-safe (pure functions).
#ifndef NEWSGRAPH_NLP_JOSA_H_
#define NEWSGRAPH_NLP_JOSA_H_

#include <string_view>

namespace ng::nlp {

// The grammatical role a particle marks. Relation extraction reads it.
enum class ParticleRole {
  kNone,        // no particle
  kTopic,       // 은/는: topic, usually the subject
  kSubject,     // 이/가/께서
  kObject,      // 을/를
  kPossessive,  // 의
  kWith,        // 와/과/와의/과의/하고/랑: partner, "with"
  kLocative,    // 에/에서/에게/로/으로: target of investment, place
  kFrom,        // 로부터/으로부터/에게서: source of money or goods
  kAlso,        // 도/만/까지/부터 and other delimiters
  kCopula,      // 인/이다/이며/라는/이라는: apposition ("기업인 X", "X라는 회사")
};

struct ParticleSplit {
  size_t stem_bytes = 0;  // length of the word without the particle
  std::string_view particle;
  ParticleRole role = ParticleRole::kNone;
};

// True when `tail` (Hangul after a name) is entirely a particle sequence such
// as "은", "와의", "에서는", "측은". Empty tail counts as a particle.
bool IsParticleTail(std::string_view tail, ParticleRole* role = nullptr);

// Splits a trailing particle off `word` when what remains has at least
// `min_stem_syllables` Hangul syllables or ends in a non-Hangul character
// ("스페이스X와" -> stem "스페이스X"). Returns stem_bytes == word.size() when
// there is none.
ParticleSplit SplitParticle(std::string_view word, int min_stem_syllables = 2);

}  // namespace ng::nlp

#endif  // NEWSGRAPH_NLP_JOSA_H_
