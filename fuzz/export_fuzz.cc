// The exporters (graph/dot.h, graph/json_export.h, graph/graphml.h) on a small
// graph whose names, aliases, types and evidence come from the fuzz bytes.
// The JSON output must parse (nlohmann) and the GraphML output must be
// well-formed XML (libxml2), each with every node and edge.
#include <fuzzer/FuzzedDataProvider.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "fuzz/fuzz_util.h"
#include "graph/dot.h"
#include "graph/graph.h"
#include "graph/graphml.h"
#include "graph/json_export.h"

namespace {

size_t CountElements(xmlNode* node, const char* name) {
  size_t n = 0;
  for (; node != nullptr; node = node->next) {
    if (node->type == XML_ELEMENT_NODE && xmlStrcmp(node->name, BAD_CAST name) == 0) ++n;
    n += CountElements(node->children, name);
  }
  return n;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  FuzzedDataProvider in(data, size);
  ng::graph::Graph g;
  const int n_nodes = in.ConsumeIntegralInRange(0, 6);
  for (int i = 0; i < n_nodes; ++i) {
    ng::graph::Node node;
    node.id = in.ConsumeIntegralInRange<int64_t>(-3, 1000);
    node.name = in.ConsumeRandomLengthString(64);
    node.type = in.ConsumeRandomLengthString(12);
    const int n_aliases = in.ConsumeIntegralInRange(0, 3);
    for (int k = 0; k < n_aliases; ++k) node.aliases.push_back(in.ConsumeRandomLengthString(32));
    node.mentions = in.ConsumeIntegral<int64_t>();
    g.nodes.push_back(std::move(node));
  }
  const int n_edges = in.ConsumeIntegralInRange(0, 6);
  for (int i = 0; i < n_edges; ++i) {
    ng::graph::Edge e;
    // Mostly existing endpoints, sometimes dangling ones (allowed by dot.h).
    e.source = n_nodes > 0 && in.ConsumeBool()
                   ? g.nodes[in.ConsumeIntegralInRange(0, n_nodes - 1)].id
                   : in.ConsumeIntegral<int64_t>();
    e.target = n_nodes > 0 && in.ConsumeBool()
                   ? g.nodes[in.ConsumeIntegralInRange(0, n_nodes - 1)].id
                   : in.ConsumeIntegral<int64_t>();
    e.type = in.ConsumeRandomLengthString(16);
    e.modality = in.ConsumeRandomLengthString(12);
    e.weight = in.ConsumeIntegral<int64_t>();
    e.first_seen = in.ConsumeRandomLengthString(24);
    e.last_seen = in.ConsumeRandomLengthString(24);
    const int n_ev = in.ConsumeIntegralInRange(0, 2);
    for (int k = 0; k < n_ev; ++k) {
      ng::graph::Evidence ev;
      ev.article = in.ConsumeRandomLengthString(48);
      ev.title = in.ConsumeRandomLengthString(32);
      ev.sentence = in.ConsumeRandomLengthString(128);
      e.evidence.push_back(std::move(ev));
    }
    g.edges.push_back(std::move(e));
  }

  ng::graph::DotOptions dot_options;
  dot_options.legend = in.ConsumeBool();
  dot_options.mentioned_with = in.ConsumeBool();
  dot_options.max_label_bytes = in.ConsumeIntegralInRange<size_t>(0, 100);
  dot_options.max_tooltip_bytes = in.ConsumeIntegralInRange<size_t>(0, 300);
  std::ostringstream dot;
  ng::graph::WriteDot(g, dot, dot_options);
  ng::fuzz::CheckUtf8(dot.str(), "WriteDot");

  std::ostringstream json;
  ng::graph::WriteJson(g, json);
  const nlohmann::json parsed = nlohmann::json::parse(json.str(), nullptr, false);
  ng::fuzz::Check(!parsed.is_discarded(), "WriteJson output does not parse", json.str());
  ng::fuzz::Check(parsed.is_object() && parsed.contains("nodes") && parsed.contains("links") &&
                      parsed["nodes"].size() == g.nodes.size() &&
                      parsed["links"].size() == g.edges.size(),
                  "WriteJson lost nodes or links", json.str());

  std::ostringstream graphml;
  ng::graph::WriteGraphMl(g, graphml);
  const std::string xml = graphml.str();
  xmlDoc* doc = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "fuzz.graphml", "UTF-8",
                              XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  ng::fuzz::Check(doc != nullptr, "WriteGraphMl output is not well-formed XML", xml);
  xmlNode* root = xmlDocGetRootElement(doc);
  ng::fuzz::Check(CountElements(root, "node") == g.nodes.size() &&
                      CountElements(root, "edge") == g.edges.size(),
                  "WriteGraphMl lost nodes or edges", xml);
  xmlFreeDoc(doc);
  return 0;
}
