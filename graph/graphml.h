// WriteGraphMl: the knowledge graph as GraphML, for networkx.read_graphml,
// Gephi, yEd and Cytoscape. Directed; parallel edges (same endpoints,
// different relation or modality) are kept apart by edge ids e0, e1, ...
// Node ids are the int64 entity ids as decimal text, so
// read_graphml(path, node_type=int) gives the store's ids back.
//
// Attributes, declared with <key> and attr.type:
//   node: name (string), label (string, = name, which Gephi shows),
//         type (string), aliases (string, joined by "|"), mentions (long)
//   edge: type (string), modality (string), weight (int),
//         evidence (string, first sentence), article (string, its article)
//
// Every value is XML-escaped. Characters XML 1.0 forbids (control characters
// other than tab, LF and CR; U+FFFE, U+FFFF) are dropped, invalid UTF-8 bytes
// become U+FFFD and CR is written as &#13; so that it survives parsing.
// Written by hand rather than through an XML writer: the escaping is this
// small, and a writer would not drop the forbidden characters either.
//
// Writes to a caller-owned stream and keeps no state: thread-safe as long as
// callers do not share the stream.
#ifndef NEWSGRAPH_GRAPH_GRAPHML_H_
#define NEWSGRAPH_GRAPH_GRAPHML_H_

#include <ostream>

#include "graph/graph.h"

namespace ng::graph {

void WriteGraphMl(const Graph& g, std::ostream& out);

}  // namespace ng::graph

#endif  // NEWSGRAPH_GRAPH_GRAPHML_H_
