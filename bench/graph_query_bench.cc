// graph_query_bench: the read side on a synthetic graph of a million
// relations (db/synthetic_graph.h): name lookup, an entity's card, depth-1
// and depth-2 neighbourhoods, shortest paths, the last day's changes, and a
// depth-2 DOT export around one entity. Prints the median and slowest of a
// few runs of each; the target is under 50 ms each. Prints figures only.
//
//   build/graph_query_bench                       # builds /tmp/graph_query_bench.db once
//   build/graph_query_bench --db big.db --relations 1000000 --rebuild
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

#include "db/graph_queries.h"
#include "db/store.h"
#include "db/synthetic_graph.h"
#include "graph/dot.h"

namespace {

using Clock = std::chrono::steady_clock;

double Ms(Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

// Runs `fn` once to warm the cache, then `runs` times; prints median and max.
void Time(const char* what, int runs, const std::function<std::string()>& fn) {
  if (runs > 1) fn();
  std::vector<double> ms;
  std::string detail;
  for (int i = 0; i < runs; ++i) {
    const auto t0 = Clock::now();
    detail = fn();
    ms.push_back(Ms(Clock::now() - t0));
  }
  std::sort(ms.begin(), ms.end());
  std::printf("  %-34s median %8.2f ms   max %8.2f ms   %s\n", what, ms[ms.size() / 2], ms.back(),
              detail.c_str());
}

int Die(const ng::Status& s) {
  std::fprintf(stderr, "graph_query_bench: %s\n", s.message().c_str());
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  std::string path = (std::filesystem::temp_directory_path() / "graph_query_bench.db").string();
  ng::db::SyntheticGraphOptions synth;
  bool rebuild = false;
  int runs = 9;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--db" && i + 1 < argc) {
      path = argv[++i];
    } else if (a == "--relations" && i + 1 < argc) {
      synth.relations = std::stoll(argv[++i]);
      synth.entities = std::max<int64_t>(1000, synth.relations / 10);
    } else if (a == "--runs" && i + 1 < argc) {
      runs = std::max(1, std::atoi(argv[++i]));
    } else if (a == "--rebuild") {
      rebuild = true;
    } else {
      std::fprintf(stderr,
                   "usage: graph_query_bench [--db FILE] [--relations N] [--runs N] [--rebuild]\n");
      return 2;
    }
  }
  if (rebuild || !std::filesystem::exists(path)) {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
    std::printf("building %s: %lld entities, %lld relations ...\n", path.c_str(),
                static_cast<long long>(synth.entities), static_cast<long long>(synth.relations));
    const auto t0 = Clock::now();
    auto store = ng::db::Store::Open(path);
    if (!store.ok()) return Die(store.status());
    ng::Status built = ng::db::BuildSyntheticGraph(**store, synth);
    if (!built.ok()) return Die(built);
    std::printf("built in %.1f s\n", Ms(Clock::now() - t0) / 1000);
  }
  {
    // An older file gets the current indexes (a forward migration).
    auto migrated = ng::db::Store::Open(path);
    if (!migrated.ok()) return Die(migrated.status());
  }
  auto store = ng::db::Store::Open(path, {.read_only = true});
  if (!store.ok()) return Die(store.status());
  auto stats = (*store)->GetStats();
  if (!stats.ok()) return Die(stats.status());
  std::printf("%s: %lld entities, %lld relations, %lld evidence sentences\n", path.c_str(),
              static_cast<long long>(stats->entities), static_cast<long long>(stats->relations),
              static_cast<long long>(stats->evidence));
  ng::db::GraphQueries q(**store);

  // A typical entity (median degree) and the biggest hub, for contrast.
  const int64_t n = stats->entities;
  const int64_t typical = n / 2, hub = 1;
  for (int64_t center : {typical, hub}) {
    // The hub's whole neighbourhood is most of the graph: one cold run is enough.
    const int n_runs = center == hub ? 1 : runs;
    const std::string name = "엔티티 " + std::to_string(center);
    std::printf("\naround %s (#%lld, %s)\n", name.c_str(), static_cast<long long>(center),
                center == hub ? "the biggest hub" : "a typical entity");
    Time("resolve name (Korean alias)", n_runs, [&] {
      auto r = q.Resolve(name);
      return std::to_string(r.ok() ? r->size() : 0) + " match";
    });
    Time("entity card", n_runs, [&] {
      auto c = q.Card(center);
      return c.ok() ? std::to_string(c->relations.size()) + " relations" : c.status().message();
    });
    for (int depth : {1, 2}) {
      Time(depth == 1 ? "neighbourhood depth 1" : "neighbourhood depth 2", n_runs, [&] {
        auto s = q.Neighborhood({.filter = {}, .centers = {center}, .depth = depth});
        return s.ok() ? std::to_string(s->graph.nodes.size()) + " nodes, " +
                            std::to_string(s->graph.edges.size()) + " edges"
                      : s.status().message();
      });
    }
    Time("depth-2 DOT export", n_runs, [&] {
      auto s = q.Neighborhood({.filter = {}, .centers = {center}, .depth = 2});
      if (!s.ok()) return s.status().message();
      std::ostringstream out;
      ng::graph::WriteDot(s->graph, out);
      return std::to_string(out.str().size() / 1024) + " KiB of DOT";
    });
    Time("depth-2 DOT export, --max-nodes 500", runs, [&] {
      auto s = q.Neighborhood({.filter = {}, .centers = {center}, .depth = 2, .max_nodes = 500});
      if (!s.ok()) return s.status().message();
      std::ostringstream out;
      ng::graph::WriteDot(s->graph, out);
      return std::to_string(s->graph.nodes.size()) + " nodes, " +
             std::to_string(out.str().size() / 1024) + " KiB of DOT";
    });
  }

  std::printf("\nwhole graph\n");
  // Paths between typical entities spread over the id range.
  int pair = 0;
  Time("shortest path (typical pairs)", runs, [&] {
    const int64_t a = n / 3 + 7919 * pair, b = 2 * n / 3 + 104729 % n + 31 * pair;
    ++pair;
    auto p = q.ShortestPath(a % n + 1, b % n + 1);
    return p.ok() ? std::to_string(p->edges.size()) + " hops" : p.status().message();
  });
  const std::time_t now = std::time(nullptr);
  char since[32];
  std::tm tm{};
  const std::time_t day_ago = now - 86400;
  gmtime_r(&day_ago, &tm);
  std::strftime(since, sizeof since, "%Y-%m-%dT%H:%M:%SZ", &tm);
  Time("changes --since 24h", runs, [&] {
    auto g = q.Changes(since);
    return g.ok() ? std::to_string(g->edges.size()) + " relations" : g.status().message();
  });
  return 0;
}
