#include "ingest/html_prune.h"

#include <gtest/gtest.h>

#include <string>

#include "ingest/html_extract.h"

namespace ng::ingest {
namespace {

TEST(DropScriptAndStyleBodiesTest, RemovesOnlyWhatTheTokenizerReadsAsScriptOrStyleText) {
  struct Case {
    const char* what;
    std::string in, out;
  };
  const Case cases[] = {
      {"script and style bodies go", "<p>a</p><script>var x = 1 < 2;</script><style>p{}</style>",
       "<p>a</p><script></script><style></style>"},
      {"end tags in any case, with space or slash", "<SCRIPT>x</Script ><style>y</STYLE/>z",
       "<SCRIPT></Script ><style></STYLE/>z"},
      {"'</scripts' does not end a script", "<script>a='</scripts>'</script>b",
       "<script></script>b"},
      {"JSON-LD is kept", "<script type=\"application/ld+json\">{\"a\":1}</script>",
       "<script type=\"application/ld+json\">{\"a\":1}</script>"},
      {"JSON-LD, unquoted and upper case", "<script TYPE=APPLICATION/LD+JSON>{}</script>",
       "<script TYPE=APPLICATION/LD+JSON>{}</script>"},
      {"other JSON goes", "<script type=\"application/json\">{\"a\":1}</script>",
       "<script type=\"application/json\"></script>"},
      {"a script tag inside a comment is text of the comment",
       "<!-- <script> --><p>keep</p><script>x</script>",
       "<!-- <script> --><p>keep</p><script></script>"},
      {"comments that end at once", "<!--><p>k</p><!---><script>x</script>",
       "<!--><p>k</p><!---><script></script>"},
      {"a comment ended by --!>", "<!-- a <script> --!><p>k</p>", "<!-- a <script> --!><p>k</p>"},
      {"a '>' and '<script' in a quoted attribute value",
       "<a title=\"x > <script>\">k</a><p>keep</p>", "<a title=\"x > <script>\">k</a><p>keep</p>"},
      {"'<script' inside a title is text", "<title>About <script> tags</title><p>k</p>",
       "<title>About <script> tags</title><p>k</p>"},
      {"'<script' inside a textarea is text", "<textarea><script>x</textarea><p>k</p>",
       "<textarea><script>x</textarea><p>k</p>"},
      {"a body with '<!--' is kept (escaped states)",
       "<script><!-- document.write('<script></script>') --></script><p>k</p>",
       "<script><!-- document.write('<script></script>') --></script><p>k</p>"},
      {"self-closing script is left alone", "<svg><script href=\"a\"/></svg><p>k</p>",
       "<svg><script href=\"a\"/></svg><p>k</p>"},
      {"an unterminated script stays as it is", "<p>k</p><script>var a", "<p>k</p><script>var a"},
      {"an unterminated tag stays as it is", "<p>k</p><script type=\"x",
       "<p>k</p><script type=\"x"},
      {"plaintext: the rest is text", "<plaintext><script>x</script>",
       "<plaintext><script>x</script>"},
      {"CDATA", "<svg><![CDATA[ <script> ]]></svg><p>k</p>",
       "<svg><![CDATA[ <script> ]]></svg><p>k</p>"},
      {"a '<' that starts no tag", "1 < 2 <3 </ 4> <script>x</script>",
       "1 < 2 <3 </ 4> <script></script>"},
      {"end tag with a quoted '>'", "</div a=\">\"><script>x</script>",
       "</div a=\">\"><script></script>"},
      {"empty input", "", ""},
      {"a lone '<' at the end", "text<", "text<"},
      {"Korean text is copied byte for byte", "<p>스페이스X</p><script>가</script>",
       "<p>스페이스X</p><script></script>"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(DropScriptAndStyleBodies(c.in), c.out) << c.what;
  }
}

// The point of the pruning: extraction reads the same article from the
// pruned page as from the whole one, whatever tricks the markup plays.
TEST(DropScriptAndStyleBodiesTest, ExtractionIsTheSameWithAndWithoutScriptBodies) {
  const std::string paragraph =
      "<p>The company said on Monday that it would build a new factory in Texas, hiring two "
      "thousand people over the next three years as demand for its chips keeps growing.</p>";
  const std::string pages[] = {
      "<html><head><title>Chips</title><script>var t = '<p>not article</p>';</script>"
      "<style>p { color: red }</style>"
      "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Chips "
      "plant\",\"datePublished\":\"2025-05-15T09:30:00+09:00\"}</script></head><body><article>" +
          paragraph + paragraph + "<script>document.write('<div>ad</div>')</script>" + paragraph +
          "</article></body></html>",
      "<html><body><!-- <script> --><article>" + paragraph + "<a title=\"<script>\">link</a>" +
          paragraph + "<script><!-- if (a) { document.write('<script></script>') } --></script>" +
          paragraph + "</article><svg><script href=\"x\"/><style>.a{}</style></svg></body></html>",
  };
  for (const std::string& page : pages) {
    HtmlExtractOptions whole;
    whole.drop_script_bodies = false;
    StatusOr<Document> a = ExtractHtml(page, "a.html", "", "", whole);
    StatusOr<Document> b = ExtractHtml(page, "a.html", "", "", HtmlExtractOptions());
    ASSERT_TRUE(a.ok()) << a.status().message();
    ASSERT_TRUE(b.ok()) << b.status().message();
    EXPECT_EQ(a->text, b->text);
    EXPECT_EQ(a->title, b->title);
    EXPECT_EQ(a->published_at, b->published_at);
    EXPECT_NE(b->text.find("new factory in Texas"), std::string::npos);
  }
}

}  // namespace
}  // namespace ng::ingest
