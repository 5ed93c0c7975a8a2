// End-to-end tests of the read side: `query` cannot write, the entity,
// neighbors, path, changes and search commands, and `export` in every format
// with filters and hostile names, checked by the tools that read them
// (Graphviz `dot`, python3-networkx, Python's csv and XML parsers).
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "base/sha256.h"
#include "tests/cli_runner.h"

namespace {

namespace fs = std::filesystem;

using ng::testing::FreshTestDir;
using ng::testing::Quote;
using ng::testing::ReadAll;
using ng::testing::Result;
using ng::testing::WriteFile;

bool Have(const std::string& check) {
  return std::system((check + " >/dev/null 2>&1").c_str()) == 0;
}

// The hostile names every format must carry. The newline one cannot come
// from a dictionary line, so the test writes it into the database itself.
const std::string kLong = std::string(2000, 'L') + " Long";
const std::vector<std::string> kHostile = {"Quote \"Co\" \\ Back", "Tag <b>&amp; ]]> Co",
                                           "😀 이모지\n회사", kLong, "한글 회사"};

class QueryCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const char* bin = std::getenv("NEWSGRAPH_BIN");
    bin_ = bin != nullptr ? bin : NEWSGRAPH_BIN_DEFAULT;
    dir_ = FreshTestDir("qcli");
    db_ = (dir_ / "graph.db").string();
  }
  void TearDown() override { fs::remove_all(dir_); }

  Result Run(const std::string& args) { return ng::testing::RunBinary(bin_, args, dir_); }
  // Runs a shell command (python3, dot); returns its exit code, output in *out.
  int Shell(const std::string& cmd, std::string* out = nullptr) {
    const fs::path o = dir_ / "shell.out";
    const int status = std::system((cmd + " >" + Quote(o.string()) + " 2>&1").c_str());
    if (out != nullptr) *out = ReadAll(o);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }
  void Write(const std::string& name, const std::string& bytes) { WriteFile(dir_ / name, bytes); }
  std::string Path(const std::string& name) const { return (dir_ / name).string(); }
  std::string Db() const { return " --db " + Quote(db_); }

  void Sql(const std::string& sql) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(db_.c_str(), &db), SQLITE_OK);
    char* err = nullptr;
    EXPECT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err), SQLITE_OK) << err;
    sqlite3_free(err);
    sqlite3_close(db);  // the last connection: checkpoints and removes the WAL
  }

  // The seed story, plus an English article with a URL.
  void IngestSamples() {
    const char* src = std::getenv("NEWSGRAPH_SOURCE_DIR");
    const std::string samples =
        std::string(src != nullptr ? src : NEWSGRAPH_SOURCE_DIR_DEFAULT) + "/samples";
    Write("en.jsonl",
          "{\"id\": \"1\", \"url\": \"https://news.example/a?x=1&y=2\", \"title\": \"Deal\", "
          "\"text\": \"Microsoft agreed to acquire Activision Blizzard.\"}\n");
    const Result r = Run("ingest" + Db() + " " + Quote(samples) + " " + Quote(Path("en.jsonl")));
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }

  // Entities with the hostile names, related to each other.
  void IngestHostileNames() {
    Write("dict.tsv",
          "Quote \"Co\" \\ Back\tORG\t알파회사\nTag <b>&amp; ]]> Co\tORG\t베타회사\n"
          "😀 이모지 회사\tORG\t감마회사\n" +
              kLong + "\tORG\t델타회사\n한글 회사\tORG\t엡실론회사\n");
    Write("a.txt",
          "t\n알파회사는 베타회사와 협력했다. 감마회사는 델타회사와 협력했다. "
          "엡실론회사는 알파회사와 경쟁했다. 델타회사는 베타회사와 경쟁했다.\n");
    // The path comes first: --dictionary may take more than one value.
    const Result r = Run("ingest" + Db() + " " + Quote(Path("a.txt")) +
                         " --no-default-dictionary --dictionary " + Quote(Path("dict.tsv")));
    ASSERT_EQ(r.exit_code, 0) << r.err;
    Sql("UPDATE entities SET name = '😀 이모지' || char(10) || '회사' WHERE name = '😀 이모지 회사'");
  }

  std::set<std::string> JsonNames(const std::string& text, const char* list) {
    std::set<std::string> names;
    const nlohmann::json j = nlohmann::json::parse(text);
    for (const auto& n : j[list]) names.insert(n["name"].get<std::string>());
    return names;
  }

  std::string bin_, db_;
  fs::path dir_;
};

// ---------------------------------------------------------------- query

TEST_F(QueryCliTest, QueryRefusesEveryWriteAndLeavesTheFileByteIdentical) {
  IngestSamples();
  const std::string before = ng::Sha256Hex(ReadAll(db_));
  struct Case {
    const char* sql;
    const char* message;  // part of the message on stderr
  };
  const Case cases[] = {
      {"DELETE FROM entities",
       "statement 1 (DELETE FROM entities): refused: DELETE is not allowed"},
      {"DROP TABLE relations", "refused: a schema change (CREATE or DROP) is not allowed"},
      {"UPDATE entities SET name = 'x'", "refused: UPDATE is not allowed"},
      {"INSERT INTO aliases VALUES (1, 'x', 'x', 'en')", "refused: INSERT is not allowed"},
      {"ATTACH 'other.db' AS o", "refused: ATTACH is not allowed"},
      {"PRAGMA writable_schema = 1", "refused: PRAGMA writable_schema with a value is not allowed"},
      {"PRAGMA journal_mode = DELETE", "refused: PRAGMA journal_mode with a value is not allowed"},
      {"VACUUM INTO 'copy.db'", "refused: it would change the database"},
      {"SELECT load_extension('/tmp/x')", "refused: function load_extension() is not allowed"},
      {"WITH doomed AS (SELECT id FROM entities) DELETE FROM entities WHERE id IN doomed",
       "refused: DELETE is not allowed"},
      {"SELECT 1; DELETE FROM mentions", "statement 2 (DELETE FROM mentions): refused"},
      {"CREATE TEMP TABLE t(x)", "refused: a schema change"},
      {"SELECT writefile('x', 'y')", "statement 1"},
      {"REINDEX", "refused: REINDEX is not allowed"},
  };
  for (const Case& c : cases) {
    const Result r = Run("query" + Db() + " " + Quote(c.sql));
    EXPECT_EQ(r.exit_code, 2) << c.sql;
    EXPECT_EQ(r.out, "") << c.sql;
    EXPECT_NE(r.err.find(c.message), std::string::npos) << c.sql << "\n" << r.err;
  }
  EXPECT_FALSE(fs::exists(Path("copy.db")));
  EXPECT_EQ(ng::Sha256Hex(ReadAll(db_)), before);
  // Reading still works, full-text search included.
  const Result r = Run("query" + Db() +
                       " \"SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH "
                       "'스페이스X'; PRAGMA user_version\" --format json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "[\n  {\n    \"n\": 1\n  }\n]\n[\n  {\n    \"user_version\": 5\n  }\n]\n");
  EXPECT_EQ(ng::Sha256Hex(ReadAll(db_)), before);
}

TEST_F(QueryCliTest, QueryOfAMissingFileDoesNotCreateIt) {
  const Result r = Run("query --db " + Quote(Path("none.db")) + " 'SELECT 1'");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(Path("none.db") + ": cannot open database"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(Path("none.db")));
}

TEST_F(QueryCliTest, QueryTableAlignsHangulAndCsvAndJsonCarryEveryByte) {
  IngestHostileNames();
  const std::string sql = "'SELECT id, name FROM entities ORDER BY id'";
  Result r = Run("query" + Db() + " " + sql);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // Every line of the table has the same width in columns; the newline in a
  // name shows as \n; the 2 KB name is cut to 60 columns.
  EXPECT_NE(r.out.find("😀 이모지\\n회사"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("LLLL…"), std::string::npos);
  std::vector<std::string> lines;
  std::istringstream in(r.out);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  ASSERT_EQ(lines.size(), 2 + kHostile.size());
  const std::string id_col = lines[1].substr(0, lines[1].find(' '));
  EXPECT_EQ(lines[1], id_col + "  " + std::string(60, '-'));
  EXPECT_NE(r.out.find("한글 회사\n"), std::string::npos);

  r = Run("query" + Db() + " --format json " + sql);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::set<std::string> names;
  for (const auto& row : nlohmann::json::parse(r.out)) names.insert(row["name"]);
  EXPECT_EQ(names, std::set<std::string>(kHostile.begin(), kHostile.end()));

  if (!Have("python3 -c 'import csv'")) GTEST_SKIP() << "python3 not installed";
  r = Run("query" + Db() + " --format csv " + sql);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  Write("rows.csv", r.out);
  std::string parsed;
  ASSERT_EQ(Shell("python3 -c 'import csv, json, sys; rows = list(csv.reader(open(sys.argv[1], "
                  "newline=\"\", encoding=\"utf-8\"))); print(json.dumps(rows))' " +
                      Quote(Path("rows.csv")),
                  &parsed),
            0)
      << parsed;
  const nlohmann::json rows = nlohmann::json::parse(parsed);
  EXPECT_EQ(rows[0], nlohmann::json({"id", "name"}));
  names.clear();
  for (size_t i = 1; i < rows.size(); ++i) names.insert(rows[i][1]);
  EXPECT_EQ(names, std::set<std::string>(kHostile.begin(), kHostile.end()));
}

// ---------------------------------------------------------------- commands

TEST_F(QueryCliTest, EntityResolvesAliasesInEitherLanguage) {
  IngestSamples();
  for (const char* name : {"알트만", "Sam Altman", "sam altman", "샘 알트만"}) {
    const Result r = Run("entity" + Db() + " " + Quote(name));
    ASSERT_EQ(r.exit_code, 0) << name << r.err;
    EXPECT_EQ(r.out.rfind("Sam Altman (PERSON, #", 0), 0) << r.out;
    EXPECT_NE(r.out.find("  Sam Altman -CEO_OF-> OpenAI  weight "), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("openai-stoke-space-ko.txt"), std::string::npos);
    EXPECT_NE(r.out.find("  seen       20"), std::string::npos);
  }
  const Result json = Run("entity --json" + Db() + " OpenAI");
  ASSERT_EQ(json.exit_code, 0) << json.err;
  EXPECT_TRUE(JsonNames(json.out, "nodes").count("Sam Altman"));
  const Result none = Run("entity" + Db() + " 'No Such Company'");
  EXPECT_EQ(none.exit_code, 1);
  EXPECT_EQ(none.err, "newsgraph: no entity named 'No Such Company'\n");
}

TEST_F(QueryCliTest, AnAmbiguousNameListsTheCandidates) {
  IngestSamples();
  Sql("INSERT INTO entities(id, name, type, name_key, created_at) "
      "VALUES (9001, 'Altman Foods', 'ORG', 'altmanfoods', 't');"
      "INSERT INTO aliases VALUES (9001, '알트만', '알트만', 'ko');");
  const Result r = Run("entity" + Db() + " 알트만");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("newsgraph: '알트만' names 2 entities; give one as #ID:\n  #"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("Sam Altman (PERSON, "), std::string::npos);
  EXPECT_NE(r.err.find("#9001  Altman Foods (ORG, 0 mentions)  aka 알트만"), std::string::npos);
  const Result by_id = Run("entity" + Db() + " '#9001'");
  EXPECT_EQ(by_id.exit_code, 0) << by_id.err;
  EXPECT_EQ(by_id.out.rfind("Altman Foods (ORG, #9001)", 0), 0);
}

TEST_F(QueryCliTest, NeighborsPathAndChanges) {
  IngestSamples();
  Result r = Run("neighbors" + Db() + " 스페이스X");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("SpaceX (ORG, #", 0), 0) << r.out;
  EXPECT_NE(r.out.find("  1  Stoke Space"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("  2  "), std::string::npos);
  r = Run("neighbors --depth 2 --json" + Db() + " 스페이스X");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(JsonNames(r.out, "nodes").count("OpenAI"));  // SpaceX - Stoke Space - OpenAI

  r = Run("path" + Db() + " '제프 베이조스' 오픈AI");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("Jeff Bezos -FOUNDED-> Blue Origin ", 0), 0) << r.out;
  EXPECT_NE(r.out.find(" OpenAI\n"), std::string::npos) << r.out;
  r = Run("path --max-depth 1" + Db() + " 'Jeff Bezos' OpenAI");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "newsgraph: no path between Jeff Bezos and OpenAI within 1 hops\n");

  r = Run("changes --since 1h" + Db());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Microsoft -ACQUIRES-> Activision Blizzard"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("https://news.example/a?x=1&y=2"), std::string::npos);
  EXPECT_EQ(r.out.find("MENTIONED_WITH"), std::string::npos);
  r = Run("changes --since 2000-01-01 --until 2000-01-02 --json" + Db());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(nlohmann::json::parse(r.out)["links"].size(), 0u);
  r = Run("changes --since yesterday" + Db());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--since: 'yesterday' is not a time"), std::string::npos) << r.err;

  r = Run("search" + Db() + " 스페이스X");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("article   "), std::string::npos);
  EXPECT_NE(r.out.find("evidence  SpaceX -COMPETES_WITH-> "), std::string::npos) << r.out;
  r = Run("search" + Db() + " ab");
  EXPECT_EQ(r.exit_code, 2);
}

// ---------------------------------------------------------------- export

TEST_F(QueryCliTest, ExportFiltersKeepWhatTheyName) {
  IngestSamples();
  auto links = [&](const std::string& flags) {
    const Result r = Run("export --format json" + Db() + " " + flags);
    EXPECT_EQ(r.exit_code, 0) << flags << r.err;
    return nlohmann::json::parse(r.out)["links"];
  };
  const size_t all = links("").size();
  ASSERT_GT(all, 10u);
  for (const auto& l : links("--types competes_with,FOUNDED")) {
    EXPECT_TRUE(l["type"] == "COMPETES_WITH" || l["type"] == "FOUNDED") << l;
  }
  for (const auto& l : links("--modality considered,ended")) EXPECT_NE(l["modality"], "asserted");
  for (const auto& l : links("--min-weight 2")) EXPECT_GE(l["weight"], 2);
  EXPECT_EQ(links("--until 2000-01-01").size(), 0u);
  EXPECT_EQ(links("--since 1h").size(), all);
  EXPECT_GT(links("--include-mentions").size(), all);
  const auto around = links("--center Microsoft --depth 1");
  ASSERT_EQ(around.size(), 1u);
  EXPECT_EQ(around[0]["type"], "ACQUIRES");
  const Result bad = Run("export --format json" + Db() + " --center 'Nobody Inc'");
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_EQ(bad.err, "newsgraph: --center: no entity named 'Nobody Inc'\n");
}

TEST_F(QueryCliTest, MaxNodesCapsAnExportAndSaysWhatItLeftOut) {
  IngestSamples();
  const Result whole = Run("export --format json" + Db());
  ASSERT_EQ(whole.exit_code, 0) << whole.err;
  const size_t all = nlohmann::json::parse(whole.out)["nodes"].size();
  ASSERT_GT(all, 5u);
  const Result capped = Run("export --format json --max-nodes 5" + Db());
  ASSERT_EQ(capped.exit_code, 0) << capped.err;
  const nlohmann::json g = nlohmann::json::parse(capped.out);
  EXPECT_EQ(g["nodes"].size(), 5u);
  std::set<int64_t> ids;
  for (const auto& n : g["nodes"]) ids.insert(n["id"].get<int64_t>());
  for (const auto& l : g["links"]) {  // only relations between the nodes kept
    EXPECT_TRUE(ids.count(l["source"].get<int64_t>()) && ids.count(l["target"].get<int64_t>()));
  }
  EXPECT_EQ(capped.err, "newsgraph: kept 5 entities, left out " + std::to_string(all - 5) +
                            " (--max-nodes 5; 0 for no limit)\n");
  const Result around = Run("neighbors --max-nodes 2 --depth 3" + Db() + " SpaceX");
  ASSERT_EQ(around.exit_code, 0) << around.err;
  EXPECT_NE(around.out.find("SpaceX"), std::string::npos);
  EXPECT_NE(around.err.find("kept 2 entities, left out"), std::string::npos) << around.err;
}

TEST_F(QueryCliTest, SvgEdgesLinkToTheirArticle) {
  if (!Have("command -v dot")) GTEST_SKIP() << "Graphviz not installed";
  IngestSamples();
  const Result r =
      Run("export --format svg" + Db() + " --center Microsoft -o " + Quote(Path("g.svg")));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string svg = ReadAll(dir_ / "g.svg");
  EXPECT_NE(svg.find("xlink:href=\"https://news.example/a?x=1&amp;y=2\""), std::string::npos)
      << svg;
  EXPECT_NE(svg.find("ACQUIRES"), std::string::npos);
}

TEST_F(QueryCliTest, HostileNamesSurviveEveryExportFormat) {
  IngestHostileNames();
  const std::set<std::string> expected(kHostile.begin(), kHostile.end());
  // JSON
  Result r = Run("export --format json" + Db());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(JsonNames(r.out, "nodes"), expected);
  const size_t edges = nlohmann::json::parse(r.out)["links"].size();
  EXPECT_EQ(edges, 4u);
  // The chain 한글 회사 - Quote - Tag - Long - 😀 is four hops long.
  r = Run("export --format json" + Db() + " --center '한글 회사' --depth 4");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(JsonNames(r.out, "nodes"), expected);

  // Neo4j CSV: headers, and Python's csv reader gets every name back.
  r = Run("export --format csv" + Db() + " -o " + Quote(Path("neo4j")));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string nodes = ReadAll(dir_ / "neo4j/nodes.csv");
  const std::string rels = ReadAll(dir_ / "neo4j/relationships.csv");
  EXPECT_EQ(nodes.substr(0, nodes.find('\n')), "id:ID,name,type,aliases:string[],:LABEL");
  EXPECT_EQ(rels.substr(0, rels.find('\n')),
            ":START_ID,:END_ID,:TYPE,modality,weight:int,evidence");
  const bool python = Have("python3 -c 'import csv'");
  if (python) {
    std::string out;
    ASSERT_EQ(
        Shell("python3 -c 'import csv, json, sys; print(json.dumps([list(csv.reader(open(p, "
              "newline=\"\", encoding=\"utf-8\"))) for p in sys.argv[1:]]))' " +
                  Quote(Path("neo4j/nodes.csv")) + " " + Quote(Path("neo4j/relationships.csv")),
              &out),
        0)
        << out;
    const nlohmann::json files = nlohmann::json::parse(out);
    std::set<std::string> names;
    for (size_t i = 1; i < files[0].size(); ++i) {
      names.insert(files[0][i][1]);
      EXPECT_EQ(files[0][i][4], "Entity;ORG");
    }
    EXPECT_EQ(names, expected);
    EXPECT_EQ(files[1].size(), edges + 1);
  }

  // GraphML through networkx.
  r = Run("export --format graphml" + Db() + " -o " + Quote(Path("g.graphml")));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  if (python && Have("python3 -c 'import networkx'")) {
    std::string out;
    ASSERT_EQ(Shell("python3 -c 'import json, sys, networkx as nx; "
                    "g = nx.read_graphml(sys.argv[1], node_type=int); "
                    "print(json.dumps({\"names\": [d[\"name\"] for _, d in g.nodes(data=True)], "
                    "\"edges\": g.number_of_edges(), "
                    "\"types\": sorted(set(d[\"type\"] for _, _, d in g.edges(data=True))), "
                    "\"weights\": [d[\"weight\"] for _, _, d in g.edges(data=True)]}))' " +
                        Quote(Path("g.graphml")),
                    &out),
              0)
        << out;
    const nlohmann::json j = nlohmann::json::parse(out);
    EXPECT_EQ(std::set<std::string>(j["names"].begin(), j["names"].end()), expected);
    EXPECT_EQ(j["edges"], edges);
    EXPECT_EQ(j["types"], nlohmann::json({"COMPETES_WITH", "PARTNERS_WITH"}));
    for (const auto& w : j["weights"]) EXPECT_TRUE(w.is_number_integer());
  }

  // DOT, rendered by the real dot; the SVG is well-formed XML with the names.
  if (!Have("command -v dot")) GTEST_SKIP() << "Graphviz not installed";
  r = Run("export --format dot" + Db() + " -o " + Quote(Path("g.dot")));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::string out;
  EXPECT_EQ(Shell("dot -Tsvg " + Quote(Path("g.dot")) + " -o " + Quote(Path("g.svg")), &out), 0)
      << out;
  r = Run("export --format svg" + Db() + " -o " + Quote(Path("direct.svg")));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  if (python) {
    for (const char* svg : {"g.svg", "direct.svg"}) {
      ASSERT_EQ(
          Shell("python3 -c 'import sys, json, xml.dom.minidom as m; d = m.parse(sys.argv[1]); "
                "t = []\ndef walk(n):\n  t.append(n.data) if n.nodeType == n.TEXT_NODE else "
                "[walk(c) for c in n.childNodes]\nwalk(d); print(json.dumps(t))' " +
                    Quote(Path(svg)),
                &out),
          0)
          << out;
      const nlohmann::json texts = nlohmann::json::parse(out);
      for (const char* name : {"Quote \"Co\" \\ Back", "Tag <b>&amp; ]]> Co", "한글 회사"}) {
        EXPECT_NE(std::find(texts.begin(), texts.end(), name), texts.end()) << svg << " " << name;
      }
    }
  }
  r = Run("export --format png" + Db() + " -o " + Quote(Path("g.png")));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(ReadAll(dir_ / "g.png").substr(1, 3), "PNG");
}

}  // namespace
