#include "nlp/josa.h"

#include <gtest/gtest.h>

#include <string>

namespace ng::nlp {
namespace {

TEST(JosaTest, ParticleIsSplitOffNames) {
  struct Case {
    std::string word, stem, particle;
    ParticleRole role;
  } cases[] = {
      {"알트만은", "알트만", "은", ParticleRole::kTopic},
      {"스페이스X와", "스페이스X", "와", ParticleRole::kWith},
      {"오픈AI는", "오픈AI", "는", ParticleRole::kTopic},
      {"삼성전자의", "삼성전자", "의", ParticleRole::kPossessive},
      {"오픈AI와의", "오픈AI", "와의", ParticleRole::kWith},
      {"엔비디아에서", "엔비디아", "에서", ParticleRole::kLocative},
      {"스톡을", "스톡", "을", ParticleRole::kObject},
      {"베이조스가", "베이조스", "가", ParticleRole::kSubject},
      {"'스타게이트'라는", "'스타게이트'", "라는", ParticleRole::kCopula},
  };
  for (const Case& c : cases) {
    const ParticleSplit split = SplitParticle(c.word);
    EXPECT_EQ(c.word.substr(0, split.stem_bytes), c.stem) << c.word;
    EXPECT_EQ(std::string(split.particle), c.particle) << c.word;
    EXPECT_EQ(split.role, c.role) << c.word;
  }
}

TEST(JosaTest, ShortHangulStemKeepsItsLastSyllable) {
  // "구글" would lose its "글"? No: "글" is not a particle. But "나이" must not become "나".
  EXPECT_EQ(SplitParticle("나이").stem_bytes, std::string("나이").size());
  EXPECT_EQ(SplitParticle("구글").stem_bytes, std::string("구글").size());
}

TEST(JosaTest, ParticleTailsAreRecognised) {
  ParticleRole role;
  EXPECT_TRUE(IsParticleTail("", &role));
  EXPECT_EQ(role, ParticleRole::kNone);
  EXPECT_TRUE(IsParticleTail("와의", &role));
  EXPECT_EQ(role, ParticleRole::kWith);
  EXPECT_TRUE(IsParticleTail("에는", &role));
  EXPECT_EQ(role, ParticleRole::kLocative);
  EXPECT_TRUE(IsParticleTail("과도", &role));
  EXPECT_FALSE(IsParticleTail("전자"));  // "삼성" + "전자" is another name
  EXPECT_FALSE(IsParticleTail("링"));
}

}  // namespace
}  // namespace ng::nlp
