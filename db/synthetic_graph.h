// BuildSyntheticGraph: fills an empty store with a random knowledge graph of a
// given size, fast (one transaction, bulk SQL), for bench/graph_query_bench.
// Not part of the library: only the benchmark links it.
//
// The graph looks like news: entity degrees are skewed (a few hubs, a long
// tail), 30% of the relations are MENTIONED_WITH, the rest spread over the
// typed relations and modalities, each relation has one to three evidence
// sentences, and first_seen times spread evenly over the last `days` days.
// Entities are named "Entity 17" with the Korean alias "엔티티 17". The
// full-text triggers are dropped first (building the trigram index for
// millions of sentences would take most of the time and the benchmark does
// not search), so the file is not a complete newsgraph database afterwards.
#ifndef NEWSGRAPH_DB_SYNTHETIC_GRAPH_H_
#define NEWSGRAPH_DB_SYNTHETIC_GRAPH_H_

#include <cstdint>

#include "base/status.h"
#include "db/store.h"

namespace ng::db {

struct SyntheticGraphOptions {
  int64_t entities = 100'000;
  int64_t relations = 1'000'000;
  int64_t articles = 50'000;
  int days = 365;
  uint64_t seed = 42;
};

// REQUIRES: the store is freshly created (no articles).
Status BuildSyntheticGraph(Store& store, const SyntheticGraphOptions& options = {});

}  // namespace ng::db

#endif  // NEWSGRAPH_DB_SYNTHETIC_GRAPH_H_
