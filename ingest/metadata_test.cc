#include "ingest/metadata.h"

#include <gtest/gtest.h>

namespace ng::ingest {
namespace {

std::string Join(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : "|") + s;
  return out;
}

TEST(CleanTitleTest, SiteSuffixAndSectionTrailAreCut) {
  const struct {
    const char* title;
    const char* site;
    const char* url;
    const char* h1;
    const char* want;
  } kCases[] = {
      {"정부, 北 핵실험 '방사성 제논' 이번에도 검출 실패 - 조선닷컴 - 정치 > 정부ㆍ지자체", "",
       "http://news.chosun.com/a.html", "", "정부, 北 핵실험 '방사성 제논' 이번에도 검출 실패"},
      {"Samsung sets record | Korea JoongAng Daily", "Korea JoongAng Daily", "", "",
       "Samsung sets record"},
      {"Town opens library - The Gazette", "The Gazette", "", "", "Town opens library"},
      {"Spider-Man - Far From Home review: a blast", "", "", "",
       "Spider-Man - Far From Home review: a blast"},
      {"Title With Heading | Extra words", "", "", "Title With Heading", "Title With Heading"},
      {"Hankook | 민주당 선호투표제 도입 또다시 불발", "", "https://www.hankook.com/x", "",
       "민주당 선호투표제 도입 또다시 불발"},
      {"  spaced \n title  ", "", "", "", "spaced title"},
      {"시장, 예산안 냈지만…\u00a0'재정' 논란 커져-경제ㅣ가상일보", "가상일보", "", "",
       "시장, 예산안 냈지만… '재정' 논란 커져"},
      {"[종합] 코로나19 신규확진 44명 - 매일경제", "매일경제", "", "",
       "[종합] 코로나19 신규확진 44명"},
      {"민주당 '선호투표제' 도입 또다시 불발-정치ㅣ한국일보", "한국일보", "", "",
       "민주당 '선호투표제' 도입 또다시 불발"},
  };
  for (const auto& c : kCases) {
    EXPECT_EQ(CleanTitle(c.title, c.site, c.url, c.h1), c.want) << c.title;
  }
}

TEST(NamesPublisherTest, OutletNamesAreToldFromPeople) {
  const struct {
    const char* name;
    const char* site;
    const char* url;
    bool want;
  } kCases[] = {
      {"Example News", "Example News", "", true},
      {"Example", "Example News", "", true},              // a run of the site's words
      {"Example News Weekly", "Example News", "", true},  // holds the site name
      {"가상일보", "가상일보", "", true},
      {"ExampleInsider", "", "https://exampleinsider.com/a", true},
      {"Example.com", "", "https://www.example.com/a", true},
      {"Example-Daily", "", "https://exampledaily.org/a", true},
      {"Acme News", "", "https://www.acmenews.com/a", true},
      {"Jane Doe", "", "https://janedoe.com/a", false},  // a blogger's own site
      {"Jane Doe", "Example News", "https://example.com/a", false},
      {"Ann", "Annals of Example", "", false},  // whole words only
      {"Acme", "", "https://www.example.com/acme", false},
  };
  for (const auto& c : kCases) {
    EXPECT_EQ(NamesPublisher(c.name, c.site, c.url), c.want) << c.name << " / " << c.site;
  }
}

TEST(RepairJsonTest, LineBreaksInStringsAndTrailingCommasAreFixed) {
  const struct {
    const char* in;
    const char* want;
  } kCases[] = {
      {"{\"a\": \"x\ny\tz\", }", "{\"a\": \"x\\ny\\tz\" }"},
      {"{\"a\": [1, 2,\n ],\n}", "{\"a\": [1, 2\n ]\n}"},
      // Inside strings, commas, brackets and escaped quotes stay.
      {"{\"a\": \"b, ] \\\", }\"}", "{\"a\": \"b, ] \\\", }\"}"},
      {"{\"a\": \"\x01\"}", "{\"a\": \" \"}"},
      {"[1, 2]", "[1, 2]"},
  };
  for (const auto& c : kCases) EXPECT_EQ(RepairJson(c.in), c.want) << c.in;
}

TEST(CollapseWhitespaceTest, UnicodeSpacesBecomeOneAsciiSpace) {
  const struct {
    const char* in;
    const char* want;
  } kCases[] = {
      {"a\u00a0b", "a b"},
      {"\u3000a \t\n\u2003\u202f b\u00a0", "a b"},
      {"a\u2009b\u205fc\u1680d\u0085e", "a b c d e"},
      // Not spaces: zero-width space, word joiner, ideographic full stop.
      {"a\u200bb\u2060c\u3002", "a\u200bb\u2060c\u3002"},
      {"똠방각하", "똠방각하"},
  };
  for (const auto& c : kCases) EXPECT_EQ(CollapseWhitespace(c.in), c.want) << c.in;
}

TEST(CleanAuthorsTest, NamesLoseTitlesMailAndNoise) {
  const struct {
    std::vector<std::string> raw;
    const char* want;
  } kCases[] = {
      {{"By Jane Doe and John Roe"}, "Jane Doe|John Roe"},
      {{"홍길동 기자 hong@example.kr"}, "홍길동"},
      {{"이창곤 선임기자 goni@hani.co.kr"}, "이창곤"},
      {{"박준석 기자 외 1명"}, "박준석"},
      {{"배윤경, 이상현 기자"}, "배윤경|이상현"},
      {{"Email the author"}, ""},
      {{"[부산=스포츠조선 선수민 기자]"}, "선수민"},
      {{"(서울=연합뉴스) 차병섭 기자"}, "차병섭"},
      {{"경향신문ㅣ강현석 기자"}, "강현석"},
      {{"Jane Doe", "Jane Doe"}, "Jane Doe"},
      {{"https://www.facebook.com/someone"}, ""},
      {{"Updated 2019-08-20"}, ""},
      // Jobs, desks, credentials, agencies and bio prose are not names.
      {{"JANE DOE", "AP Auto Writer"}, "JANE DOE"},
      {{"Analysis by Jane Doe", "Example Editor-at-large"}, "Jane Doe"},
      {{"Jane Doe, MS, RDN"}, "Jane Doe"},
      {{"JANE DOE Associated Press"}, "JANE DOE"},
      {{"The Associated Press"}, ""},
      {{"Metro Staff Reports"}, ""},
      {{"Jane Doe, she has covered courts since 2010, loves cats"}, "Jane Doe"},
      {{"jdoe42", "admin-user"}, ""},
      {{"| BY: Jane Doe"}, "Jane Doe"},
      {{"By", "Jane Doe"}, "Jane Doe"},
      {{"Jane DoeView More Articles"}, "Jane Doe"},
      {{"Jane Doe Monday, November 18, 2019"}, "Jane Doe"},
      {{"인턴 김가상 디자이너 이가상"}, "김가상|이가상"},
  };
  for (const auto& c : kCases) EXPECT_EQ(Join(CleanAuthors(c.raw)), c.want) << c.raw[0];
}

TEST(ResolveUrlTest, RelativeLinksResolveAgainstThePage) {
  const struct {
    const char* base;
    const char* ref;
    const char* want;
  } kCases[] = {
      {"https://a.com/news/1.html", "/x/2", "https://a.com/x/2"},
      {"https://a.com/news/1.html", "2.html", "https://a.com/news/2.html"},
      {"https://a.com/news/1.html", "//b.com/y", "https://b.com/y"},
      {"https://a.com/news/1.html", "http://c.com/z", "http://c.com/z"},
      {"", "/x", "/x"},
  };
  for (const auto& c : kCases) EXPECT_EQ(ResolveUrl(c.base, c.ref), c.want) << c.ref;
}

TEST(CheckLanguageTest, ScriptOfTheTextOverridesAWrongDeclaration) {
  const std::string en =
      "The company said on Tuesday that the deal is the largest in its history and that it "
      "will close by the end of the year with approval from regulators in the region.";
  const std::string ko =
      "삼성전자는 올해 반도체 매출이 크게 늘었다고 밝혔다. 정부는 이번 조치로 가계 통신비가 줄어들 "
      "것으로 기대한다.";
  EXPECT_EQ(CheckLanguage("ko", en), "en");
  EXPECT_EQ(CheckLanguage("en-US", ko), "ko");
  EXPECT_EQ(CheckLanguage("", ko), "ko");
  EXPECT_EQ(
      CheckLanguage("pt-BR", "O governo anunciou hoje um novo plano para a economia do país."),
      "pt");
  EXPECT_EQ(CheckLanguage("", en), "en");
  EXPECT_EQ(CheckLanguage("de", "kurz"), "de");
}

}  // namespace
}  // namespace ng::ingest
