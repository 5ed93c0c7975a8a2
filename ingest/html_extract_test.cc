#include "ingest/html_extract.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "base/utf8.h"

namespace ng::ingest {
namespace {

std::string Fixture(const std::string& name) {
  std::string dir = std::string(__FILE__);
  dir = dir.substr(0, dir.rfind('/')) + "/../tests/fixtures/html/";
  if (const char* src = std::getenv("NEWSGRAPH_SOURCE_DIR")) {
    dir = std::string(src) + "/tests/fixtures/html/";
  }
  std::ifstream in(dir + name, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string Join(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : "|") + s;
  return out;
}

TEST(ExtractHtmlTest, EnglishArticleKeepsBodyAndDropsChrome) {
  const std::string html = Fixture("article-en.html");
  ASSERT_FALSE(html.empty());
  auto doc = ExtractHtml(html, "article-en.html", "https://gazette.example/news/1");
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  EXPECT_EQ(doc->text,
            "The residents of a small hill town opened a library on Tuesday that they designed, "
            "funded and built themselves over two years.\n\n"
            "Three thousand books\n\n"
            "The library holds three thousand children's books, a shelf of large-print novels, "
            "and a reading room that stays open until ten at night.\n\n"
            "\"We wanted a living room for the whole town,\" said the mayor, who carried the "
            "first box of books through the door.");
  EXPECT_EQ(doc->title, "Town opens a library built by its residents");
  EXPECT_EQ(doc->published_at, "2019-08-20T09:31:01+09:00");
  EXPECT_EQ(doc->modified_at, "2019-08-21T10:00:00+00:00");
  EXPECT_EQ(Join(doc->authors), "Jane Doe|John Roe");
  EXPECT_EQ(doc->canonical_url, "https://gazette.example/2019/08/20/town-library");
  EXPECT_EQ(doc->site_name, "The Example Gazette");
  EXPECT_EQ(doc->lang, "en");
  EXPECT_EQ(doc->charset, "UTF-8");
  EXPECT_EQ(doc->source, "article-en.html");
  EXPECT_EQ(doc->url, "https://gazette.example/news/1");
}

TEST(ExtractHtmlTest, EucKrArticleDecodesAndReadsKoreanMetadata) {
  const std::string html = Fixture("article-euckr.html");
  ASSERT_FALSE(html.empty());
  auto doc = ExtractHtml(html, "article-euckr.html");
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  EXPECT_EQ(doc->charset, "windows-949");
  EXPECT_EQ(doc->title, "똠방각하 마을에 새 도서관 문 열어");
  EXPECT_EQ(doc->published_at, "2016-09-17T10:05:00+09:00");
  EXPECT_EQ(doc->modified_at, "2016-09-17T15:20:00+09:00");
  EXPECT_EQ(Join(doc->authors), "김철수");
  EXPECT_EQ(doc->site_name, "가상일보");
  EXPECT_EQ(doc->lang, "ko");
  EXPECT_TRUE(doc->text.starts_with("똠방각하 마을에 주민들이 직접 설계한")) << doc->text;
  EXPECT_TRUE(doc->text.ends_with("사랑방이 되었으면 한다”고 말했다.")) << doc->text;
  EXPECT_EQ(doc->text.find("관련 기사"), std::string::npos);
}

TEST(ExtractHtmlTest, ScriptRenderedPageFallsBackToJsonLdBody) {
  const std::string html =
      "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
      "\"headline\":\"Water on Europa\",\"articleBody\":\"Scientists found water vapour on "
      "Europa, one of the moons of Jupiter.\\nThe find means the moon may hold liquid water, an "
      "essential ingredient for life.\"}</script></head><body><div id=\"app\">Loading the "
      "page...</div></body></html>";
  auto doc = ExtractHtml(html, "spa.html");
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  EXPECT_EQ(doc->text,
            "Scientists found water vapour on Europa, one of the moons of Jupiter.\n\nThe find "
            "means the moon may hold liquid water, an essential ingredient for life.");
  EXPECT_EQ(doc->title, "Water on Europa");
}

TEST(ExtractHtmlTest, UnlabelledBylineDateIsTakenAsKst) {
  const std::string html =
      "<html><head><title>코로나19 극복 성금 기탁 줄 잇는다</title></head><body><div "
      "class=\"info\"><span>이용민 기자 | </span> 2020-03-04 16:52:59</div><div "
      "class=\"body\"><p>세종시와 세종사회복지공동모금회는 4일 시청 접견실에서 코로나19 극복을 "
      "위한 성금 기탁식을 열었다고 밝혔다. 기탁은 이번 주 내내 이어진다.</p></div></body></html>";
  auto doc = ExtractHtml(html, "byline.html");
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  EXPECT_EQ(doc->published_at, "2020-03-04T16:52:59+09:00");
  EXPECT_EQ(doc->lang, "ko");
}

TEST(ExtractHtmlTest, PageOverTheSizeCapIsRefused) {
  const std::string html(2000, 'x');
  auto doc = ExtractHtml(html, "big.html", "", "", {.max_input_bytes = 1000});
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), Status::Code::kResourceExhausted);
  EXPECT_EQ(doc.status().message(), "big.html: 2000 bytes is over the 1000-byte limit");
}

TEST(ExtractHtmlTest, TenMegabytesOfNestedDivsAreRefusedQuickly) {
  std::string html = "<html><body>";
  const std::string open = "<div>";
  while (html.size() < (10u << 20)) html += open;
  html += "text";
  auto doc = ExtractHtml(html, "deep.html");
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), Status::Code::kResourceExhausted);
  EXPECT_EQ(doc.status().message(), "deep.html: tags nest deeper than 1024 levels");
}

TEST(ExtractHtmlTest, ModeratelyNestedPageStillParses) {
  std::string html = "<html><body>";
  for (int i = 0; i < 500; ++i) html += "<div>";
  html +=
      "<p>A paragraph of real text that is long enough to count as an article, with commas, "
      "and more words after them.</p>";
  for (int i = 0; i < 500; ++i) html += "</div>";
  auto doc = ExtractHtml(html, "nested.html");
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  EXPECT_TRUE(doc->text.starts_with("A paragraph of real text"));
}

TEST(ExtractHtmlTest, PageWithoutBodyTextIsAnError) {
  for (const char* html : {"", "<html><head><title>t</title></head></html>",
                           "<html><body><script>var a = 1;</script></body></html>"}) {
    auto doc = ExtractHtml(html, "empty.html");
    ASSERT_FALSE(doc.ok()) << html;
    EXPECT_EQ(doc.status().message(), "empty.html: no article text found");
  }
}

TEST(ExtractHtmlTest, BinaryBytesGiveACleanResultOrError) {
  std::string bytes;
  uint32_t x = 42;
  for (int i = 0; i < (1 << 20); ++i) {
    x = x * 1664525 + 1013904223;
    bytes += static_cast<char>(x >> 24);
  }
  auto doc = ExtractHtml(bytes, "binary.bin");
  if (doc.ok()) {
    EXPECT_TRUE(utf8::IsValid(doc->text));
    EXPECT_TRUE(utf8::IsValid(doc->title));
  } else {
    EXPECT_FALSE(doc.status().message().empty());
  }
}

TEST(ExtractHtmlTest, TextIsCappedAtAParagraphBoundary) {
  std::string html = "<html><body><article>";
  for (int i = 0; i < 200; ++i) {
    html += "<p>Paragraph number " + std::to_string(i) +
            " has enough words in it, and a comma, to count as article text.</p>";
  }
  html += "</article></body></html>";
  auto doc = ExtractHtml(html, "long.html", "", "", {.max_text_bytes = 1000});
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  EXPECT_LE(doc->text.size(), 1000u);
  EXPECT_TRUE(doc->text.ends_with("article text.")) << doc->text;
}

TEST(ExtractHtmlTest, ArticleOnlyInScriptDataIsFound) {
  // A Next.js-style page: the DOM has chrome only; the article is an HTML
  // string with JSON escapes inside the page data.
  std::string paragraphs;
  for (int i = 0; i < 4; ++i) {
    paragraphs += "\\u003cp\\u003e삼성전자는 " + std::to_string(i) +
                  "번째 문단에서 새 반도체 공장 계획을 발표했다고 밝혔다. "
                  "회사는 투자 규모를 늘리고 \\\"HBM\\\" 생산을 확대한다.\\u003c/p\\u003e";
  }
  const std::string html =
      "<html><head><meta property='og:title' content='삼성전자, 새 공장 계획'></head><body>"
      "<nav><a href='/'>홈</a> <a href='/a'>정치</a></nav><div id='root'></div>"
      "<script>self.__data={\"detail\":{\"contentHtml\":\"" +
      paragraphs + "\"}}</script></body></html>";
  auto doc = ExtractHtml(html, "next.html");
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  EXPECT_EQ(doc->title, "삼성전자, 새 공장 계획");
  EXPECT_NE(doc->text.find("3번째 문단에서"), std::string::npos) << doc->text;
  EXPECT_NE(doc->text.find("\"HBM\" 생산"), std::string::npos) << doc->text;
  EXPECT_EQ(doc->text.find("u003c"), std::string::npos) << doc->text;
}

// One article body for the metadata tests below; `head` and `extra` vary.
std::string MetadataPage(const std::string& head, const std::string& extra) {
  return "<html lang=\"en\"><head><title>Harbour reopens after storm</title>" + head +
         "</head><body>" + extra +
         "<div class=\"article-body\"><p>The harbour reopened on Tuesday after a week of repairs "
         "to the sea wall, and the first ferry left on time with two hundred passengers.</p>"
         "<p>Engineers said the new wall is a metre higher than the old one and should hold "
         "against the winter storms that the town expects every year.</p></div></body></html>";
}

TEST(ExtractHtmlTest, PublishedDateComesFromTheMostTrustedSource) {
  const struct {
    const char* name;
    std::string head, extra;
    const char* published;
    const char* modified;
  } kCases[] = {
      {"metadata wins over script data",
       "<meta property=\"article:published_time\" content=\"2021-05-04T10:00:00Z\">",
       "<script>var page = {\"publishedAt\":\"2021-05-01T08:00:00Z\"};</script>",
       "2021-05-04T10:00:00+00:00", ""},
      {"a data attribute when nothing else says", "",
       "<div data-deploy-dt=\"2021.05.04 10:00\" data-re-deploy-dt=\"2021.05.04 11:30\"></div>",
       "2021-05-04T10:00:00", "2021-05-04T11:30:00"},
      {"script data as a JSON string inside JavaScript", "",
       R"(<script>self.push("{\"deployDt\":\"2021-05-04 10:00:00+02:00\"}")</script>)",
       "2021-05-04T10:00:00+02:00", ""},
      {"a day in the metadata takes the time of the dateline",
       "<meta name=\"date\" content=\"2021-05-04\">",
       "<div class=\"publish-date\">Published 9:15 AM EDT May 4, 2021</div>",
       "2021-05-04T09:15:00-04:00", ""},
      {"an updated dateline is not the published date", "",
       "<div class=\"post-date\">Last updated: May 6, 2021 08:00</div><div "
       "class=\"post-date\">First published on May 4, 2021 07:30</div>",
       "2021-05-04T07:30:00", "2021-05-06T08:00:00"},
  };
  for (const auto& c : kCases) {
    auto doc = ExtractHtml(MetadataPage(c.head, c.extra), "dates.html");
    ASSERT_TRUE(doc.ok()) << c.name << ": " << doc.status().message();
    EXPECT_EQ(doc->published_at, c.published) << c.name;
    EXPECT_EQ(doc->modified_at, c.modified) << c.name;
  }
}

TEST(ExtractHtmlTest, AuthorsAreThePeopleNotThePublication) {
  const std::string site = "<meta property=\"og:site_name\" content=\"Harbour Gazette\">";
  const struct {
    const char* name;
    std::string head, extra;
    const char* want;
  } kCases[] = {
      {"the site in one author meta, a reporter in the next",
       site + "<meta name=\"author\" content=\"Harbour Gazette\"><meta name=\"author\" "
              "content=\"Jane Doe\">",
       "", "Jane Doe"},
      {"the outlet's twitter:creator gives way to the byline",
       site + "<meta name=\"twitter:creator\" content=\"Harbour Gazette\">",
       "<div class=\"byline\">By John Roe</div>", "John Roe"},
      {"JSON-LD naming only the publication gives way to the byline",
       site + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":"
              "{\"@type\":\"Organization\",\"name\":\"Harbour Gazette\"}}</script>",
       "<span class=\"author\">Jane Doe</span>", "Jane Doe"},
      {"an agency in the metadata keeps the byline's dateline out",
       site + "<meta name=\"author\" content=\"Reuters\">",
       "<div class=\"article-author\">Reuters, Washington</div>", ""},
  };
  for (const auto& c : kCases) {
    auto doc = ExtractHtml(MetadataPage(c.head, c.extra), "authors.html",
                           "https://harbourgazette.example/a");
    ASSERT_TRUE(doc.ok()) << c.name << ": " << doc.status().message();
    EXPECT_EQ(Join(doc->authors), c.want) << c.name;
  }
}

}  // namespace
}  // namespace ng::ingest
