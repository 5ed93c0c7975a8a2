// End-to-end tests: run the built `newsgraph` binary on real files and a real
// SQLite database, as a user would.
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
using ng::testing::Result;
using ng::testing::WriteFile;

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const char* bin = std::getenv("NEWSGRAPH_BIN");
    const char* src = std::getenv("NEWSGRAPH_SOURCE_DIR");
    if (bin == nullptr) bin = NEWSGRAPH_BIN_DEFAULT;
    if (src == nullptr) src = NEWSGRAPH_SOURCE_DIR_DEFAULT;
    bin_ = bin;
    src_ = src;
    dir_ = FreshTestDir("cli");
    db_ = (dir_ / "graph.db").string();
  }
  void TearDown() override { fs::remove_all(dir_); }

  Result Run(const std::string& args) { return ng::testing::RunBinary(bin_, args, dir_); }

  void Write(const std::string& name, const std::string& bytes) { WriteFile(dir_ / name, bytes); }

  std::string Path(const std::string& name) const { return (dir_ / name).string(); }

  nlohmann::json ExportJson() {
    const Result r = Run("export --db " + Quote(db_) + " --format json");
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return nlohmann::json::parse(r.out);
  }

  std::string bin_, src_, db_;
  fs::path dir_;
};

const nlohmann::json* Node(const nlohmann::json& g, const std::string& name) {
  for (const auto& n : g["nodes"]) {
    if (n["name"] == name) return &n;
  }
  return nullptr;
}

// Finds a link by source name, type and target name.
const nlohmann::json* Link(const nlohmann::json& g, const std::string& src, const std::string& type,
                           const std::string& dst) {
  const nlohmann::json* s = Node(g, src);
  const nlohmann::json* d = Node(g, dst);
  if (s == nullptr || d == nullptr) return nullptr;
  for (const auto& l : g["links"]) {
    if (l["type"] != type) continue;
    if ((l["source"] == (*s)["id"] && l["target"] == (*d)["id"]) ||
        ((type == "COMPETES_WITH" || type == "PARTNERS_WITH") && l["source"] == (*d)["id"] &&
         l["target"] == (*s)["id"])) {
      return &l;
    }
  }
  return nullptr;
}

TEST_F(CliTest, VersionHelpAndUsageErrors) {
  Result r = Run("--version");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, "newsgraph 0.1.0\n");
  for (const char* cmd : {"ingest", "export", "stats", "extract"}) {
    r = Run(std::string(cmd) + " --help");
    EXPECT_EQ(r.exit_code, 0) << cmd;
    EXPECT_NE(r.out.find("Usage"), std::string::npos) << cmd;
  }
  r = Run("ingset x");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("unknown command 'ingset'; did you mean 'ingest'?"), std::string::npos)
      << r.err;
  r = Run("ingest");
  EXPECT_EQ(r.exit_code, 2);
  r = Run("export --format pdf");
  EXPECT_EQ(r.exit_code, 2);
  r = Run("");
  EXPECT_EQ(r.exit_code, 2);
}

TEST_F(CliTest, SeedStoryBecomesABilingualGraph) {
  Result r = Run("ingest --db " + Quote(db_) + " " + Quote(src_ + "/samples"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("ingested 1 new"), std::string::npos) << r.err;
  const nlohmann::json g = ExportJson();
  EXPECT_EQ(g["directed"], true);
  EXPECT_EQ(g["multigraph"], true);
  // Each entity is one node with its English name and Korean aliases.
  const std::pair<const char*, const char*> bilingual[] = {{"Sam Altman", "샘 알트만"},
                                                           {"OpenAI", "오픈AI"},
                                                           {"SpaceX", "스페이스X"},
                                                           {"Stoke Space", "스톡 스페이스"},
                                                           {"Elon Musk", "일론 머스크"},
                                                           {"Jeff Bezos", "제프 베이조스"},
                                                           {"Blue Origin", "블루오리진"},
                                                           {"Alphabet", "알파벳"},
                                                           {"Google", "구글"},
                                                           {"xAI", "xAI"}};
  std::set<std::string> names;
  for (const auto& n : g["nodes"]) EXPECT_TRUE(names.insert(n["name"]).second) << n["name"];
  for (const auto& [en, ko] : bilingual) {
    const nlohmann::json* n = Node(g, en);
    ASSERT_NE(n, nullptr) << en;
    const auto& aliases = (*n)["aliases"];
    EXPECT_NE(std::find(aliases.begin(), aliases.end(), ko), aliases.end())
        << en << " lacks " << ko;
  }
  const nlohmann::json* ceo = Link(g, "Sam Altman", "CEO_OF", "OpenAI");
  ASSERT_NE(ceo, nullptr);
  EXPECT_EQ((*ceo)["modality"], "asserted");
  EXPECT_NE((*ceo)["evidence"][0]["sentence"].get<std::string>().find("최고경영자"),
            std::string::npos);
  EXPECT_NE((*ceo)["evidence"][0]["article"].get<std::string>().find("openai-stoke-space-ko.txt"),
            std::string::npos);
  EXPECT_NE(Link(g, "Jeff Bezos", "FOUNDED", "Blue Origin"), nullptr);
  EXPECT_NE(Link(g, "Alphabet", "PARENT_OF", "Google"), nullptr);
  EXPECT_NE(Link(g, "Stoke Space", "COMPETES_WITH", "SpaceX"), nullptr);
  // The OpenAI-Stoke talks are not asserted.
  const nlohmann::json* talks = Link(g, "OpenAI", "INVESTS_IN", "Stoke Space");
  ASSERT_NE(talks, nullptr);
  EXPECT_NE((*talks)["modality"], "asserted");
  for (const auto& l : g["links"]) {
    for (const char* key : {"source", "target", "type", "modality", "weight", "evidence"}) {
      EXPECT_TRUE(l.contains(key)) << key;
    }
  }
}

TEST_F(CliTest, IngestingTheSameContentAgainChangesNothing) {
  ASSERT_EQ(Run("ingest --db " + Quote(db_) + " " + Quote(src_ + "/samples")).exit_code, 0);
  const std::string stats1 = Run("stats --json --db " + Quote(db_)).out;
  const nlohmann::json g1 = ExportJson();
  const Result again = Run("ingest --db " + Quote(db_) + " " + Quote(src_ + "/samples"));
  EXPECT_EQ(again.exit_code, 0);
  EXPECT_NE(again.err.find("0 new, 0 updated, 1 unchanged"), std::string::npos) << again.err;
  EXPECT_EQ(Run("stats --json --db " + Quote(db_)).out, stats1);
  EXPECT_EQ(ExportJson(), g1);
}

TEST_F(CliTest, BadInputsAreReportedByNameAndTheRestIsIngested) {
  Write("in/good.txt",
        "Samsung and Google\nSamsung Electronics signed a partnership with Google.\n");
  Write("in/empty.txt", "");
  Write("in/binary.txt", std::string("\x7F"
                                     "ELF\0\0\0\x01\x02",
                                     9));
  Write("in/broken.txt", "title\nbad \xFF\xFE bytes \xC3\x28 here");
  Write("in/page.html", "<html><body></body></html>");
  Write("in/lines.jsonl", "{\"text\": \"Apple competes with Samsung Electronics.\"}\nnot json\n");
  const Result r =
      Run("ingest --db " + Quote(db_) + " " + Quote(Path("in")) + " " + Quote(Path("missing.txt")));
  EXPECT_EQ(r.exit_code, 1);
  for (const std::string& expected :
       {Path("in/empty.txt") + ": empty file",
        Path("in/binary.txt") + ": looks like a binary file, not text",
        Path("in/broken.txt") + ": byte 10: invalid UTF-8",
        Path("in/lines.jsonl") + ": line 2: not a JSON object",
        Path("missing.txt") + ": no such file or folder", Path("in/page.html") + ": "}) {
    EXPECT_NE(r.err.find("newsgraph: " + expected), std::string::npos) << expected << "\n" << r.err;
  }
  const nlohmann::json stats = nlohmann::json::parse(Run("stats --json --db " + Quote(db_)).out);
  EXPECT_EQ(stats["articles"], 2);
  const nlohmann::json g = ExportJson();
  EXPECT_NE(Link(g, "Samsung Electronics", "PARTNERS_WITH", "Google"), nullptr);
  EXPECT_NE(Link(g, "Apple", "COMPETES_WITH", "Samsung Electronics"), nullptr);
}

TEST_F(CliTest, EnglishArticlesWorkTheSameWay) {
  Write("en.jsonl",
        "{\"id\": \"1\", \"title\": \"Deal\", \"text\": \"Microsoft agreed to acquire Activision "
        "Blizzard. OpenAI CEO Sam Altman spoke. Jeff Bezos founded Blue Origin.\"}\n");
  ASSERT_EQ(Run("ingest --db " + Quote(db_) + " " + Quote(Path("en.jsonl"))).exit_code, 0);
  const nlohmann::json g = ExportJson();
  EXPECT_NE(Link(g, "Microsoft", "ACQUIRES", "Activision Blizzard"), nullptr);
  EXPECT_NE(Link(g, "Sam Altman", "CEO_OF", "OpenAI"), nullptr);
  EXPECT_NE(Link(g, "Jeff Bezos", "FOUNDED", "Blue Origin"), nullptr);
  const nlohmann::json* ceo = Link(g, "Sam Altman", "CEO_OF", "OpenAI");
  EXPECT_EQ((*ceo)["evidence"][0]["article"], Path("en.jsonl") + "#1");
}

TEST_F(CliTest, DotExportOfHostileNamesRendersWithGraphviz) {
  if (std::system("command -v dot >/dev/null 2>&1") != 0) GTEST_SKIP() << "Graphviz not installed";
  Write("dict.tsv", "Quote \"Co\" \\ Back\tORG\t따옴표 \"회사\"\nLine<b>&Co\tORG\t꺾쇠회사\n");
  Write("a.txt", "t\n따옴표 \"회사\"는 꺾쇠회사와 협력했다.\n");
  ASSERT_EQ(Run("ingest --db " + Quote(db_) + " --dictionary " + Quote(Path("dict.tsv")) + " " +
                Quote(Path("a.txt")))
                .exit_code,
            0);
  Result r = Run("export --db " + Quote(db_) + " --format dot -o " + Quote(Path("g.dot")));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string dot = ReadAll(dir_ / "g.dot");
  EXPECT_NE(dot.find("Quote \\\"Co\\\" \\\\ Back"), std::string::npos) << dot;
  EXPECT_EQ(
      std::system(("dot -Tsvg " + Quote(Path("g.dot")) + " -o " + Quote(Path("g.svg"))).c_str()),
      0);
  r = Run("export --db " + Quote(db_) + " --format svg -o " + Quote(Path("direct.svg")));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string svg = ReadAll(dir_ / "direct.svg");
  EXPECT_NE(svg.find("<svg"), std::string::npos);
  EXPECT_NE(svg.find("PARTNERS_WITH"), std::string::npos);
}

TEST_F(CliTest, ExportOfAMissingDatabaseFailsClearly) {
  const Result r = Run("export --db " + Quote(Path("nope.db")) + " --format json");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(Path("nope.db") + ": cannot open database"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(Path("nope.db")));
}

TEST_F(CliTest, ExtractPrintsJsonLines) {
  Write("p.html",
        "<html lang=en><head><title>Big deal - Example News</title>"
        "<meta property='article:published_time' content='2025-05-15T09:30:00+09:00'></head>"
        "<body><nav><a href=/>Home</a></nav><article><h1>Big deal</h1>"
        "<p>Microsoft agreed to acquire Activision Blizzard for 69 billion dollars in cash, the "
        "company said on Monday in a statement to investors.</p>"
        "<p>The deal is the largest in the history of the video game industry so far.</p>"
        "</article></body></html>");
  const Result r = Run("extract --json " + Quote(Path("p.html")));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const nlohmann::json j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["source"], Path("p.html"));
  EXPECT_EQ(j["published_at"], "2025-05-15T09:30:00+09:00");
  EXPECT_NE(j["text"].get<std::string>().find("Activision Blizzard"), std::string::npos);
  EXPECT_EQ(j["text"].get<std::string>().find("Home"), std::string::npos);
  for (const char* key : {"url", "canonical_url", "title", "modified_at", "authors", "site_name",
                          "lang", "charset"}) {
    EXPECT_TRUE(j.contains(key)) << key;
  }
}

}  // namespace
