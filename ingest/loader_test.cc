#include "ingest/loader.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace ng::ingest {
namespace {

std::vector<StatusOr<Document>> ParseLines(const std::string& bytes) {
  std::vector<StatusOr<Document>> out;
  ParseJsonLines(bytes, "a.jsonl", [&](StatusOr<Document> d) { out.push_back(std::move(d)); });
  return out;
}

TEST(LoaderTest, PlainTextFirstLineIsTitle) {
  auto doc = ParsePlainText("\n  오픈AI, 로켓 회사 검토\n\n본문 첫 문장.\n둘째 줄.\n", "a.txt");
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->title, "오픈AI, 로켓 회사 검토");
  EXPECT_EQ(doc->text, "본문 첫 문장.\n둘째 줄.");
  EXPECT_EQ(doc->lang, "ko");
  EXPECT_EQ(doc->source, "a.txt");
}

TEST(LoaderTest, BadPlainTextGetsOneClearMessage) {
  struct Case {
    std::string bytes, message;
  } cases[] = {
      {"", "a.txt: empty file"},
      {" \n\t\n", "a.txt: empty file"},
      {std::string("\x7F"
                   "ELF\x02\x01\x01\0\0\0",
                   10),
       "a.txt: looks like a binary file, not text"},
      {"title\nok then \xC3\x28 broken \xFF\xFE\xFD\xFC",
       "a.txt: byte 14: invalid UTF-8 (and not a known legacy charset)"},
  };
  for (const Case& c : cases) {
    auto doc = ParsePlainText(c.bytes, "a.txt");
    ASSERT_FALSE(doc.ok()) << c.message;
    EXPECT_EQ(doc.status().message(), c.message);
  }
}

TEST(LoaderTest, Cp949PlainTextIsDecoded) {
  // "삼성전자 발표\n" in CP949.
  const std::string cp949 = "\xBB\xEF\xBC\xBA\xC0\xFC\xC0\xDA \xB9\xDF\xC7\xA5\n\xBA\xBB\xB9\xAE";
  auto doc = ParsePlainText(cp949, "k.txt");
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  EXPECT_EQ(doc->title, "삼성전자 발표");
  EXPECT_EQ(doc->charset, "windows-949");
}

TEST(LoaderTest, Utf16TextWithByteOrderMarkIsDecoded) {
  // "Hi\n삼성" in UTF-16LE with a BOM.
  const std::string utf16(
      "\xFF\xFE"
      "H\0i\0\n\0\xBC\xC0\x31\xC1",
      12);
  auto doc = ParsePlainText(utf16, "u.txt");
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  EXPECT_EQ(doc->title, "Hi");
  EXPECT_EQ(doc->text, "삼성");
}

TEST(LoaderTest, JsonLinesGiveOneDocumentOrErrorPerLine) {
  const auto docs = ParseLines(
      "{\"id\": \"ko-1\", \"title\": \"T\", \"text\": \"본문\", \"url\": \"https://x.kr/1\", "
      "\"date\": \"2025-05-15\", \"lang\": \"ko\"}\n"
      "\n"
      "not json\n"
      "{\"title\": \"no text\"}\n"
      "{\"text\": \"English body\"}\n");
  ASSERT_EQ(docs.size(), 4u);
  ASSERT_TRUE(docs[0].ok());
  EXPECT_EQ(docs[0]->source, "a.jsonl#ko-1");
  EXPECT_EQ(docs[0]->url, "https://x.kr/1");
  EXPECT_EQ(docs[0]->published_at, "2025-05-15");
  EXPECT_EQ(docs[1].status().message(), "a.jsonl: line 3: not a JSON object");
  EXPECT_EQ(docs[2].status().message(), "a.jsonl: line 4: no \"text\"");
  ASSERT_TRUE(docs[3].ok());
  EXPECT_EQ(docs[3]->source, "a.jsonl#line-5");
  EXPECT_EQ(docs[3]->lang, "en");
}

TEST(LoaderTest, FoldersAreWalkedInNameOrder) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::path(::testing::TempDir()) / ("walk-" + std::to_string(getpid()));
  fs::create_directories(dir / "sub");
  for (const char* name : {"b.txt", "a.html", "sub/c.jsonl", "skip.png"}) {
    std::ofstream(dir / name) << "x\n";
  }
  auto files = ListInputFiles(dir.string());
  ASSERT_TRUE(files.ok());
  ASSERT_EQ(files->size(), 3u);
  EXPECT_EQ((*files)[0], (dir / "a.html").string());
  EXPECT_EQ((*files)[2], (dir / "sub/c.jsonl").string());
  EXPECT_EQ(ListInputFiles((dir / "missing").string()).status().message(),
            (dir / "missing").string() + ": no such file or folder");
  fs::remove_all(dir);
}

TEST(LoaderTest, MissingFileIsReportedByName) {
  std::vector<Status> errors;
  LoadFile("/nonexistent/x.txt", {}, [&](StatusOr<Document> d) { errors.push_back(d.status()); });
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].message(), "/nonexistent/x.txt: no such file");
}

}  // namespace
}  // namespace ng::ingest
