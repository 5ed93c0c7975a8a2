// GraphQueries: the read side of the store for people and exporters: name
// lookup through aliases, an entity's card, neighbourhoods, shortest paths,
// what changed since a time, full-text search, and filtered subgraphs for
// `export`. Everything is SQL over the indexes of db/migrations/ (relations
// by source through the UNIQUE index, by target and by first_seen through
// their own), so an entity's depth-2 neighbourhood on a graph of a million
// relations costs a few thousand index lookups, not a scan
// (bench/graph_query_bench.cc).
//
// Times are ISO 8601 UTC text as stored ("2026-11-29T02:16:03Z"); an empty
// string is an open end. Results are graph:: value types so that the
// exporters take them as they are.
//
// Borrows the Store's connection and keeps prepared statements of its own:
// the Store must outlive it. Not thread-safe, like the Store.
#ifndef NEWSGRAPH_DB_GRAPH_QUERIES_H_
#define NEWSGRAPH_DB_GRAPH_QUERIES_H_

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "base/status.h"
#include "db/store.h"
#include "graph/graph.h"

namespace ng::db {

// Which relations a subgraph keeps. Defaults keep every typed relation.
struct RelationFilter {
  std::vector<std::string> types;       // empty = all types
  std::vector<std::string> modalities;  // empty = all modalities
  // A relation is kept when it was seen inside [since, until): its
  // last_seen >= since and its first_seen < until. "" = open end.
  std::string since, until;
  int64_t min_weight = 0;         // at least this many evidence sentences
  bool include_mentions = false;  // MENTIONED_WITH edges
};

struct SubgraphQuery {
  RelationFilter filter;
  // Entity ids to grow the subgraph from; empty = the whole (filtered) graph.
  std::vector<int64_t> centers;
  // Hops from the centres over relations that pass the filter, in either
  // direction. The result holds every kept relation between the nodes
  // reached (the induced subgraph, like networkx.ego_graph).
  int depth = 1;
  // With no centres and no filter, entities with mentions but no relation
  // are nodes too (as Store::LoadGraph gives them).
  bool include_isolated = true;
  // At most this many nodes (0: no limit). Around centres, nearer levels
  // come first and, within the level that overflows, the entities with more
  // relations to the nodes kept so far (ties: lower id); the walk stops
  // there, so a hub's neighbourhood costs what the kept part costs. Without
  // centres, the entities with the most relations are kept. Either way the
  // result is the subgraph induced by the kept nodes.
  size_t max_nodes = 0;
};

struct Subgraph {
  graph::Graph graph;
  std::map<int64_t, int> distance;  // node id -> hops from the nearest centre
  size_t dropped_nodes = 0;         // nodes left out by max_nodes (a lower bound around centres)
};

// An entity's card for `newsgraph entity`.
struct EntityCard {
  graph::Node node;  // name, type, aliases, mentions
  int64_t articles = 0;
  // The ingest times of the first and last article naming it (UTC), and the
  // range of those articles' own publication dates when known.
  std::string first_seen, last_seen, first_published, last_published;
  // Typed relations in either direction with all their evidence, strongest
  // first; `neighbors` holds the nodes at their other ends.
  std::vector<graph::Edge> relations;
  std::vector<graph::Node> neighbors;
  // Entities most often named in the same sentence with no typed relation:
  // (node, sentences), most first, at most 10.
  std::vector<std::pair<graph::Node, int64_t>> mentioned_with;
};

// A shortest path: nodes[0] is the start, nodes.back() the goal, and edges[i]
// joins nodes[i] and nodes[i + 1] in one direction or the other.
struct Path {
  std::vector<graph::Node> nodes;
  std::vector<graph::Edge> edges;
};

struct PathOptions {
  int max_depth = 6;  // longest path looked for, in hops
  RelationFilter filter;
};

struct SearchHit {
  enum class Kind { kArticle, kEvidence };
  Kind kind = Kind::kArticle;
  std::string article;  // URL or source path
  std::string title;
  std::string published_at;
  std::string text;  // a snippet of the article, or the evidence sentence
  // kEvidence: the relation the sentence supports.
  std::string source, type, target, modality;
};

class GraphQueries {
 public:
  // REQUIRES: store outlives this object.
  explicit GraphQueries(Store& store);

  // The entities a name may mean: "#42" is entity 42; any other name is
  // matched by its NameKey (nlp/normalize.h) against canonical names and
  // every alias, in either language. Sorted by mentions, most first, then id.
  // Empty when nothing matches.
  StatusOr<std::vector<graph::Node>> Resolve(const std::string& name);

  StatusOr<EntityCard> Card(int64_t entity_id);

  // The filtered subgraph, around query.centers when given.
  StatusOr<Subgraph> Neighborhood(const SubgraphQuery& query);

  // A shortest path between two entities over the relations the filter keeps
  // (typed ones by default), in either direction; nodes is empty when there
  // is none within max_depth hops.
  StatusOr<Path> ShortestPath(int64_t from, int64_t to, const PathOptions& options = {});

  // Typed relations first seen in [since, until), oldest first, with all
  // their evidence, and their endpoints as nodes.
  StatusOr<graph::Graph> Changes(const std::string& since, const std::string& until = "");

  // Full-text search (FTS5 trigram) for `text` as a phrase in article titles
  // and text and in evidence sentences. Needs at least 3 characters.
  StatusOr<std::vector<SearchHit>> Search(const std::string& text, int limit = 20);

 private:
  StatusOr<Subgraph> LoadNeighborhood(const SubgraphQuery& query);
  Store& store_;
};

}  // namespace ng::db

#endif  // NEWSGRAPH_DB_GRAPH_QUERIES_H_
