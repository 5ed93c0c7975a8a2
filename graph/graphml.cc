#include "graph/graphml.h"

#include <string>
#include <string_view>

#include "base/utf8.h"

namespace ng::graph {
namespace {

// XML 1.0 section 2.2, the Char production. Surrogates cannot occur here:
// utf8::Decode never yields them.
bool IsXmlChar(char32_t cp) {
  return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
         (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
}

// Escapes `raw` for element content and attribute values alike.
std::string Escape(std::string_view raw) {
  std::string out;
  out.reserve(raw.size() + 8);
  for (size_t i = 0; i < raw.size();) {
    const char32_t cp = utf8::Decode(raw, &i);  // invalid bytes -> U+FFFD
    switch (cp) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':  // also keeps "]]>" from closing anything
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      case '\r':  // a raw CR would be normalised to LF by the parser
        out += "&#13;";
        break;
      default:
        if (IsXmlChar(cp)) utf8::Append(cp, &out);
        break;
    }
  }
  return out;
}

void Data(std::string_view key, std::string_view value, std::ostream& out) {
  out << "      <data key=\"" << key << "\">" << Escape(value) << "</data>\n";
}

void Data(std::string_view key, int64_t value, std::ostream& out) {
  out << "      <data key=\"" << key << "\">" << value << "</data>\n";
}

std::string JoinAliases(const std::vector<std::string>& aliases) {
  std::string joined;
  for (size_t i = 0; i < aliases.size(); ++i) {
    if (i > 0) joined += '|';
    joined += aliases[i];
  }
  return joined;
}

}  // namespace

void WriteGraphMl(const Graph& g, std::ostream& out) {
  out << R"(<?xml version="1.0" encoding="UTF-8"?>
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
  <graph id="newsgraph" edgedefault="directed">
)";
  for (const Node& n : g.nodes) {
    out << "    <node id=\"" << n.id << "\">\n";
    Data("n_name", n.name, out);
    Data("n_label", n.name, out);
    Data("n_type", n.type, out);
    Data("n_aliases", JoinAliases(n.aliases), out);
    Data("n_mentions", n.mentions, out);
    out << "    </node>\n";
  }
  for (size_t i = 0; i < g.edges.size(); ++i) {
    const Edge& e = g.edges[i];
    out << "    <edge id=\"e" << i << "\" source=\"" << e.source << "\" target=\"" << e.target
        << "\">\n";
    Data("e_type", e.type, out);
    Data("e_modality", e.modality, out);
    Data("e_weight", e.weight, out);
    if (!e.evidence.empty()) {
      Data("e_evidence", e.evidence.front().sentence, out);
      Data("e_article", e.evidence.front().article, out);
    }
    out << "    </edge>\n";
  }
  out << "  </graph>\n</graphml>\n";
}

}  // namespace ng::graph
