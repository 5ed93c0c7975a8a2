// Graph: the knowledge graph as exporters and queries see it. Plain values,
// loaded from the store (db/) or built in tests. Node ids are stable entity
// ids from the store. Thread-compatible.
#ifndef NEWSGRAPH_GRAPH_GRAPH_H_
#define NEWSGRAPH_GRAPH_GRAPH_H_

#include <cstdint>
#include <string>
#include <vector>

namespace ng::graph {

struct Node {
  int64_t id = 0;
  std::string name;                  // canonical name, English where known
  std::string type;                  // PERSON, ORG, PRODUCT, PLACE, OTHER
  std::vector<std::string> aliases;  // every surface form known or seen, both languages
  int64_t mentions = 0;              // how many times the entity is mentioned
};

struct Evidence {
  std::string article;   // article URL, or its path when it has no URL
  std::string title;     // article title
  std::string sentence;  // the sentence that states the relation
};

struct Edge {
  int64_t source = 0;  // Node::id
  int64_t target = 0;
  std::string type;        // CEO_OF, FOUNDED, ...
  std::string modality;    // asserted, considered, negated, ended
  int64_t weight = 0;      // number of supporting sentences
  std::string first_seen;  // ISO 8601 (UTC) of the first and last ingest that saw it
  std::string last_seen;
  std::vector<Evidence> evidence;
};

struct Graph {
  std::vector<Node> nodes;  // sorted by id
  std::vector<Edge> edges;  // sorted by (source, target, type, modality)
};

}  // namespace ng::graph

#endif  // NEWSGRAPH_GRAPH_GRAPH_H_
