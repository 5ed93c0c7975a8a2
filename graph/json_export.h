// WriteJson: the knowledge graph as node-link JSON, the shape that
// networkx.node_link_graph(data, edges="links") and d3-force read:
//
//   {"directed": true, "multigraph": true,
//    "nodes": [{"id": 1, "name": "OpenAI", "type": "ORG", "aliases": ["오픈AI"]}],
//    "links": [{"source": 2, "target": 1, "type": "CEO_OF", "modality": "asserted",
//               "weight": 3, "evidence": [{"article": "https://...", "sentence": "..."}]}]}
//
// Ids are the int64 node ids. Keys appear in the order above, with no others.
// Strings are UTF-8; invalid bytes become U+FFFD, so writing never throws.
// Output is indented by two spaces and ends in a newline.
//
// Writes to a caller-owned stream and keeps no state: thread-safe as long as
// callers do not share the stream.
#ifndef NEWSGRAPH_GRAPH_JSON_EXPORT_H_
#define NEWSGRAPH_GRAPH_JSON_EXPORT_H_

#include <ostream>

#include "graph/graph.h"

namespace ng::graph {

void WriteJson(const Graph& g, std::ostream& out);

}  // namespace ng::graph

#endif  // NEWSGRAPH_GRAPH_JSON_EXPORT_H_
