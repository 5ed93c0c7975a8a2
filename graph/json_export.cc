#include "graph/json_export.h"

#include <nlohmann/json.hpp>

#include "base/utf8.h"

namespace ng::graph {
namespace {

// Keeps keys in insertion order, so the output reads id, name, type ...
using Json = nlohmann::ordered_json;

// nlohmann throws on invalid UTF-8 at dump time; repair it up front so that
// the replacement is the same U+FFFD the other exporters write.
std::string Clean(const std::string& s) { return utf8::Sanitize(s); }

}  // namespace

void WriteJson(const Graph& g, std::ostream& out) {
  Json nodes = Json::array();
  for (const Node& n : g.nodes) {
    Json aliases = Json::array();
    for (const std::string& a : n.aliases) aliases.push_back(Clean(a));
    nodes.push_back(Json{{"id", n.id},
                         {"name", Clean(n.name)},
                         {"type", Clean(n.type)},
                         {"aliases", std::move(aliases)}});
  }
  Json links = Json::array();
  for (const Edge& e : g.edges) {
    Json evidence = Json::array();
    for (const Evidence& ev : e.evidence) {
      evidence.push_back(Json{{"article", Clean(ev.article)}, {"sentence", Clean(ev.sentence)}});
    }
    links.push_back(Json{{"source", e.source},
                         {"target", e.target},
                         {"type", Clean(e.type)},
                         {"modality", Clean(e.modality)},
                         {"weight", e.weight},
                         {"evidence", std::move(evidence)}});
  }
  const Json doc{{"directed", true},
                 {"multigraph", true},
                 {"nodes", std::move(nodes)},
                 {"links", std::move(links)}};
  // The 'replace' handler is a second line of defence; Clean() already ran.
  out << doc.dump(2, ' ', /*ensure_ascii=*/false, Json::error_handler_t::replace) << '\n';
}

}  // namespace ng::graph
