#include "graph/neo4j_csv.h"

#include <gtest/gtest.h>

#include <sstream>

namespace ng::graph {
namespace {

TEST(Neo4jCsvTest, FieldsAreQuotedAsRfc4180Says) {
  const struct {
    const char* in;
    const char* out;
  } cases[] = {
      {"", "\"\""},
      {"plain", "\"plain\""},
      {"say \"hi\"", "\"say \"\"hi\"\"\""},
      {"a,b\nc\\d", "\"a,b\nc\\d\""},
      {"bad \xFF byte", "\"bad \xEF\xBF\xBD byte\""},
  };
  for (const auto& c : cases) EXPECT_EQ(CsvField(c.in), c.out) << c.in;
}

TEST(Neo4jCsvTest, NodesAndRelationshipsHaveTheImportHeaders) {
  Graph g;
  g.nodes = {{1, "OpenAI", "ORG", {"오픈AI", "semi;colon"}, 3},
             {2, "Sam \"S\" Altman", "PERSON", {}, 1}};
  g.edges = {{2, 1, "CEO_OF", "asserted", 2, "t", "t", {{"https://a", "T", "He, \"CEO\"."}}}};
  std::ostringstream nodes, rels;
  WriteNeo4jNodes(g, nodes);
  WriteNeo4jRelationships(g, rels);
  EXPECT_EQ(nodes.str(),
            "id:ID,name,type,aliases:string[],:LABEL\n"
            "\"1\",\"OpenAI\",\"ORG\",\"오픈AI;semi；colon\",\"Entity;ORG\"\n"
            "\"2\",\"Sam \"\"S\"\" Altman\",\"PERSON\",\"\",\"Entity;PERSON\"\n");
  EXPECT_EQ(rels.str(),
            ":START_ID,:END_ID,:TYPE,modality,weight:int,evidence\n"
            "\"2\",\"1\",\"CEO_OF\",\"asserted\",2,\"He, \"\"CEO\"\".\"\n");
}

}  // namespace
}  // namespace ng::graph
