#include "app/display_width.h"

#include <gtest/gtest.h>

#include <sstream>

#include "app/result_format.h"

namespace ng::app {
namespace {

TEST(DisplayWidthTest, WideCharactersTakeTwoColumns) {
  const struct {
    const char* text;
    size_t width;
  } cases[] = {
      {"", 0},     {"abc", 3},  {"한글", 4}, {"스페이스X", 9},   {"中文", 4},
      {"ｶﾅ", 2},   {"ＡＢ", 4}, {"😀", 2},    {"e\u0301", 1},     {"\u1100\u1161", 2},
      {"a\tb", 2}, {"\xFF", 1}, {"é", 1},    {"Sam 알트만", 10},
  };
  for (const auto& c : cases) EXPECT_EQ(DisplayWidth(c.text), c.width) << c.text;
}

TEST(DisplayWidthTest, FitToWidthCutsOnCharacterBoundaries) {
  EXPECT_EQ(FitToWidth("abcdef", 6), "abcdef");
  EXPECT_EQ(FitToWidth("abcdef", 4), "abc…");
  EXPECT_EQ(FitToWidth("한글한글", 5), "한글…");
  EXPECT_EQ(FitToWidth("한글한글", 4), "한…");
}

TEST(ResultFormatTest, TableAlignsHangulAndEscapesControlCharacters) {
  auto text = [](const char* t) {
    db::SqlValue v;
    v.kind = db::SqlValue::Kind::kText;
    v.text = t;
    return v;
  };
  db::SqlValue twelve, null, two;
  twelve.kind = db::SqlValue::Kind::kInteger;
  twelve.integer = 12;
  two.kind = db::SqlValue::Kind::kReal;
  two.real = 2;
  db::ResultSet rs;
  rs.columns = {"name", "n"};
  rs.rows = {{text("오픈AI"), twelve}, {text("a\nb"), null}, {text("Stoke"), two}};
  std::ostringstream table, csv, json;
  WriteTable(rs, table);
  EXPECT_EQ(table.str(),
            "name    n\n"
            "------  ----\n"
            "오픈AI    12\n"
            "a\\nb    NULL\n"
            "Stoke    2.0\n");
  WriteCsv(rs, csv);
  EXPECT_EQ(csv.str(), "\"name\",\"n\"\r\n\"오픈AI\",12\r\n\"a\nb\",\r\n\"Stoke\",2.0\r\n");
  WriteJsonRows(rs, json);
  EXPECT_EQ(
      json.str(),
      "[\n  {\n    \"name\": \"오픈AI\",\n    \"n\": 12\n  },\n  {\n    \"name\": \"a\\nb\",\n"
      "    \"n\": null\n  },\n  {\n    \"name\": \"Stoke\",\n    \"n\": 2.0\n  }\n]\n");
}

}  // namespace
}  // namespace ng::app
