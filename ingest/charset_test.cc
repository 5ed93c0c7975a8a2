#include "ingest/charset.h"

#include <gtest/gtest.h>

#include <string>

#include "base/utf8.h"

namespace ng::ingest {
namespace {

// "한국" and "똠" (a UHC extension syllable that strict EUC-KR lacks) in CP949.
const std::string kHanguk = "\xC7\xD1\xB1\xB9";
const std::string kTtom = "\x8C\x63";

TEST(CanonicalCharsetTest, LabelsMapToTheConverterWeUse) {
  const struct {
    const char* label;
    const char* want;
  } kCases[] = {
      {"EUC-KR", "windows-949"},  {"euc-kr", "windows-949"},      {"ks_c_5601-1987", "windows-949"},
      {"cp949", "windows-949"},   {"\"euc-kr\"", "windows-949"},  {"utf8", "UTF-8"},
      {"UTF-8", "UTF-8"},         {"iso-8859-1", "windows-1252"}, {"us-ascii", "windows-1252"},
      {"Shift_JIS", "Shift_JIS"}, {"no-such-charset", ""},        {"", ""},
  };
  for (const auto& c : kCases) EXPECT_EQ(CanonicalCharset(c.label), c.want) << c.label;
}

TEST(FindMetaCharsetTest, OnlyMetaElementsDeclare) {
  const struct {
    const char* html;
    const char* want;
  } kCases[] = {
      {"<meta charset=\"euc-kr\">", "euc-kr"},
      {"<META CHARSET=utf-8>", "utf-8"},
      {"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=EUC-KR\">", "EUC-KR"},
      {"<meta content='text/html;charset=ks_c_5601-1987' http-equiv='content-type'>",
       "ks_c_5601-1987"},
      {"<script charset=\"UTF-8\" src=\"a.js\"></script><meta charset=\"euc-kr\">", "euc-kr"},
      {"<script>document.write('<meta charset=\"big5\">')</script>", ""},
      {"<!-- <meta charset=\"big5\"> --><meta charset=\"utf-8\">", "utf-8"},
      {"<meta name=\"description\" content=\"charset=big5\">", ""},
      {"<a charset=\"big5\" href=x>", ""},
  };
  for (const auto& c : kCases) EXPECT_EQ(FindMetaCharset(c.html), c.want) << c.html;
}

TEST(DecodeHtmlTest, EucKrPageDecodesToUtf8) {
  const std::string page = "<meta charset=\"euc-kr\"><p>" + kHanguk + kTtom + "</p>";
  const DecodedText d = DecodeHtmlToUtf8(page);
  EXPECT_EQ(d.charset, "windows-949");
  EXPECT_EQ(d.text, "<meta charset=\"euc-kr\"><p>한국똠</p>");
}

TEST(DecodeHtmlTest, ScriptCharsetBeforeMetaDoesNotCount) {
  const std::string page =
      "<script charset=\"UTF-8\" src=\"x.js\"></script>"
      "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=euc-kr\"><p>" +
      kHanguk + "</p>";
  const DecodedText d = DecodeHtmlToUtf8(page);
  EXPECT_EQ(d.charset, "windows-949");
  EXPECT_NE(d.text.find("<p>한국</p>"), std::string::npos);
}

TEST(DecodeHtmlTest, MetaSaysEucKrButBytesAreUtf8) {
  const DecodedText d = DecodeHtmlToUtf8("<meta charset=\"euc-kr\"><p>한국 똠</p>");
  EXPECT_EQ(d.charset, "UTF-8");
  EXPECT_EQ(d.text, "<meta charset=\"euc-kr\"><p>한국 똠</p>");
}

TEST(DecodeHtmlTest, HttpHeaderWinsOverMeta) {
  const std::string page = "<meta charset=\"utf-8\"><p>" + kHanguk + "</p>";
  const DecodedText d = DecodeHtmlToUtf8(page, "text/html; charset=EUC-KR");
  EXPECT_EQ(d.charset, "windows-949");
  EXPECT_NE(d.text.find("한국"), std::string::npos);
}

TEST(DecodeHtmlTest, ByteOrderMarkWinsOverEverything) {
  const DecodedText utf8 = DecodeHtmlToUtf8("\xEF\xBB\xBF<meta charset=\"euc-kr\">한");
  EXPECT_EQ(utf8.charset, "UTF-8");
  EXPECT_EQ(utf8.text, "<meta charset=\"euc-kr\">한");
  const DecodedText utf16 = DecodeHtmlToUtf8(std::string("\xFF\xFE<\0p\0>\0\x5C\xD5", 10));
  EXPECT_EQ(utf16.charset, "UTF-16LE");
  EXPECT_EQ(utf16.text, "<p>한");
}

TEST(DecodeHtmlTest, UndeclaredKoreanIsDetected) {
  std::string page = "<html><body><p>";
  for (int i = 0; i < 40; ++i) page += kHanguk + " " + kTtom + " ";
  page += "</p></body></html>";
  const DecodedText d = DecodeHtmlToUtf8(page);
  EXPECT_EQ(d.charset, "windows-949");
  EXPECT_NE(d.text.find("한국 똠"), std::string::npos);
}

TEST(DecodeHtmlTest, InvalidBytesBecomeReplacementCharacters) {
  const DecodedText d = DecodeHtmlToUtf8(
      "<meta charset=utf-8><p>a\xFF"
      "b</p>");
  EXPECT_EQ(d.charset, "UTF-8");
  EXPECT_EQ(d.text,
            "<meta charset=utf-8><p>a\xEF\xBF\xBD"
            "b</p>");
}

TEST(DecodeHtmlTest, BinaryBytesGiveValidUtf8) {
  std::string bytes;
  uint32_t x = 12345;
  for (int i = 0; i < 100000; ++i) {
    x = x * 1103515245 + 12345;
    bytes += static_cast<char>(x >> 24);
  }
  for (const char* declared : {"", "text/html; charset=euc-kr", "text/html; charset=utf-8",
                               "text/html; charset=shift_jis"}) {
    const DecodedText d = DecodeHtmlToUtf8(bytes, declared);
    EXPECT_TRUE(utf8::IsValid(d.text)) << declared;
    EXPECT_FALSE(d.charset.empty());
  }
}

TEST(DecodeTextTest, DeclaredLabelThenUtf8ThenDetector) {
  EXPECT_EQ(DecodeTextToUtf8(kHanguk, "euc-kr").text, "한국");
  EXPECT_EQ(DecodeTextToUtf8("plain ascii").charset, "UTF-8");
  EXPECT_EQ(DecodeTextToUtf8("한국어", "euc-kr").charset, "UTF-8");
}

}  // namespace
}  // namespace ng::ingest
