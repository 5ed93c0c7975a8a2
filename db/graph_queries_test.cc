#include "db/graph_queries.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <string>

namespace ng::db {
namespace {

// A small graph written with SQL: a chain 1 - 2 - 3 - 4 of typed relations,
// a MENTIONED_WITH shortcut 1 - 4, and an isolated 5 with an alias shared
// with 1.
class GraphQueriesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto s = Store::Open(":memory:");
    ASSERT_TRUE(s.ok()) << s.status().message();
    store_ = std::move(*s);
    const char* sql =
        "INSERT INTO articles(id, source, url, title, content_hash, text, ingested_at) VALUES "
        "(1, 'a.txt', 'https://x/1', 'A', 'h1', 't', '2026-01-01T00:00:00Z');"
        "INSERT INTO entities(id, name, type, name_key, created_at) VALUES "
        "(1, 'OpenAI', 'ORG', 'openai', 't'), (2, 'Sam Altman', 'PERSON', 'samaltman', 't'),"
        "(3, 'Y Combinator', 'ORG', 'ycombinator', 't'), (4, 'Paul Graham', 'PERSON', "
        "'paulgraham', 't'), (5, 'Open Air', 'ORG', 'openair', 't');"
        "INSERT INTO aliases VALUES (1, '오픈AI', '오픈ai', 'ko'), (5, '오픈AI', '오픈ai', 'ko'),"
        "(2, '샘 알트만', '샘알트만', 'ko');"
        "INSERT INTO mentions(entity_id, article_id, sentence_index, start_byte, end_byte, "
        "surface) VALUES (1, 1, 0, 0, 1, 'x'), (1, 1, 0, 0, 1, 'x');"
        "INSERT INTO relations(id, source_id, target_id, type, modality, first_seen, last_seen) "
        "VALUES (10, 2, 1, 'CEO_OF', 'asserted', '2026-01-01T00:00:00Z', '2026-03-01T00:00:00Z'),"
        "(11, 2, 3, 'LEADS', 'ended', '2026-02-01T00:00:00Z', '2026-02-01T00:00:00Z'),"
        "(12, 4, 3, 'FOUNDED', 'asserted', '2026-03-01T00:00:00Z', '2026-03-01T00:00:00Z'),"
        "(13, 1, 4, 'MENTIONED_WITH', 'asserted', '2026-01-01T00:00:00Z', "
        "'2026-01-01T00:00:00Z');"
        "INSERT INTO relation_evidence VALUES (10, 1, 0, 'Altman is CEO.'), "
        "(10, 1, 1, 'CEO Altman.'), (11, 1, 2, 'He led YC.'), (12, 1, 3, 'PG founded YC.'), "
        "(13, 1, 4, 'OpenAI and Graham.');";
    ASSERT_EQ(sqlite3_exec(store_->handle(), sql, nullptr, nullptr, nullptr), SQLITE_OK)
        << sqlite3_errmsg(store_->handle());
  }

  // "id id ..." of a subgraph's nodes and "src>dst:TYPE ..." of its edges.
  static std::string Dump(const graph::Graph& g) {
    std::string s;
    for (const graph::Node& n : g.nodes) s += std::to_string(n.id) + " ";
    s += "|";
    for (const graph::Edge& e : g.edges) {
      // Appended piece by piece: GCC 12 warns (-Wrestrict) on " " + string.
      s.append(" ").append(std::to_string(e.source)).append(">");
      s.append(std::to_string(e.target)).append(":").append(e.type);
    }
    return s;
  }

  std::unique_ptr<Store> store_;
};

SubgraphQuery Around(std::vector<int64_t> centers, int depth, RelationFilter filter = {}) {
  SubgraphQuery q;
  q.centers = std::move(centers);
  q.depth = depth;
  q.filter = std::move(filter);
  return q;
}

RelationFilter Mentions() {
  RelationFilter f;
  f.include_mentions = true;
  return f;
}
RelationFilter Modalities(std::vector<std::string> m) {
  RelationFilter f;
  f.modalities = std::move(m);
  return f;
}
RelationFilter Types(std::vector<std::string> t) {
  RelationFilter f;
  f.types = std::move(t);
  return f;
}
RelationFilter MinWeight(int64_t w) {
  RelationFilter f;
  f.min_weight = w;
  return f;
}
RelationFilter Window(std::string since, std::string until) {
  RelationFilter f;
  f.since = std::move(since);
  f.until = std::move(until);
  return f;
}

TEST_F(GraphQueriesTest, NamesResolveThroughAliasesAndIds) {
  GraphQueries q(*store_);
  const struct {
    const char* name;
    const char* ids;
  } cases[] = {{"OpenAI", "1"},   {"open ai", "1"}, {"샘 알트만", "2"}, {"샘알트만", "2"},
               {"오픈AI", "1 5"}, {"#3", "3"},      {"nobody", ""},     {"#999", ""}};
  for (const auto& c : cases) {
    auto r = q.Resolve(c.name);
    ASSERT_TRUE(r.ok()) << r.status().message();
    std::string ids;
    for (const graph::Node& n : *r) ids.append(ids.empty() ? "" : " ").append(std::to_string(n.id));
    EXPECT_EQ(ids, c.ids) << c.name;
  }
}

TEST_F(GraphQueriesTest, NeighbourhoodsFollowFilteredRelationsEitherWay) {
  GraphQueries q(*store_);
  const struct {
    SubgraphQuery query;
    const char* dump;
  } cases[] = {
      {Around({1}, 1), "1 2 | 2>1:CEO_OF"},
      {Around({1}, 2), "1 2 3 | 2>1:CEO_OF 2>3:LEADS"},
      {Around({1}, 3), "1 2 3 4 | 2>1:CEO_OF 2>3:LEADS 4>3:FOUNDED"},
      {Around({1}, 1, Mentions()), "1 2 4 | 1>4:MENTIONED_WITH 2>1:CEO_OF"},
      {Around({2}, 2, Modalities({"asserted"})), "1 2 | 2>1:CEO_OF"},
      {Around({}, 1, Types({"LEADS", "FOUNDED"})), "2 3 4 | 2>3:LEADS 4>3:FOUNDED"},
      {Around({}, 1, MinWeight(2)), "1 2 | 2>1:CEO_OF"},
      {Around({}, 1, Window("2026-02-15T00:00:00Z", "")), "1 2 3 4 | 2>1:CEO_OF 4>3:FOUNDED"},
      {Around({}, 1, Window("", "2026-01-15T00:00:00Z")), "1 2 | 2>1:CEO_OF"},
  };
  for (const auto& c : cases) {
    auto r = q.Neighborhood(c.query);
    ASSERT_TRUE(r.ok()) << r.status().message();
    EXPECT_EQ(Dump(r->graph), c.dump);
  }
  auto r = q.Neighborhood(Around({1}, 1));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->graph.edges[0].weight, 2);
  EXPECT_EQ(r->graph.edges[0].evidence[0].article, "https://x/1");
  EXPECT_EQ(r->distance.at(2), 1);
}

TEST_F(GraphQueriesTest, MaxNodesKeepsTheNearestAndBusiestAndTheirRelations) {
  // One more organisation linked to 2, and a relation 1 - 3.
  ASSERT_EQ(sqlite3_exec(store_->handle(),
                         "INSERT INTO entities(id, name, type, name_key, created_at) VALUES "
                         "(6, 'Reddit', 'ORG', 'reddit', 't');"
                         "INSERT INTO relations(id, source_id, target_id, type, modality, "
                         "first_seen, last_seen) VALUES "
                         "(14, 2, 6, 'INVESTS_IN', 'asserted', 't', 't'),"
                         "(15, 1, 3, 'PARTNERS_WITH', 'asserted', 't', 't');",
                         nullptr, nullptr, nullptr),
            SQLITE_OK);
  GraphQueries q(*store_);
  const struct {
    SubgraphQuery query;
    size_t max_nodes;
    const char* dump;
    size_t dropped;
  } cases[] = {
      {Around({2}, 2), 0,
       "1 2 3 4 6 | 1>3:PARTNERS_WITH 2>1:CEO_OF 2>3:LEADS 2>6:INVESTS_IN 4>3:FOUNDED", 0},
      // Level 1 has 1, 3 and 6 (one relation each): the lower ids stay, the
      // walk stops there, and the relation between the two kept is found.
      {Around({2}, 2), 3, "1 2 3 | 1>3:PARTNERS_WITH 2>1:CEO_OF 2>3:LEADS", 1},
      // More relations to the kept nodes win: from 1 and 2, node 3 has two.
      {Around({1, 2}, 1), 3, "1 2 3 | 1>3:PARTNERS_WITH 2>1:CEO_OF 2>3:LEADS", 1},
      {Around({2}, 1), 1, "2 |", 3},
      // No centre: the nodes with the most relations.
      {Around({}, 1, Types({"CEO_OF", "LEADS", "INVESTS_IN", "PARTNERS_WITH"})), 2,
       "1 2 | 2>1:CEO_OF", 2},
  };
  for (const auto& c : cases) {
    SubgraphQuery query = c.query;
    query.max_nodes = c.max_nodes;
    auto r = q.Neighborhood(query);
    ASSERT_TRUE(r.ok()) << r.status().message();
    EXPECT_EQ(Dump(r->graph), c.dump) << c.max_nodes;
    EXPECT_EQ(r->dropped_nodes, c.dropped) << c.dump;
  }
}

TEST_F(GraphQueriesTest, ShortestPathUsesTypedRelationsInBothDirections) {
  GraphQueries q(*store_);
  auto p = q.ShortestPath(1, 4);
  ASSERT_TRUE(p.ok()) << p.status().message();
  graph::Graph g{p->nodes, p->edges};
  EXPECT_EQ(Dump(g), "1 2 3 4 | 2>1:CEO_OF 2>3:LEADS 4>3:FOUNDED");
  PathOptions short_paths;
  short_paths.max_depth = 2;
  p = q.ShortestPath(1, 4, short_paths);
  ASSERT_TRUE(p.ok());
  EXPECT_TRUE(p->nodes.empty());
  PathOptions with_mentions;
  with_mentions.filter = Mentions();
  p = q.ShortestPath(1, 4, with_mentions);
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(Dump({p->nodes, p->edges}), "1 4 | 1>4:MENTIONED_WITH");
  p = q.ShortestPath(1, 5);
  ASSERT_TRUE(p.ok());
  EXPECT_TRUE(p->nodes.empty());
}

TEST_F(GraphQueriesTest, ChangesListTypedRelationsFirstSeenInTheWindow) {
  GraphQueries q(*store_);
  auto g = q.Changes("2026-01-15T00:00:00Z");
  ASSERT_TRUE(g.ok());
  EXPECT_EQ(Dump(*g), "2 3 4 | 2>3:LEADS 4>3:FOUNDED");
  g = q.Changes("2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z");
  ASSERT_TRUE(g.ok());
  EXPECT_EQ(Dump(*g), "1 2 | 2>1:CEO_OF");
}

TEST_F(GraphQueriesTest, CardHasRelationsEvidenceAndCoMentions) {
  GraphQueries q(*store_);
  auto c = q.Card(1);
  ASSERT_TRUE(c.ok()) << c.status().message();
  EXPECT_EQ(c->node.name, "OpenAI");
  EXPECT_EQ(c->node.mentions, 2);
  EXPECT_EQ(c->articles, 1);
  EXPECT_EQ(c->first_seen, "2026-01-01T00:00:00Z");
  ASSERT_EQ(c->relations.size(), 1u);
  EXPECT_EQ(c->relations[0].evidence.size(), 2u);
  ASSERT_EQ(c->mentioned_with.size(), 1u);
  EXPECT_EQ(c->mentioned_with[0].first.name, "Paul Graham");
  EXPECT_EQ(q.Card(999).status().code(), Status::Code::kNotFound);
}

}  // namespace
}  // namespace ng::db
