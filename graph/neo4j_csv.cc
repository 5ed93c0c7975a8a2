#include "graph/neo4j_csv.h"

#include "base/utf8.h"

namespace ng::graph {

std::string CsvField(std::string_view s) {
  const std::string clean = utf8::Sanitize(s);
  std::string out = "\"";
  out.reserve(clean.size() + 2);
  for (char c : clean) {
    if (c == '\0') continue;
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

void WriteNeo4jNodes(const Graph& g, std::ostream& out) {
  out << "id:ID,name,type,aliases:string[],:LABEL\n";
  for (const Node& n : g.nodes) {
    std::string aliases;
    for (size_t i = 0; i < n.aliases.size(); ++i) {
      if (i) aliases += ';';
      for (char c : n.aliases[i]) {
        if (c == ';') {
          aliases += "\xEF\xBC\x9B";  // U+FF1B FULLWIDTH SEMICOLON
        } else {
          aliases += c;
        }
      }
    }
    // The label is an identifier in Cypher; entity types are fixed words, but
    // keep anything else out of it.
    std::string label;
    for (char c : n.type) {
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_') {
        label += c;
      }
    }
    out << CsvField(std::to_string(n.id)) << ',' << CsvField(n.name) << ',' << CsvField(n.type)
        << ',' << CsvField(aliases) << ',' << CsvField(label.empty() ? "Entity" : "Entity;" + label)
        << '\n';
  }
}

void WriteNeo4jRelationships(const Graph& g, std::ostream& out) {
  out << ":START_ID,:END_ID,:TYPE,modality,weight:int,evidence\n";
  for (const Edge& e : g.edges) {
    out << CsvField(std::to_string(e.source)) << ',' << CsvField(std::to_string(e.target)) << ','
        << CsvField(e.type) << ',' << CsvField(e.modality) << ',' << e.weight << ','
        << CsvField(e.evidence.empty() ? std::string() : e.evidence.front().sentence) << '\n';
  }
}

}  // namespace ng::graph
