#include "graph/dot.h"

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace ng::graph {
namespace {

// Three entities, one stated relation with a web article, one considered
// relation from a local file, one co-mention.
Graph SmallGraph() {
  Graph g;
  g.nodes = {{1, "OpenAI", "ORG", {"오픈AI"}, 12},
             {2, "Sam Altman", "PERSON", {"샘 알트만", "올트먼"}, 7},
             {3, "삼성전자", "ORG", {"Samsung Electronics"}, 4}};
  g.edges = {{2,
              1,
              "CEO_OF",
              "asserted",
              3,
              "",
              "",
              {{"https://news.example/a1?id=7&lang=ko", "t", "샘 알트만은 오픈AI CEO다."}}},
             {1,
              3,
              "PARTNER_OF",
              "considered",
              1,
              "",
              "",
              {{"samples/a2.html", "t", "OpenAI is said to weigh a deal with \"Samsung\"."}}},
             {2, 3, "MENTIONED_WITH", "asserted", 2, "", "", {}}};
  return g;
}

std::string Dot(const Graph& g, DotOptions opts = {.legend = false}) {
  std::ostringstream out;
  WriteDot(g, out, opts);
  return out.str();
}

// The attribute list of the line that declares node `id`.
std::string NodeLine(const std::string& dot, int64_t id) {
  std::istringstream in(dot);
  const std::string prefix = "  " + std::to_string(id) + " [";
  for (std::string line; std::getline(in, line);) {
    if (line.starts_with(prefix)) return line;
  }
  return "";
}

std::string EdgeLine(const std::string& dot) {
  std::istringstream in(dot);
  for (std::string line; std::getline(in, line);) {
    if (line.find(" -> ") != std::string::npos) return line;
  }
  return "";
}

Graph OneNode(const std::string& name) {
  Graph g;
  g.nodes = {{1, name, "PERSON", {}, 1}};
  return g;
}

Graph OneEdge(const std::string& modality, const std::string& article,
              const std::string& sentence) {
  Graph g;
  g.nodes = {{1, "A", "PERSON", {}, 1}, {2, "B", "ORG", {}, 1}};
  g.edges = {{1, 2, "CEO_OF", modality, 1, "", "", {{article, "", sentence}}}};
  return g;
}

std::string Repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

TEST(DotTest, SmallGraphMatchesGolden) {
  EXPECT_EQ(Dot(SmallGraph()), R"(digraph "newsgraph" {
  graph [rankdir="LR", overlap=false, splines=true, outputorder=edgesfirst, nodesep=0.3, ranksep=0.9, fontname="Noto Sans CJK KR, sans-serif"];
  node [fontname="Noto Sans CJK KR, sans-serif", fontsize=11, color="#495057", style=filled, margin="0.15,0.05"];
  edge [fontname="Noto Sans CJK KR, sans-serif", fontsize=9, color="#343a40", fontcolor="#343a40", arrowsize=0.7];
  1 [label="OpenAI", shape=box, style="rounded,filled", fillcolor="#d1e7dd", tooltip="OpenAI (ORG)\naka: 오픈AI"];
  2 [label="Sam Altman", shape=ellipse, style="filled", fillcolor="#cfe2ff", tooltip="Sam Altman (PERSON)\naka: 샘 알트만, 올트먼"];
  3 [label="삼성전자", shape=box, style="rounded,filled", fillcolor="#d1e7dd", tooltip="삼성전자 (ORG)\naka: Samsung Electronics"];
  2 -> 1 [label="CEO_OF", style=solid, color="#343a40", penwidth=2, tooltip="샘 알트만은 오픈AI CEO다.", href="https://news.example/a1?id=7&amp;lang=ko", target="_blank"];
  1 -> 3 [label="PARTNER_OF", style=dashed, color="#1971c2", fontcolor="#1971c2", tooltip="OpenAI is said to weigh a deal with \"Samsung\"."];
  2 -> 3 [color="#ced4da", penwidth=0.5, dir=none, constraint=false];
}
)");
}

TEST(DotTest, EmptyGraphIsAnEmptyDigraph) {
  const std::string dot = Dot(Graph{});
  EXPECT_TRUE(dot.starts_with("digraph \"newsgraph\" {\n"));
  EXPECT_TRUE(dot.ends_with("];\n}\n"));
  EXPECT_EQ(NodeLine(dot, 0), "");
}

TEST(DotTest, NamesAreEscapedForTheLexerAndForGraphviz) {
  struct Case {
    const char* what;
    std::string name;
    std::string label;  // what follows `label="` up to the closing quote
  };
  const std::vector<Case> cases = {
      {"plain", "Sam Altman", "Sam Altman"},
      {"quotes", "Say \"hi\" 'there'", R"(Say \"hi\" 'there')"},
      {"backslashes stay literal, even \\N", "C:\\dir\\N\\", R"(C:\\dir\\N\\)"},
      {"entities stay literal", "AT&T <Labs> &lt;", "AT&amp;T <Labs> &amp;lt;"},
      {"line breaks become \\n", "one\ntwo\r\nthree\rfour", R"(one\ntwo\nthree\nfour)"},
      {"tabs become spaces", "a\tb", "a b"},
      {"control characters are dropped",
       std::string("a\0b\x07"
                   "c\x1b\x7f",
                   7),
       "abc"},
      {"Hangul and emoji stay UTF-8", "삼성전자 🤖👩‍💻",
       "삼성전자 🤖👩‍💻"},
      {"invalid UTF-8 becomes U+FFFD",
       "bad\xff"
       "x\xc3",
       "bad\uFFFDx\uFFFD"},
      {"long names are cut on a code point", Repeat("가", 700), Repeat("가", 25) + "…"},
  };
  for (const Case& c : cases) {
    const std::string line = NodeLine(Dot(OneNode(c.name)), 1);
    EXPECT_TRUE(line.starts_with("  1 [label=\"" + c.label + "\", shape="))
        << c.what << "\n  got: " << line;
  }
}

TEST(DotTest, EdgeStyleFollowsModality) {
  struct Case {
    std::string modality;
    std::string attrs;  // after the label
  };
  const std::vector<Case> cases = {
      {"asserted", R"(style=solid, color="#343a40")"},
      {"considered", R"(style=dashed, color="#1971c2", fontcolor="#1971c2")"},
      {"ended", R"(style=dotted, color="#868e96", fontcolor="#868e96")"},
      {"negated", R"(style=dotted, color="#c92a2a", fontcolor="#c92a2a", arrowhead=tee)"},
      {"something new", R"(style=solid, color="#343a40")"},
  };
  for (const Case& c : cases) {
    const std::string line = EdgeLine(Dot(OneEdge(c.modality, "", "")));
    EXPECT_EQ(line, "  1 -> 2 [label=\"CEO_OF\", " + c.attrs + "];") << c.modality;
  }
}

TEST(DotTest, EdgeLinksOnlyToWebArticles) {
  struct Case {
    std::string article;
    std::string href;  // "" = no href
  };
  const std::vector<Case> cases = {
      {"https://news.example/a?x=1&y=2", "https://news.example/a?x=1&amp;y=2"},
      {"HTTP://news.example/a b", "HTTP://news.example/a%20b"},
      {"https://news.example/기사", "https://news.example/%EA%B8%B0%EC%82%AC"},
      {"https://x.example/\"><script>", "https://x.example/%22%3E%3Cscript%3E"},
      {"samples/article.html", ""},
      {"javascript:alert(1)", ""},
      {"https://", ""},
  };
  for (const Case& c : cases) {
    const std::string line = EdgeLine(Dot(OneEdge("asserted", c.article, "")));
    if (c.href.empty()) {
      EXPECT_EQ(line.find("href="), std::string::npos) << c.article << "\n  got: " << line;
    } else {
      EXPECT_NE(line.find(", href=\"" + c.href + "\", target=\"_blank\""), std::string::npos)
          << c.article << "\n  got: " << line;
    }
  }
}

TEST(DotTest, TooltipIsFirstSentenceCutToAbout300Bytes) {
  // "a" then 3-byte syllables: byte 297 falls inside a syllable.
  std::string sentence = "a";  // appended, not "a" + ...: GCC 12 -Wrestrict false positive
  sentence += Repeat("한", 200);
  Graph g = OneEdge("asserted", "", sentence);
  g.edges[0].evidence.push_back({"", "", "second sentence"});
  std::string expected = "a";
  expected += Repeat("한", 98) + "…";
  ASSERT_LE(expected.size(), 300u);
  EXPECT_NE(EdgeLine(Dot(g)).find("tooltip=\"" + expected + "\""), std::string::npos);
}

TEST(DotTest, MentionedWithEdgesAreFaintAndCanBeLeftOut) {
  Graph g = SmallGraph();
  EXPECT_NE(Dot(g).find("  2 -> 3 [color=\"#ced4da\", penwidth=0.5, dir=none"), std::string::npos);
  EXPECT_EQ(Dot(g, {.legend = false, .mentioned_with = false}).find("2 -> 3"), std::string::npos);
}

TEST(DotTest, LegendShowsEveryTypeAndModality) {
  const std::string dot = Dot(SmallGraph(), {});
  EXPECT_NE(dot.find("subgraph cluster_legend {"), std::string::npos);
  for (const char* s : {"legend_PERSON [label=\"PERSON\", shape=ellipse",
                        "legend_ORG [label=\"ORG\", shape=box", "legend_PRODUCT", "legend_PLACE",
                        "legend_OTHER", "[label=\"asserted\"", "[label=\"considered\"",
                        "[label=\"ended\"", "[label=\"negated\"", "[label=\"co-mentioned\""}) {
    EXPECT_NE(dot.find(s), std::string::npos) << s;
  }
}

// --- The real Graphviz.

bool HaveCommand(const std::string& name) {
  return std::system(("command -v " + name + " >/dev/null 2>&1").c_str()) == 0;
}

std::string TempPath(const std::string& suffix) {
  const auto* info = testing::UnitTest::GetInstance()->current_test_info();
  return testing::TempDir() + "ng_" + info->name() + "_" + std::to_string(getpid()) + suffix;
}

// Runs `cmd` through the shell; returns its exit code, output in `*output`.
int RunShell(const std::string& cmd, std::string* output) {
  FILE* p = popen((cmd + " 2>&1").c_str(), "r");
  if (p == nullptr) return -1;
  output->clear();
  char buf[4096];
  for (size_t n; (n = fread(buf, 1, sizeof buf, p)) > 0;) output->append(buf, n);
  const int status = pclose(p);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

Graph AdversarialGraph() {
  const std::vector<std::string> names = {
      "Say \"hi\" 'there'",
      "C:\\dir\\N\\",
      "AT&T <Labs> &amp; &#45;",
      "one\ntwo\r\nthree",
      "x]]>y",
      "삼성전자",
      "🤖👩‍💻 emoji",
      std::string("nul\0bell\x07", 9),
      Repeat("가나다", 228),  // 2 KB
      "bad\xff\xfe"
      "x\xc3",
      "",
      "{ } ; -> -- [ ] = , digraph",
  };
  Graph g;
  for (size_t i = 0; i < names.size(); ++i) {
    g.nodes.push_back(
        {static_cast<int64_t>(i) - 3, names[i], i % 2 ? "ORG" : "WEIRD\"TYPE", {names[i]}, 1});
  }
  const char* modalities[] = {"asserted", "considered", "ended", "negated", "x\"y"};
  for (size_t i = 0; i + 1 < names.size(); ++i) {
    g.edges.push_back({g.nodes[i].id,
                       g.nodes[i + 1].id,
                       i % 3 ? names[i] : "MENTIONED_WITH",
                       modalities[i % 5],
                       static_cast<int64_t>(i),
                       "",
                       "",
                       {{"https://e.example/?q=" + names[i], "", names[i + 1]}}});
  }
  return g;
}

TEST(DotTest, GraphvizRendersAdversarialNamesToSvg) {
  if (!HaveCommand("dot")) GTEST_SKIP() << "Graphviz dot is not installed";
  const std::string dot_path = TempPath(".dot");
  const std::string svg_path = TempPath(".svg");
  {
    std::ofstream out(dot_path, std::ios::binary);
    WriteDot(AdversarialGraph(), out);
  }
  std::string output;
  ASSERT_EQ(RunShell("dot -Tsvg -o '" + svg_path + "' '" + dot_path + "'", &output), 0) << output;
  const std::string svg = ReadFile(svg_path);
  EXPECT_NE(svg.find(">삼성전자</text>"), std::string::npos);
  EXPECT_NE(svg.find("🤖👩‍💻 emoji"), std::string::npos);
  EXPECT_NE(svg.find("x]]&gt;y"), std::string::npos);

  // The SVG must be well-formed XML too (Graphviz copies href unescaped).
  if (HaveCommand("python3")) {
    EXPECT_EQ(
        RunShell("python3 -c 'import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])' '" +
                     svg_path + "'",
                 &output),
        0)
        << output;
  }
  if (std::getenv("NG_KEEP")) return;
  std::remove(dot_path.c_str());
  std::remove(svg_path.c_str());
}

}  // namespace
}  // namespace ng::graph
