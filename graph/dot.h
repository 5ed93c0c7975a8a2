// WriteDot: the knowledge graph as a Graphviz DOT digraph, for `dot -Tsvg`
// and friends. Nodes are labelled with canonical names and shaped and
// coloured by entity type; edges are labelled with the relation type and
// styled by modality; each edge's tooltip is its first evidence sentence and
// its link the evidence article. Any name is safe: every string is escaped
// for the DOT lexer and for Graphviz's label and entity processing, invalid
// UTF-8 becomes U+FFFD and control characters are dropped.
//
// Writes to a caller-owned stream and keeps no state: thread-safe as long as
// callers do not share the stream.
#ifndef NEWSGRAPH_GRAPH_DOT_H_
#define NEWSGRAPH_GRAPH_DOT_H_

#include <cstddef>
#include <ostream>
#include <string>

#include "graph/graph.h"

namespace ng::graph {

struct DotOptions {
  // The digraph's name, shown as the SVG <title>.
  std::string graph_name = "newsgraph";

  // Graphviz rankdir: LR reads left to right, which suits long relation labels.
  std::string rankdir = "LR";

  // Font for every label. Must cover Hangul, or Korean names render as boxes.
  std::string font = "Noto Sans CJK KR, sans-serif";

  // Node labels longer than this many bytes are cut on a UTF-8 boundary and
  // end in "…"; the node's tooltip still carries the name. 0 = no limit.
  size_t max_label_bytes = 80;

  // Tooltips (evidence sentences, names) are cut the same way.
  size_t max_tooltip_bytes = 300;

  // Draw a legend cluster that explains node shapes and edge styles.
  bool legend = true;

  // Draw MENTIONED_WITH edges (thin, grey, unlabelled, undirected look).
  // Off for a cleaner picture of the stated relations only.
  bool mentioned_with = true;
};

// Writes `g` as one DOT digraph to `out`. Edges whose endpoints are not in
// g.nodes are still written; Graphviz then draws a bare node for the id.
void WriteDot(const Graph& g, std::ostream& out, const DotOptions& opts = {});

}  // namespace ng::graph

#endif  // NEWSGRAPH_GRAPH_DOT_H_
