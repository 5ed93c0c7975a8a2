#include "graph/json_export.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

namespace ng::graph {
namespace {

using Json = nlohmann::ordered_json;

Graph SmallGraph() {
  Graph g;
  g.nodes = {{1, "OpenAI", "ORG", {"오픈AI"}, 12}, {2, "Sam Altman", "PERSON", {}, 7}};
  g.edges = {{2,
              1,
              "CEO_OF",
              "asserted",
              3,
              "2024-01-01T00:00:00Z",
              "2024-02-01T00:00:00Z",
              {{"https://news.example/a1", "title", "샘 알트만은 오픈AI CEO다."},
               {"samples/a2.html", "", "Altman leads OpenAI."}}},
             {2, 1, "MENTIONED_WITH", "asserted", 1, "", "", {}}};
  return g;
}

std::string Export(const Graph& g) {
  std::ostringstream out;
  WriteJson(g, out);
  return out.str();
}

// One line per document, keys in the order written: a change is a short diff.
std::string Compact(const std::string& json) { return Json::parse(json).dump(); }

TEST(JsonExportTest, SmallGraphMatchesGolden) {
  EXPECT_EQ(
      Compact(Export(SmallGraph())),
      R"({"directed":true,"multigraph":true,)"
      R"("nodes":[{"id":1,"name":"OpenAI","type":"ORG","aliases":["오픈AI"]},)"
      R"({"id":2,"name":"Sam Altman","type":"PERSON","aliases":[]}],)"
      R"("links":[{"source":2,"target":1,"type":"CEO_OF","modality":"asserted","weight":3,)"
      R"("evidence":[{"article":"https://news.example/a1","sentence":"샘 알트만은 오픈AI CEO다."},)"
      R"({"article":"samples/a2.html","sentence":"Altman leads OpenAI."}]},)"
      R"({"source":2,"target":1,"type":"MENTIONED_WITH","modality":"asserted","weight":1,)"
      R"("evidence":[]}]})");
}

TEST(JsonExportTest, EmptyGraphHasEmptyLists) {
  EXPECT_EQ(Export(Graph{}),
            "{\n  \"directed\": true,\n  \"multigraph\": true,\n  \"nodes\": [],\n"
            "  \"links\": []\n}\n");
}

TEST(JsonExportTest, OutputIsIndentedAndEndsInNewline) {
  const std::string json = Export(SmallGraph());
  EXPECT_TRUE(json.starts_with("{\n  \"directed\": true,\n"));
  EXPECT_TRUE(json.ends_with("}\n"));
}

TEST(JsonExportTest, LargeIdsStayExactIntegers) {
  Graph g;
  const int64_t big = 9007199254740993;  // 2^53 + 1: a double would round it
  g.nodes = {{big, "A", "ORG", {}, 0}, {-5, "B", "ORG", {}, 0}};
  g.edges = {{big, -5, "OWNS", "asserted", 1, "", "", {}}};
  const Json doc = Json::parse(Export(g));
  EXPECT_EQ(doc["nodes"][0]["id"].get<int64_t>(), big);
  EXPECT_EQ(doc["nodes"][1]["id"].get<int64_t>(), -5);
  EXPECT_EQ(doc["links"][0]["source"].get<int64_t>(), big);
  EXPECT_EQ(doc["links"][0]["target"].get<int64_t>(), -5);
}

TEST(JsonExportTest, AdversarialStringsRoundTrip) {
  struct Case {
    const char* what;
    std::string in;
    std::string out;  // after parsing back
  };
  std::string two_kb;
  for (int i = 0; i < 683; ++i) two_kb += "가";
  const std::vector<Case> cases = {
      {"quotes", "Say \"hi\" 'there'", "Say \"hi\" 'there'"},
      {"backslashes", "C:\\dir\\N\\", "C:\\dir\\N\\"},
      {"markup", "AT&T <Labs> &amp; </script>", "AT&T <Labs> &amp; </script>"},
      {"line breaks", "one\ntwo\r\nthree", "one\ntwo\r\nthree"},
      {"control characters", std::string("nul\0bell\x07", 9), std::string("nul\0bell\x07", 9)},
      {"CDATA end", "x]]>y", "x]]>y"},
      {"Hangul", "삼성전자", "삼성전자"},
      {"emoji", "🤖👩‍💻", "🤖👩‍💻"},
      {"2 KB name", two_kb, two_kb},
      {"invalid UTF-8 becomes U+FFFD",
       "bad\xff"
       "x\xc3",
       "bad\uFFFDx\uFFFD"},
      {"lone surrogate becomes U+FFFD", "\xed\xa0\x80", "\uFFFD\uFFFD\uFFFD"},
  };
  Graph g;
  for (size_t i = 0; i < cases.size(); ++i) {
    const std::string& s = cases[i].in;
    const auto id = static_cast<int64_t>(i);
    g.nodes.push_back({id, s, s, {s, "plain"}, 1});
    g.edges.push_back({id, id, s, s, 1, "", "", {{s, s, s}}});
  }
  std::string json;
  ASSERT_NO_THROW(json = Export(g));
  Json doc;
  ASSERT_NO_THROW(doc = Json::parse(json));
  ASSERT_EQ(doc["nodes"].size(), cases.size());
  ASSERT_EQ(doc["links"].size(), cases.size());
  for (size_t i = 0; i < cases.size(); ++i) {
    const Json& node = doc["nodes"][i];
    const Json& link = doc["links"][i];
    const std::string& want = cases[i].out;
    EXPECT_EQ(node["name"], want) << cases[i].what;
    EXPECT_EQ(node["type"], want) << cases[i].what;
    EXPECT_EQ(node["aliases"], Json({want, "plain"})) << cases[i].what;
    EXPECT_EQ(link["type"], want) << cases[i].what;
    EXPECT_EQ(link["modality"], want) << cases[i].what;
    EXPECT_EQ(link["evidence"][0]["article"], want) << cases[i].what;
    EXPECT_EQ(link["evidence"][0]["sentence"], want) << cases[i].what;
  }
}

TEST(JsonExportTest, EveryObjectHasExactlyTheDocumentedKeys) {
  const Json doc = Json::parse(Export(SmallGraph()));
  auto keys = [](const Json& object) {
    std::vector<std::string> out;
    for (const auto& [key, value] : object.items()) out.push_back(key);
    return out;
  };
  using Keys = std::vector<std::string>;
  EXPECT_EQ(keys(doc), (Keys{"directed", "multigraph", "nodes", "links"}));
  EXPECT_EQ(keys(doc["nodes"][0]), (Keys{"id", "name", "type", "aliases"}));
  EXPECT_EQ(keys(doc["links"][0]),
            (Keys{"source", "target", "type", "modality", "weight", "evidence"}));
  EXPECT_EQ(keys(doc["links"][0]["evidence"][0]), (Keys{"article", "sentence"}));
}

}  // namespace
}  // namespace ng::graph
