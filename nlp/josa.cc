#include "nlp/josa.h"

#include <array>
#include <unordered_map>
#include <vector>

#include "base/utf8.h"

namespace ng::nlp {
namespace {

struct Particle {
  std::string_view text;
  ParticleRole role;
};

// Longest first, so that "와의" wins over "의" and "에서는" over "는".
constexpr std::array kParticles = {
    Particle{"에서부터", ParticleRole::kLocative}, Particle{"로부터", ParticleRole::kFrom},
    Particle{"으로부터", ParticleRole::kFrom},     Particle{"에서는", ParticleRole::kLocative},
    Particle{"에게서", ParticleRole::kFrom},       Particle{"으로서", ParticleRole::kCopula},
    Particle{"으로써", ParticleRole::kLocative},   Particle{"이라는", ParticleRole::kCopula},
    Particle{"으로는", ParticleRole::kLocative},   Particle{"에서도", ParticleRole::kLocative},
    Particle{"와의", ParticleRole::kWith},         Particle{"과의", ParticleRole::kWith},
    Particle{"와는", ParticleRole::kWith},         Particle{"과는", ParticleRole::kWith},
    Particle{"와도", ParticleRole::kWith},         Particle{"과도", ParticleRole::kWith},
    Particle{"하고", ParticleRole::kWith},         Particle{"에서", ParticleRole::kLocative},
    Particle{"에게", ParticleRole::kLocative},     Particle{"에는", ParticleRole::kLocative},
    Particle{"에도", ParticleRole::kLocative},     Particle{"으로", ParticleRole::kLocative},
    Particle{"로서", ParticleRole::kCopula},       Particle{"로는", ParticleRole::kLocative},
    Particle{"께서", ParticleRole::kSubject},      Particle{"까지", ParticleRole::kAlso},
    Particle{"부터", ParticleRole::kAlso},         Particle{"처럼", ParticleRole::kAlso},
    Particle{"보다", ParticleRole::kAlso},         Particle{"마저", ParticleRole::kAlso},
    Particle{"조차", ParticleRole::kAlso},         Particle{"라는", ParticleRole::kCopula},
    Particle{"이며", ParticleRole::kCopula},       Particle{"이고", ParticleRole::kCopula},
    Particle{"이다", ParticleRole::kCopula},       Particle{"이나", ParticleRole::kWith},
    Particle{"이랑", ParticleRole::kWith},         Particle{"측은", ParticleRole::kTopic},
    Particle{"측이", ParticleRole::kSubject},      Particle{"측과", ParticleRole::kWith},
    Particle{"측에", ParticleRole::kLocative},     Particle{"측의", ParticleRole::kPossessive},
    Particle{"측", ParticleRole::kNone},           Particle{"은", ParticleRole::kTopic},
    Particle{"는", ParticleRole::kTopic},          Particle{"이", ParticleRole::kSubject},
    Particle{"가", ParticleRole::kSubject},        Particle{"을", ParticleRole::kObject},
    Particle{"를", ParticleRole::kObject},         Particle{"의", ParticleRole::kPossessive},
    Particle{"와", ParticleRole::kWith},           Particle{"과", ParticleRole::kWith},
    Particle{"랑", ParticleRole::kWith},           Particle{"에", ParticleRole::kLocative},
    Particle{"로", ParticleRole::kLocative},       Particle{"도", ParticleRole::kAlso},
    Particle{"만", ParticleRole::kAlso},           Particle{"인", ParticleRole::kCopula},
    Particle{"나", ParticleRole::kWith},
};

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

namespace {

// The particles that start with code point `c`, in kParticles order.
const std::vector<const Particle*>& ParticlesStartingWith(char32_t c) {
  static const auto* const kByFirst = [] {
    auto* by_first = new std::unordered_map<char32_t, std::vector<const Particle*>>();
    for (const Particle& p : kParticles) {
      size_t pos = 0;
      (*by_first)[utf8::Decode(p.text, &pos)].push_back(&p);
    }
    return by_first;
  }();
  static const std::vector<const Particle*> kNone;
  const auto it = kByFirst->find(c);
  return it == kByFirst->end() ? kNone : it->second;
}

char32_t FirstCp(std::string_view s) {
  size_t pos = 0;
  return utf8::Decode(s, &pos);
}

}  // namespace

bool IsParticleTail(std::string_view tail, ParticleRole* role) {
  if (role != nullptr) *role = ParticleRole::kNone;
  if (tail.empty()) return true;
  // Particles and their pairs are a few syllables: longer tails are words.
  if (tail.size() > 18) return false;
  const std::vector<const Particle*>& candidates = ParticlesStartingWith(FirstCp(tail));
  for (const Particle* p : candidates) {
    if (tail == p->text) {
      if (role != nullptr) *role = p->role;
      return true;
    }
  }
  // A name may take a delimiter after a case particle ("오픈AI에는", "스톡과도"):
  // accept one particle, or two when the second is a delimiter or a topic.
  for (const Particle* p : candidates) {
    if (tail.size() > p->text.size() && tail.substr(0, p->text.size()) == p->text) {
      const std::string_view rest = tail.substr(p->text.size());
      for (const Particle* q : ParticlesStartingWith(FirstCp(rest))) {
        if (rest == q->text &&
            (q->role == ParticleRole::kAlso || q->role == ParticleRole::kTopic)) {
          if (role != nullptr) *role = p->role;
          return true;
        }
      }
    }
  }
  return false;
}

namespace {

// The particles that end in code point `c`, longest first (kParticles order):
// most words end in other syllables and skip the comparisons entirely.
const std::vector<const Particle*>& ParticlesEndingIn(char32_t c) {
  static const auto* const kByLast = [] {
    auto* by_last = new std::unordered_map<char32_t, std::vector<const Particle*>>();
    for (const Particle& p : kParticles) {
      size_t pos = p.text.size() - 3;  // every particle ends in a 3-byte syllable
      (*by_last)[utf8::Decode(p.text, &pos)].push_back(&p);
    }
    return by_last;
  }();
  static const std::vector<const Particle*> kNone;
  const auto it = kByLast->find(c);
  return it == kByLast->end() ? kNone : it->second;
}

}  // namespace

ParticleSplit SplitParticle(std::string_view word, int min_stem_syllables) {
  ParticleSplit split;
  split.stem_bytes = word.size();
  if (word.size() < 4) return split;
  size_t last_pos = word.size() - 3;
  const char32_t last_cp = utf8::Decode(word, &last_pos);
  if (last_pos != word.size()) return split;
  for (const Particle* pp : ParticlesEndingIn(last_cp)) {
    const Particle& p = *pp;
    if (!EndsWith(word, p.text) || word.size() == p.text.size()) continue;
    const std::string_view stem = word.substr(0, word.size() - p.text.size());
    // How the stem ends, and whether it has `min_stem_syllables` Hangul
    // syllables (counted from the end, stopping once there are enough).
    bool enough = false, first = true, ends_in_hangul = false;
    int syllables = 0;
    for (size_t end = stem.size(); end > 0 && !enough;) {
      size_t b = end - 1;
      while (b > 0 && (static_cast<unsigned char>(stem[b]) & 0xC0) == 0x80) --b;
      size_t i = b;
      const bool hangul = utf8::IsHangul(utf8::Decode(stem, &i));
      if (first) ends_in_hangul = hangul;
      first = false;
      if (hangul) ++syllables;
      enough = syllables >= min_stem_syllables;
      end = b;
    }
    if (!ends_in_hangul || enough) {
      split.stem_bytes = stem.size();
      split.particle = p.text;
      split.role = p.role;
      return split;
    }
  }
  return split;
}

}  // namespace ng::nlp
