#include "graph/graphml.h"

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

namespace ng::graph {
namespace {

std::string GraphMl(const Graph& g) {
  std::ostringstream out;
  WriteGraphMl(g, out);
  return out.str();
}

// The part after the <key> declarations, which the golden test pins once.
std::string Body(const std::string& graphml) {
  return graphml.substr(graphml.find("  <graph id="));
}

TEST(GraphMlTest, KeysAreDeclaredWithTypes) {
  const std::string xml = GraphMl(Graph{});
  EXPECT_EQ(xml.substr(0, xml.find("  <graph id=")),
            R"(<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
  <key id="n_name" for="node" attr.name="name" attr.type="string"/>
  <key id="n_label" for="node" attr.name="label" attr.type="string"/>
  <key id="n_type" for="node" attr.name="type" attr.type="string"/>
  <key id="n_aliases" for="node" attr.name="aliases" attr.type="string"/>
  <key id="n_mentions" for="node" attr.name="mentions" attr.type="long"/>
  <key id="e_type" for="edge" attr.name="type" attr.type="string"/>
  <key id="e_modality" for="edge" attr.name="modality" attr.type="string"/>
  <key id="e_weight" for="edge" attr.name="weight" attr.type="int"/>
  <key id="e_evidence" for="edge" attr.name="evidence" attr.type="string"/>
  <key id="e_article" for="edge" attr.name="article" attr.type="string"/>
)");
  EXPECT_EQ(Body(xml),
            "  <graph id=\"newsgraph\" edgedefault=\"directed\">\n  </graph>\n</graphml>\n");
}

TEST(GraphMlTest, SmallGraphMatchesGolden) {
  Graph g;
  g.nodes = {{1, "OpenAI", "ORG", {"오픈AI", "Open AI"}, 12}, {2, "Sam Altman", "PERSON", {}, 7}};
  g.edges = {{2,
              1,
              "CEO_OF",
              "asserted",
              3,
              "",
              "",
              {{"https://news.example/a1?id=7&lang=ko", "t", "샘 알트만은 오픈AI CEO다."},
               {"samples/a2.html", "", "second"}}},
             {2, 1, "MENTIONED_WITH", "asserted", 1, "", "", {}}};
  EXPECT_EQ(Body(GraphMl(g)), R"(  <graph id="newsgraph" edgedefault="directed">
    <node id="1">
      <data key="n_name">OpenAI</data>
      <data key="n_label">OpenAI</data>
      <data key="n_type">ORG</data>
      <data key="n_aliases">오픈AI|Open AI</data>
      <data key="n_mentions">12</data>
    </node>
    <node id="2">
      <data key="n_name">Sam Altman</data>
      <data key="n_label">Sam Altman</data>
      <data key="n_type">PERSON</data>
      <data key="n_aliases"></data>
      <data key="n_mentions">7</data>
    </node>
    <edge id="e0" source="2" target="1">
      <data key="e_type">CEO_OF</data>
      <data key="e_modality">asserted</data>
      <data key="e_weight">3</data>
      <data key="e_evidence">샘 알트만은 오픈AI CEO다.</data>
      <data key="e_article">https://news.example/a1?id=7&amp;lang=ko</data>
    </edge>
    <edge id="e1" source="2" target="1">
      <data key="e_type">MENTIONED_WITH</data>
      <data key="e_modality">asserted</data>
      <data key="e_weight">1</data>
    </edge>
  </graph>
</graphml>
)");
}

std::string Repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

struct EscapeCase {
  const char* what;
  std::string in;
  std::string xml;     // as written between <data> tags
  std::string parsed;  // what an XML parser hands back
};

std::vector<EscapeCase> EscapeCases() {
  return {
      {"markup", "AT&T <Labs> \"q\" 'a'", "AT&amp;T &lt;Labs&gt; &quot;q&quot; &apos;a&apos;",
       "AT&T <Labs> \"q\" 'a'"},
      {"CDATA end survives", "x]]>y", "x]]&gt;y", "x]]>y"},
      {"entities stay literal", "&amp; &#45;", "&amp;amp; &amp;#45;", "&amp; &#45;"},
      {"backslashes", "C:\\dir\\N\\", "C:\\dir\\N\\", "C:\\dir\\N\\"},
      {"LF and tab are kept, CR is a reference", "one\ntwo\r\nthree\tfour",
       "one\ntwo&#13;\nthree\tfour", "one\ntwo\r\nthree\tfour"},
      {"control characters are dropped",
       std::string("nul\0bell\x07"
                   "esc\x1b",
                   13),
       "nulbellesc", "nulbellesc"},
      {"U+FFFE and U+FFFF are dropped",
       "a\xef\xbf\xbe"
       "b\xef\xbf\xbf",
       "ab", "ab"},
      {"Hangul", "삼성전자", "삼성전자", "삼성전자"},
      {"emoji", "🤖👩‍💻", "🤖👩‍💻", "🤖👩‍💻"},
      {"invalid UTF-8 becomes U+FFFD",
       "bad\xff"
       "x\xc3",
       "bad\uFFFDx\uFFFD", "bad\uFFFDx\uFFFD"},
      {"2 KB name", Repeat("가나다", 228), Repeat("가나다", 228), Repeat("가나다", 228)},
  };
}

TEST(GraphMlTest, ValuesAreEscapedForXml10) {
  for (const EscapeCase& c : EscapeCases()) {
    Graph g;
    g.nodes = {{1, c.in, "ORG", {}, 0}};
    const std::string xml = GraphMl(g);
    EXPECT_NE(xml.find("<data key=\"n_name\">" + c.xml + "</data>"), std::string::npos)
        << c.what << "\n"
        << Body(xml);
  }
}

// --- networkx reads what we write.

bool HaveNetworkx() { return std::system("python3 -c 'import networkx' >/dev/null 2>&1") == 0; }

std::string TempPath(const std::string& suffix) {
  const auto* info = testing::UnitTest::GetInstance()->current_test_info();
  return testing::TempDir() + "ng_" + info->name() + "_" + std::to_string(getpid()) + suffix;
}

// Runs `cmd` through the shell; returns its exit code, stdout in `*output`.
int RunShell(const std::string& cmd, std::string* output) {
  FILE* p = popen(cmd.c_str(), "r");
  if (p == nullptr) return -1;
  output->clear();
  char buf[4096];
  for (size_t n; (n = fread(buf, 1, sizeof buf, p)) > 0;) output->append(buf, n);
  const int status = pclose(p);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// Loads a GraphML file with networkx and prints what it saw as JSON.
constexpr char kLoadScript[] = R"(
import json, sys
import networkx as nx
G = nx.read_graphml(sys.argv[1], force_multigraph=True)
print(json.dumps({
    "directed": G.is_directed(),
    "nodes": {n: d for n, d in G.nodes(data=True)},
    "edges": {k: dict(d, source=u, target=v) for u, v, k, d in G.edges(keys=True, data=True)},
}))
)";

TEST(GraphMlTest, NetworkxLoadsAdversarialNamesExactly) {
  if (!HaveNetworkx()) GTEST_SKIP() << "python3 with networkx is not installed";
  const std::vector<EscapeCase> cases = EscapeCases();
  Graph g;
  for (size_t i = 0; i < cases.size(); ++i) {
    const std::string& s = cases[i].in;
    g.nodes.push_back({static_cast<int64_t>(i) - 2, s, "ORG", {s, "b"}, 40000000000});
  }
  // Two relations between the same pair, and one per case between neighbours.
  g.edges.push_back({-2, -1, "CEO_OF", "asserted", 3, "", "", {{"https://a/?x=1&y=2", "", "s"}}});
  for (size_t i = 0; i + 1 < cases.size(); ++i) {
    g.edges.push_back({g.nodes[i].id,
                       g.nodes[i + 1].id,
                       cases[i].in,
                       cases[i].in,
                       static_cast<int64_t>(i),
                       "",
                       "",
                       {{cases[i].in, "", cases[i].in}}});
  }
  const std::string xml_path = TempPath(".graphml");
  const std::string script_path = TempPath(".py");
  {
    std::ofstream(xml_path, std::ios::binary) << GraphMl(g);
    std::ofstream(script_path) << kLoadScript;
  }
  std::string output;
  ASSERT_EQ(RunShell("python3 '" + script_path + "' '" + xml_path + "'", &output), 0) << output;
  const nlohmann::json loaded = nlohmann::json::parse(output);

  EXPECT_EQ(loaded["directed"], true);
  ASSERT_EQ(loaded["nodes"].size(), g.nodes.size());
  ASSERT_EQ(loaded["edges"].size(), g.edges.size());
  const nlohmann::json& first = loaded["edges"]["e0"];
  EXPECT_EQ(first["source"], "-2");
  EXPECT_EQ(first["target"], "-1");
  EXPECT_EQ(first["type"], "CEO_OF");
  EXPECT_EQ(first["weight"], 3);
  EXPECT_TRUE(first["weight"].is_number_integer());
  EXPECT_EQ(first["article"], "https://a/?x=1&y=2");
  for (size_t i = 0; i < cases.size(); ++i) {
    const nlohmann::json& node = loaded["nodes"][std::to_string(g.nodes[i].id)];
    EXPECT_EQ(node["name"], cases[i].parsed) << cases[i].what;
    EXPECT_EQ(node["label"], cases[i].parsed) << cases[i].what;
    EXPECT_EQ(node["aliases"], cases[i].parsed + "|b") << cases[i].what;
    EXPECT_EQ(node["mentions"], 40000000000) << cases[i].what;
    if (i + 1 < cases.size()) {
      std::string edge_id = "e";  // not "e" + ...: GCC 12 -Wrestrict false positive
      edge_id += std::to_string(i + 1);
      const nlohmann::json& edge = loaded["edges"][edge_id];
      EXPECT_EQ(edge["type"], cases[i].parsed) << cases[i].what;
      EXPECT_EQ(edge["modality"], cases[i].parsed) << cases[i].what;
      EXPECT_EQ(edge["evidence"], cases[i].parsed) << cases[i].what;
      EXPECT_EQ(edge["article"], cases[i].parsed) << cases[i].what;
      EXPECT_EQ(edge["weight"], static_cast<int64_t>(i)) << cases[i].what;
    }
  }
  std::remove(xml_path.c_str());
  std::remove(script_path.c_str());
}

}  // namespace
}  // namespace ng::graph
