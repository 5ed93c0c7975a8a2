#include "app/query_commands.h"

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <charconv>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <sstream>
#include <vector>

#include "app/display_width.h"
#include "app/result_format.h"
#include "base/file.h"
#include "db/graph_queries.h"
#include "db/read_only_query.h"
#include "db/store.h"
#include "graph/dot.h"
#include "graph/graphml.h"
#include "graph/json_export.h"
#include "graph/neo4j_csv.h"

extern char** environ;

namespace ng::app {
namespace {

constexpr int kExitOk = 0;
constexpr int kExitFailed = 1;
constexpr int kExitUsage = 2;

int Fail(const Status& status) {
  std::cerr << "newsgraph: " << status.message() << "\n";
  return status.code() == Status::Code::kInvalidArgument ? kExitUsage : kExitFailed;
}

// ---------------------------------------------------------------- shared

StatusOr<std::unique_ptr<db::Store>> OpenStore(const std::string& path) {
  return db::Store::Open(path, {.read_only = true});
}

std::string Describe(const graph::Node& n) {
  return n.name + " (" + n.type + ", #" + std::to_string(n.id) + ")";
}

// Resolves a name to one entity; prints the candidates of an ambiguous name.
StatusOr<graph::Node> ResolveOne(db::GraphQueries& q, const std::string& name) {
  StatusOr<std::vector<graph::Node>> found = q.Resolve(name);
  if (!found.ok()) return found.status();
  if (found->empty()) return Status::NotFound("no entity named '" + name + "'");
  if (found->size() == 1) return found->front();
  std::string msg =
      "'" + name + "' names " + std::to_string(found->size()) + " entities; give one as #ID:";
  for (const graph::Node& n : *found) {
    msg += "\n  #" + std::to_string(n.id) + "  " + n.name + " (" + n.type + ", " +
           std::to_string(n.mentions) + " mentions)";
    std::string aliases;
    for (const std::string& a : n.aliases) {
      if (a != n.name) aliases += (aliases.empty() ? "" : " | ") + a;
    }
    if (!aliases.empty()) msg += "  aka " + aliases;
  }
  return Status::NotFound(msg);
}

// "A -TYPE-> B", with the modality when it is not asserted.
std::string EdgeText(const graph::Edge& e, const std::map<int64_t, std::string>& names) {
  auto name = [&](int64_t id) {
    auto it = names.find(id);
    return it != names.end() ? it->second : "#" + std::to_string(id);
  };
  std::string s = name(e.source) + " -" + e.type + "-> " + name(e.target);
  if (e.modality != "asserted") s += " [" + e.modality + "]";
  return s;
}

std::map<int64_t, std::string> Names(const std::vector<graph::Node>& nodes) {
  std::map<int64_t, std::string> names;
  for (const graph::Node& n : nodes) names[n.id] = n.name;
  return names;
}

std::string Date(const std::string& iso) { return iso.substr(0, 10); }

void PrintEvidence(const graph::Edge& e, size_t max, std::ostream& out) {
  for (size_t i = 0; i < e.evidence.size() && i < max; ++i) {
    const graph::Evidence& ev = e.evidence[i];
    out << "      \"" << FitToWidth(ev.sentence, 200) << "\"\n        " << ev.article;
    if (!ev.title.empty()) out << "  (" << FitToWidth(ev.title, 60) << ")";
    out << "\n";
  }
  if (e.evidence.size() > max) {
    out << "      … and " << e.evidence.size() - max << " more\n";
  }
}

void PrintJson(const graph::Graph& g) { graph::WriteJson(g, std::cout); }

// Adds the filter flags shared by export, neighbors and path.
struct FilterFlags {
  std::string since, until;
  std::vector<std::string> types, modalities;
  int64_t min_weight = 0;
  bool include_mentions = false;

  void Add(CLI::App* cmd, bool with_time) {
    if (with_time) {
      cmd->add_option("--since", since,
                      "Relations seen since: 24h, 7d, 2w, 2026-11-01 or 2026-11-01T09:00:00Z");
      cmd->add_option("--until", until,
                      "Relations first seen before this time or day (same forms)");
    }
    cmd->add_option("--types", types, "Relation types to keep, e.g. CEO_OF,FOUNDED")
        ->delimiter(',');
    cmd->add_option("--modality", modalities,
                    "Modalities to keep: asserted,considered,negated,ended")
        ->delimiter(',')
        ->check(CLI::IsMember({"asserted", "considered", "negated", "ended"}));
    cmd->add_option("--min-weight", min_weight, "Keep relations with at least this many sentences")
        ->check(CLI::NonNegativeNumber);
    cmd->add_flag("--include-mentions", include_mentions,
                  "Also use MENTIONED_WITH edges (entities named in one sentence)");
  }

  StatusOr<db::RelationFilter> Filter() const {
    db::RelationFilter f;
    const std::time_t now = std::time(nullptr);
    if (!since.empty()) {
      StatusOr<std::string> t = ParseTimeBound(since, now);
      if (!t.ok()) return t.status().WithContext("--since");
      f.since = *t;
    }
    if (!until.empty()) {
      StatusOr<std::string> t = ParseTimeBound(until, now, /*end_of_day=*/true);
      if (!t.ok()) return t.status().WithContext("--until");
      f.until = *t;
    }
    for (std::string t : types) {
      for (char& c : t) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      f.types.push_back(t);
    }
    f.modalities = modalities;
    f.min_weight = min_weight;
    f.include_mentions = include_mentions || std::find(f.types.begin(), f.types.end(),
                                                       "MENTIONED_WITH") != f.types.end();
    return f;
  }
};

// ---------------------------------------------------------------- query

struct QueryFlags {
  std::string db = "newsgraph.db";
  std::string format = "table";
  std::vector<std::string> sql;
};

int RunQuery(const QueryFlags& flags) {
  std::string sql;
  for (const std::string& part : flags.sql) sql += (sql.empty() ? "" : " ") + part;
  if (sql == "-") {
    std::stringstream in;
    in << std::cin.rdbuf();
    sql = in.str();
  }
  StatusOr<std::unique_ptr<db::ReadOnlyQuery>> q = db::ReadOnlyQuery::Open(flags.db);
  if (!q.ok()) return Fail(q.status());
  StatusOr<std::vector<db::ResultSet>> results = (*q)->Run(sql);
  if (!results.ok()) return Fail(results.status());
  std::ostringstream out;
  for (size_t i = 0; i < results->size(); ++i) {
    const db::ResultSet& rs = (*results)[i];
    if (i > 0 && flags.format != "json") out << (flags.format == "csv" ? "\r\n" : "\n");
    if (flags.format == "csv") {
      WriteCsv(rs, out);
    } else if (flags.format == "json") {
      WriteJsonRows(rs, out);
    } else {
      WriteTable(rs, out);
    }
  }
  std::cout << out.str();
  return kExitOk;
}

// ---------------------------------------------------------------- entity

int RunEntity(const std::string& db_path, const std::string& name, bool json) {
  StatusOr<std::unique_ptr<db::Store>> store = OpenStore(db_path);
  if (!store.ok()) return Fail(store.status());
  db::GraphQueries q(**store);
  StatusOr<graph::Node> node = ResolveOne(q, name);
  if (!node.ok()) return Fail(node.status());
  StatusOr<db::EntityCard> card = q.Card(node->id);
  if (!card.ok()) return Fail(card.status());
  const db::EntityCard& c = *card;
  if (json) {
    graph::Graph g;
    g.nodes = c.neighbors;
    g.nodes.push_back(c.node);
    std::sort(g.nodes.begin(), g.nodes.end(),
              [](const graph::Node& a, const graph::Node& b) { return a.id < b.id; });
    g.edges = c.relations;
    PrintJson(g);
    return kExitOk;
  }
  std::map<int64_t, std::string> names = Names(c.neighbors);
  names[c.node.id] = c.node.name;
  std::ostream& out = std::cout;
  out << Describe(c.node) << "\n";
  std::string aliases;
  for (const std::string& a : c.node.aliases) aliases += (aliases.empty() ? "" : " | ") + a;
  if (!aliases.empty()) out << "  aliases    " << aliases << "\n";
  out << "  mentioned  " << c.node.mentions << " times in " << c.articles << " articles\n";
  if (!c.first_seen.empty()) {
    out << "  seen       " << c.first_seen << " .. " << c.last_seen << " (ingested)\n";
  }
  if (!c.first_published.empty()) {
    out << "  published  " << c.first_published << " .. " << c.last_published << "\n";
  }
  out << "\nrelations (" << c.relations.size() << ")\n";
  for (const graph::Edge& e : c.relations) {
    out << "  " << EdgeText(e, names) << "  weight " << e.weight << ", " << Date(e.first_seen)
        << " .. " << Date(e.last_seen) << "\n";
    PrintEvidence(e, 3, out);
  }
  if (!c.mentioned_with.empty()) {
    out << "\nnamed in one sentence with\n";
    for (const auto& [n, count] : c.mentioned_with) {
      out << "  " << n.name << " (" << n.type << ")  " << count << "\n";
    }
  }
  return kExitOk;
}

// ---------------------------------------------------------------- neighbors

struct NeighborFlags {
  std::string db = "newsgraph.db";
  std::string name;
  int depth = 1;
  size_t max_nodes = 200;
  bool json = false;
  FilterFlags filter;
};

// Tells on stderr that max_nodes left entities out.
void NoteDropped(const db::Subgraph& sub, size_t max_nodes) {
  if (sub.dropped_nodes == 0) return;
  std::cerr << "newsgraph: kept " << sub.graph.nodes.size() << " entities, left out "
            << sub.dropped_nodes << (sub.distance.empty() ? "" : " or more") << " (--max-nodes "
            << max_nodes << "; 0 for no limit)\n";
}

int RunNeighbors(const NeighborFlags& flags) {
  StatusOr<db::RelationFilter> filter = flags.filter.Filter();
  if (!filter.ok()) return Fail(filter.status());
  StatusOr<std::unique_ptr<db::Store>> store = OpenStore(flags.db);
  if (!store.ok()) return Fail(store.status());
  db::GraphQueries q(**store);
  StatusOr<graph::Node> center = ResolveOne(q, flags.name);
  if (!center.ok()) return Fail(center.status());
  db::SubgraphQuery query{.filter = *filter,
                          .centers = {center->id},
                          .depth = flags.depth,
                          .max_nodes = flags.max_nodes};
  StatusOr<db::Subgraph> sub = q.Neighborhood(query);
  if (!sub.ok()) return Fail(sub.status());
  NoteDropped(*sub, flags.max_nodes);
  const graph::Graph& g = sub->graph;
  if (flags.json) {
    PrintJson(g);
    return kExitOk;
  }
  std::vector<const graph::Node*> nodes;
  for (const graph::Node& n : g.nodes) nodes.push_back(&n);
  std::stable_sort(nodes.begin(), nodes.end(), [&](const graph::Node* a, const graph::Node* b) {
    const int da = sub->distance.at(a->id), db = sub->distance.at(b->id);
    return da != db ? da < db : a->mentions > b->mentions;
  });
  std::cout << Describe(*center) << ": " << nodes.size() - 1 << " entities within " << flags.depth
            << (flags.depth == 1 ? " hop" : " hops") << ", " << g.edges.size() << " relations\n";
  size_t width = 0;
  for (const graph::Node* n : nodes) width = std::max(width, DisplayWidth(FitToWidth(n->name, 40)));
  for (const graph::Node* n : nodes) {
    if (n->id == center->id) continue;
    const std::string name = FitToWidth(n->name, 40);
    std::cout << "  " << sub->distance.at(n->id) << "  " << name
              << std::string(width - DisplayWidth(name), ' ') << "  " << n->type << "\n";
  }
  const std::map<int64_t, std::string> names = Names(g.nodes);
  std::cout << "\n";
  for (const graph::Edge& e : g.edges) {
    std::cout << "  " << EdgeText(e, names) << "  (weight " << e.weight << ")\n";
  }
  return kExitOk;
}

// ---------------------------------------------------------------- path

struct PathFlags {
  std::string db = "newsgraph.db";
  std::string from, to;
  int max_depth = 6;
  bool json = false;
  FilterFlags filter;
};

int RunPath(const PathFlags& flags) {
  StatusOr<db::RelationFilter> filter = flags.filter.Filter();
  if (!filter.ok()) return Fail(filter.status());
  StatusOr<std::unique_ptr<db::Store>> store = OpenStore(flags.db);
  if (!store.ok()) return Fail(store.status());
  db::GraphQueries q(**store);
  StatusOr<graph::Node> from = ResolveOne(q, flags.from);
  if (!from.ok()) return Fail(from.status());
  StatusOr<graph::Node> to = ResolveOne(q, flags.to);
  if (!to.ok()) return Fail(to.status());
  StatusOr<db::Path> path =
      q.ShortestPath(from->id, to->id, {.max_depth = flags.max_depth, .filter = *filter});
  if (!path.ok()) return Fail(path.status());
  if (path->nodes.empty()) {
    std::cerr << "newsgraph: no path between " << from->name << " and " << to->name << " within "
              << flags.max_depth << " hops\n";
    return kExitFailed;
  }
  if (flags.json) {
    graph::Graph g{path->nodes, path->edges};
    PrintJson(g);
    return kExitOk;
  }
  std::string line = path->nodes[0].name;
  for (size_t i = 0; i < path->edges.size(); ++i) {
    const graph::Edge& e = path->edges[i];
    const bool forward = e.source == path->nodes[i].id;
    const std::string label = e.type + (e.modality != "asserted" ? "[" + e.modality + "]" : "");
    line += forward ? " -" + label + "-> " : " <-" + label + "- ";
    line += path->nodes[i + 1].name;
  }
  std::cout << line << "\n";
  const std::map<int64_t, std::string> names = Names(path->nodes);
  for (const graph::Edge& e : path->edges) {
    std::cout << "  " << EdgeText(e, names) << "  (weight " << e.weight << ")\n";
    PrintEvidence(e, 1, std::cout);
  }
  return kExitOk;
}

// ---------------------------------------------------------------- changes

int RunChanges(const std::string& db_path, const std::string& since, const std::string& until,
               bool json) {
  const std::time_t now = std::time(nullptr);
  StatusOr<std::string> from = ParseTimeBound(since, now);
  if (!from.ok()) return Fail(from.status().WithContext("--since"));
  std::string to;
  if (!until.empty()) {
    StatusOr<std::string> t = ParseTimeBound(until, now, /*end_of_day=*/true);
    if (!t.ok()) return Fail(t.status().WithContext("--until"));
    to = *t;
  }
  StatusOr<std::unique_ptr<db::Store>> store = OpenStore(db_path);
  if (!store.ok()) return Fail(store.status());
  db::GraphQueries q(**store);
  StatusOr<graph::Graph> g = q.Changes(*from, to);
  if (!g.ok()) return Fail(g.status());
  if (json) {
    PrintJson(*g);
    return kExitOk;
  }
  std::cout << g->edges.size() << " new relations since " << *from
            << (to.empty() ? std::string() : " until " + to) << "\n";
  const std::map<int64_t, std::string> names = Names(g->nodes);
  for (const graph::Edge& e : g->edges) {
    std::cout << "\n"
              << e.first_seen << "  " << EdgeText(e, names) << "  (weight " << e.weight << ")\n";
    PrintEvidence(e, 3, std::cout);
  }
  return kExitOk;
}

// ---------------------------------------------------------------- search

int RunSearch(const std::string& db_path, const std::string& text, int limit) {
  StatusOr<std::unique_ptr<db::Store>> store = OpenStore(db_path);
  if (!store.ok()) return Fail(store.status());
  db::GraphQueries q(**store);
  StatusOr<std::vector<db::SearchHit>> hits = q.Search(text, limit);
  if (!hits.ok()) return Fail(hits.status());
  if (hits->empty()) {
    std::cerr << "newsgraph: nothing matches '" << text << "'\n";
    return kExitFailed;
  }
  for (const db::SearchHit& h : *hits) {
    if (h.kind == db::SearchHit::Kind::kArticle) {
      std::cout << "article   " << FitToWidth(h.title, 80) << "\n          " << h.article << "\n"
                << "          " << FitToWidth(h.text, 200) << "\n";
    } else {
      std::cout << "evidence  " << h.source << " -" << h.type << "-> " << h.target
                << (h.modality != "asserted" ? " [" + h.modality + "]" : "") << "\n          \""
                << FitToWidth(h.text, 200) << "\"\n          " << h.article << "\n";
    }
  }
  return kExitOk;
}

// ---------------------------------------------------------------- export

// Runs Graphviz `dot` on a DOT file; a missing `dot` gets a clear message.
Status RenderWithDot(const std::string& dot_file, const std::string& format,
                     const std::string& output) {
  std::vector<std::string> args = {"dot", "-T" + format, dot_file};
  if (!output.empty()) {
    args.push_back("-o");
    args.push_back(output);
  }
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid;
  const int rc = posix_spawnp(&pid, "dot", nullptr, nullptr, argv.data(), environ);
  if (rc != 0) {
    return Status::NotFound(
        "cannot run Graphviz 'dot' to render " + format +
        " (is Graphviz installed? on Debian: apt-get install graphviz); --format dot writes the "
        "graph without it");
  }
  int wstatus = 0;
  waitpid(pid, &wstatus, 0);
  if (!WIFEXITED(wstatus) || WEXITSTATUS(wstatus) != 0) {
    return Status::IoError("Graphviz 'dot' failed to render " + format);
  }
  return Status::Ok();
}

struct ExportFlags {
  std::string db = "newsgraph.db";
  std::string format = "json";
  std::string output;
  std::vector<std::string> centers;
  int depth = 1;
  size_t max_nodes = 0;
  FilterFlags filter;
};

int RunExport(const ExportFlags& flags) {
  if (flags.format == "csv" && flags.output.empty()) {
    return Fail(Status::InvalidArgument(
        "--format csv writes nodes.csv and relationships.csv: give their folder with --output"));
  }
  StatusOr<db::RelationFilter> filter = flags.filter.Filter();
  if (!filter.ok()) return Fail(filter.status());
  StatusOr<std::unique_ptr<db::Store>> store = OpenStore(flags.db);
  if (!store.ok()) return Fail(store.status());
  db::GraphQueries q(**store);
  db::SubgraphQuery query{
      .filter = *filter, .centers = {}, .depth = flags.depth, .max_nodes = flags.max_nodes};
  for (const std::string& name : flags.centers) {
    StatusOr<graph::Node> n = ResolveOne(q, name);
    if (!n.ok()) return Fail(n.status().WithContext("--center"));
    query.centers.push_back(n->id);
  }
  StatusOr<db::Subgraph> sub = q.Neighborhood(query);
  if (!sub.ok()) return Fail(sub.status());
  NoteDropped(*sub, flags.max_nodes);
  const graph::Graph& g = sub->graph;

  if (flags.format == "csv") {
    std::error_code ec;
    std::filesystem::create_directories(flags.output, ec);
    if (ec) return Fail(Status::IoError(flags.output + ": cannot create folder: " + ec.message()));
    std::ostringstream nodes, relationships;
    graph::WriteNeo4jNodes(g, nodes);
    graph::WriteNeo4jRelationships(g, relationships);
    for (const auto& [file, text] : {std::pair{"nodes.csv", nodes.str()},
                                     std::pair{"relationships.csv", relationships.str()}}) {
      Status written = WriteFileAtomically(flags.output + "/" + file, text);
      if (!written.ok()) return Fail(written);
    }
    std::cerr << "wrote " << flags.output << "/nodes.csv and relationships.csv (" << g.nodes.size()
              << " nodes, " << g.edges.size() << " edges)\n";
    return kExitOk;
  }
  std::ostringstream out;
  if (flags.format == "json") {
    graph::WriteJson(g, out);
  } else if (flags.format == "graphml") {
    graph::WriteGraphMl(g, out);
  } else {
    graph::DotOptions dot;
    dot.mentioned_with = filter->include_mentions;
    graph::WriteDot(g, out, dot);
  }
  if (flags.format == "svg" || flags.format == "png") {
    // Render through a temporary DOT file next to the output.
    const std::string tmp =
        (flags.output.empty() ? std::filesystem::temp_directory_path().string() + "/newsgraph-" +
                                    std::to_string(getpid())
                              : flags.output) +
        ".dot.tmp";
    {
      std::ofstream f(tmp, std::ios::binary);
      f << out.str();
      if (!f) return Fail(Status::IoError(tmp + ": cannot write"));
    }
    Status rendered = RenderWithDot(tmp, flags.format, flags.output);
    std::remove(tmp.c_str());
    if (!rendered.ok()) return Fail(rendered);
  } else if (flags.output.empty()) {
    std::cout << out.str();
  } else {
    Status written = WriteFileAtomically(flags.output, out.str());
    if (!written.ok()) return Fail(written);
  }
  if (!flags.output.empty()) {
    std::cerr << "wrote " << flags.output << " (" << g.nodes.size() << " nodes, " << g.edges.size()
              << " edges)\n";
  }
  return kExitOk;
}

}  // namespace

// ---------------------------------------------------------------- time bounds

StatusOr<std::string> ParseTimeBound(std::string_view text, std::time_t now, bool end_of_day) {
  auto bad = [&] {
    return Status::InvalidArgument("'" + std::string(text) +
                                   "' is not a time: give 24h, 7d, 2w, 90m, 2026-11-01 or "
                                   "2026-11-01T09:00:00Z");
  };
  auto format = [](std::time_t t) {
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return std::string(buf);
  };
  if (text.empty()) return bad();
  const char unit = text.back();
  if (unit == 'm' || unit == 'h' || unit == 'd' || unit == 'w') {
    int64_t n = 0;
    const std::string_view digits = text.substr(0, text.size() - 1);
    auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
    if (digits.empty() || ec != std::errc() || end != digits.data() + digits.size() ||
        n > 100 * 366 * 24 * 60) {
      return bad();
    }
    const int64_t seconds = n * (unit == 'm'   ? 60
                                 : unit == 'h' ? 3600
                                 : unit == 'd' ? 86400
                                               : 604800);
    return format(now - static_cast<std::time_t>(seconds));
  }
  // YYYY-MM-DD[THH:MM[:SS]][Z|+HH:MM|-HH:MM]
  int y, mo, d, h = 0, mi = 0, s = 0, consumed = 0;
  const std::string str(text);
  if (std::sscanf(str.c_str(), "%4d-%2d-%2d%n", &y, &mo, &d, &consumed) != 3 || consumed != 10) {
    return bad();
  }
  size_t pos = 10;
  const bool date_only = pos == str.size();
  if (!date_only) {
    if (str[pos] != 'T' && str[pos] != ' ') return bad();
    int n = 0;
    if (std::sscanf(str.c_str() + pos + 1, "%2d:%2d%n", &h, &mi, &n) != 2 || n != 5) return bad();
    pos += 6;
    if (pos < str.size() && str[pos] == ':') {
      if (std::sscanf(str.c_str() + pos + 1, "%2d%n", &s, &n) != 1 || n != 2) return bad();
      pos += 3;
    }
  }
  int offset = 0;
  if (pos < str.size()) {
    if (str[pos] == 'Z' && pos + 1 == str.size()) {
    } else if ((str[pos] == '+' || str[pos] == '-') && str.size() == pos + 6 &&
               str[pos + 3] == ':') {
      int oh, om, n = 0;
      if (std::sscanf(str.c_str() + pos + 1, "%2d:%2d%n", &oh, &om, &n) != 2 || n != 5)
        return bad();
      offset = (str[pos] == '+' ? 1 : -1) * (oh * 3600 + om * 60);
    } else {
      return bad();
    }
  }
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return bad();
  std::tm tm{};
  tm.tm_year = y - 1900;
  tm.tm_mon = mo - 1;
  tm.tm_mday = d;
  tm.tm_hour = h;
  tm.tm_min = mi;
  tm.tm_sec = s;
  std::time_t t = timegm(&tm) - offset;
  if (date_only && end_of_day) t += 86400;
  return format(t);
}

// ---------------------------------------------------------------- registration

void AddQueryCommands(CLI::App& app, std::function<int()>* action) {
  auto query = std::make_shared<QueryFlags>();
  CLI::App* cmd = app.add_subcommand(
      "query", "Run read-only SQL on the database (docs/schema.md); writes are refused");
  cmd->add_option("--db", query->db, "SQLite database file")->capture_default_str();
  cmd->add_option("--format", query->format, "Output format")
      ->check(CLI::IsMember({"table", "csv", "json"}))
      ->capture_default_str();
  cmd->add_option("SQL", query->sql, "SQL statements separated by ';' ('-' reads stdin)")
      ->required();
  cmd->callback([query, action] { *action = [query] { return RunQuery(*query); }; });

  struct EntityFlags {
    std::string db = "newsgraph.db", name;
    bool json = false;
  };
  auto entity = std::make_shared<EntityFlags>();
  cmd = app.add_subcommand("entity",
                           "Show an entity: aliases, relations with evidence, first and last seen");
  cmd->add_option("--db", entity->db, "SQLite database file")->capture_default_str();
  cmd->add_flag("--json", entity->json, "Print node-link JSON");
  cmd->add_option("NAME", entity->name, "Any name or alias, Korean or English, or #ID")->required();
  cmd->callback([entity, action] {
    *action = [entity] { return RunEntity(entity->db, entity->name, entity->json); };
  });

  auto neighbors = std::make_shared<NeighborFlags>();
  cmd = app.add_subcommand("neighbors", "List the entities and relations around an entity");
  cmd->add_option("--db", neighbors->db, "SQLite database file")->capture_default_str();
  cmd->add_option("--depth", neighbors->depth, "Hops from the entity")
      ->check(CLI::Range(0, 10))
      ->capture_default_str();
  cmd->add_option("--max-nodes", neighbors->max_nodes,
                  "At most this many entities, nearest and best connected first (0: no limit)")
      ->capture_default_str();
  cmd->add_flag("--json", neighbors->json, "Print node-link JSON");
  neighbors->filter.Add(cmd, /*with_time=*/true);
  cmd->add_option("NAME", neighbors->name, "Any name or alias, or #ID")->required();
  cmd->callback(
      [neighbors, action] { *action = [neighbors] { return RunNeighbors(*neighbors); }; });

  auto path = std::make_shared<PathFlags>();
  cmd = app.add_subcommand("path",
                           "Shortest path between two entities over typed relations, either way");
  cmd->add_option("--db", path->db, "SQLite database file")->capture_default_str();
  cmd->add_option("--max-depth", path->max_depth, "Longest path looked for, in hops")
      ->check(CLI::Range(1, 12))
      ->capture_default_str();
  cmd->add_flag("--json", path->json, "Print node-link JSON");
  path->filter.Add(cmd, /*with_time=*/true);
  cmd->add_option("A", path->from, "From (name, alias or #ID)")->required();
  cmd->add_option("B", path->to, "To (name, alias or #ID)")->required();
  cmd->callback([path, action] { *action = [path] { return RunPath(*path); }; });

  struct ChangesFlags {
    std::string db = "newsgraph.db", since, until;
    bool json = false;
  };
  auto changes = std::make_shared<ChangesFlags>();
  cmd = app.add_subcommand("changes", "Typed relations first seen in a time window, with evidence");
  cmd->add_option("--db", changes->db, "SQLite database file")->capture_default_str();
  cmd->add_option("--since", changes->since, "24h, 7d, 2w, 2026-11-01 or 2026-11-01T09:00:00Z")
      ->required();
  cmd->add_option("--until", changes->until, "End of the window (same forms; a day is included)");
  cmd->add_flag("--json", changes->json, "Print node-link JSON");
  cmd->callback([changes, action] {
    *action = [changes] {
      return RunChanges(changes->db, changes->since, changes->until, changes->json);
    };
  });

  struct SearchFlags {
    std::string db = "newsgraph.db";
    std::vector<std::string> words;
    int limit = 20;
  };
  auto search = std::make_shared<SearchFlags>();
  cmd = app.add_subcommand("search", "Full-text search in articles and evidence sentences");
  cmd->add_option("--db", search->db, "SQLite database file")->capture_default_str();
  cmd->add_option("--limit", search->limit, "Hits of each kind")
      ->check(CLI::Range(1, 10000))
      ->capture_default_str();
  cmd->add_option("TEXT", search->words, "Text to find (a phrase; at least 3 characters)")
      ->required();
  cmd->callback([search, action] {
    *action = [search] {
      std::string text;
      for (const std::string& w : search->words) text += (text.empty() ? "" : " ") + w;
      return RunSearch(search->db, text, search->limit);
    };
  });
}

void AddExportCommand(CLI::App& app, std::function<int()>* action) {
  auto flags = std::make_shared<ExportFlags>();
  CLI::App* exp = app.add_subcommand(
      "export", "Export the graph (dot, svg, png, json, graphml, csv for neo4j-admin import)");
  exp->add_option("--db", flags->db, "SQLite database file")->capture_default_str();
  exp->add_option("--format", flags->format, "Output format")
      ->check(CLI::IsMember({"dot", "svg", "png", "json", "graphml", "csv"}))
      ->capture_default_str();
  exp->add_option("-o,--output", flags->output,
                  "Output file (default: stdout); for csv, the folder for the two files");
  exp->add_option("--center", flags->centers,
                  "Export the neighbourhood of this entity (name, alias or #ID); repeatable");
  exp->add_option("--depth", flags->depth, "Hops around --center")
      ->check(CLI::Range(0, 10))
      ->capture_default_str();
  exp->add_option("--max-nodes", flags->max_nodes,
                  "At most this many entities (0: no limit): around --center the nearest and "
                  "best connected, else those with the most relations")
      ->capture_default_str();
  flags->filter.Add(exp, /*with_time=*/true);
  exp->callback([flags, action] { *action = [flags] { return RunExport(*flags); }; });
}

}  // namespace ng::app
