#include "nlp/analyzer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include "nlp/normalize.h"
#include "nlp/word_lists.h"

namespace ng::nlp {
namespace {

// A small dictionary of our own, so that these tests pin the analyzer's
// behaviour, not the content of the default dictionary.
constexpr char kTestLexicon[] =
    "OpenAI\tORG\t오픈AI\n"
    "Sam Altman\tPERSON\t샘 알트만|알트만|Altman\n"
    "Elon Musk\tPERSON\t일론 머스크|머스크|Musk\n"
    "SpaceX\tORG\t스페이스X\n"
    "Jeff Bezos\tPERSON\t제프 베이조스|베이조스|Bezos\n"
    "Blue Origin\tORG\t블루오리진\n"
    "Rocket Lab\tORG\t로켓랩\n"
    "Google\tORG\t구글\n"
    "Gemini\tPRODUCT\t제미나이|구글 제미나이|Google Gemini\n"
    "Alphabet\tORG\t알파벳\n"
    "Samsung Electronics\tORG\t삼성전자\n"
    "Harman\tORG\t하만\n"
    "Nvidia\tORG\t엔비디아\n"
    "Naver\tORG\t네이버\n"
    "Microsoft\tORG\t마이크로소프트\n"
    "Activision Blizzard\tORG\t액티비전 블리자드\n"
    "Instagram\tORG\t인스타그램\n"
    "Meta Platforms\tORG\t메타|Meta\n"
    "Amazon\tORG\t아마존\n"
    "Anthropic\tORG\t앤트로픽\n"
    "Apple\tORG\t애플\n"
    "xAI\tORG\t엑스AI\n"
    "Lee Jae-yong\tPERSON\t이재용\n"
    "South Korea\tPLACE\t한국|Korea\n";

Lexicon TestLexicon(bool entities = true) {
  StatusOr<Lexicon> lexicon = Lexicon::LoadDefault(/*include_entities=*/false);
  EXPECT_TRUE(lexicon.ok()) << lexicon.status().message();
  if (entities) {
    Status s = lexicon->AddEntities(kTestLexicon, "test");
    EXPECT_TRUE(s.ok()) << s.message();
  }
  return std::move(lexicon).value();
}

std::string Analyze(const Lexicon& lexicon, const std::string& text) {
  Analyzer analyzer(lexicon);
  const std::string normalized = NormalizeText(text);
  return DumpExtraction(analyzer.Analyze(normalized));
}

struct Case {
  const char* text;
  const char* dump;
};

void RunCases(const Lexicon& lexicon, const std::vector<Case>& cases) {
  for (const Case& c : cases) EXPECT_EQ(Analyze(lexicon, c.text), c.dump) << c.text;
}

TEST(AnalyzerTest, KoreanParticlesAttachToNames) {
  const Lexicon lexicon = TestLexicon();
  RunCases(lexicon, {
                        {"알트만은 스페이스X와 오픈AI의 일을 말했다.",
                         "PERSON{Sam Altman} ORG{SpaceX} ORG{OpenAI}"},
                        {"삼성전자에서는 구글과도 일한다.", "ORG{Samsung Electronics} ORG{Google}"},
                        // A longer word that starts with a name is not the name.
                        {"구글링을 했다.", ""},
                    });
}

TEST(AnalyzerTest, KoreanRolesAndPossessivesGiveRelations) {
  const Lexicon lexicon = TestLexicon();
  RunCases(
      lexicon,
      {
          {"오픈AI 최고경영자(CEO) 샘 알트만이 발표했다.",
           "ORG{OpenAI} PERSON{Sam Altman} CEO_OF(Sam Altman,OpenAI)"},
          {"이재용 삼성전자 회장은 말했다.",
           "PERSON{Lee Jae-yong} ORG{Samsung Electronics} LEADS(Lee Jae-yong,Samsung Electronics)"},
          {"구글의 모회사 알파벳은 실적을 냈다.",
           "ORG{Google} ORG{Alphabet} PARENT_OF(Alphabet,Google)"},
          {"머스크의 스페이스X는 로켓을 쏜다.",
           "PERSON{Elon Musk} ORG{SpaceX} LEADS(Elon Musk,SpaceX)"},
          {"구글 '제미나이' 챗봇이 인기다.", "ORG{Google} PRODUCT{Gemini} DEVELOPS(Google,Gemini)"},
          {"구글 제미나이가 나왔다.", "ORG{Google} PRODUCT{Gemini} DEVELOPS(Google,Gemini)"},
          // The organisation as topic, then its leader and title as subject.
          {"삼성전자는 이재용 회장 취임 첫해에 성장했다.",
           "ORG{Samsung Electronics} PERSON{Lee Jae-yong} LEADS(Lee Jae-yong,Samsung Electronics)"},
          // ... not when the title is an object: another company's chief.
          {"삼성전자는 샘 알트만 CEO를 만났다.", "ORG{Samsung Electronics} PERSON{Sam Altman}"},
          // A quoted name after a product noun is a product; words that end in
          // a product noun may stand between the organisation and it.
          {"한빛은 오픈AI의 기업용 AI(인공지능) 솔루션 '챗봇X 엔터프라이즈'를 도입했다.",
           "ORG{OpenAI} PRODUCT{챗봇X 엔터프라이즈} DEVELOPS(OpenAI,챗봇X 엔터프라이즈)"},
          {"구글의 챗봇 '제미나이'가 인기다.",
           "ORG{Google} PRODUCT{Gemini} DEVELOPS(Google,Gemini)"},
          // ... but not across a particle that belongs to the sentence.
          {"구글은 오늘 새 서비스를 냈고 애플은 앱 '제미나이'를 샀다.",
           "ORG{Google} ORG{Apple} PRODUCT{Gemini}"},
          {"'빠른 배송 서비스'는 솔루션 '더 빠르게 더 멀리 간다'와 다르다.", ""},
          // Units named after their group are its units when a sentence calls
          // them affiliates, even without the group's name.
          {"미래에셋그룹은 투자를 늘렸다. 미래에셋증권과 미래에셋캐피탈 등 계열사가 참여했다.",
           "ORG{미래에셋그룹} ORG{미래에셋증권} ORG{미래에셋캐피탈} "
           "PARENT_OF(미래에셋그룹,미래에셋증권) "
           "PARENT_OF(미래에셋그룹,미래에셋캐피탈)"},
          // Members of one consortium work together.
          {"네이버·엔비디아 컨소시엄이 선정됐다.",
           "ORG{Naver} ORG{Nvidia} PARTNERS_WITH(Naver,Nvidia)"},
      });
}

TEST(AnalyzerTest, KoreanPredicatesReadParticleRoles) {
  const Lexicon lexicon = TestLexicon();
  RunCases(lexicon,
           {
               {"제프 베이조스가 창업한 블루오리진은 로켓을 만든다.",
                "PERSON{Jeff Bezos} ORG{Blue Origin} FOUNDED(Jeff Bezos,Blue Origin)"},
               {"삼성전자는 하만을 인수했다.",
                "ORG{Samsung Electronics} ORG{Harman} ACQUIRES(Samsung Electronics,Harman)"},
               {"하만을 인수한 삼성전자는 성장했다.",
                "ORG{Harman} ORG{Samsung Electronics} ACQUIRES(Samsung Electronics,Harman)"},
               {"네이버는 엔비디아와 협력하기로 합의했다.",
                "ORG{Naver} ORG{Nvidia} PARTNERS_WITH(Naver,Nvidia)"},
               {"스페이스X에 도전하는 블루오리진, 로켓랩 등이 경쟁 중이다.",
                "ORG{SpaceX} ORG{Blue Origin} ORG{Rocket Lab} COMPETES_WITH(Blue Origin,SpaceX) "
                "COMPETES_WITH(Rocket Lab,SpaceX)"},
               {"오픈AI는 앤트로픽에 투자했다.",
                "ORG{OpenAI} ORG{Anthropic} INVESTS_IN(OpenAI,Anthropic)"},
               {"엔비디아 CFO는 오픈AI와의 계약이 아직 확정되지 않았다고 밝혔다.",
                "ORG{Nvidia} ORG{OpenAI} PARTNERS_WITH(Nvidia,OpenAI)~considered"},
           });
}

TEST(AnalyzerTest, KoreanModalityFollowsCueWords) {
  const Lexicon lexicon = TestLexicon();
  RunCases(
      lexicon,
      {
          {"삼성전자는 하만 인수를 검토하고 있다.",
           "ORG{Samsung Electronics} ORG{Harman} ACQUIRES(Samsung Electronics,Harman)~considered"},
          {"엔비디아는 삼성전자에 투자하지 않았다.",
           "ORG{Nvidia} ORG{Samsung Electronics} INVESTS_IN(Nvidia,Samsung Electronics)~negated"},
          // A later sentence ends the talks reported before it.
          {"오픈AI가 앤트로픽에 투자하는 방안을 논의했다. 현재 이 논의는 더 이상 진행되지 않고 "
           "있다.",
           "ORG{OpenAI} ORG{Anthropic} INVESTS_IN(OpenAI,Anthropic)~ended"},
      });
}

TEST(AnalyzerTest, EnglishSentencesWorkTheSameWay) {
  const Lexicon lexicon = TestLexicon();
  RunCases(
      lexicon,
      {
          {"OpenAI CEO Sam Altman met reporters.",
           "ORG{OpenAI} PERSON{Sam Altman} CEO_OF(Sam Altman,OpenAI)"},
          {"Sam Altman, chief executive of OpenAI, spoke.",
           "PERSON{Sam Altman} ORG{OpenAI} CEO_OF(Sam Altman,OpenAI)"},
          {"Microsoft agreed to acquire Activision Blizzard for $69 billion.",
           "ORG{Microsoft} ORG{Activision Blizzard} ACQUIRES(Microsoft,Activision Blizzard)"},
          {"Instagram was acquired by Meta in 2012.",
           "ORG{Instagram} ORG{Meta Platforms} ACQUIRES(Meta Platforms,Instagram)"},
          {"Amazon is in talks to invest in Anthropic.",
           "ORG{Amazon} ORG{Anthropic} INVESTS_IN(Amazon,Anthropic)~considered"},
          {"Alphabet, Google's parent, reported earnings.",
           "ORG{Alphabet} ORG{Google} PARENT_OF(Alphabet,Google)"},
          {"Samsung Electronics and Google signed a partnership.",
           "ORG{Samsung Electronics} ORG{Google} PARTNERS_WITH(Samsung Electronics,Google)"},
          {"Jeff Bezos founded Blue Origin in 2000.",
           "PERSON{Jeff Bezos} ORG{Blue Origin} FOUNDED(Jeff Bezos,Blue Origin)"},
          {"Apple no longer competes with Samsung Electronics.",
           "ORG{Apple} ORG{Samsung Electronics} COMPETES_WITH(Apple,Samsung Electronics)~ended"},
          // Buying a company's products is not buying the company.
          {"Mr. Musk said xAI would buy Nvidia chips.", "PERSON{Elon Musk} ORG{xAI} ORG{Nvidia}"},
          // Latin names keep the case of their first letter: "apple" is fruit.
          {"I ate an apple.", ""},
      });
}

TEST(AnalyzerTest, NamesIntroducedByTheTextBecomeEntities) {
  const Lexicon lexicon = TestLexicon(/*entities=*/false);
  RunCases(
      lexicon,
      {
          // 한글(English) makes one bilingual entity; its first word then names it too.
          {"스톡 스페이스(Stoke Space)는 로켓을 만든다. 스톡은 성장했다.", "ORG{Stoke Space}"},
          // English(한글).
          {"X(트위터)는 바뀌었다.", ""},
          {"위성 기업 플래닛 랩스(Planet Labs)는 위성을 쏜다.", "ORG{Planet Labs}"},
          // Lowercase words in parentheses are not names.
          {"'코드 레드(code red)' 경보를 발령했다.", ""},
          // A person named after a role word; the surname alone then names them.
          {"한빛전자 최고경영자(CEO) 존 스미스가 말했다. 스미스는 웃었다.",
           "ORG{한빛전자} PERSON{존 스미스} CEO_OF(존 스미스,한빛전자)"},
          // Quoted product names with a product noun after them.
          {"회사는 '노바(Nova)' 로켓을 개발 중이다.", "PRODUCT{Nova}"},
          {"Acme Robotics hired engineers.", "ORG{Acme Robotics}"},
          // Foreign names in Hangul before a title, also across an organisation
          // word or "전 <organisation>"; not Korean surnames, modifiers or places.
          {"하워드 러트닉 상무장관은 말했다.", "PERSON{하워드 러트닉}"},
          {"젠슨 황 엔비디아 CEO는 웃었다.", "PERSON{젠슨 황}"},
          {"빌 조지 전 메드트로닉 CEO가 비판했다.", "PERSON{빌 조지}"},
          {"공화당 소속 켄터키주 상원의원이 반대했다.", ""},
          {"회사는 공동 대표 체제다.", ""},
          // Members of a consortium are organisations, and partners.
          {"가람로직·누리칩 컨소시엄은 실증을 맡는다.",
           "ORG{가람로직} ORG{누리칩} PARTNERS_WITH(가람로직,누리칩)"},
          // A name after a product noun is a product.
          {"홈트레이닝 플랫폼 누리핏(NURIFIT)을 운영한다.", "PRODUCT{NURIFIT}"},
          // Titles with departments, glosses and names ending in a syllable
          // that could be a particle.
          {"김진만 가람전자 품질혁신센터 고객경험담당은 말했다.",
           "PERSON{김진만} ORG{가람전자} WORKS_FOR(김진만,가람전자)"},
          {"여명희 가람전자 최고재무책임자(CFO)는 말했다.",
           "PERSON{여명희} ORG{가람전자} WORKS_FOR(여명희,가람전자)"},
          {"강진욱 가람전자 모바일·디지털혁신그룹장은 말했다.",
           "PERSON{강진욱} ORG{가람전자} WORKS_FOR(강진욱,가람전자)"},
          // Drugs around the nouns that introduce them, and development codes.
          {"유방암 치료제 누리셉틴의 임상을 마쳤다. 가온츠 바이오시밀러(CT-Q52)도 개발한다.",
           "PRODUCT{누리셉틴} PRODUCT{가온츠} PRODUCT{CT-Q52}"},
          // A quoted title right after its company is a product; slogans and
          // figures are not; "X 산하 Y": Y belongs to X.
          {"▲가람게임즈 '바다의 전설' ▲누리게임즈 '3조클럽'이 선정됐다.",
           "ORG{가람게임즈} PRODUCT{바다의 전설} ORG{누리게임즈} DEVELOPS(가람게임즈,바다의 전설)"},
          {"가람게임즈 산하 누리게임즈가 개발했다.",
           "ORG{가람게임즈} ORG{누리게임즈} PARENT_OF(가람게임즈,누리게임즈)"},
          // ... also after typographic quotes.
          {"가람은 중고 거래 ‘가람 유즈드(GARAM USED)’를 선보인다.", "PRODUCT{GARAM USED}"},
          // A name that is unveiled or launched is a product.
          {"'누리클립(NuriClip)' 공개도 예고했다.", "PRODUCT{NuriClip}"},
          {"'누리클립Ai(NuriClipAi)' 공개도 예고했다. 누리클립Ai는 좋다.", "PRODUCT{NuriClipAi}"},
          // A Latin name among Hangul words is no English phrase.
          {"가람은 누리랩, 다온텍, AMD 등과 협력 계획을 발표했다.",
           "ORG{누리랩} ORG{다온텍} ORG{AMD}"},
          // An acronym the article defines as a term is no company anywhere in it.
          {"가람은 인수후통합(PMI)을 마쳤다. PMI는 길었다.", ""},
          // Korean terms with their English acronyms, and lists of codes, are no names.
          {"중소기업(SME)과 대출심사모형(CSS)을 늘리고 두 건(CT-P45, CT-P68)을 냈다.", ""},
          // English phrases glossing Korean terms are no names; rivals are no
          // partners (but "경쟁사인 X" names a company).
          {"DDR(Double Data Rate)은 D램의 일종이다.", ""},
          {"국내 주식시장의 호황과 경쟁사인 가람뱅크의 상승률을 고려했다.", "ORG{가람뱅크}"},
          // The noun after a list's "등" types its members; the company
          // that leads the article makes the products no one else claims,
          // but not the originals its copies are named after.
          {"가람바이오는 실적을 냈다. 가람바이오는 성장했다. 가람바이오는 웃었다. "
           "누리맙X, 가온맙, 다온맙 등 신규 포트폴리오가 안착했다. 키트루다 바이오시밀러도 "
           "개발 중이다. 키트루다는 많이 팔린다.",
           "ORG{가람바이오} PRODUCT{누리맙X} PRODUCT{가온맙} PRODUCT{다온맙} PRODUCT{키트루다} "
           "DEVELOPS(가람바이오,가온맙) DEVELOPS(가람바이오,누리맙X) DEVELOPS(가람바이오,다온맙)"},
          // Companies named after a known one are its units when the
          // article calls it a group; common words that begin like a
          // company are not.
          {"가람전자 그룹사의 실적이 좋다. 가람전자모빌은 성장했다. 애플리케이션이 늘었다.",
           "ORG{가람전자} ORG{가람전자모빌} PARENT_OF(가람전자,가람전자모빌)"},
          // A list of people with their companies and titles; a two-syllable name
          // before a company and a title; a gloss after the title.
          {"만찬에는 박진영 가람엔터 창의성총괄책임자(CCO), 정욱 가람엔터 대표이사, 양민석 "
           "누리엔터 "
           "대표이사가 참석했다.",
           "PERSON{박진영} ORG{가람엔터} PERSON{정욱} PERSON{양민석} ORG{누리엔터} "
           "CEO_OF(양민석,누리엔터) "
           "CEO_OF(정욱,가람엔터) WORKS_FOR(박진영,가람엔터)"},
          // The word between a person and a company title names the company.
          {"김봉기 누리라이즈 대표는 웃었다.",
           "PERSON{김봉기} ORG{누리라이즈} LEADS(김봉기,누리라이즈)"},
          {"김봉기 전 대표와 박철수 신임 사장이 만났다.", "PERSON{김봉기} PERSON{박철수}"},
          // Latin initials before a Korean company word; a field is not a name.
          {"우리금융은 동양·KXB생명을 인수했다.", "ORG{KXB생명}"},
          {"한빛은 JQR인베스트먼트로부터 투자를 받았다. QQZ카드는 컸다.",
           "ORG{JQR인베스트먼트} ORG{QQZ카드}"},
          {"AI반도체와 IT솔루션 시장이 커졌다.", ""},
          // Game studios, agencies and foundations; a Korean term with its acronym.
          {"가람테크모게임스와 한국누리진흥원이 다중접속역할수행게임(MMORPG)을 만든다.",
           "ORG{가람테크모게임스} ORG{한국누리진흥원}"},
          // Venture capital and private equity words.
          {"누리벤처투자와 가람프라이빗에쿼티가 참여했다.",
           "ORG{누리벤처투자} ORG{가람프라이빗에쿼티}"},
          // Common words that begin with a surname syllable are not people.
          {"이런 가운데 사례가 늘었다.", ""},
      });
}

TEST(AnalyzerTest, DictionaryCanBeExtendedAndOverridden) {
  Lexicon lexicon = TestLexicon();
  ASSERT_TRUE(
      lexicon.AddEntities("Harman\tPRODUCT\tHarman Kardon\nKakao\tORG\t카카오\n", "user").ok());
  EXPECT_EQ(Analyze(lexicon, "카카오와 하만"), "ORG{Kakao} PRODUCT{Harman}");
  Status bad = lexicon.AddEntities("Foo\tCOMPANY\tfoo\n", "user.tsv");
  EXPECT_EQ(bad.message(),
            "user.tsv: line 1: unknown type \"COMPANY\" (PERSON, ORG, PRODUCT, PLACE, OTHER)");
}

TEST(AnalyzerTest, HugeAndHostileTextStaysBounded) {
  const Lexicon lexicon = TestLexicon();
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "오픈AI 구글 알파벳 삼성전자 하만 엔비디아 네이버 ";
  text += "\xFF\xFE invalid";
  Analyzer analyzer(lexicon, AnalyzerOptions{.max_entities = 5});
  const Extraction x = analyzer.Analyze(NormalizeText(text));
  EXPECT_LE(x.entities.size(), 5u);
  for (const Sentence& s : x.sentences) EXPECT_LE(s.end - s.begin, 2000u);
}

// The seed story with the default dictionary: every entity one bilingual
// node, the relations the story states, and the talks not asserted.
TEST(AnalyzerTest, SeedStoryYieldsItsEntitiesAndRelations) {
  const char* dir = std::getenv("NEWSGRAPH_SOURCE_DIR");
  if (dir == nullptr) dir = NEWSGRAPH_SOURCE_DIR_DEFAULT;
  std::ifstream in(std::string(dir) + "/samples/openai-stoke-space-ko.txt");
  ASSERT_TRUE(in) << "samples/openai-stoke-space-ko.txt missing";
  std::stringstream buf;
  buf << in.rdbuf();
  StatusOr<Lexicon> lexicon = Lexicon::LoadDefault();
  ASSERT_TRUE(lexicon.ok());
  Analyzer analyzer(*lexicon);
  const Extraction x = analyzer.Analyze(NormalizeText(buf.str()));
  const std::string dump = DumpExtraction(x);
  for (const char* expected : {"ORG{OpenAI}",
                               "PERSON{Sam Altman}",
                               "ORG{SpaceX}",
                               "PERSON{Elon Musk}",
                               "ORG{Stoke Space}",
                               "ORG{xAI}",
                               "PERSON{Jeff Bezos}",
                               "ORG{Blue Origin}",
                               "ORG{Alphabet}",
                               "ORG{Google}",
                               "PERSON{Sundar Pichai}",
                               "ORG{Planet Labs}",
                               "ORG{Anthropic}",
                               "ORG{News Corp}",
                               "ORG{Merge Labs}",
                               "ORG{Neuralink}",
                               "ORG{Rocket Lab}",
                               "PRODUCT{Gemini}",
                               "PRODUCT{ChatGPT}",
                               "ORG{Nvidia}",
                               "ORG{Oracle}",
                               "CEO_OF(Sam Altman,OpenAI)",
                               "FOUNDED(Jeff Bezos,Blue Origin)",
                               "PARENT_OF(Alphabet,Google)",
                               "COMPETES_WITH(Stoke Space,SpaceX)",
                               "LEADS(Elon Musk,SpaceX)",
                               "LEADS(Elon Musk,xAI)",
                               "COMPETES_WITH(xAI,OpenAI)",
                               "FOUNDED(Sam Altman,Merge Labs)",
                               "COMPETES_WITH(Merge Labs,Neuralink)",
                               "PARENT_OF(News Corp,The Wall Street Journal)",
                               "PARTNERS_WITH(News Corp,OpenAI)",
                               "INVESTS_IN(OpenAI,Stargate Project)",
                               "INVESTS_IN(OpenAI,Stoke Space)~ended",
                               "PARTNERS_WITH(Planet Labs,Alphabet)",
                               "DEVELOPS(Google,Gemini)"}) {
    EXPECT_NE(dump.find(expected), std::string::npos) << expected << "\nin: " << dump;
  }
  // The OpenAI-Stoke talks are never asserted.
  EXPECT_EQ(dump.find("INVESTS_IN(OpenAI,Stoke Space) "), std::string::npos) << dump;
  EXPECT_EQ(dump.find("INVESTS_IN(OpenAI,Stoke Space)~considered"), std::string::npos) << dump;
  // One entity per real-world thing.
  std::set<std::string> names;
  for (const Entity& e : x.entities) EXPECT_TRUE(names.insert(e.name).second) << e.name;
}

TEST(AnalyzerTest, SeedStoryWithoutDictionaryStillFindsMostEntities) {
  const char* dir = std::getenv("NEWSGRAPH_SOURCE_DIR");
  if (dir == nullptr) dir = NEWSGRAPH_SOURCE_DIR_DEFAULT;
  std::ifstream in(std::string(dir) + "/samples/openai-stoke-space-ko.txt");
  std::stringstream buf;
  buf << in.rdbuf();
  const Lexicon lexicon = TestLexicon(/*entities=*/false);
  Analyzer analyzer(lexicon);
  const Extraction x = analyzer.Analyze(NormalizeText(buf.str()));
  std::set<std::string> keys;
  std::map<std::string, EntityType> type_of;
  for (const Entity& e : x.entities) {
    for (const Alias& a : e.aliases) {
      keys.insert(NameKey(a.text));
      type_of[NameKey(a.text)] = e.type;
    }
  }
  // Found from the text alone, they also get the right type.
  for (const char* org : {"스톡 스페이스", "블루오리진", "로켓랩", "오픈AI", "스페이스X"}) {
    if (type_of.count(NameKey(org))) {
      EXPECT_EQ(type_of[NameKey(org)], EntityType::kOrg) << org;
    }
  }
  for (const char* person : {"샘 알트만", "제프 베이조스", "일론 머스크"}) {
    if (type_of.count(NameKey(person))) {
      EXPECT_EQ(type_of[NameKey(person)], EntityType::kPerson) << person;
    }
  }
  const char* story[] = {
      "오픈AI",        "샘 알트만",     "일론 머스크", "스페이스X",   "월스트리트저널",
      "스톡 스페이스", "구글",          "제미나이",    "챗GPT",       "제프 베이조스",
      "블루오리진",    "순다르 피차이", "알파벳",      "플래닛 랩스", "오라클",
      "엔비디아",      "AMD",           "앤트로픽",    "뉴스코프",    "Y콤비네이터",
      "소프트뱅크",    "스타게이트",    "xAI",         "뉴럴링크",    "머지 랩스",
      "트위터",        "노바",          "로켓랩"};
  int found = 0;
  std::string missing;
  for (const char* name : story) {
    if (keys.count(NameKey(name))) {
      ++found;
    } else {
      missing += std::string(" ") + name;
    }
  }
  EXPECT_GE(found * 10, static_cast<int>(std::size(story)) * 7) << "missing:" << missing;
}

namespace ng::nlp {
namespace {

// Hard cases met on real articles, one pattern per row.
TEST(AnalyzerTest, PatternsFromRealArticles) {
  Lexicon lexicon = TestLexicon();
  ASSERT_TRUE(lexicon
                  .AddEntities("Shinhan Bank\tORG\t신한은행\nHanwha Solutions\tORG\t한화솔루션\n"
                               "SK hynix\tORG\tSK하이닉스\nMegazone Cloud\tORG\t메가존클라우드\n"
                               "MBK Partners\tORG\tMBK파트너스\nTexas Instruments\tORG\tTI\n"
                               "Nissan\tORG\t닛산\nRenault\tORG\t르노\nNovartis\tORG\t노바티스\n"
                               "Reuters\tORG\t로이터\nYonhap\tORG\t연합뉴스\n",
                               "test")
                  .ok());
  RunCases(
      lexicon,
      {
          // A Korean name before a title, with a department between.
          {"행사에는 장호식 신한은행 CIB그룹장이 참석했다.",
           "PERSON{장호식} ORG{Shinhan Bank} WORKS_FOR(장호식,Shinhan Bank)"},
          // Money raised from sources: the sources invest.
          // A product named before its kind takes the kind's particle; "이
          // 회사", "회사가" refer back to the organisation; "개발 중인" is a
          // relative clause.
          {"블루오리진은 '글렌(Glenn)' 로켓을 개발했다.",
           "ORG{Blue Origin} PRODUCT{Glenn} DEVELOPS(Blue Origin,Glenn)"},
          {"블루오리진은 로켓을 쏜다. 이 회사는 '글렌(Glenn)' 로켓을 개발했다.",
           "ORG{Blue Origin} PRODUCT{Glenn} DEVELOPS(Blue Origin,Glenn)"},
          {"블루오리진과의 거래가 성사되면, 베이조스는 회사가 개발 중인 '글렌(Glenn)' 로켓을 "
           "얻는다.",
           "ORG{Blue Origin} PERSON{Jeff Bezos} PRODUCT{Glenn} DEVELOPS(Blue Origin,Glenn)"},
          {"메가존클라우드는 MBK파트너스 등으로부터 자금을 조달했다.",
           "ORG{Megazone Cloud} ORG{MBK Partners} INVESTS_IN(MBK Partners,Megazone Cloud)"},
          {"메가존클라우드는 MBK파트너스와 로켓랩 등으로부터 자금을 조달했다.",
           "ORG{Megazone Cloud} ORG{MBK Partners} ORG{Rocket Lab} INVESTS_IN(MBK "
           "Partners,Megazone Cloud) INVESTS_IN(Rocket Lab,Megazone Cloud)"},
          // A former holder: "전" before the organisation.
          {"빌 조지 전 엔비디아 CEO는 비판했다.",
           "PERSON{빌 조지} ORG{Nvidia} CEO_OF(빌 조지,Nvidia)~ended"},
          // Shares of one market in one sentence: competition.
          {"D램 시장에서 SK하이닉스가 점유율 36%를 차지했으며, 삼성전자가 34%, 로켓랩이 25%였다.",
           "ORG{SK hynix} ORG{Samsung Electronics} ORG{Rocket Lab} COMPETES_WITH(SK hynix,Rocket "
           "Lab) COMPETES_WITH(SK hynix,Samsung Electronics) COMPETES_WITH(Samsung "
           "Electronics,Rocket Lab)"},
          // Overtaking is competition.
          {"SK하이닉스는 삼성전자를 제치고 1위를 차지했다.",
           "ORG{SK hynix} ORG{Samsung Electronics} COMPETES_WITH(SK hynix,Samsung Electronics)"},
          // An example takes the role of its class: a supply partner.
          {"SK하이닉스는 제품을 엔비디아를 비롯한 고객사들에 공급 중이다.",
           "ORG{SK hynix} ORG{Nvidia} PARTNERS_WITH(SK hynix,Nvidia)"},
          // Credits are not part of the story.
          {"(서울=연합뉴스) 삼성전자가 발표했다.", "ORG{Samsung Electronics}"},
          {"로이터 연합뉴스", ""},
          {"일러스트=오픈AI 생성 이미지 삼성전자가 발표했다.", "ORG{Samsung Electronics}"},
          // The subject of a relative clause stays in it.
          {"일론 머스크가 이끄는 우주기업 스페이스X에 대한 투자 성과가 컸다.",
           "PERSON{Elon Musk} ORG{SpaceX} LEADS(Elon Musk,SpaceX)"},
          // English: a title list, a role with its organisation after "of".
          // (Chief executive implies leading: the specific relation is kept.)
          {"Nvidia's chairman and chief executive Jensen Huang spoke. Mr Huang left.",
           "ORG{Nvidia} PERSON{Jensen Huang} CEO_OF(Jensen Huang,Nvidia)"},
          {"Rich Templeton, the head of giant chip maker Texas Instruments, spoke.",
           "PERSON{Rich Templeton} ORG{Texas Instruments} LEADS(Rich Templeton,Texas Instruments)"},
          {"Nissan named a successor after Carlos Ghosn, its highly successful boss, left.",
           "ORG{Nissan} PERSON{Carlos Ghosn} CEO_OF(Carlos Ghosn,Nissan)"},
          // Selling is the buyer acquiring.
          {"Microsoft sold Activision Blizzard to Amazon.",
           "ORG{Microsoft} ORG{Activision Blizzard} ORG{Amazon} ACQUIRES(Amazon,Activision "
           "Blizzard)"},
          // "rival" links the subject and the object of a deal.
          {"Naver is to buy rival Kakao Corp.",
           "ORG{Naver} ORG{Kakao Corp.} ACQUIRES(Naver,Kakao Corp.) COMPETES_WITH(Kakao "
           "Corp.,Naver)"},
          // "its X unit": the subject is the parent.
          {"Novartis will make its Sandoz unit bigger. Sandoz grew.",
           "ORG{Novartis} ORG{Sandoz} PARENT_OF(Novartis,Sandoz)"},
      });
}

// Korean patterns that should hold in any business story: acronyms glossed
// as terms, photo credits glued to the next sentence, names before an
// organisation's unit and title, titles quoted after a maker's possessive.
TEST(AnalyzerTest, KoreanGeneralPatterns) {
  const Lexicon lexicon = TestLexicon();
  RunCases(
      lexicon,
      {
          // An acronym glossed by a Korean term is no company.
          {"업계는 HJT(이종접합) 셀 생산을 늘린다.", ""},
          {"니켈 MHP(중간재) 수출이 늘었다.", ""},
          {"NVH(소음·진동·불쾌감) 성능이 좋아졌다.", ""},
          {"고성능 eSSD(기업용 SSD) 판매가 늘었다.", ""},
          {"인터넷TV(IPTV) 가입자가 늘었고 IPTV 매출도 늘었다.", ""},
          // A glued photo credit hides its source; "캡처한" is a verb.
          {"오픈AI 유튜브 캡처3일 구글은 새 모델을 공개했다.", "ORG{Google}"},
          {"알트만이 오픈AI 화면을 캡처한 사진을 올렸다.", "PERSON{Sam Altman} ORG{OpenAI}"},
          // A name, the organisation, its unit, the title.
          {"박민수 네이버 클라우드 보안 플랫폼 리더는 말했다.",
           "PERSON{박민수} ORG{Naver} WORKS_FOR(박민수,Naver)"},
          {"지난해 네이버 검색 플랫폼 리더가 바뀌었다.", "ORG{Naver}"},
          // A quoted title after the maker's possessive; not a one-word figure of speech.
          {"마이크로소프트의 '헤일로 인피니트'는 큰 인기를 끌었다.",
           "ORG{Microsoft} PRODUCT{헤일로 인피니트} DEVELOPS(Microsoft,헤일로 인피니트)"},
          {"애플의 '가계부'를 들여다본다.", "ORG{Apple}"},
          // A maker found next to a known name vouches for its quoted title.
          {"네이버 자회사 가람랩의 '별빛 전쟁'은 인기를 끌었다.",
           "ORG{Naver} ORG{가람랩} PRODUCT{별빛 전쟁} DEVELOPS(가람랩,별빛 전쟁) "
           "PARENT_OF(Naver,가람랩)"},
          // "경쟁업체인 X": X is a company, the rival of the sentence's other one.
          {"동종업계 경쟁업체인 가람클라우드(구 가람티)의 행보도 네이버에 호재다.",
           "ORG{가람클라우드} ORG{Naver} COMPETES_WITH(가람클라우드,Naver)"},
          {"핵심 계열사인 시중은행 실적이 좋았다.", ""},
          // A Latin model code quoted after its maker is a product; a named
          // technique is not. "감독" after a Korean name is a title.
          {"네이버 'NX5'가 출시됐다. 네이버 '모듈 바디 시스템'도 쓰였다.",
           "ORG{Naver} PRODUCT{NX5} DEVELOPS(Naver,NX5)"},
          {"박지훈 감독이 이끈 공연이 열렸다. 관리 감독 체계를 강화한다.", "PERSON{박지훈}"},
          // Codes listed in parentheses in a sentence about trials are products;
          // a field and "그룹" after a technical acronym name a team.
          {"항암 신약 두 건(GR-K12, GR-K15)의 임상을 신청했다.", "PRODUCT{GR-K12} PRODUCT{GR-K15}"},
          {"조태오 네이버 CTO AI전략그룹 팀장이 발표했다.",
           "PERSON{조태오} ORG{Naver} WORKS_FOR(조태오,Naver)"},
          // Sources of a round listed as "A와 B 등 <kind>와 C 등으로부터".
          {"네이버는 구글과 아마존 등 대형 기술기업과 애플 등으로부터 자금을 조달했다.",
           "ORG{Naver} ORG{Google} ORG{Amazon} ORG{Apple} INVESTS_IN(Amazon,Naver) "
           "INVESTS_IN(Apple,Naver) INVESTS_IN(Google,Naver)"},
          // "T는 A와 B가 공동으로 개발한 N이다": both made T and work together;
          // a clause that goes on to another predicate is no such statement.
          {"제미나이는 구글과 미국 기업 네이버가 공동으로 개발한 AI 모델이다.",
           "PRODUCT{Gemini} ORG{Google} ORG{Naver} DEVELOPS(Google,Gemini) "
           "DEVELOPS(Naver,Gemini) PARTNERS_WITH(Google,Naver)"},
          {"제미나이는 구글이 개발한 모델을 바탕으로 네이버가 만들었다.",
           "PRODUCT{Gemini} ORG{Google} ORG{Naver}"},
          // A product that starts the name of another has the same maker.
          {"행사에서 사람들이 제미나이를 써 봤다. 이어 구글의 '제미나이 스튜디오'를 도입했다.",
           "PRODUCT{Gemini} ORG{Google} PRODUCT{제미나이 스튜디오} DEVELOPS(Google,Gemini) "
           "DEVELOPS(Google,제미나이 스튜디오)"},
          // Titles after a noun for films and series, goods after "기념품인",
          // sequels numbered in Roman numerals; a role taken "로서" is no name.
          {"아마존 드라마 '바다의 별빛 소녀'가 흥행했다.",
           "ORG{Amazon} PRODUCT{바다의 별빛 소녀} DEVELOPS(Amazon,바다의 별빛 소녀)"},
          {"재단의 기념품인 '누리즈'가 전시됐다.", "PRODUCT{누리즈}"},
          {"이 게임은 '별빛전쟁II'를 다시 만든 작품이다.", "PRODUCT{별빛전쟁II}"},
          {"가람은 '더 데이터 파트너(The Data Partner)'로서 입지를 다졌다.", ""},
          {"인수 후 PMI 작업을 주도했다.", ""},
          // A company that runs a product operates it; "운영체제" is a noun.
          {"챗봇 제미나이를 운영하는 구글은 새 기능을 공개했다.",
           "PRODUCT{Gemini} ORG{Google} DEVELOPS(Google,Gemini)"},
          {"네이버는 제미나이 운영체제를 쓴다.", "ORG{Naver} PRODUCT{Gemini}"},
          // A person, the organisation with its gloss, a unit, the title; a
          // venture firm's partner works for it; "파트너십" is no title.
          {"한지민 가람영화협회(GMA) 한국지사 대표, 오세훈 누리창업투자 파트너 등이 참석했다.",
           "PERSON{한지민} ORG{GMA} PERSON{오세훈} ORG{누리창업투자} LEADS(한지민,GMA) "
           "WORKS_FOR(오세훈,누리창업투자)"},
          {"네이버는 구글과 파트너십을 맺었다.",
           "ORG{Naver} ORG{Google} PARTNERS_WITH(Naver,Google)"},
          // Officials' titles give WORKS_FOR; a verb form is no part of a name;
          // goods "기념품인 '…'" after an owner's possessive are its products.
          {"박민재 네이버 정책관은 말했다. 공장을 방문해 이두리 네이버 차관과 만났다.",
           "PERSON{박민재} ORG{Naver} PERSON{이두리} WORKS_FOR(박민재,Naver) "
           "WORKS_FOR(이두리,Naver)"},
          {"가람재단의 기념품인 '누리즈'가 전시됐다.",
           "ORG{가람재단} PRODUCT{누리즈} DEVELOPS(가람재단,누리즈)"},
          // "<kind>인 X": a name of three syllables or more after a kind of
          // thing sold under a name; not a class ("반도체인"), not a glossed term.
          {"기존 제품인 누리시마 점유율은 59%였다.", "PRODUCT{누리시마}"},
          {"AI 반도체인 고대역폭 메모리(HBM) 판매가 늘었다.", ""},
          {"핵심 제품인 고대역폭 메모리(HBM) 판매가 늘었다.", ""},
          // Who speaks of "A와 B 합병" is no party to it; a buyer that merges is.
          {"머스크가 스페이스X와 xAI 합병설을 시인했다.", "PERSON{Elon Musk} ORG{SpaceX} ORG{xAI}"},
          {"스페이스X가 xAI를 합병했다.", "ORG{SpaceX} ORG{xAI} ACQUIRES(SpaceX,xAI)"},
          // A quoted name with 의 before a person and a title is the employer.
          {"우주 기업에 투자하는 '누리7'의 에릭 버넷 최고경영자(CEO)가 글을 올렸다.",
           "ORG{누리7} PERSON{에릭 버넷} CEO_OF(에릭 버넷,누리7)"},
          // A group named by two capitals is the parent of the units that carry them.
          {"HK그룹 계열 HK제과는 매출이 늘었다.",
           "ORG{HK그룹} ORG{HK제과} PARENT_OF(HK그룹,HK제과)"},
          // A source cited after a noun for its kind is an organisation.
          {"시장조사 업체 가람데이터에 따르면 출하량이 늘었다.", "ORG{가람데이터}"},
          {"분석 기관 누리마켓 등에 따르면 시세가 올랐다.", "ORG{누리마켓}"},
          {"한빛일보 등 현지 매체들에 따르면 공장이 멈췄다.", "ORG{한빛일보}"},
          {"업체 관계자에 따르면 판매가 늘었다.", ""},
          // "서" for "에서" after a name the article uses bare elsewhere.
          {"네이버웹툰서 신작 공개\n\n네이버웹툰은 새 작품을 공개했다.", "ORG{네이버웹툰}"},
      });
}

TEST(AnalyzerTest, EnglishAnaphorsStandForTheNameBefore) {
  const Lexicon lexicon = TestLexicon();
  RunCases(lexicon,
           {
               // "The company" and a subject "it" are the organisation named before.
               {"Microsoft reported profits. The company said it would buy Activision Blizzard.",
                "ORG{Microsoft} ORG{Activision Blizzard} ACQUIRES(Microsoft,Activision "
                "Blizzard)~considered"},
               {"Apple opened a store. Last year, it bought Instagram.",
                "ORG{Apple} ORG{Instagram} ACQUIRES(Apple,Instagram)"},
               // "its" before a nominal predicate.
               {"Nvidia grew after its investment in Anthropic.",
                "ORG{Nvidia} ORG{Anthropic} INVESTS_IN(Nvidia,Anthropic)"},
               // An adjective between "the" and the noun; the object side too.
               {"Google met analysts. Alphabet, which owns 90% of the search giant, gained.",
                "ORG{Google} ORG{Alphabet} OWNS(Alphabet,Google)"},
               // "its" before a title: the organisation named before.
               {"Naver grew. Its chief executive Sam Altman spoke.",
                "ORG{Naver} PERSON{Sam Altman} CEO_OF(Sam Altman,Naver)"},
               {"Naver grew. The company's founder, Jeff Bezos, spoke.",
                "ORG{Naver} PERSON{Jeff Bezos} FOUNDED(Jeff Bezos,Naver)"},
               // "he" is the person named last.
               {"Jeff Bezos spoke on Monday. He founded Blue Origin in 2000.",
                "PERSON{Jeff Bezos} ORG{Blue Origin} FOUNDED(Jeff Bezos,Blue Origin)"},
               // An object "it" is not resolved, and no anaphor before any name is.
               {"The company said Apple would buy it.", "ORG{Apple}"},
           });
}

TEST(AnalyzerTest, EnglishPredicatesFindTheirArguments) {
  const Lexicon lexicon = TestLexicon();
  RunCases(lexicon,
           {
               // A parenthetical between subject and verb is skipped.
               {"Amazon, run by Jeff Bezos, owns 40% of Anthropic.",
                "ORG{Amazon} PERSON{Jeff Bezos} ORG{Anthropic} LEADS(Jeff Bezos,Amazon) "
                "OWNS(Amazon,Anthropic)"},
               // A nominal predicate with "by": the agent follows (a stake is an
               // investment, not a takeover).
               {"Anthropic said the purchase of a stake by Amazon was welcome.",
                "ORG{Anthropic} ORG{Amazon} INVESTS_IN(Amazon,Anthropic)"},
               {"Anthropic said the purchase of the firm by Amazon was welcome.",
                "ORG{Anthropic} ORG{Amazon} ACQUIRES(Amazon,Anthropic)"},
               {"Amazon has bought a 20% stake in Anthropic.",
                "ORG{Amazon} ORG{Anthropic} INVESTS_IN(Amazon,Anthropic)"},
               // Buying a firm's stake: the firm sells.
               {"Amazon agreed to buy Google's 5% holding in the firm.", "ORG{Amazon} ORG{Google}"},
               // "took over after ...": no object in a new clause.
               {"Sam Altman took over after the board met Microsoft.",
                "PERSON{Sam Altman} ORG{Microsoft}"},
               // Agent nouns are not predicates.
               {"Sam Altman told investors at Microsoft about the plan.",
                "PERSON{Sam Altman} ORG{Microsoft}"},
               // A place that qualifies the next name is skipped.
               {"Naver agreed to acquire Korea's Harman.",
                "ORG{Naver} ORG{Harman} ACQUIRES(Naver,Harman)"},
               // A unit named by its parent's product line is still the object,
               // and the seller owned what it sold.
               {"Google sold its Instagram photo business to Meta.",
                "ORG{Google} ORG{Instagram} ORG{Meta Platforms} ACQUIRES(Meta Platforms,Instagram) "
                "OWNS(Google,Instagram)~ended"},
           });
}

TEST(AnalyzerTest, EnglishOrganisationRolesInApposition) {
  const Lexicon lexicon = TestLexicon();
  RunCases(lexicon, {
                        // "A - owner of B and C": A owns both.
                        {"Alphabet - owner of Google and Instagram - grew.",
                         "ORG{Alphabet} ORG{Google} ORG{Instagram} OWNS(Alphabet,Google) "
                         "OWNS(Alphabet,Instagram)"},
                        // "A, a 30% shareholder in B".
                        {"Naver, a 30% shareholder in Harman, declined.",
                         "ORG{Naver} ORG{Harman} OWNS(Naver,Harman)"},
                        // "B, its ROLE": the subject holds B.
                        {"Alphabet wants Google, its search subsidiary, to grow.",
                         "ORG{Alphabet} ORG{Google} PARENT_OF(Alphabet,Google)"},
                        // "its own" is no ownership.
                        {"Amazon will run its own joint venture with Anthropic.",
                         "ORG{Amazon} ORG{Anthropic} PARTNERS_WITH(Amazon,Anthropic)"},
                        // The head of a department works for the organisation.
                        {"Sam Altman, head of research at Google, spoke.",
                         "PERSON{Sam Altman} ORG{Google} WORKS_FOR(Sam Altman,Google)"},
                    });
}

TEST(AnalyzerTest, EnglishRelationsWithoutTheUsualTriggers) {
  const Lexicon lexicon = TestLexicon();
  RunCases(
      lexicon,
      {
          // The rival a bidder lost out to won the target; "tried to" is an attempt.
          {"Last year Naver tried to buy Harman, one of Korea's top audio firms, but lost out "
           "to luxury goods firm Google.",
           "ORG{Naver} ORG{Harman} ORG{Google} ACQUIRES(Google,Harman) "
           "ACQUIRES(Naver,Harman)~considered COMPETES_WITH(Naver,Google)"},
          // A list of brands, each with a word that says what it is.
          {"Apple is home to brands including Quellar whisky, Brinvo rum and Trovix wine.",
           "ORG{Apple} PRODUCT{Quellar} PRODUCT{Brinvo} PRODUCT{Trovix} OWNS(Apple,Brinvo) "
           "OWNS(Apple,Quellar) OWNS(Apple,Trovix)"},
          // "aligned with" is a partnership; "usurp" a rivalry.
          {"Apple has aligned with Google and Naver to build networks.",
           "ORG{Apple} ORG{Google} ORG{Naver} PARTNERS_WITH(Apple,Google) "
           "PARTNERS_WITH(Apple,Naver)"},
          {"Naver announced a partnership with Microsoft in a bid to usurp Google.",
           "ORG{Naver} ORG{Microsoft} ORG{Google} COMPETES_WITH(Naver,Google) "
           "PARTNERS_WITH(Microsoft,Naver)"},
          // "an analyst with research firm X"; "X, a former Y banker".
          {"Prices will fall, said Julian Roe, an analyst with research firm Kelvara.",
           "PERSON{Julian Roe} ORG{Kelvara} WORKS_FOR(Julian Roe,Kelvara)"},
          {"Under Jeff Bezos, a former Google banker, Apple has grown.",
           "PERSON{Jeff Bezos} ORG{Google} ORG{Apple} WORKS_FOR(Jeff Bezos,Google)~ended"},
          // Two bidders for one target compete; owners one after another do not.
          {"Naver made an offer for Harman. Google is weighing a bid for Harman too.",
           "ORG{Naver} ORG{Harman} ORG{Google} ACQUIRES(Google,Harman)~considered "
           "ACQUIRES(Naver,Harman)~considered COMPETES_WITH(Naver,Google)"},
          {"Naver bought Harman in 2001. Google bought Harman in 2010.",
           "ORG{Naver} ORG{Harman} ORG{Google} ACQUIRES(Google,Harman) ACQUIRES(Naver,Harman)"},
          // Falling behind, catching up and surpassing are rivalry.
          {"Naver is struggling to keep up with market leader Google.",
           "ORG{Naver} ORG{Google} COMPETES_WITH(Naver,Google)"},
          {"Naver surpassed Google to claim the top spot.",
           "ORG{Naver} ORG{Google} COMPETES_WITH(Naver,Google)"},
          // "X is a unit of Y" as "X, a unit of Y"; a spin-off ends a parenthood.
          {"Naver is a unit of Harman.", "ORG{Naver} ORG{Harman} PARENT_OF(Harman,Naver)"},
          {"Naver spun off Harman last year.",
           "ORG{Naver} ORG{Harman} PARENT_OF(Naver,Harman)~ended"},
          {"Harman was spun off from Naver last year.",
           "ORG{Harman} ORG{Naver} PARENT_OF(Naver,Harman)~ended"},
          // The subject of a clause after an aside ("X, which ..., will", "X, facing ..., tried").
          {"Naver, which bought Harman last year, will partner with Google.",
           "ORG{Naver} ORG{Harman} ORG{Google} ACQUIRES(Naver,Harman) "
           "PARTNERS_WITH(Google,Naver)"},
          {"Naver, facing competition from the likes of Google, tried to merge with Harman.",
           "ORG{Naver} ORG{Google} ORG{Harman} ACQUIRES(Naver,Harman)~considered "
           "COMPETES_WITH(Naver,Google)"},
          {"Naver, whose chief executive is Jeff Bezos, agreed to buy Harman.",
           "ORG{Naver} PERSON{Jeff Bezos} ORG{Harman} ACQUIRES(Naver,Harman)"},
          // "X-owned Y" and "X-backed startup Y": X owns or backs Y.
          {"Google-owned Harman grew.", "ORG{Google} ORG{Harman} OWNS(Google,Harman)"},
          {"The Google-backed startup Harman grew.",
           "ORG{Google} ORG{Harman} INVESTS_IN(Google,Harman)"},
          // "Harman, a Google unit"; "Google is Naver's biggest rival".
          {"Harman, a Google unit, bought Naver.",
           "ORG{Harman} ORG{Google} ORG{Naver} ACQUIRES(Harman,Naver) PARENT_OF(Google,Harman)"},
          {"Google is Naver's biggest rival.",
           "ORG{Google} ORG{Naver} COMPETES_WITH(Google,Naver)"},
          {"Naver struck a licensing deal with Google.",
           "ORG{Naver} ORG{Google} PARTNERS_WITH(Naver,Google)"},
          // A leader's title with no organisation next to it: the one the
          // sentence calls "the company".
          {"Naver grew fast. At the meeting last May, boss Jeff Bezos took to the stage to "
           "praise the company's bet on data.",
           "ORG{Naver} PERSON{Jeff Bezos} CEO_OF(Jeff Bezos,Naver)"},
          {"Naver grew fast. Margins were thin in the last quarter under former CEO Jeff Bezos, "
           "and the company expects more.",
           "ORG{Naver} PERSON{Jeff Bezos} CEO_OF(Jeff Bezos,Naver)~ended"},
          // ... but not a title of office, a bare "it" or a leader of a market.
          {"Naver grew fast. The company faces tariffs set by President Jeff Bezos.",
           "ORG{Naver} PERSON{Jeff Bezos}"},
          {"Naver grew fast. Chief executive Jeff Bezos said it would hire.",
           "ORG{Naver} PERSON{Jeff Bezos} CEO_OF(Jeff Bezos,Naver)"},
          {"Naver grew fast. The company trails market leader Jeff Bezos.",
           "ORG{Naver} PERSON{Jeff Bezos}"},
          // A place before a role word only qualifies it; "in Korea" is where.
          {"Shares in Naver fell while US partner Google rose.",
           "ORG{Naver} ORG{Google} PARTNERS_WITH(Google,Naver)"},
          {"Naver signed a deal with Google to supply it with cars for sale in Korea.",
           "ORG{Naver} ORG{Google} PARTNERS_WITH(Naver,Google)"},
          // "in May" is a month, not a modal verb.
          {"Naver bought Harman in May.", "ORG{Naver} ORG{Harman} ACQUIRES(Naver,Harman)"},
          {"Naver may buy Harman.", "ORG{Naver} ORG{Harman} ACQUIRES(Naver,Harman)~considered"},
          // Titles after "as", and "PERSON, the ORG ROLE".
          {"Jeff Bezos, the Naver boss, said sales rose.",
           "PERSON{Jeff Bezos} ORG{Naver} CEO_OF(Jeff Bezos,Naver)"},
          {"Naver appointed Jeff Bezos as chief executive.",
           "ORG{Naver} PERSON{Jeff Bezos} CEO_OF(Jeff Bezos,Naver)"},
          {"Jeff Bezos joined Naver as chairman.",
           "PERSON{Jeff Bezos} ORG{Naver} LEADS(Jeff Bezos,Naver)"},
          {"Jeff Bezos will step down as Naver chief executive.",
           "PERSON{Jeff Bezos} ORG{Naver} CEO_OF(Jeff Bezos,Naver)~ended"},
          {"Jeff Bezos stepped down as chief executive of Naver.",
           "PERSON{Jeff Bezos} ORG{Naver} CEO_OF(Jeff Bezos,Naver)~ended"},
          // "ORG ..., chief executive X said": the chief of the sentence's subject.
          {"Naver will cut 200 jobs next year, chief executive Jeff Bezos told reporters.",
           "ORG{Naver} PERSON{Jeff Bezos} CEO_OF(Jeff Bezos,Naver)"},
          {"Naver said Google would gain, chief executive Jeff Bezos said.",
           "ORG{Naver} ORG{Google} PERSON{Jeff Bezos}"},
      });
}

TEST(AnalyzerTest, EnglishClausesKeepTheirOwnSubjects) {
  const Lexicon lexicon = TestLexicon();
  RunCases(
      lexicon,
      {
          // "in which X owns a stake": the object comes first.
          {"Instagram, in which Meta owns a stake, grew.",
           "ORG{Instagram} ORG{Meta Platforms} OWNS(Meta Platforms,Instagram)"},
          // "former" describes a noun, not the verb.
          {"Google was bought by former subsidiary Alphabet.",
           "ORG{Google} ORG{Alphabet} ACQUIRES(Alphabet,Google) PARENT_OF(Google,Alphabet)~ended"},
          // "former" before the organisation of a title.
          {"Recruited by former Google chief executive Sam Altman.",
           "ORG{Google} PERSON{Sam Altman} CEO_OF(Sam Altman,Google)~ended"},
          // "X has replaced Y as ROLE of Z".
          {"Sam Altman has replaced Jeff Bezos as chief executive of OpenAI.",
           "PERSON{Sam Altman} PERSON{Jeff Bezos} ORG{OpenAI} CEO_OF(Jeff Bezos,OpenAI)~ended "
           "CEO_OF(Sam Altman,OpenAI)"},
          // "X's Y deal" is a deal, not a unit.
          {"The plan mirrors Google's Harman deal.", "ORG{Google} ORG{Harman}"},
          // "The company" is the organisation the article keeps naming.
          {"Alphabet grew. Alphabet hired. Google, in which it invests, grew too. Sam Altman "
           "joined the company.",
           "ORG{Alphabet} ORG{Google} PERSON{Sam Altman} WORKS_FOR(Sam Altman,Alphabet)"},
      });
}

TEST(AnalyzerTest, EnglishRunsOfCapitalsAreTrimmed) {
  const Lexicon lexicon = TestLexicon();
  RunCases(lexicon,
           {
               // Tickers before a name, a suffix after a dictionary name.
               {"Stocks: ZQX QRTZ Velmora Devices rose after a deal with Nvidia Corporation. "
                "Velmora Devices gained.",
                "ORG{Velmora Devices} ORG{Nvidia} PARTNERS_WITH(Velmora Devices,Nvidia)"},
               // A headline run into a known name; plural acronyms; adverbs.
               {"Why Investors Love Naver. Additionally, PCs sold well.", "ORG{Naver}"},
               // "X, who was also ORG's president".
               {"Sam Altman, who was also Google's president, left.",
                "PERSON{Sam Altman} ORG{Google} LEADS(Sam Altman,Google)~ended"},
               // A role "in" an organisation's unit.
               {"Sam Altman, vice president in Google's cloud unit, spoke.",
                "PERSON{Sam Altman} ORG{Google} WORKS_FOR(Sam Altman,Google)"},
               // A listing "(NASDAQ:TICKER)" names neither the exchange nor a new firm.
               {"Chip maker Velmora Devices (NASDAQ:VLMD) beat estimates. VLMD shares rose.",
                "ORG{Velmora Devices}"},
               // Syndicated headline lists are not the story.
               {"Naver grew. More News from Barchart Google Slips on Costs.", "ORG{Naver}"},
               // A ticker in parentheses; a previous name.
               {"Velmora Devices (VLMD) rose. VLMD gained. Velmora Devices grew.",
                "ORG{Velmora Devices}"},
               {"Google grew. Google went bust under previous name Quarbex. Quarbex was big.",
                "ORG{Google}"},
               // "from shareholder X" says nothing of the sentence's subject; X
               // holds the firm named before "from".
               {"Apple agreed to buy Harman from controlling shareholder Naver.",
                "ORG{Apple} ORG{Harman} ORG{Naver} ACQUIRES(Apple,Harman) OWNS(Naver,Harman)"},
               // Competition phrases.
               {"Naver goes head to head with Google.",
                "ORG{Naver} ORG{Google} COMPETES_WITH(Naver,Google)"},
               // A place, then nouns, before the object.
               {"Apple bought small Korea software firm Harman.",
                "ORG{Apple} ORG{Harman} ACQUIRES(Apple,Harman)"},
           });
}

TEST(AnalyzerTest, EnglishCustomersOwnersAndBidders) {
  const Lexicon lexicon = TestLexicon();
  RunCases(
      lexicon,
      {
          // "X-owner Y": Y owns X; names after "customers include" are firms.
          {"Bidders include Zentrox-owner Naver.", "ORG{Zentrox} ORG{Naver} OWNS(Naver,Zentrox)"},
          {"Apple grew. Its customers include Quellar, Brinvo and Google.",
           "ORG{Apple} ORG{Quellar} ORG{Brinvo} ORG{Google} PARTNERS_WITH(Brinvo,Apple) "
           "PARTNERS_WITH(Google,Apple) PARTNERS_WITH(Quellar,Apple)"},
          // "Gemini-maker X" develops it; "X-backed Y": X invests in Y.
          {"Investors cheered Gemini-maker Alphabet.",
           "PRODUCT{Gemini} ORG{Alphabet} DEVELOPS(Alphabet,Gemini)"},
          {"Naver-backed Zorvia raised money. Zorvia grew.",
           "ORG{Naver} ORG{Zorvia} INVESTS_IN(Naver,Zorvia)"},
          // "a takeover by X", "an offer from X", "an offer for X".
          {"Harman could be the target of a takeover by Naver.",
           "ORG{Harman} ORG{Naver} ACQUIRES(Naver,Harman)~considered"},
          // An offer not (yet) accepted is considered.
          {"Harman rejected an offer from Naver.",
           "ORG{Harman} ORG{Naver} ACQUIRES(Naver,Harman)~considered"},
          {"Naver would make an offer for Harman.",
           "ORG{Naver} ORG{Harman} ACQUIRES(Naver,Harman)~considered"},
          // The other party of a deal is a firm even when named once.
          {"Apple agreed to acquire Quorly for $400 million.",
           "ORG{Apple} ORG{Quorly} ACQUIRES(Apple,Quorly)"},
          {"Naver announced a partnership with Trellic.",
           "ORG{Naver} ORG{Trellic} PARTNERS_WITH(Trellic,Naver)"},
          // A launch names a product; an anaphor and a name give one relation.
          {"Naver launched Brivo yesterday.", "ORG{Naver} PRODUCT{Brivo} DEVELOPS(Naver,Brivo)"},
          {"Shares of Nvidia rose after the chipmaker announced a partnership with Naver.",
           "ORG{Nvidia} ORG{Naver} PARTNERS_WITH(Naver,Nvidia)"},
          // "founded by former Google engineers": Google founded nothing.
          {"Vantrex Labs, a startup founded by former Google engineers, grew.",
           "ORG{Vantrex Labs} ORG{Google}"},
          // "named X as its new chief executive"; "-ian" before a suffix is no demonym.
          {"Zorvian Systems named Maria Lopez as its new chief executive.",
           "ORG{Zorvian Systems} PERSON{Maria Lopez} CEO_OF(Maria Lopez,Zorvian Systems)"},
          // More predicate forms.
          {"Naver completed its acquisition of Harman in July.",
           "ORG{Naver} ORG{Harman} ACQUIRES(Naver,Harman)"},
          {"Instagram, which is majority-owned by Naver, grew.",
           "ORG{Instagram} ORG{Naver} OWNS(Naver,Instagram)"},
          {"Apple said it is working with Google on maps.",
           "ORG{Apple} ORG{Google} PARTNERS_WITH(Apple,Google)"},
          // "Analysts at X said its ...": "its" is not X.
          {"Apple grew. Analysts at Naver said its tie-up with Google helps.",
           "ORG{Apple} ORG{Naver} ORG{Google} PARTNERS_WITH(Apple,Google)"},
          // A coordinated predicate has the sentence's subject; losing out is rivalry.
          {"Last year Naver tried to buy Harman, a chip firm, but lost out to Google.",
           "ORG{Naver} ORG{Harman} ORG{Google} ACQUIRES(Google,Harman) "
           "ACQUIRES(Naver,Harman)~considered COMPETES_WITH(Naver,Google)"},
          {"Apple is vying with Google for the deal.",
           "ORG{Apple} ORG{Google} COMPETES_WITH(Apple,Google)"},
          // A bidder is a buyer in waiting.
          {"Naver is the likely bidder for Harman.",
           "ORG{Naver} ORG{Harman} ACQUIRES(Naver,Harman)~considered"},
          // "said analyst X at Y"; "X, of brokers Y".
          {"Sales will rise, said analyst Erik Dahl at Kelvara.",
           "PERSON{Erik Dahl} ORG{Kelvara} WORKS_FOR(Erik Dahl,Kelvara)"},
          {"Andrew Pell, of brokers Tovari, said so.",
           "PERSON{Andrew Pell} ORG{Tovari} WORKS_FOR(Andrew Pell,Tovari)"},
          // "founded in 1875 by telephone pioneer X"; a place before the subject.
          {"Apple, which was founded in 1976 by engineer Jeff Bezos, grew.",
           "ORG{Apple} PERSON{Jeff Bezos} FOUNDED(Jeff Bezos,Apple)"},
          {"US firm Google said it bought its former parent Alphabet.",
           "ORG{Google} ORG{Alphabet} ACQUIRES(Google,Alphabet) PARENT_OF(Alphabet,Google)~ended"},
      });
}

TEST(AnalyzerTest, EnglishCuesNameOrganisationsSeenOnce) {
  const Lexicon lexicon = TestLexicon(/*entities=*/false);
  RunCases(
      lexicon,
      {
          // A role word between two names: the first is the employer.
          {"Nomura analyst Kenji Sato expects more.",
           "ORG{Nomura} PERSON{Kenji Sato} WORKS_FOR(Kenji Sato,Nomura)"},
          // "an analyst at X", "director at X": X employs them.
          {"Prices will rise, said Ann Lee, an analyst at Harbor Crest Advisors.",
           "PERSON{Ann Lee} ORG{Harbor Crest Advisors} WORKS_FOR(Ann Lee,Harbor Crest Advisors)"},
          // After a closing quote, the speaker; "from X bank": the employer.
          {"\"It is dear,\" Greta Olsen, from Lindqvist investment bank, told us.",
           "PERSON{Greta Olsen} ORG{Lindqvist} WORKS_FOR(Greta Olsen,Lindqvist)"},
          // Plural nouns before a list, and the list's other members.
          {"Zorbit wants to take on leading players Quillo and Marbledge.",
           "ORG{Quillo} ORG{Marbledge}"},
          // A possessive inside a firm's name that ends in a suffix.
          {"Demand is weak, said Tom Reed, president of Reed's Retail Advisory Group.",
           "PERSON{Tom Reed} ORG{Reed's Retail Advisory Group} "
           "LEADS(Tom Reed,Reed's Retail Advisory Group)"},
          // "International" inside a name; a dash glued to its last word.
          {"A venture with market maker Castellan International Group—online soon.",
           "ORG{Castellan International Group}"},
          // A hyphenated name ending in "ch" is no demonym; "makes X": a product.
          {"US brewer Vollmer-Busch, which makes Stella Nova, grew.",
           "ORG{Vollmer-Busch} PRODUCT{Stella Nova} DEVELOPS(Vollmer-Busch,Stella Nova)"},
          // "the Marova car company" is a company.
          {"Zorbit will integrate the Marova car company.", "ORG{Marova}"},
          // Brands listed after "brands including" are products; "X, one of ... firms".
          {"Zorbit owns brands including Velvo Rum and Castor Gin.",
           "PRODUCT{Velvo Rum} PRODUCT{Castor Gin}"},
          {"Zorbit tried to buy Brelmont, one of Scotland's premier whisky firms.",
           "ORG{Brelmont}"},
          // "London Stock Exchange Group" is one name; "in May" is a month.
          {"Shares of London Stock Exchange Group fell in May.",
           "ORG{London Stock Exchange Group}"},
          // Rating words are not names.
          {"Should You Buy? Analysts rate it a Moderate Buy.", ""},
          // A name before a product noun; "chains such as A and B"; a version of a product.
          {"Zorbit sells Velvo rum and Castor vodka.", "PRODUCT{Velvo} PRODUCT{Castor}"},
          {"Its chains such as Rollin' Donuts and Crema-Bros grew.",
           "ORG{Rollin' Donuts} ORG{Crema-Bros}"},
          // A title before a name works without "(CEO)".
          {"The board hired chief executive Takeshi Morimoto.", "PERSON{Takeshi Morimoto}"},
      });
}

TEST(AnalyzerTest, EnglishRolesAllowModifiersAndLinkingVerbs) {
  const Lexicon lexicon = TestLexicon();
  RunCases(lexicon, {
                        // A dictionary product and a version token.
                        {"Gemini XL launched.", "PRODUCT{Gemini XL}"},
                        // A place's possessive before a name seen once makes it a firm.
                        {"Zorbit bought Korea's Hexora last year.", "ORG{Hexora}"},
                        {"Sam Altman, global head of research at OpenAI, spoke.",
                         "PERSON{Sam Altman} ORG{OpenAI} WORKS_FOR(Sam Altman,OpenAI)"},
                        {"Sam Altman is to become chief executive of OpenAI.",
                         "PERSON{Sam Altman} ORG{OpenAI} CEO_OF(Sam Altman,OpenAI)"},
                        {"It was signed by Google's newly-appointed chief executive Sam Altman.",
                         "ORG{Google} PERSON{Sam Altman} CEO_OF(Sam Altman,Google)"},
                    });
}

TEST(AnalyzerTest, EnglishNamesNeedEvidence) {
  const Lexicon lexicon = TestLexicon(/*entities=*/false);
  RunCases(lexicon,
           {
               // A title-case headline seen once is not a name.
               {"Grocery Plan Takes Shape In The City", ""},
               // A possessive keeps the name when the bare form never appears.
               // A name listed with a repeated one is of its kind.
               {"Stores such as Macy's, Kohl's and Sears grew. Macy's, the biggest, gained.",
                "ORG{Macy's} ORG{Kohl's} ORG{Sears}"},
               // Demonyms and sentence-initial verbs are not names.
               {"Struggling Japanese carmakers met. Swiss banks did too.", ""},
               // Two sightings make a name; the short form joins the long one.
               {"Federated Department Stores agreed. Federated said yes.",
                "ORG{Federated Department Stores}"},
           });
}

TEST(AnalyzerTest, EnglishModalityOfOffersAndDepartures) {
  const Lexicon lexicon = TestLexicon();
  RunCases(
      lexicon,
      {
          // A takeover offer is considered until accepted; a withdrawn one ended.
          {"Naver rejected a takeover offer from Harman.",
           "ORG{Naver} ORG{Harman} ACQUIRES(Harman,Naver)~considered"},
          {"Naver has withdrawn its offer for Harman.",
           "ORG{Naver} ORG{Harman} ACQUIRES(Naver,Harman)~ended"},
          // ... but a rival stays a rival.
          {"Naver has withdrawn its takeover offer for rival Harman.",
           "ORG{Naver} ORG{Harman} ACQUIRES(Naver,Harman)~ended COMPETES_WITH(Harman,Naver)"},
          // An alliance that is dissolved has ended.
          {"Naver agreed to dissolve its alliance with Google.",
           "ORG{Naver} ORG{Google} PARTNERS_WITH(Naver,Google)~ended"},
          // Deals that fell through or that a party walked away from have ended.
          {"Naver walked away from its deal with Google.",
           "ORG{Naver} ORG{Google} PARTNERS_WITH(Naver,Google)~ended"},
          {"Naver pulled out of the deal to buy Harman.",
           "ORG{Naver} ORG{Harman} ACQUIRES(Naver,Harman)~ended"},
          // A chief who resigns or leaves right after the title.
          {"Google's chairman and chief executive Sam Altman resigned in January.",
           "ORG{Google} PERSON{Sam Altman} CEO_OF(Sam Altman,Google)~ended"},
          {"Google's chief executive Sam Altman said sales rose.",
           "ORG{Google} PERSON{Sam Altman} CEO_OF(Sam Altman,Google)"},
          // A dash aside is a clause of its own: "plans" does not reach into it.
          {"Naver plans to open a store — run as a joint venture with Google — next year.",
           "ORG{Naver} ORG{Google} PARTNERS_WITH(Naver,Google)"},
          // A full stop the segmenter missed ends the clause; an abbreviation does not.
          {"Naver is partnering with Google and Apple. Story Continues Worries about Naver are "
           "not new.",
           "ORG{Naver} ORG{Google} ORG{Apple} PARTNERS_WITH(Apple,Naver) "
           "PARTNERS_WITH(Google,Naver)"},
      });
}

TEST(AnalyzerTest, EnglishTitlesWithAFieldOfWork) {
  const Lexicon lexicon = TestLexicon();
  RunCases(lexicon, {
                        // Lower-case words that name a field before the title.
                        {"Sam Altman, a retail analyst at Naver, said sales rose.",
                         "PERSON{Sam Altman} ORG{Naver} WORKS_FOR(Sam Altman,Naver)"},
                        {"Naver energy analyst Sam Altman said prices rose.",
                         "ORG{Naver} PERSON{Sam Altman} WORKS_FOR(Sam Altman,Naver)"},
                        // A chief of a field works for the firm; he does not lead it.
                        {"Sam Altman, the investment chief of Naver, spoke.",
                         "PERSON{Sam Altman} ORG{Naver} WORKS_FOR(Sam Altman,Naver)"},
                        {"Naver investment chief Sam Altman spoke.",
                         "ORG{Naver} PERSON{Sam Altman} WORKS_FOR(Sam Altman,Naver)"},
                        // Not a verb between the organisation and the title.
                        {"Naver hired analyst Sam Altman.", "ORG{Naver} PERSON{Sam Altman}"},
                        {"Naver trails market leader Sam Altman.", "ORG{Naver} PERSON{Sam Altman}"},
                    });
}

TEST(AnalyzerTest, EnglishMoreDealAndBrandWords) {
  const Lexicon lexicon = TestLexicon();
  RunCases(
      lexicon,
      {
          // "swallowed up by" in a relative clause: its subject is the name before "which".
          {"Google said that Harman, which was swallowed up by Naver last year, will stay.",
           "ORG{Google} ORG{Harman} ORG{Naver} ACQUIRES(Naver,Harman)"},
          {"Naver snapped up Harman in 2024.", "ORG{Naver} ORG{Harman} ACQUIRES(Naver,Harman)"},
          // Ties that may be deepened exist already; new ones are considered.
          {"Naver may deepen its ties with Google.",
           "ORG{Naver} ORG{Google} PARTNERS_WITH(Naver,Google)"},
          {"Naver may seek ties with Google.",
           "ORG{Naver} ORG{Google} PARTNERS_WITH(Naver,Google)~considered"},
          {"Naver's big names include Velvo rum, Castor vodka and Miro gin.",
           "ORG{Naver} PRODUCT{Velvo} PRODUCT{Castor} PRODUCT{Miro} OWNS(Naver,Castor) "
           "OWNS(Naver,Miro) OWNS(Naver,Velvo)"},
          // A place before a noun does not hold the brands.
          {"The Korea division - whose marques include Velvo and Castor - grew.",
           "PRODUCT{Velvo} PRODUCT{Castor}"},
          // A firm the text has just introduced with "a" is not the one it is about.
          {"Naver sold Harman to a little-known shell company. The shell company was then "
           "bought by Google.",
           "ORG{Naver} ORG{Harman} ORG{Google}"},
      });
}

TEST(AnalyzerTest, EnglishPlacesListsAndUnitsAroundNames) {
  const Lexicon lexicon = TestLexicon();
  RunCases(
      lexicon,
      {
          // A place before "partner" qualifies it; the partner is the subject's.
          {"Shares in Naver fell 7% while Korea partner Google shed 4%.",
           "ORG{Naver} ORG{Google} PARTNERS_WITH(Google,Naver)"},
          // ... and after a possessive, the possessor's.
          {"Naver bought 60% of Harman's Korea affiliate Google.",
           "ORG{Naver} ORG{Harman} ORG{Google} ACQUIRES(Naver,Google) "
           "PARENT_OF(Harman,Google)"},
          // Whose unit is not said: no relation.
          {"Naver took over Harman and the Korea subsidiary Google.",
           "ORG{Naver} ORG{Harman} ORG{Google} ACQUIRES(Naver,Harman)"},
          // The last item of a list may carry a description.
          {"Its customers include Naver, Harman and consumer electronics giant Google.",
           "ORG{Naver} ORG{Harman} ORG{Google}"},
          {"Apple grew. Its customers include Naver, Harman and consumer electronics giant Google.",
           "ORG{Apple} ORG{Naver} ORG{Harman} ORG{Google} PARTNERS_WITH(Google,Apple) "
           "PARTNERS_WITH(Harman,Apple) PARTNERS_WITH(Naver,Apple)"},
          // "Shares in X ... that it": the firm whose shares open the sentence.
          {"Naver grew. Shares in Korea web firm Harman rose on talk that it could be the target "
           "of a takeover by Google.",
           "ORG{Naver} ORG{Harman} ORG{Google} ACQUIRES(Google,Harman)~considered"},
      });
}

TEST(AnalyzerTest, EnglishProductFromItsMaker) {
  const Lexicon lexicon = TestLexicon();
  RunCases(
      lexicon,
      {
          // "PRODUCT ... tool from ORG": the maker follows, not the subject.
          {"Naver fell after the release of the new Gemini AI coding tool from Google.",
           "ORG{Naver} PRODUCT{Gemini} ORG{Google} DEVELOPS(Google,Gemini)"},
          {"Naver will buy ten Gemini chips from Google.",
           "ORG{Naver} PRODUCT{Gemini} ORG{Google} DEVELOPS(Google,Gemini)"},
          // Not across other words: "sales from" says nothing of the maker.
          {"Naver said Gemini sales from Google rose.", "ORG{Naver} PRODUCT{Gemini} ORG{Google}"},
      });
}

TEST(AnalyzerTest, EnglishCompetitorsInListsAndCompetitionFrom) {
  const Lexicon lexicon = TestLexicon();
  RunCases(lexicon,
           {
               {"Naver has struggled to compete against bigger groups such as Google and other "
                "retailers such as Apple.",
                "ORG{Naver} ORG{Google} ORG{Apple} COMPETES_WITH(Naver,Apple) "
                "COMPETES_WITH(Naver,Google)"},
               // "competition from X" after "and": the subject faces it.
               {"Naver is struggling to keep up with market leader Google and cut-price "
                "competition from the likes of Apple.",
                "ORG{Naver} ORG{Google} ORG{Apple} COMPETES_WITH(Naver,Apple) "
                "COMPETES_WITH(Naver,Google)"},
           });
}

TEST(AnalyzerTest, EnglishGuardsAgainstFalseObjects) {
  const Lexicon lexicon = TestLexicon();
  RunCases(
      lexicon,
      {
          // A chief hired back holds the role again.
          {"Google grew. The company rehired its former CEO, Sam Altman, to lead the company "
           "again.",
           "ORG{Google} PERSON{Sam Altman} CEO_OF(Sam Altman,Google)"},
          // The speaker after a closing quote is no object.
          {"\"Naver is going head-to-head with a tough rival,\" Google said.",
           "ORG{Naver} ORG{Google}"},
          // "founded in 1998" is a participle with its year, not a founder.
          {"It is Naver, founded in 1998 - photo Google.", "ORG{Naver} ORG{Google}"},
          // "X, Y's satellite business": an apposition, not a list of partners.
          {"Naver is working with Harman, Google's audio business.",
           "ORG{Naver} ORG{Harman} ORG{Google} PARTNERS_WITH(Naver,Harman)"},
          // A participle clause after a comma has the sentence's subject.
          {"Harman accepted a buyout from Naver on Monday, rejecting a higher offer from Google.",
           "ORG{Harman} ORG{Naver} ORG{Google} ACQUIRES(Google,Harman)~considered "
           "ACQUIRES(Naver,Harman) COMPETES_WITH(Naver,Google)"},
          // "buyout by", "takeover battle for".
          {"Harman agreed to a buyout by Naver.", "ORG{Harman} ORG{Naver} ACQUIRES(Naver,Harman)"},
          {"Naver has won a takeover battle for Harman.",
           "ORG{Naver} ORG{Harman} ACQUIRES(Naver,Harman)"},
          // "the rivalry between A and B"; "rivalry from X".
          {"He thinks the rivalry between Naver and Google is overblown.",
           "ORG{Naver} ORG{Google} COMPETES_WITH(Naver,Google)"},
          {"Naver and Google grew as the battle between satellite and cable heats up.",
           "ORG{Naver} ORG{Google}"},
          {"Naver faces intense rivalry from firms such as Google and Apple.",
           "ORG{Naver} ORG{Google} ORG{Apple} COMPETES_WITH(Naver,Apple) "
           "COMPETES_WITH(Naver,Google)"},
          // "It" sentences after the last name stands for the firm the text is about.
          {"Naver is a web firm. Naver grew fast. In 1995 Apple agreed to fund Naver. More "
           "funding followed. It now faces intense rivalry from Google.",
           "ORG{Naver} ORG{Apple} ORG{Google} COMPETES_WITH(Naver,Google)"},
          // "competition from rivals to X": the rivals are not named.
          {"Naver faced competition from rivals to Google.", "ORG{Naver} ORG{Google}"},
          // An organisation named only as a person's employer is not what "it" means.
          {"Sam Altman, an analyst at Google, said Naver had done well. It is struggling to keep "
           "up with Apple.",
           "PERSON{Sam Altman} ORG{Google} ORG{Naver} ORG{Apple} COMPETES_WITH(Naver,Apple) "
           "WORKS_FOR(Sam Altman,Google)"},
      });
}

TEST(AnalyzerTest, EnglishRanksInOneMarket) {
  const Lexicon lexicon = TestLexicon();
  RunCases(lexicon, {
                        {"Naver is Korea's second-biggest search firm after Google.",
                         "ORG{Naver} ORG{Google} COMPETES_WITH(Naver,Google)"},
                        {"Naver, the third largest web company behind Google, grew.",
                         "ORG{Naver} ORG{Google} COMPETES_WITH(Naver,Google)"},
                        // Not a rank in time: "the second-biggest deal after talks with Google".
                        {"Naver signed its second-biggest deal, after talks with Google.",
                         "ORG{Naver} ORG{Google}"},
                    });
}

TEST(AnalyzerTest, EnglishBidsWhoseTargetWasJustNamed) {
  const Lexicon lexicon = TestLexicon();
  RunCases(lexicon,
           {
               // The target of the bid just reported; the bidders compete.
               {"Naver agreed to buy Harman. The deal was agreed despite a higher bid from "
                "Google.",
                "ORG{Naver} ORG{Harman} ORG{Google} ACQUIRES(Google,Harman)~considered "
                "ACQUIRES(Naver,Harman) COMPETES_WITH(Naver,Google)"},
               // The firm that received an offer the sentence before.
               {"Harman has received a takeover offer. The bid has come from private investment "
                "firm Google.",
                "ORG{Harman} ORG{Google} ACQUIRES(Google,Harman)~considered"},
               // Not the winner of a battle: only a firm said to receive the offer.
               {"Naver has won a takeover battle. The deal was agreed despite a higher bid from "
                "Google.",
                "ORG{Naver} ORG{Google}"},
               // No bid, no target.
               {"Harman grew. The help has come from Google.", "ORG{Harman} ORG{Google}"},
           });
}

TEST(AnalyzerTest, EnglishRivalsProductsAndApproaches) {
  const Lexicon lexicon = TestLexicon();
  RunCases(lexicon, {
                        // "its" is the subject again: the rivals are the subject's.
                        {"Google and its rivals Naver and Apple are spending more.",
                         "ORG{Google} ORG{Naver} ORG{Apple} COMPETES_WITH(Google,Apple) "
                         "COMPETES_WITH(Google,Naver)"},
                        // A possessive, then words ending in a product noun.
                        {"Google's new AI assistant Gemini sold well.",
                         "ORG{Google} PRODUCT{Gemini} DEVELOPS(Google,Gemini)"},
                        {"Naver rejected a takeover approach from Google.",
                         "ORG{Naver} ORG{Google} ACQUIRES(Google,Naver)~considered"},
                    });
}

TEST(AnalyzerTest, EnglishObjectsBeforeTheirVerbs) {
  const Lexicon lexicon = TestLexicon();
  RunCases(lexicon,
           {
               // An object relative clause: the object is the name before "which".
               {"Harman, which Naver bought in 2021, grew.",
                "ORG{Harman} ORG{Naver} ACQUIRES(Naver,Harman)"},
               // A verb after the object: "closed" is no noun the name modifies.
               {"Google's acquisition of Harman closed.",
                "ORG{Google} ORG{Harman} ACQUIRES(Google,Harman)"},
               {"Google will buy Harman chips.", "ORG{Google} ORG{Harman}"},
               // Suppliers are partners; "gaining ground on" is competition.
               {"Apple supplier Naver grew.", "ORG{Apple} ORG{Naver} PARTNERS_WITH(Naver,Apple)"},
               {"Naver, a key supplier of chips to Apple, grew.",
                "ORG{Naver} ORG{Apple} PARTNERS_WITH(Apple,Naver)"},
               {"Naver is gaining ground on Google.",
                "ORG{Naver} ORG{Google} COMPETES_WITH(Naver,Google)"},
               // No object past a colon.
               {"Naver rushed to buy the dip: Google jumped 5%.", "ORG{Naver} ORG{Google}"},
           });
}

TEST(AnalyzerTest, EnglishAppointmentsAndDepartmentHeads) {
  const Lexicon lexicon = TestLexicon();
  RunCases(lexicon,
           {
               // The head of a department works for the organisation.
               {"Sam Altman, Google's head of research, said.",
                "PERSON{Sam Altman} ORG{Google} WORKS_FOR(Sam Altman,Google)"},
               {"Sam Altman, head of research at Google, said.",
                "PERSON{Sam Altman} ORG{Google} WORKS_FOR(Sam Altman,Google)"},
               // ... but "head of search firm Google" leads the firm.
               {"Sam Altman, head of search firm Google, said.",
                "PERSON{Sam Altman} ORG{Google} LEADS(Sam Altman,Google)"},
               // Appointments without "as"; passive appointments.
               {"Google named Sam Altman chief executive.",
                "ORG{Google} PERSON{Sam Altman} CEO_OF(Sam Altman,Google)"},
               {"Sam Altman was appointed chief executive of Google.",
                "PERSON{Sam Altman} ORG{Google} CEO_OF(Sam Altman,Google)"},
               // Chief officers of a field work for the firm; a title with its own
               // "of ORG" is not about the organisation named before the person.
               {"Sam Altman, chief investment officer at Naver, said.",
                "PERSON{Sam Altman} ORG{Naver} WORKS_FOR(Sam Altman,Naver)"},
               {"Photo by Google Sam Altman, chief investment officer of Naver, said.",
                "ORG{Google} PERSON{Sam Altman} ORG{Naver} WORKS_FOR(Sam Altman,Naver)"},
               // "for" works like "of"/"at"; other titles after "and" do not separate.
               {"Sam Altman, chief economist for Naver, said.",
                "PERSON{Sam Altman} ORG{Naver} WORKS_FOR(Sam Altman,Naver)"},
               {"Sam Altman, founder and CIO of Naver, said.",
                "PERSON{Sam Altman} ORG{Naver} FOUNDED(Sam Altman,Naver) "
                "WORKS_FOR(Sam Altman,Naver)"},
               {"Sam Altman, who will remain as Naver chief executive, said.",
                "PERSON{Sam Altman} ORG{Naver} CEO_OF(Sam Altman,Naver)"},
               {"Sam Altman has been chief executive of Naver since 2002.",
                "PERSON{Sam Altman} ORG{Naver} CEO_OF(Sam Altman,Naver)"},
               // A place's possessive in an apposition is not the subject; "than"
               // after the object is no noun it modifies.
               {"Naver, Korea's biggest web firm, tabled a higher offer for Harman than its rival.",
                "ORG{Naver} ORG{Harman} ACQUIRES(Naver,Harman)~considered"},
               // A plural title before coordinated names.
               {"The deal excludes former Naver chief executives Sam Altman and Elon Musk.",
                "ORG{Naver} PERSON{Sam Altman} PERSON{Elon Musk} CEO_OF(Elon Musk,Naver)~ended "
                "CEO_OF(Sam Altman,Naver)~ended"},
               // "took over as" a role is no takeover.
               {"Sam Altman took over as chief executive of Google in May.",
                "PERSON{Sam Altman} ORG{Google} CEO_OF(Sam Altman,Google)"},
               // "PRODUCT, ORG's chatbot".
               {"Gemini, Google's chatbot, grew.",
                "PRODUCT{Gemini} ORG{Google} DEVELOPS(Google,Gemini)"},
               // A dropped bid has ended.
               {"Naver dropped its bid for Harman.",
                "ORG{Naver} ORG{Harman} ACQUIRES(Naver,Harman)~ended"},
           });
}

TEST(AnalyzerTest, EnglishStakesSoldAndRolesInApposition) {
  const Lexicon lexicon = TestLexicon();
  RunCases(lexicon, {
                        // "A's ROLE, B,": B holds the role towards A.
                        {"Naver's largest shareholder, Google, said it was pleased.",
                         "ORG{Naver} ORG{Google} OWNS(Google,Naver)"},
                        {"The drop by Google's parent, Alphabet, was steep.",
                         "ORG{Google} ORG{Alphabet} PARENT_OF(Alphabet,Google)"},
                        // A unit sold to a buyer: the buyer is no parent of the seller.
                        {"Naver will sell its car division to Google.", "ORG{Naver} ORG{Google}"},
                        // "its key audio unit, Harman": the subject's unit.
                        {"Naver hoped to halt the sale of its key audio unit, Harman.",
                         "ORG{Naver} ORG{Harman} PARENT_OF(Naver,Harman)"},
                        // "X - in which Y owns a stake -": the object comes before.
                        {"Korean firm Naver - in which Google owns a 44% stake - grew.",
                         "ORG{Naver} ORG{Google} OWNS(Google,Naver)"},
                        // "clients like X".
                        {"Naver grew thanks to clients like Google.",
                         "ORG{Naver} ORG{Google} PARTNERS_WITH(Google,Naver)"},
                        // A stake sold has ended.
                        {"Google sold its stake in Naver.",
                         "ORG{Google} ORG{Naver} INVESTS_IN(Google,Naver)~ended"},
                    });
}

TEST(AnalyzerTest, EnglishProductCues) {
  const Lexicon lexicon = TestLexicon();
  RunCases(lexicon,
           {
               // A product noun before the name; the type holds where the name recurs.
               {"Sales of new multiple sclerosis drug Velmarin stopped. Velmarin was new.",
                "PRODUCT{Velmarin}"},
               // An apposition that ends in a product noun, with the maker's possessive.
               {"Doctors used Corvex, Naver's existing arthritis drug. Corvex sold well.",
                "PRODUCT{Corvex} ORG{Naver} DEVELOPS(Naver,Corvex)"},
               // Guard: the noun ends its own phrase when a verb follows the name.
               {"Rather than a downloaded movie Quorvex is showing a phone. Quorvex grew.",
                "ORG{Quorvex}"},
               // "its Alfa Romeo marque": a product noun after the name.
               {"The unit is best known for its Corvina Lusso marque.", "PRODUCT{Corvina Lusso}"},
               // "market leader X" ranks a firm: no title, so no person.
               {"It trails market leader Brindle Stores and others.", "ORG{Brindle Stores}"},
               {"The other half was bought by market leader Daviro.", "ORG{Daviro}"},
           });
}

TEST(AnalyzerTest, EnglishIndicesAndBoilerplateAreNoEntities) {
  Lexicon lexicon = TestLexicon();
  ASSERT_TRUE(lexicon.AddEntities("Nasdaq\tORG\t나스닥\nS&P Global\tORG\tS&P\n", "t").ok());
  RunCases(
      lexicon,
      {
          // A stock index is not the firm whose name it carries.
          {"The S&P 500 Index rose and the Nasdaq index fell. Naver gained.", "ORG{Naver}"},
          {"The Varnell Tech Index was flat. Varnell Tech Index funds grew.", ""},
          // ... but a number that is not an index size keeps the name.
          {"S&P 300 analysts met.", "ORG{S&P Global}"},
          // Copyright lines, advertising blocks and an outlet's own website.
          {"Naver grew. ©2026 Google L.P. View Comments", "ORG{Naver}"},
          {"Naver grew. Gold Deals: Best Overall Gold IRA Learn More Quarro Metals Group: Zero "
           "Fees Learn More",
           "ORG{Naver}"},
          {"\"It works,\" Sam Altman told the Google News website.", "PERSON{Sam Altman}"},
          // Page breaks of syndicated text and datelines.
          {"Naver grew. Story Continues Memory prices rose. Story Continues Memory fell.",
           "ORG{Naver}"},
          {"Title\n\nNAIROBI, Kenya (AP) \u2014 Naver grew.", "ORG{Naver}"},
      });
}

TEST(AnalyzerTest, EnglishShortFormsAndRunBoundaries) {
  const Lexicon lexicon = TestLexicon(/*entities=*/false);
  RunCases(lexicon,
           {
               // A short form with the plural "s" dropped; an apostrophe written two ways.
               {"The bid came from investment firm Dunmore Capital Management. Dunmores said "
                "no. Dunmore said yes.",
                "ORG{Dunmore Capital Management}"},
               {"Halvard Group hired Maria D’Arcy. Under D'Arcy it grew. D'Arcy left.",
                "ORG{Halvard Group} PERSON{Maria D’Arcy}"},
               // A name without its legal-form words is the same firm ...
               {"Kestrel Tokyo Financial Group made an offer. The bank merged with Kestrel Tokyo. "
                "Kestrel Tokyo grew.",
                "ORG{Kestrel Tokyo Financial Group}"},
               // ... but a firm's own name before "Group" is the group's unit.
               {"Dorrin Stock Exchange Group owns the Dorrin Stock Exchange. Dorrin Stock Exchange "
                "listed it.",
                "ORG{Dorrin Stock Exchange Group} ORG{Dorrin Stock Exchange} OWNS(Dorrin Stock "
                "Exchange Group,Dorrin Stock Exchange)"},
               // "Global" before a name that ends in a suffix; "Investors" after "at".
               {"\"Good news,\" Global Asset Management investment chief Tom Reed said.",
                "ORG{Global Asset Management} PERSON{Tom Reed} WORKS_FOR(Tom Reed,Global Asset "
                "Management)"},
               {"Kunal Rao, a fund manager at Corvel Investors, told us.",
                "PERSON{Kunal Rao} ORG{Corvel Investors} WORKS_FOR(Kunal Rao,Corvel Investors)"},
               // A participle after a common noun opens a clause of a run-on headline.
               {"How the big bet went wrong Addressing Tarven Data Group shareholders, he spoke. "
                "Tarven Data Group fell.",
                "ORG{Tarven Data Group}"},
               // A possessive before a building noun names a building.
               {"He spoke at the Fishmonger's Hall. The Fishmonger's Hall was full.", ""},
           });
}

TEST(AnalyzerTest, EnglishTermAcronymsAreNoNames) {
  Lexicon lexicon = TestLexicon();
  ASSERT_TRUE(lexicon.AddEntities("Microsoft Corp\tORG\tMS\n", "t").ok());
  RunCases(
      lexicon,
      {
          // An acronym the article defines by a lower-case phrase is a term.
          {"Naver owns much intellectual property (IP). The IP is old. IP matters.", "ORG{Naver}"},
          {"No case of progressive multifocal leukoencephalopathy (PML) was seen. PML is rare. "
           "The risk of PML grew.",
           ""},
          // A headline acronym the text spells out before the same noun.
          {"Shares hit by MS drug halt\n\nSales of a new multiple sclerosis drug stopped.", ""},
          // A name in capitals spells no term; the acronym stays a name.
          {"The Securities and Exchange Commission (SEC) probed Naver. The SEC said so. SEC "
           "staff agreed.",
           "ORG{Securities and Exchange Commission} ORG{Naver}"},
          {"MS shares rose as MS sold software.", "ORG{Microsoft Corp}"},
      });
}

TEST(AnalyzerTest, EnglishCuesForFirmsNamedOnce) {
  Lexicon lexicon = TestLexicon();
  ASSERT_TRUE(lexicon.AddEntities("Windows\tPRODUCT\t\n", "t").ok());
  RunCases(
      lexicon,
      {
          // A market share after the name.
          {"The field is led by Trovask with 11% of the market.", "ORG{Trovask}"},
          // Two known firms joined by a hyphen are no third one.
          {"The merged Naver-Google group will rank alongside Kestrin with 7% of the market.",
           "ORG{Naver} ORG{Google} ORG{Kestrin}"},
          {"Dravko and Pelmar agreed. The merged Dravko-Pelmar group grew. Dravko rose. Pelmar "
           "fell.",
           "ORG{Dravko} ORG{Pelmar}"},
          // Products listed after "programs such as".
          {"Users turned to free programs such as Spybrix and Ad-Warden.",
           "PRODUCT{Spybrix} PRODUCT{Ad-Warden}"},
          // A named business of a known firm.
          {"Google's Horizons business posted record revenue.",
           "ORG{Google} ORG{Horizons} PARENT_OF(Google,Horizons)"},
          // Kind nouns around the name: "X television", "News Agency X", "report in the X".
          {"Speaking on Kavtel television, he agreed.", "ORG{Kavtel}"},
          {"According to reports from Russian News Agency Tarvix, the deal is on.", "ORG{Tarvix}"},
          {"A weekend report in the Ledger had quoted him.", "ORG{Ledger}"},
          {"The deal includes Harlow Barney retail brokerages.", "ORG{Harlow Barney}"},
          // Employers: "said X at Y", "a fund manager from Y", a comma without its space.
          {"Sales will fall, said Ian Colter at Dunbody Stockbrokers in Dublin.",
           "PERSON{Ian Colter} ORG{Dunbody Stockbrokers}"},
          {"Niall Garrow, a fund manager from Quillan, added a view.",
           "PERSON{Niall Garrow} ORG{Quillan}"},
          {"Its head at analyst firm Quentar,downloaded the tool.", "ORG{Quentar}"},
          // An owner named once; "Peer X" inside a title-case headline.
          {"Vostrel is half owned by Kamarov, and others.", "ORG{Kamarov}"},
          {"Surge Highlights New AI Market Favorites Peer Zentrio Group Inc. also advanced.",
           "ORG{Zentrio Group}"},
          // "Best Buy" is a name, "Strong Buy" a rating.
          {"It trails market leader Best Buy. Analysts rate Naver a Strong Buy.",
           "ORG{Best Buy} ORG{Naver}"},
          // A version after a dictionary product; the bare version joins it.
          {"PCs running Windows 2000 and XP need it. Windows XP is old.",
           "PRODUCT{Windows 2000} PRODUCT{Windows XP}"},
      });
}

TEST(AnalyzerTest, EnglishBrandNames) {
  const Lexicon lexicon = TestLexicon(/*entities=*/false);
  RunCases(lexicon, {
                        // The kind of spirit is no part of the brand; a possessive inside a brand.
                        {"Its brands include Dravo Regal Scotch whisky and Tilda's Creek wine.",
                         "PRODUCT{Dravo Regal} PRODUCT{Tilda's Creek}"},
                        {"Its names include Malvo rum and Bellamine's whisky.",
                         "PRODUCT{Malvo} PRODUCT{Bellamine's}"},
                        // Guard: an owner's possessive inside a longer name is no brand.
                        {"The success of Halvern Studio's film 'Ray' helped.", "PRODUCT{Ray}"},
                        // What a firm sets the price of is a product.
                        {"The firm hiked the price of its Velto Coding Plan by 30%.",
                         "PRODUCT{Velto Coding Plan}"},
                    });
}

TEST(AnalyzerTest, EnglishSourcesOwnersAndOwnedProducts) {
  const Lexicon lexicon = TestLexicon();
  RunCases(
      lexicon,
      {
          // Who ran a survey or provided a transcript is an organisation.
          {"A recent survey by Trenlink and Varoot found spyware.", "ORG{Trenlink} ORG{Varoot}"},
          {"He spoke, according to a transcript provided by Quentasense.", "ORG{Quentasense}"},
          // "X which is half owned by Y".
          {"Next come Veltra-KP which is half owned by Kamarov, and others.",
           "ORG{Veltra-KP} ORG{Kamarov} OWNS(Kamarov,Veltra-KP)"},
          // A firm's possessive, names, then a product noun (one modifier between).
          {"It works with Google's Lookout and Lookout Express e-mail programs.",
           "ORG{Google} PRODUCT{Lookout} PRODUCT{Lookout Express} DEVELOPS(Google,Lookout)"},
          // A product's first word is another product, not its short form.
          {"Google's Lookout app grew. Its Lookout Express app is new. Lookout Express won.",
           "ORG{Google} PRODUCT{Lookout} PRODUCT{Lookout Express} DEVELOPS(Google,Lookout)"},
      });
}

TEST(AnalyzerTest, EnglishMarketsAndTheOutletItself) {
  Lexicon lexicon = TestLexicon();
  ASSERT_TRUE(lexicon
                  .AddEntities("Nasdaq\tORG\t\nReuters\tORG\t\n"
                               "Securities and Exchange Commission\tORG\tSEC\n",
                               "t")
                  .ok());
  RunCases(lexicon,
           {
               // Trading "on Nasdaq" names the market.
               {"Naver shares rose 1% on Nasdaq. Google is listed on the Nasdaq, too.",
                "ORG{Naver} ORG{Google}"},
               // The outlet that asks for comment is the article's own.
               {"Naver did not respond to a Reuters' request \u200cfor comment.", "ORG{Naver}"},
               {"Reuters reported that Naver grew.", "ORG{Reuters} ORG{Naver}"},
           });
  // "US" before an agency's name is part of the name as written.
  Analyzer analyzer(lexicon);
  const Extraction x =
      analyzer.Analyze(NormalizeText("The US Securities and Exchange Commission probed Naver."));
  ASSERT_FALSE(x.entities.empty());
  const Entity& sec = x.entities[0];
  EXPECT_EQ(sec.name, "Securities and Exchange Commission");
  EXPECT_TRUE(std::any_of(sec.aliases.begin(), sec.aliases.end(), [](const Alias& a) {
    return a.text == "US Securities and Exchange Commission";
  }));
}

TEST(AnalyzerTest, EnglishRunInHeadingsAndTemplates) {
  const Lexicon lexicon = TestLexicon(/*entities=*/false);
  RunCases(
      lexicon,
      {
          // Fiscal periods; "Wall Street" is no organisation.
          {"Velmora Devices met Wall Streets revenue expectations in Q4 CY2025. Velmora "
           "Devices grew in CY2025.",
           "ORG{Velmora Devices}"},
          // Headings run into the text: a participle after them opens the
          // clause; a capitalised common word the text also writes in lower
          // case is no name.
          {"Revenue Growth Examining a company's growth helps. Revenue Growth Examining its "
           "growth helps. Adjusted EPS: up. Adjusted EPS: down. The adjusted margin fell.",
           ""},
          // The rest of a capitalised title is not the name; nor is a possessive.
          {"\"We grew,\" said President and Chief Executive Officer Mark Tarrow.",
           "PERSON{Mark Tarrow}"},
          {"It reflects former Chief Executive Warren Buffoni's stance.", "PERSON{Warren Buffoni}"},
          // Index names are no organisations.
          {"The Velmora Composite fell. The Velmora Composite rose.", ""},
      });
}

TEST(AnalyzerTest, EnglishEmployersAndPublicBodies) {
  const Lexicon lexicon = TestLexicon(/*entities=*/false);
  RunCases(lexicon,
           {
               // "analyst X of Y says": Y employs X, even before "says".
               {"Yet aviation analyst Mike Powter of Dresner Kleinholt Wasser says costs rose.",
                "PERSON{Mike Powter} ORG{Dresner Kleinholt Wasser} WORKS_FOR(Mike Powter,Dresner "
                "Kleinholt Wasser)"},
               // ... but "head of X strategy at Y" makes Y, not X, the employer.
               {"Nataliia Lipova, head of EMEA equity strategy at Corvant, spoke.",
                "PERSON{Nataliia Lipova} ORG{Corvant} WORKS_FOR(Nataliia Lipova,Corvant)"},
               // Brokers, managers and departments end names; "van den" sits inside one.
               {"Costs rose, said Bernard Malinden of NCX Stockbrokers. NCX Stockbrokers said so.",
                "PERSON{Bernard Malinden} ORG{NCX Stockbrokers}"},
               {"Sales grew, the US Agriculture Department said.", "ORG{Agriculture Department}"},
               {"The aviation analyst Nick Van den Bruel of Parivest said so.",
                "PERSON{Nick Van den Bruel} ORG{Parivest} WORKS_FOR(Nick Van den Bruel,Parivest)"},
               // "X and Y Commission" is one public body; its acronym joins it.
               {"The Commodity Futures and Trading Commission (CFTC) acted. The CFTC said so.",
                "ORG{Commodity Futures and Trading Commission}"},
           });
}

TEST(AnalyzerTest, EnglishTechnologyTermsAndHonorifics) {
  const Lexicon lexicon = TestLexicon(/*entities=*/false);
  RunCases(lexicon, {
                        // Technologies and standards are no organisations.
                        {"3G phones and DVD players sold well. 3G grew and DVD sales fell.", ""},
                        // A title before a name makes a person and is no part of the name.
                        {"Professor Brian Collard of Cranmoor University said so. Collard agreed.",
                         "PERSON{Brian Collard} ORG{Cranmoor University}"},
                    });
}

TEST(AnalyzerTest, EnglishSentenceAdverbsContractionsAndBases) {
  const Lexicon lexicon = TestLexicon(/*entities=*/false);
  RunCases(lexicon,
           {
               // Sentence adverbs and contractions (also after an opening quote).
               {"Moreover, sales rose. Moreover, costs fell. \u201cIt\u2019s holding on,\u201d he "
                "said. \u201cIt\u2019s not so much about money.\u201d",
                ""},
               // "Florida-based X Inc.": the base is no part of the name.
               {"Florida-based Tavril Inc. grew. Tavril Inc. hired staff.", "ORG{Tavril Inc.}"},
               {"New York-based Varnic Group grew. Varnic Group hired staff.", "ORG{Varnic Group}"},
               // Rating words.
               {"Five analysts say \u201cStrong Buy,\u201d four say \u201cHold.\u201d Two say "
                "\u201cStrong Buy.\u201d",
                ""},
           });
}

TEST(AnalyzerTest, EnglishTitlesAfterRolesAndJoinedNationalities) {
  const Lexicon lexicon = TestLexicon(/*entities=*/false);
  RunCases(lexicon, {
                        // "boss Mr Dixon": the title is no part of a name.
                        {"Qantor boss Mr Dixon said so. Geoff Dixon agreed.",
                         "ORG{Qantor} PERSON{Geoff Dixon}"},
                        // Joined nationalities and "-made"/"-registered" words are no names.
                        {"The German-US group grew. German-US ties held. Chinese-made cars sold. "
                         "Chinese-made goods too.",
                         ""},
                    });
}

TEST(AnalyzerTest, EnglishHolidaysAssociationsAndChancellors) {
  const Lexicon lexicon = TestLexicon(/*entities=*/false);
  RunCases(
      lexicon,
      {
          // Holidays are no names; "&" may join a firm's name to one.
          {"Christmas sales rose. Christmas trading was weak.", ""},
          {"Layoffs rose, said Challenger, Gray & Christmas Inc. Gray & Christmas Inc. said so.",
           "ORG{Challenger} ORG{Gray & Christmas Inc.}"},
          // Associations and agencies end names; a chancellor is a person.
          {"The move was welcomed, said the Consumer Electronics Association. The Consumer "
           "Electronics Association agreed.",
           "ORG{Consumer Electronics Association}"},
          {"The deal was signed by Chancellor Gerhard Schroder.", "PERSON{Gerhard Schroder}"},
      });
}

TEST(AnalyzerTest, EnglishCompoundsAndHeadlineVerbs) {
  const Lexicon lexicon = TestLexicon(/*entities=*/false);
  RunCases(lexicon,
           {
               // A compound that ends in a lower-case word is an adjective or a noun.
               {"AI-driven demand rose. AI-driven sales grew. T-notes fell. T-notes rose.", ""},
               // Modal verbs and "Says" begin headline clauses.
               {"Warren Buffoni Says Stocks Could Fall. Warren Buffoni said so.",
                "PERSON{Warren Buffoni}"},
           });
}

TEST(AnalyzerTest, EnglishPersonNounsAndTitlesHoldForTheArticle) {
  const Lexicon lexicon = TestLexicon(/*entities=*/false);
  RunCases(
      lexicon,
      {
          // A person noun before the name types it wherever it recurs.
          {"Bets ran from Zendra to Katya Perrin. Fans of pop star Katya Perrin bet. Perrin "
           "won.",
           "PERSON{Katya Perrin}"},
          {"Sales rose, Mr Vollmar said. Vollmar is upbeat. Vollmar agreed.", "PERSON{Vollmar}"},
      });
}

TEST(AnalyzerTest, EnglishInstitutionsOfPlacesAndOfficials) {
  const Lexicon lexicon = TestLexicon(/*entities=*/false);
  RunCases(
      lexicon,
      {
          // "University of X said": an institution, no person.
          {"Costs rose, said the University of Daymont.", "ORG{University of Daymont}"},
          // A public body named "... of X and Y"; but two firms after "and" stay two.
          {"The Department of Trade and Industry agreed.", "ORG{Department of Trade and Industry}"},
          {"Sales fell at House of Frasel and Woolworx. Woolworx said so.",
           "ORG{House of Frasel} ORG{Woolworx}"},
          // Officials' titles are no part of their names.
          {"The case was brought by Attorney Scott Christo.", "PERSON{Scott Christo}"},
      });
}

TEST(AnalyzerTest, EnglishBylinesRunIntoNames) {
  const Lexicon lexicon = TestLexicon();
  RunCases(lexicon, {
                        // A byline run into the next name: the person ends before the firm.
                        {"9:51 PM UTC Karen Friar Google shares rose. Karen Friar wrote it.",
                         "PERSON{Karen Friar} ORG{Google}"},
                    });
}

TEST(AnalyzerTest, KoreanVerbFormsAndGluedHeadsAreNoNames) {
  // Name shape: a verb or adverb ending is no given name; 해 is left to the context.
  const struct {
    const char* word;
    bool name;
  } kShapes[] = {{"기소된", false}, {"이로써", false}, {"도입함", false}, {"전략적", false},
                 {"김민철", true},  {"박서연", true},  {"황산해", true}};
  for (const auto& c : kShapes)
    EXPECT_EQ(lists::LooksLikeKoreanName(c.word, true), c.name) << c.word;
  const Lexicon lexicon = TestLexicon();
  RunCases(lexicon,
           {
               // A verb form before "이 회장" is no name; a name before a title is.
               {"함께 기소된 이 회장은 무죄를 받았다.", ""},
               {"김민철 대표는 말했다.", "PERSON{김민철}"},
               // 해 ends a name before a known firm and a title, not before a bare title.
               {"황산해 삼성전자 연구원은 말했다.",
                "PERSON{황산해} ORG{Samsung Electronics} WORKS_FOR(황산해,Samsung Electronics)"},
               {"의견을 반영해 소장을 냈다.", ""},
               // An adnominal verb is no part of a foreign name; a name is.
               {"규제를 풀 수 있는 장관이 필요하다.", ""},
               {"하워드 러트닉 장관은 말했다.", "PERSON{하워드 러트닉}"},
               // A word run into a known firm (a subheading glued on) is no new firm.
               {"편의성 강화삼성전자가 새 제품을 냈다.", ""},
               {"가람전자가 새 제품을 냈다.", "ORG{가람전자}"},
               // A copula, an adverb or the name again after a known firm is no affiliate.
               {"삼성전자라서 가능했다.", ""},
               {"삼성전자앞서 삼성전자는 제품을 냈다.", "ORG{Samsung Electronics}"},
               {"삼성전자판매는 매장을 늘렸다.", "ORG{삼성전자판매}"},
           });
}

TEST(AnalyzerTest, KoreanKindsOfAssetAndSpelledOutAcronymsAreTerms) {
  const Lexicon lexicon = TestLexicon();
  RunCases(lexicon, {
                        // A kind of asset, chip or card before a company word is a term.
                        {"유가증권 시장에서 메모리반도체 주가가 올랐다.", ""},
                        {"가상자산거래소 규제와 신용카드 수수료가 논의됐다.", ""},
                        // A firm's own name before the same word stays a firm.
                        {"가람증권은 목표주가를 올렸다.", "ORG{가람증권}"},
                        // An acronym spelled out as a thing or a figure is a term.
                        {"회사는 OSAT(외주 반도체 패키징 및 테스트 서비스) 활용을 늘렸다.", ""},
                        {"미국 SMR(소형모듈원자로) 수주가 기대된다.", ""},
                        {"추정 EPS(주당순이익)를 올렸다.", ""},
                        // A descriptive gloss keeps the name: "(대만 반도체 기업)".
                        {"ZTSM(대만 반도체 기업)은 투자를 늘렸다.", "ORG{ZTSM}"},
                    });
}

TEST(AnalyzerTest, KoreanHeadInParenthesesAfterOrganisation) {
  const Lexicon lexicon = TestLexicon();
  RunCases(
      lexicon,
      {
          // "ORG(사장 NAME)": the head of the organisation, particle after ")" too.
          {"네이버(사장 김민철)는 협약을 맺었다.", "ORG{Naver} PERSON{김민철} LEADS(김민철,Naver)"},
          {"삼성전자(대표 박서연, 이하 회사)가 참여했다.",
           "ORG{Samsung Electronics} PERSON{박서연} LEADS(박서연,Samsung Electronics)"},
          // No name after the title: a noun, or more words before ")".
          {"네이버(대표 상품)는 잘 팔렸다.", "ORG{Naver}"},
          {"네이버(사장 김민철 전무)는 협약을 맺었다.", "ORG{Naver}"},
      });
}

TEST(AnalyzerTest, KoreanNameBeforeKnownOrganisationThatReadsLikeName) {
  StatusOr<Lexicon> lexicon = Lexicon::LoadDefault(/*include_entities=*/false);
  ASSERT_TRUE(lexicon.ok());
  // 현대차 and 공화당 start with a surname syllable and have three syllables.
  ASSERT_TRUE(lexicon->AddEntities("Hyundai Motor\tORG\t현대차\nGOP\tORG\t공화당\n", "t").ok());
  RunCases(*lexicon, {
                         {"김도윤 현대차 사장은 노조에 교섭을 요청했다.",
                          "PERSON{김도윤} ORG{Hyundai Motor} LEADS(김도윤,Hyundai Motor)"},
                         // A possessive before the organisation is no name.
                         {"친화적 성향의 공화당 대통령이 복귀했다.", "ORG{GOP}"},
                     });
}

TEST(AnalyzerTest, KoreanSubheadingRunIntoLatinWord) {
  const Lexicon lexicon = TestLexicon();
  RunCases(lexicon, {
                        // A Korean word run into a Latin word that stands alone elsewhere: no name.
                        {"이익 급증KB 신한 하나\n\n금융지주 가운데 KB 실적이 늘었다.", ""},
                        // The mixed word recurs: a name.
                        {"가람AI는 투자를 받았다. 가람AI는 AI 모델을 만든다.", "ORG{가람AI}"},
                        // The Latin word never stands alone: a name.
                        {"누리AI는 투자를 받았다.", "ORG{누리AI}"},
                    });
}

TEST(AnalyzerTest, KoreanMarksInsideWordsEndWhatCameBefore) {
  const Lexicon lexicon = TestLexicon();
  RunCases(lexicon,
           {
               // A caption or a parenthesis run into a firm's name: the name after the mark.
               {"사진 제공◆가람공사는 협약을 맺었다.", "ORG{가람공사}"},
               {"협력 회사(누리바이오 등)가 참석했다.", "ORG{누리바이오}"},
               // A Latin word run into a known firm is no new firm.
               {"그래픽SK삼성전자가 새 칩을 냈다.", ""},
               // A hyphen or "&" inside a name stays.
               {"가람-누리전자가 새 칩을 냈다.", "ORG{가람-누리전자}"},
           });
}

TEST(AnalyzerTest, KoreanPhraseBeforeAcronymSpellsOutThing) {
  const Lexicon lexicon = TestLexicon();
  RunCases(lexicon, {
                        // "액화천연가스(LNG)": the Hangul phrase is the acronym's meaning.
                        {"조선과 원자력, 항공, 액화천연가스(LNG), 광물 등에서 계약을 맺었다.", ""},
                        // A short Hangul form of a name keeps the name: "콰트(QUAT)".
                        {"운동 앱 콰트(QUAT)가 출시됐다. 콰트는 인기다.", "PRODUCT{QUAT}"},
                    });
}

TEST(AnalyzerTest, KoreanTopicWithDaehaeIsNoTarget) {
  const Lexicon lexicon = TestLexicon();
  RunCases(lexicon, {
                        // "X는 Y에 대해 투자의견": an opinion about Y, no investment.
                        {"네이버는 삼성전자에 대해 투자의견 매수를 유지했다.",
                         "ORG{Naver} ORG{Samsung Electronics}"},
                        // Without 대해 the target stands.
                        {"네이버는 삼성전자에 투자했다.",
                         "ORG{Naver} ORG{Samsung Electronics} "
                         "INVESTS_IN(Naver,Samsung Electronics)"},
                    });
}

TEST(AnalyzerTest, KoreanBusinessTermAcronymsAreNoNames) {
  const Lexicon lexicon = TestLexicon();
  RunCases(lexicon, {
                        // Vehicle, ship, memory and market-data acronyms and ratings are terms.
                        {"LNG 운반선과 SUV 판매, QLC 낸드 출하가 늘었다.", ""},
                        {"증권사는 BUY 의견과 함께 BPS 추정치를 올렸다.", ""},
                        // An unknown all-capital name written in both scripts is still a name.
                        {"젠트라(ZENTRA)가 투자를 받았다.", "ORG{ZENTRA}"},
                    });
}

}  // namespace
}  // namespace ng::nlp

TEST(AnalyzerTest, EnglishSweepJunkNameGuards) {
  const Lexicon lexicon = TestLexicon();
  RunCases(
      lexicon,
      {
          // A single word seen only first in a sentence is a common word ...
          {"Sales fell. Options pricing suggests a move. Options traders agree.", ""},
          {"Profits rose. Commentators and bankers agree. Commentators were upbeat.", ""},
          // ... unless the headline or a ticker after it vouches for it.
          {"Zentrix boasts doubled profits\n\nZentrix, the food group, rose.", "ORG{Zentrix}"},
          {"Shares rose. Vantrol (VNTL) closed up. Vantrol gained.", "ORG{Vantrol}"},
          // A noun only a firm is beats the "X said" cue for a person.
          {"Sales fell. Security firm Kestrel Box said it stopped the virus.", "ORG{Kestrel Box}"},
          {"Costs rose, billionaire investor Carl Ickman said.", "PERSON{Carl Ickman}"},
          // Times of day, weekday abbreviations and "Adjusted EPS" are no names.
          {"Today at 9:22 PM UTC shares rose. At 6:26 AM UTC they fell.", ""},
          {"Fri, February 6, 2026 at 9:22 PM UTC. Adjusted EPS: $0.14. Fri, February 7. Adjusted "
           "EBITDA: $2m.",
           ""},
          // A qualifier before a title belongs to the title.
          {"Prime Minister Keir Stammer spoke. Prime Minister Keir Stammer left.",
           "PERSON{Keir Stammer}"},
          {"Sales fell. Governor Spencer Coxon spoke. Deputy Governor Anna Brel left.",
           "PERSON{Spencer Coxon} PERSON{Anna Brel}"},
          // "^DJI": an index symbol, not the firm the dictionary spells alike.
          {"In this article: ^NVDA Stocks rose. In this article: ^NVDA", ""},
          // A byline after a time stamp is two names, run into the headline.
          {"Today at 9:22 PM UTC Karen Friar Oil prices rise as supply tightens.",
           "PERSON{Karen Friar}"},
          // "X Y, head of ... at Z": a title right after the comma makes X Y a person.
          {"Yields rose, according to Tomasz Orvelle, head of credit strategy at Naver.",
           "PERSON{Tomasz Orvelle} ORG{Naver} WORKS_FOR(Tomasz Orvelle,Naver)"},
      });
}

TEST(AnalyzerTest, EnglishSweepRelationCues) {
  const Lexicon lexicon = TestLexicon();
  RunCases(
      lexicon,
      {
          // "rivals X and Y", "rival <plural noun> X and Y": the two compete ...
          {"Demand rose at rivals Nvidia and Microsoft.",
           "ORG{Nvidia} ORG{Microsoft} COMPETES_WITH(Nvidia,Microsoft)"},
          {"The market is split between rival chip makers Nvidia and Microsoft.",
           "ORG{Nvidia} ORG{Microsoft} COMPETES_WITH(Nvidia,Microsoft)"},
          // ... but the rivals of another firm need not compete with each other.
          {"Sales at Apple's rivals Nvidia and Microsoft rose.",
           "ORG{Apple} ORG{Nvidia} ORG{Microsoft} COMPETES_WITH(Apple,Microsoft) "
           "COMPETES_WITH(Apple,Nvidia)"},
          // Hyphenated titles: "vice-chairman", "vice-president".
          {"Jeff Bezos, vice-chairman of Naver, stayed away.",
           "PERSON{Jeff Bezos} ORG{Naver} LEADS(Jeff Bezos,Naver)"},
          {"Jeff Bezos, vice-president of research at Naver, left.",
           "PERSON{Jeff Bezos} ORG{Naver} WORKS_FOR(Jeff Bezos,Naver)"},
          // A company suffix between the name and "'s".
          {"However, Google Inc.'s Jeff Bezos said so.",
           "ORG{Google} PERSON{Jeff Bezos} WORKS_FOR(Jeff Bezos,Google)"},
          {"Alphabet Inc.'s Google grew.", "ORG{Alphabet} ORG{Google} PARENT_OF(Alphabet,Google)"},
          // "chief executive officer of X" is the chief executive's title.
          {"\"Demand is strong,\" said Jeff Bezos, chief executive officer of Naver.",
           "PERSON{Jeff Bezos} ORG{Naver} CEO_OF(Jeff Bezos,Naver)"},
          // Passive purchases: "taken over by", "purchased by", "bought out by".
          {"Instagram has been taken over by Naver.",
           "ORG{Instagram} ORG{Naver} ACQUIRES(Naver,Instagram)"},
          {"Instagram was bought out by Naver in 2012.",
           "ORG{Instagram} ORG{Naver} ACQUIRES(Naver,Instagram)"},
          // "bought the X website": the firm itself, but "buy X chips" is no purchase of X.
          {"Google has bought the Instagram website for $1bn.",
           "ORG{Google} ORG{Instagram} ACQUIRES(Google,Instagram)"},
          {"Google will buy Nvidia chips worth $1bn.", "ORG{Google} ORG{Nvidia}"},
          // A ticker in brackets between the firm and the title.
          {"Microsoft (MSFT) CEO Jeff Bezos said demand is strong.",
           "ORG{Microsoft} PERSON{Jeff Bezos} CEO_OF(Jeff Bezos,Microsoft)"},
          // A place that qualifies the firm after "of": "US firm X".
          {"Jeff Bezos, chief executive of South Korea group Naver, said so.",
           "PERSON{Jeff Bezos} ORG{Naver} CEO_OF(Jeff Bezos,Naver)"},
          // A sentence that opens with the founding (a heading may run into it).
          {"Founded in 1994 by its longtime CEO Jeff Bezos, Naver (NASDAQ:NVR) sells books.",
           "PERSON{Jeff Bezos} ORG{Naver} FOUNDED(Jeff Bezos,Naver)"},
          {"Naver (NVR) Share Price: $4.10 Founded by Google veteran Jeff Bezos, Naver sells "
           "books.",
           "ORG{Naver} ORG{Google} PERSON{Jeff Bezos} FOUNDED(Jeff Bezos,Naver)"},
          {"Founded in 1994, Naver sells books.", "ORG{Naver}"},
      });
}

TEST(AnalyzerTest, EnglishSweepPlacesAndDemonyms) {
  // The default dictionary: its places are what these rows test.
  StatusOr<Lexicon> lexicon = Lexicon::LoadDefault(/*include_entities=*/true);
  ASSERT_TRUE(lexicon.ok()) << lexicon.status().message();
  RunCases(
      *lexicon,
      {
          // A place after a preposition (or later in such a list) is no party.
          {"Based in Houston and Boise, it also owns brands such as Activision Blizzard.",
           "ORG{Activision Blizzard}"},
          // ("In Bahrain, A and B": the place opens the clause; A and B are the list.)
          {"In Bahrain, Microsoft and Nvidia are launching a joint venture.",
           "ORG{Microsoft} ORG{Nvidia} PARTNERS_WITH(Microsoft,Nvidia)"},
          // ... but a country that takes a stake is one.
          {"Saudi Arabia has taken a stake in Nvidia.",
           "PLACE{Saudi Arabia} ORG{Nvidia} INVESTS_IN(Saudi Arabia,Nvidia)"},
          // "a strategist at Moscow's X": the firm, not the city, employs.
          {"Yields rose, said Jeff Bezos, a strategist at Moscow's Zorvia Securities.",
           "PERSON{Jeff Bezos} ORG{Zorvia Securities} WORKS_FOR(Jeff Bezos,Zorvia Securities)"},
          // Demonyms without a telling ending are no names.
          {"Sales rose, said Cuban economist Ricardo Torvez of Stanford University.",
           "PERSON{Ricardo Torvez} ORG{Stanford University} WORKS_FOR(Ricardo Torvez,Stanford "
           "University)"},
      });
}

}  // namespace
}  // namespace ng::nlp
