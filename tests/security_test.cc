// Security of the CLI surface (docs/security.md): hostile names travel through
// `newsgraph ingest` into SQLite as data, never as SQL, and come out of every
// exporter escaped.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "tests/cli_runner.h"

namespace {

namespace fs = std::filesystem;

using ng::testing::FreshTestDir;
using ng::testing::Quote;
using ng::testing::ReadAll;
using ng::testing::WriteFile;

class SecurityTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const char* bin = std::getenv("NEWSGRAPH_BIN");
    bin_ = bin != nullptr ? bin : NEWSGRAPH_BIN_DEFAULT;
    dir_ = FreshTestDir("security");
    db_ = (dir_ / "graph.db").string();
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Runs the binary; returns the exit code, stdout in *out.
  int Run(const std::string& args, std::string* out = nullptr) {
    const fs::path o = dir_ / "stdout";
    const int status =
        std::system((Quote(bin_) + " " + args + " >" + Quote(o.string()) + " 2>/dev/null").c_str());
    if (out != nullptr) *out = ReadAll(o);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }
  std::string Write(const std::string& name, const std::string& bytes) {
    WriteFile(dir_ / name, bytes);
    return (dir_ / name).string();
  }

  std::string bin_, db_;
  fs::path dir_;
};

constexpr char kDropEntities[] = "Bobby'); DROP TABLE entities;--";
constexpr char kDropArticles[] = "Robert\" OR 1=1; DROP TABLE articles;--";

TEST_F(SecurityTest, SqlInNamesAndTitlesIsStoredAsData) {
  const std::string dict = Write("dict.tsv", std::string(kDropEntities) + "\tORG\t바비회사\n" +
                                                 kDropArticles + "\tORG\t로버트회사\n");
  const std::string jsonl = Write(
      "a.jsonl",
      nlohmann::json{{"id", "1'; DELETE FROM articles;--"},
                     {"title", "x'); DELETE FROM relations;--"},
                     {"url", "https://x.example/?q=' OR '1'='1"},
                     {"text", "바비회사는 로버트회사와 협력했다. " + std::string(kDropEntities) +
                                  " partners with " + kDropArticles + "."}}
              .dump() +
          "\n");
  ASSERT_EQ(Run("ingest --db " + Quote(db_) + " " + Quote(jsonl) + " --dictionary " + Quote(dict)),
            0);
  // A second run against the same file: the tables are all still there.
  ASSERT_EQ(Run("ingest --db " + Quote(db_) + " " + Quote(jsonl) + " --dictionary " + Quote(dict)),
            0);
  std::string stats;
  ASSERT_EQ(Run("stats --json --db " + Quote(db_), &stats), 0);
  const nlohmann::json s = nlohmann::json::parse(stats);
  EXPECT_EQ(s["articles"], 1) << stats;
  EXPECT_GE(s["entities"].get<int>(), 2) << stats;

  std::string json;
  ASSERT_EQ(Run("export --format json --db " + Quote(db_), &json), 0);
  const nlohmann::json g = nlohmann::json::parse(json);
  bool drop_entities = false, drop_articles = false, partners = false;
  for (const auto& n : g["nodes"]) {
    drop_entities |= n["name"] == kDropEntities;
    drop_articles |= n["name"] == kDropArticles;
  }
  for (const auto& l : g["links"]) partners |= l["type"] == "PARTNERS_WITH";
  EXPECT_TRUE(drop_entities && drop_articles && partners) << json;
}

TEST_F(SecurityTest, GraphMlAndDotExportsOfHostileNamesParse) {
  const std::string dict =
      Write("dict.tsv",
            std::string(kDropEntities) + "\tORG\t바비회사\n<script>&amp;\"]]>\tORG\t꺾쇠회사\n");
  const std::string txt = Write("a.txt", "t\n바비회사는 꺾쇠회사와 협력했다.\n");
  ASSERT_EQ(Run("ingest --db " + Quote(db_) + " " + Quote(txt) + " --dictionary " + Quote(dict)),
            0);
  const std::string graphml = (dir_ / "g.graphml").string();
  ASSERT_EQ(Run("export --format graphml --db " + Quote(db_) + " -o " + Quote(graphml)), 0);
  if (std::system("python3 -c 'import xml' 2>/dev/null") != 0) GTEST_SKIP() << "no python3";
  // The XML parser gives back exactly the names that went in.
  const std::string check =
      "python3 -c 'import sys, xml.dom.minidom as m; d = m.parse(sys.argv[1]); "
      "v = [e.firstChild.data for e in d.getElementsByTagName(\"data\") if e.firstChild]; "
      "sys.exit(0 if sys.argv[2] in v and sys.argv[3] in v else 1)' " +
      Quote(graphml) + " " + Quote(kDropEntities) + " " + Quote("<script>&amp;\"]]>");
  EXPECT_EQ(std::system(check.c_str()), 0) << ReadAll(graphml);
}

}  // namespace
