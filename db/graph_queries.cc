#include "db/graph_queries.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "nlp/normalize.h"

namespace ng::db {
namespace {

// A prepared statement, finalized on destruction; parameters bound by name.
class Stmt {
 public:
  Stmt(sqlite3* db, const std::string& sql) : db_(db) {
    rc_ = sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt_, nullptr);
  }
  ~Stmt() { sqlite3_finalize(stmt_); }
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;

  Status Check(const char* what) const {
    if (rc_ == SQLITE_OK && stmt_ != nullptr) return Status::Ok();
    return Status::Internal(std::string(what) + ": " + sqlite3_errmsg(db_));
  }
  // Binding a name the statement does not use is a no-op.
  Stmt& Bind(const char* name, std::string_view s) {
    if (const int i = sqlite3_bind_parameter_index(stmt_, name)) {
      sqlite3_bind_text(stmt_, i, s.data() != nullptr ? s.data() : "", static_cast<int>(s.size()),
                        SQLITE_TRANSIENT);
    }
    return *this;
  }
  Stmt& Bind(const char* name, int64_t v) {
    if (const int i = sqlite3_bind_parameter_index(stmt_, name)) sqlite3_bind_int64(stmt_, i, v);
    return *this;
  }
  int Step() { return sqlite3_step(stmt_); }
  void Reset() { sqlite3_reset(stmt_); }  // keeps the bindings
  int64_t Int(int col) { return sqlite3_column_int64(stmt_, col); }
  std::string Text(int col) {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, col));
    return p == nullptr ? std::string() : std::string(p, sqlite3_column_bytes(stmt_, col));
  }
  Status Error(const char* what) const {
    return Status::IoError(std::string(what) + ": " + sqlite3_errmsg(db_));
  }

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
  int rc_ = SQLITE_ERROR;
};

constexpr char kRelationColumns[] =
    "r.id, r.source_id, r.target_id, r.type, r.modality, r.first_seen, r.last_seen";

// The WHERE terms (over relations AS r) for a filter, with named parameters
// that BindFilter fills.
std::string FilterSql(const RelationFilter& f) {
  std::string sql = f.include_mentions ? "1" : "r.type <> 'MENTIONED_WITH'";
  auto in_list = [&](const char* column, const char* prefix, size_t n) {
    sql += std::string(" AND ") + column + " IN (";
    for (size_t i = 0; i < n; ++i)
      sql += (i ? ", :" : ":") + std::string(prefix) + std::to_string(i);
    sql += ")";
  };
  if (!f.types.empty()) in_list("r.type", "t", f.types.size());
  if (!f.modalities.empty()) in_list("r.modality", "m", f.modalities.size());
  if (!f.since.empty()) sql += " AND r.last_seen >= :since";
  if (!f.until.empty()) sql += " AND r.first_seen < :until";
  if (f.min_weight > 1) {
    sql += " AND (SELECT count(*) FROM relation_evidence e WHERE e.relation_id = r.id) >= :minw";
  }
  return sql;
}

void BindFilter(Stmt& st, const RelationFilter& f) {
  for (size_t i = 0; i < f.types.size(); ++i)
    st.Bind((":t" + std::to_string(i)).c_str(), f.types[i]);
  for (size_t i = 0; i < f.modalities.size(); ++i) {
    st.Bind((":m" + std::to_string(i)).c_str(), f.modalities[i]);
  }
  st.Bind(":since", f.since).Bind(":until", f.until).Bind(":minw", f.min_weight);
}

bool IsEmpty(const RelationFilter& f) {
  return f.types.empty() && f.modalities.empty() && f.since.empty() && f.until.empty() &&
         f.min_weight <= 1;
}

struct EdgeRow {
  int64_t id = 0;
  graph::Edge edge;
};

EdgeRow ReadEdge(Stmt& st) {
  EdgeRow row;
  row.id = st.Int(0);
  row.edge.source = st.Int(1);
  row.edge.target = st.Int(2);
  row.edge.type = st.Text(3);
  row.edge.modality = st.Text(4);
  row.edge.first_seen = st.Text(5);
  row.edge.last_seen = st.Text(6);
  return row;
}

// Loads the evidence of relations and the nodes they need, by id.
class Loader {
 public:
  explicit Loader(sqlite3* db)
      : evidence_(db,
                  "SELECT coalesce(a.url, a.source), a.title, e.sentence FROM relation_evidence e "
                  "JOIN articles a ON a.id = e.article_id WHERE e.relation_id = :id "
                  "ORDER BY e.article_id, e.sentence_index"),
        node_(db,
              "SELECT name, type, (SELECT count(*) FROM mentions m WHERE m.entity_id = :id) "
              "FROM entities WHERE id = :id"),
        aliases_(db, "SELECT alias FROM aliases WHERE entity_id = :id ORDER BY lang DESC, alias") {}

  Status Check() const {
    NG_RETURN_IF_ERROR(evidence_.Check("load evidence"));
    NG_RETURN_IF_ERROR(node_.Check("load entity"));
    return aliases_.Check("load aliases");
  }

  Status Evidence(int64_t relation_id, graph::Edge* e) {
    evidence_.Reset();
    evidence_.Bind(":id", relation_id);
    int rc;
    while ((rc = evidence_.Step()) == SQLITE_ROW) {
      e->evidence.push_back({evidence_.Text(0), evidence_.Text(1), evidence_.Text(2)});
    }
    if (rc != SQLITE_DONE) return evidence_.Error("load evidence");
    e->weight = static_cast<int64_t>(e->evidence.size());
    return Status::Ok();
  }

  StatusOr<graph::Node> Node(int64_t id) {
    graph::Node n;
    n.id = id;
    node_.Reset();
    node_.Bind(":id", id);
    const int rc = node_.Step();
    if (rc == SQLITE_DONE) return Status::NotFound("no entity #" + std::to_string(id));
    if (rc != SQLITE_ROW) return node_.Error("load entity");
    n.name = node_.Text(0);
    n.type = node_.Text(1);
    n.mentions = node_.Int(2);
    aliases_.Reset();
    aliases_.Bind(":id", id);
    while (aliases_.Step() == SQLITE_ROW) n.aliases.push_back(aliases_.Text(0));
    return n;
  }

  // Fills g.nodes with `ids` (sorted) and every edge's evidence.
  Status Finish(const std::set<int64_t>& ids, const std::vector<int64_t>& relation_ids,
                graph::Graph* g) {
    for (size_t i = 0; i < g->edges.size(); ++i) {
      NG_RETURN_IF_ERROR(Evidence(relation_ids[i], &g->edges[i]));
    }
    for (int64_t id : ids) {
      StatusOr<graph::Node> n = Node(id);
      if (!n.ok()) return n.status();
      g->nodes.push_back(std::move(*n));
    }
    return Status::Ok();
  }

 private:
  Stmt evidence_, node_, aliases_;
};

void SortEdges(std::vector<graph::Edge>* edges, std::vector<int64_t>* ids) {
  std::vector<size_t> order(edges->size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  auto key = [&](size_t i) {
    const graph::Edge& e = (*edges)[i];
    return std::tie(e.source, e.target, e.type, e.modality);
  };
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return key(a) < key(b); });
  std::vector<graph::Edge> sorted;
  std::vector<int64_t> sorted_ids;
  for (size_t i : order) {
    sorted.push_back(std::move((*edges)[i]));
    sorted_ids.push_back((*ids)[i]);
  }
  *edges = std::move(sorted);
  *ids = std::move(sorted_ids);
}

// The relations touching one node that pass a filter: id and ends only, so
// that with a type or modality filter both halves are answered from the
// indexes alone (relations' UNIQUE index by source, relations_target_cover
// by target) and a hub's thousands of relations cost no table lookups.
std::string IncidentSql(const RelationFilter& f) {
  const std::string where = FilterSql(f);
  return "SELECT r.id, r.source_id, r.target_id FROM relations r WHERE r.source_id = :node AND " +
         where +
         " UNION ALL SELECT r.id, r.source_id, r.target_id FROM relations r "
         "WHERE r.target_id = :node AND " +
         where;
}

// Loads whole relation rows by id.
class RelationById {
 public:
  explicit RelationById(sqlite3* db)
      : st_(db, std::string("SELECT ") + kRelationColumns + " FROM relations r WHERE r.id = :id") {}
  Status Check() const { return st_.Check("load relation"); }
  StatusOr<graph::Edge> Get(int64_t id) {
    st_.Reset();
    st_.Bind(":id", id);
    if (st_.Step() != SQLITE_ROW) return st_.Error("load relation");
    return ReadEdge(st_).edge;
  }

 private:
  Stmt st_;
};

// A read transaction for one consistent snapshot, ended on destruction.
class ReadTransaction {
 public:
  explicit ReadTransaction(sqlite3* db) : db_(db) {
    active_ = sqlite3_get_autocommit(db) &&
              sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK;
  }
  ~ReadTransaction() {
    if (active_) sqlite3_exec(db_, "COMMIT", nullptr, nullptr, nullptr);
  }

 private:
  sqlite3* db_;
  bool active_ = false;
};

}  // namespace

GraphQueries::GraphQueries(Store& store) : store_(store) {
  // Neighbourhoods and paths read scattered pages: map the file rather than
  // copy each page through read(2), and keep more of them (64 MiB) cached.
  // Both only tune this connection; failures leave the defaults.
  sqlite3_exec(store.handle(), "PRAGMA mmap_size = 1073741824; PRAGMA cache_size = -65536", nullptr,
               nullptr, nullptr);
}

StatusOr<std::vector<graph::Node>> GraphQueries::Resolve(const std::string& name) {
  sqlite3* db = store_.handle();
  std::vector<int64_t> ids;
  if (name.size() > 1 && name[0] == '#' &&
      name.find_first_not_of("0123456789", 1) == std::string::npos && name.size() < 19) {
    ids.push_back(std::stoll(name.substr(1)));
  } else {
    const std::string key = nlp::NameKey(name);
    if (key.empty()) return std::vector<graph::Node>{};
    Stmt st(db,
            "SELECT id FROM entities WHERE name_key = :key "
            "UNION SELECT entity_id FROM aliases WHERE alias_key = :key");
    NG_RETURN_IF_ERROR(st.Check("resolve name"));
    st.Bind(":key", key);
    int rc;
    while ((rc = st.Step()) == SQLITE_ROW) ids.push_back(st.Int(0));
    if (rc != SQLITE_DONE) return st.Error("resolve name");
  }
  Loader loader(db);
  NG_RETURN_IF_ERROR(loader.Check());
  std::vector<graph::Node> nodes;
  for (int64_t id : ids) {
    StatusOr<graph::Node> n = loader.Node(id);
    if (n.ok()) {
      nodes.push_back(std::move(*n));
    } else if (n.status().code() != Status::Code::kNotFound) {
      return n.status();
    }
  }
  std::sort(nodes.begin(), nodes.end(), [](const graph::Node& a, const graph::Node& b) {
    return a.mentions != b.mentions ? a.mentions > b.mentions : a.id < b.id;
  });
  return nodes;
}

StatusOr<EntityCard> GraphQueries::Card(int64_t entity_id) {
  sqlite3* db = store_.handle();
  ReadTransaction txn(db);
  Loader loader(db);
  NG_RETURN_IF_ERROR(loader.Check());
  EntityCard card;
  StatusOr<graph::Node> node = loader.Node(entity_id);
  if (!node.ok()) return node.status();
  card.node = std::move(*node);
  {
    Stmt st(db,
            "SELECT count(DISTINCT m.article_id), min(a.ingested_at), max(a.ingested_at), "
            "min(a.published_at), max(a.published_at) FROM mentions m "
            "JOIN articles a ON a.id = m.article_id WHERE m.entity_id = :id");
    NG_RETURN_IF_ERROR(st.Check("entity articles"));
    st.Bind(":id", entity_id);
    if (st.Step() != SQLITE_ROW) return st.Error("entity articles");
    card.articles = st.Int(0);
    card.first_seen = st.Text(1);
    card.last_seen = st.Text(2);
    card.first_published = st.Text(3);
    card.last_published = st.Text(4);
  }
  std::set<int64_t> others;
  {
    Stmt st(db, IncidentSql(RelationFilter{}));
    NG_RETURN_IF_ERROR(st.Check("entity relations"));
    RelationById by_id(db);
    NG_RETURN_IF_ERROR(by_id.Check());
    st.Bind(":node", entity_id);
    std::vector<int64_t> ids;
    int rc;
    while ((rc = st.Step()) == SQLITE_ROW) {
      ids.push_back(st.Int(0));
      others.insert(st.Int(1) == entity_id ? st.Int(2) : st.Int(1));
    }
    if (rc != SQLITE_DONE) return st.Error("entity relations");
    for (size_t i = 0; i < ids.size(); ++i) {
      StatusOr<graph::Edge> e = by_id.Get(ids[i]);
      if (!e.ok()) return e.status();
      card.relations.push_back(std::move(*e));
      NG_RETURN_IF_ERROR(loader.Evidence(ids[i], &card.relations[i]));
    }
    std::stable_sort(card.relations.begin(), card.relations.end(),
                     [](const graph::Edge& a, const graph::Edge& b) {
                       if (a.weight != b.weight) return a.weight > b.weight;
                       return std::tie(a.type, a.source, a.target, a.modality) <
                              std::tie(b.type, b.source, b.target, b.modality);
                     });
  }
  for (int64_t id : others) {
    StatusOr<graph::Node> n = loader.Node(id);
    if (!n.ok()) return n.status();
    card.neighbors.push_back(std::move(*n));
  }
  {
    Stmt st(db,
            "SELECT CASE WHEN r.source_id = :id THEN r.target_id ELSE r.source_id END AS other, "
            "(SELECT count(*) FROM relation_evidence e WHERE e.relation_id = r.id) AS n "
            "FROM relations r WHERE r.type = 'MENTIONED_WITH' AND r.source_id = :id "
            "UNION ALL SELECT r.source_id, (SELECT count(*) FROM relation_evidence e WHERE "
            "e.relation_id = r.id) FROM relations r WHERE r.type = 'MENTIONED_WITH' AND "
            "r.target_id = :id ORDER BY n DESC, other LIMIT 10");
    NG_RETURN_IF_ERROR(st.Check("entity co-mentions"));
    st.Bind(":id", entity_id);
    std::vector<std::pair<int64_t, int64_t>> rows;
    while (st.Step() == SQLITE_ROW) rows.emplace_back(st.Int(0), st.Int(1));
    for (const auto& [id, n] : rows) {
      StatusOr<graph::Node> other = loader.Node(id);
      if (!other.ok()) return other.status();
      card.mentioned_with.emplace_back(std::move(*other), n);
    }
  }
  return card;
}

namespace {

// Keeps the `max_nodes` nodes with the most relations (ties: lower id) and
// the relations among them; returns how many nodes went.
size_t KeepBusiestNodes(graph::Graph* g, size_t max_nodes) {
  if (max_nodes == 0 || g->nodes.size() <= max_nodes) return 0;
  std::unordered_map<int64_t, int64_t> degree;
  for (const graph::Edge& e : g->edges) {
    ++degree[e.source];
    ++degree[e.target];
  }
  std::vector<const graph::Node*> order;
  for (const graph::Node& n : g->nodes) order.push_back(&n);
  std::stable_sort(order.begin(), order.end(), [&](const graph::Node* a, const graph::Node* b) {
    return degree[a->id] > degree[b->id];
  });
  std::unordered_set<int64_t> kept;
  for (size_t i = 0; i < max_nodes; ++i) kept.insert(order[i]->id);
  const size_t dropped = g->nodes.size() - max_nodes;
  std::erase_if(g->nodes, [&](const graph::Node& n) { return !kept.count(n.id); });
  std::erase_if(g->edges, [&](const graph::Edge& e) {
    return !kept.count(e.source) || !kept.count(e.target);
  });
  return dropped;
}

}  // namespace

StatusOr<Subgraph> GraphQueries::Neighborhood(const SubgraphQuery& query) {
  StatusOr<Subgraph> result = LoadNeighborhood(query);
  if (result.ok() && query.centers.empty()) {
    result->dropped_nodes = KeepBusiestNodes(&result->graph, query.max_nodes);
  }
  return result;
}

StatusOr<Subgraph> GraphQueries::LoadNeighborhood(const SubgraphQuery& query) {
  sqlite3* db = store_.handle();
  Subgraph result;
  if (query.centers.empty() && IsEmpty(query.filter)) {
    // The whole graph: one scan is faster than lookups, and the output is
    // exactly what `export` gave before filters existed.
    GraphFilter all;
    all.include_mentions = query.filter.include_mentions;
    all.include_isolated = query.include_isolated;
    StatusOr<graph::Graph> g = store_.LoadGraph(all);
    if (!g.ok()) return g.status();
    result.graph = std::move(*g);
    return result;
  }
  ReadTransaction txn(db);
  Loader loader(db);
  NG_RETURN_IF_ERROR(loader.Check());
  graph::Graph& g = result.graph;
  std::vector<int64_t> relation_ids;
  std::set<int64_t> nodes;
  if (query.centers.empty()) {
    Stmt st(db, std::string("SELECT ") + kRelationColumns + " FROM relations r WHERE " +
                    FilterSql(query.filter) +
                    " ORDER BY r.source_id, r.target_id, r.type, r.modality");
    NG_RETURN_IF_ERROR(st.Check("load relations"));
    BindFilter(st, query.filter);
    int rc;
    while ((rc = st.Step()) == SQLITE_ROW) {
      EdgeRow row = ReadEdge(st);
      nodes.insert(row.edge.source);
      nodes.insert(row.edge.target);
      relation_ids.push_back(row.id);
      g.edges.push_back(std::move(row.edge));
    }
    if (rc != SQLITE_DONE) return st.Error("load relations");
  } else {
    Stmt st(db, IncidentSql(query.filter));
    NG_RETURN_IF_ERROR(st.Check("load neighbourhood"));
    BindFilter(st, query.filter);
    std::unordered_set<int64_t> seen_relations;
    std::vector<int64_t> frontier;
    for (int64_t c : query.centers) {
      if (result.distance.emplace(c, 0).second) frontier.push_back(c);
    }
    // Level by level; the last pass (d == depth) only adds the relations
    // between nodes already reached.
    const size_t max_nodes = query.max_nodes == 0 ? SIZE_MAX : query.max_nodes;
    std::vector<int64_t> unwalked;  // the level kept when max_nodes cut the walk
    for (int d = 0; d <= query.depth && !frontier.empty(); ++d) {
      std::map<int64_t, int> links;                     // new node -> relations to it
      std::vector<std::pair<int64_t, int64_t>> to_new;  // (relation, new node)
      for (int64_t node : frontier) {
        st.Reset();
        st.Bind(":node", node);
        int rc;
        while ((rc = st.Step()) == SQLITE_ROW) {
          const int64_t id = st.Int(0);
          if (seen_relations.count(id)) continue;
          const int64_t other = st.Int(1) == node ? st.Int(2) : st.Int(1);
          if (result.distance.count(other)) {
            relation_ids.push_back(id);
          } else if (d == query.depth) {
            continue;
          } else {
            ++links[other];
            to_new.emplace_back(id, other);
          }
          seen_relations.insert(id);
        }
        if (rc != SQLITE_DONE) return st.Error("load neighbourhood");
      }
      std::vector<std::pair<int64_t, int>> candidates(links.begin(), links.end());
      const size_t room = max_nodes - std::min(max_nodes, result.distance.size());
      if (candidates.size() > room) {
        std::stable_sort(candidates.begin(), candidates.end(),
                         [](const auto& a, const auto& b) { return a.second > b.second; });
        result.dropped_nodes += candidates.size() - room;
        candidates.resize(room);
      }
      std::vector<int64_t> next;
      for (const auto& [other, n] : candidates) {
        result.distance.emplace(other, d + 1);
        next.push_back(other);
      }
      for (const auto& [id, other] : to_new) {
        if (result.distance.count(other)) relation_ids.push_back(id);
      }
      if (result.dropped_nodes > 0 && d < query.depth) {
        unwalked = std::move(next);  // the walk stops at the level that overflowed
        break;
      }
      frontier = std::move(next);
    }
    if (!unwalked.empty()) {
      // Relations among the nodes of the last level kept (the others were
      // walked already).
      for (int64_t node : unwalked) {
        st.Reset();
        st.Bind(":node", node);
        int rc;
        while ((rc = st.Step()) == SQLITE_ROW) {
          const int64_t id = st.Int(0);
          const int64_t other = st.Int(1) == node ? st.Int(2) : st.Int(1);
          if (seen_relations.count(id) || !result.distance.count(other)) continue;
          seen_relations.insert(id);
          relation_ids.push_back(id);
        }
        if (rc != SQLITE_DONE) return st.Error("load neighbourhood");
      }
    }
    RelationById by_id(db);
    NG_RETURN_IF_ERROR(by_id.Check());
    for (int64_t id : relation_ids) {
      StatusOr<graph::Edge> e = by_id.Get(id);
      if (!e.ok()) return e.status();
      g.edges.push_back(std::move(*e));
    }
    for (const auto& [id, d] : result.distance) nodes.insert(id);
    SortEdges(&g.edges, &relation_ids);
  }
  NG_RETURN_IF_ERROR(loader.Finish(nodes, relation_ids, &g));
  return result;
}

StatusOr<Path> GraphQueries::ShortestPath(int64_t from, int64_t to, const PathOptions& options) {
  sqlite3* db = store_.handle();
  ReadTransaction txn(db);
  Loader loader(db);
  NG_RETURN_IF_ERROR(loader.Check());
  Path path;
  if (from == to) {
    StatusOr<graph::Node> n = loader.Node(from);
    if (!n.ok()) return n.status();
    path.nodes.push_back(std::move(*n));
    return path;
  }
  Stmt st(db, IncidentSql(options.filter));
  NG_RETURN_IF_ERROR(st.Check("find path"));
  BindFilter(st, options.filter);
  // Bidirectional breadth-first search: each side remembers how it reached a
  // node (previous node, hops, relation); the smaller frontier grows a whole
  // level, and the best meeting node of that level gives a shortest path.
  struct Via {
    int64_t prev = 0;
    int depth = 0;
    int64_t relation = 0;
  };
  struct Side {
    std::unordered_map<int64_t, Via> via;
    std::vector<int64_t> frontier;
    int depth = 0;
  } sides[2];
  sides[0].via[from] = {};
  sides[0].frontier = {from};
  sides[1].via[to] = {};
  sides[1].frontier = {to};
  int64_t meet = 0;
  while (meet == 0 && sides[0].depth + sides[1].depth < options.max_depth &&
         !sides[0].frontier.empty() && !sides[1].frontier.empty()) {
    const int s = sides[0].frontier.size() <= sides[1].frontier.size() ? 0 : 1;
    Side& side = sides[s];
    const Side& other_side = sides[1 - s];
    std::vector<int64_t> next;
    int best = 0;
    for (int64_t node : side.frontier) {
      st.Reset();
      st.Bind(":node", node);
      int rc;
      while ((rc = st.Step()) == SQLITE_ROW) {
        const int64_t other = st.Int(1) == node ? st.Int(2) : st.Int(1);
        if (side.via.count(other)) continue;
        side.via[other] = {node, side.depth + 1, st.Int(0)};
        next.push_back(other);
        auto hit = other_side.via.find(other);
        if (hit != other_side.via.end() && (meet == 0 || hit->second.depth < best)) {
          meet = other;
          best = hit->second.depth;
        }
      }
      if (rc != SQLITE_DONE) return st.Error("find path");
    }
    side.frontier = std::move(next);
    ++side.depth;
  }
  if (meet == 0) return path;
  // Walk back from the meeting node to each end.
  std::vector<int64_t> node_ids, edges;
  for (int64_t n = meet; n != from;) {
    const Via& v = sides[0].via[n];
    node_ids.push_back(n);
    edges.push_back(v.relation);
    n = v.prev;
  }
  node_ids.push_back(from);
  std::reverse(node_ids.begin(), node_ids.end());
  std::reverse(edges.begin(), edges.end());
  for (int64_t n = meet; n != to;) {
    const Via& v = sides[1].via[n];
    node_ids.push_back(v.prev);
    edges.push_back(v.relation);
    n = v.prev;
  }
  for (int64_t id : node_ids) {
    StatusOr<graph::Node> n = loader.Node(id);
    if (!n.ok()) return n.status();
    path.nodes.push_back(std::move(*n));
  }
  RelationById by_id(db);
  NG_RETURN_IF_ERROR(by_id.Check());
  for (int64_t id : edges) {
    StatusOr<graph::Edge> e = by_id.Get(id);
    if (!e.ok()) return e.status();
    NG_RETURN_IF_ERROR(loader.Evidence(id, &*e));
    path.edges.push_back(std::move(*e));
  }
  return path;
}

StatusOr<graph::Graph> GraphQueries::Changes(const std::string& since, const std::string& until) {
  sqlite3* db = store_.handle();
  ReadTransaction txn(db);
  Loader loader(db);
  NG_RETURN_IF_ERROR(loader.Check());
  graph::Graph g;
  std::vector<int64_t> ids;
  std::set<int64_t> nodes;
  Stmt st(db, std::string("SELECT ") + kRelationColumns +
                  " FROM relations r WHERE r.first_seen >= :since AND "
                  "(:until = '' OR r.first_seen < :until) AND r.type <> 'MENTIONED_WITH' "
                  "ORDER BY r.first_seen, r.id");
  NG_RETURN_IF_ERROR(st.Check("changes"));
  st.Bind(":since", since).Bind(":until", until);
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) {
    EdgeRow row = ReadEdge(st);
    nodes.insert(row.edge.source);
    nodes.insert(row.edge.target);
    ids.push_back(row.id);
    g.edges.push_back(std::move(row.edge));
  }
  if (rc != SQLITE_DONE) return st.Error("changes");
  NG_RETURN_IF_ERROR(loader.Finish(nodes, ids, &g));
  return g;
}

StatusOr<std::vector<SearchHit>> GraphQueries::Search(const std::string& text, int limit) {
  std::string phrase = "\"";
  size_t chars = 0;
  for (char c : text) {
    if (c == '"') phrase += '"';
    phrase += c;
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++chars;
  }
  phrase += '"';
  if (chars < 3) {
    return Status::InvalidArgument("search '" + text +
                                   "': give at least 3 characters (trigram index)");
  }
  sqlite3* db = store_.handle();
  ReadTransaction txn(db);
  std::vector<SearchHit> hits;
  {
    Stmt st(db,
            "SELECT coalesce(a.url, a.source), a.title, coalesce(a.published_at, ''), "
            "snippet(articles_fts, 1, '[', ']', '…', 16) FROM articles_fts f "
            "JOIN articles a ON a.id = f.rowid WHERE articles_fts MATCH :q "
            "ORDER BY rank LIMIT :limit");
    NG_RETURN_IF_ERROR(st.Check("search articles"));
    st.Bind(":q", phrase).Bind(":limit", static_cast<int64_t>(limit));
    int rc;
    while ((rc = st.Step()) == SQLITE_ROW) {
      SearchHit h;
      h.kind = SearchHit::Kind::kArticle;
      h.article = st.Text(0);
      h.title = st.Text(1);
      h.published_at = st.Text(2);
      h.text = st.Text(3);
      hits.push_back(std::move(h));
    }
    if (rc != SQLITE_DONE) return st.Error("search articles");
  }
  {
    Stmt st(db,
            "SELECT coalesce(a.url, a.source), a.title, coalesce(a.published_at, ''), f.sentence, "
            "s.name, r.type, t.name, r.modality FROM evidence_fts f "
            "JOIN relations r ON r.id = f.relation_id JOIN entities s ON s.id = r.source_id "
            "JOIN entities t ON t.id = r.target_id JOIN articles a ON a.id = f.article_id "
            "WHERE evidence_fts MATCH :q AND r.type <> 'MENTIONED_WITH' "
            "ORDER BY rank LIMIT :limit");
    NG_RETURN_IF_ERROR(st.Check("search evidence"));
    st.Bind(":q", phrase).Bind(":limit", static_cast<int64_t>(limit));
    int rc;
    while ((rc = st.Step()) == SQLITE_ROW) {
      SearchHit h;
      h.kind = SearchHit::Kind::kEvidence;
      h.article = st.Text(0);
      h.title = st.Text(1);
      h.published_at = st.Text(2);
      h.text = st.Text(3);
      h.source = st.Text(4);
      h.type = st.Text(5);
      h.target = st.Text(6);
      h.modality = st.Text(7);
      hits.push_back(std::move(h));
    }
    if (rc != SQLITE_DONE) return st.Error("search evidence");
  }
  return hits;
}

}  // namespace ng::db
