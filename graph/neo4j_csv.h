// Neo4j CSV: the knowledge graph as the node and relationship files that
// `neo4j-admin database import full` reads (Neo4j 5; 4.x `neo4j-admin import`
// reads them too):
//
//   nodes.csv          id:ID,name,type,aliases:string[],:LABEL
//                      "42","Sam Altman","PERSON","샘 알트만;Altman","Entity;PERSON"
//   relationships.csv  :START_ID,:END_ID,:TYPE,modality,weight:int,evidence
//                      "42","7","CEO_OF","asserted",3,"OpenAI CEO Sam Altman said ..."
//
//   neo4j-admin database import full --nodes=nodes.csv
//       --relationships=relationships.csv --multiline-fields=true neo4j
//
// Every text field is quoted as RFC 4180 says (a quote is doubled; commas,
// line breaks and backslashes stay as they are, which is what Neo4j 5 reads
// by default; --multiline-fields=true lets names with line breaks through).
// Lines end in "\n". Aliases are joined by ';', Neo4j's default array
// delimiter, which has no escape: a ';' inside an alias becomes '；'
// (U+FF1B). Invalid UTF-8 becomes U+FFFD and NUL bytes are dropped.
// `evidence` is the first evidence sentence of the relation.
//
// Writes to caller-owned streams and keeps no state: thread-safe as long as
// callers do not share the streams.
#ifndef NEWSGRAPH_GRAPH_NEO4J_CSV_H_
#define NEWSGRAPH_GRAPH_NEO4J_CSV_H_

#include <ostream>
#include <string>
#include <string_view>

#include "graph/graph.h"

namespace ng::graph {

void WriteNeo4jNodes(const Graph& g, std::ostream& out);
void WriteNeo4jRelationships(const Graph& g, std::ostream& out);

// One RFC 4180 field: "..." with quotes doubled (used by `query --format csv`
// too). Invalid UTF-8 becomes U+FFFD and NUL bytes are dropped.
std::string CsvField(std::string_view s);

}  // namespace ng::graph

#endif  // NEWSGRAPH_GRAPH_NEO4J_CSV_H_
