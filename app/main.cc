// newsgraph: the command-line tool. A thin command table over library code:
// each command parses its flags, calls app/, graph/ or db/, prints data on
// stdout and messages on stderr, and returns an exit code:
// 0 ok, 1 some inputs failed, 2 usage error.
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "app/ingest_command.h"
#include "app/pipeline.h"
#include "app/query_commands.h"
#include "base/file.h"
#include "db/store.h"
#include "graph/dot.h"
#include "graph/graphml.h"
#include "graph/json_export.h"
#include "ingest/loader.h"

extern char** environ;

namespace ng::app {
namespace {

constexpr int kExitOk = 0;
constexpr int kExitInputsFailed = 1;
constexpr int kExitUsage = 2;

const char* const kVersion = NEWSGRAPH_VERSION;

void PrintError(const Status& status) { std::cerr << "newsgraph: " << status.message() << "\n"; }

// Exit code for a run-level failure: a bad flag value is a usage error.
int Fail(const Status& status) {
  PrintError(status);
  return status.code() == Status::Code::kInvalidArgument ? kExitUsage : kExitInputsFailed;
}

// ---------------------------------------------------------------- ingest

struct IngestFlags {
  std::string db = "newsgraph.db";
  std::vector<std::string> paths;
  std::vector<std::string> dictionaries;
  bool no_default_dictionary = false;
  int jobs = 0;                // --jobs: worker threads (0 = one per core)
  IngestCommandFlags command;  // fetching, locking, --quiet (app/ingest_command.h)
};

int RunIngest(IngestFlags& flags) {
  IngestOptions options;
  options.db_path = flags.db;
  options.lexicon.default_dictionary = !flags.no_default_dictionary;
  options.lexicon.dictionary_files = flags.dictionaries;
  options.jobs = flags.jobs;
  flags.command.args = flags.paths;
  return RunIngestCommand(options, flags.command);
}

// ---------------------------------------------------------------- extract

int RunExtract(const std::vector<std::string>& paths, bool json) {
  int failed = 0;
  ingest::LoadOptions load;
  for (const std::string& path : paths) {
    StatusOr<std::vector<std::string>> files = ingest::ListInputFiles(path);
    if (!files.ok()) {
      PrintError(files.status());
      ++failed;
      continue;
    }
    for (const std::string& file : *files) {
      ingest::LoadFile(file, load, [&](StatusOr<ingest::Document> doc) {
        if (!doc.ok()) {
          PrintError(doc.status());
          ++failed;
          return;
        }
        const ingest::Document& d = *doc;
        if (json) {
          nlohmann::ordered_json j;
          j["source"] = d.source;
          j["url"] = d.url;
          j["canonical_url"] = d.canonical_url;
          j["title"] = d.title;
          j["published_at"] = d.published_at;
          j["modified_at"] = d.modified_at;
          j["authors"] = d.authors;
          j["site_name"] = d.site_name;
          j["lang"] = d.lang;
          j["charset"] = d.charset;
          j["text"] = d.text;
          std::cout << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
        } else {
          std::cout << "== " << d.source << "\n";
          auto field = [](const char* name, const std::string& value) {
            if (!value.empty()) std::cout << name << ": " << value << "\n";
          };
          field("title", d.title);
          field("url", d.url);
          field("canonical", d.canonical_url);
          field("published", d.published_at);
          field("modified", d.modified_at);
          std::string authors;
          for (const std::string& a : d.authors) authors += (authors.empty() ? "" : ", ") + a;
          field("authors", authors);
          field("site", d.site_name);
          field("lang", d.lang);
          field("charset", d.charset);
          std::cout << "\n" << d.text << "\n\n";
        }
      });
    }
  }
  return failed > 0 ? kExitInputsFailed : kExitOk;
}

// ---------------------------------------------------------------- stats

int RunStats(const std::string& db_path, bool json) {
  StatusOr<std::unique_ptr<db::Store>> store = db::Store::Open(db_path, {.read_only = true});
  if (!store.ok()) return Fail(store.status());
  StatusOr<db::Stats> stats = (*store)->GetStats();
  if (!stats.ok()) return Fail(stats.status());
  const db::Stats& s = *stats;
  if (json) {
    nlohmann::ordered_json j;
    j["articles"] = s.articles;
    j["entities"] = s.entities;
    j["aliases"] = s.aliases;
    j["mentions"] = s.mentions;
    j["relations"] = s.relations;
    j["evidence"] = s.evidence;
    j["entities_by_type"] = s.entities_by_type;
    j["relations_by_type"] = s.relations_by_type;
    std::cout << j.dump(2) << "\n";
    return kExitOk;
  }
  std::printf(
      "articles   %lld\nentities   %lld\naliases    %lld\nmentions   %lld\n"
      "relations  %lld\nevidence   %lld\n",
      static_cast<long long>(s.articles), static_cast<long long>(s.entities),
      static_cast<long long>(s.aliases), static_cast<long long>(s.mentions),
      static_cast<long long>(s.relations), static_cast<long long>(s.evidence));
  std::printf("\nentities by type\n");
  for (const auto& [type, n] : s.entities_by_type) {
    std::printf("  %-16s %lld\n", type.c_str(), static_cast<long long>(n));
  }
  std::printf("\nrelations by type\n");
  for (const auto& [type, n] : s.relations_by_type) {
    std::printf("  %-16s %lld\n", type.c_str(), static_cast<long long>(n));
  }
  return kExitOk;
}

// ---------------------------------------------------------------- main

size_t EditDistance(const std::string& a, const std::string& b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diag = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

int Main(int argc, char** argv) {
  CLI::App app{"newsgraph: turns Korean and English industry news into a knowledge graph",
               "newsgraph"};
  app.set_version_flag("--version", std::string("newsgraph ") + kVersion);
  app.require_subcommand(1);
  app.fallthrough(false);

  std::function<int()> action;

  IngestFlags ingest_flags;
  CLI::App* ingest = app.add_subcommand(
      "ingest",
      "Ingest articles from files and folders (.html/.htm, .txt, .jsonl) and from the web "
      "(http(s) URLs of feeds, sitemaps or pages; --feeds FILE)");
  ingest->add_option("--db", ingest_flags.db, "SQLite database file")->capture_default_str();
  ingest
      ->add_option("--dictionary", ingest_flags.dictionaries,
                   "Extra entity dictionary (TSV: canonical<TAB>TYPE<TAB>alias|alias); repeatable")
      ->allow_extra_args(false);  // one file per --dictionary: PATH is optional (--feeds)
  ingest->add_flag("--no-default-dictionary", ingest_flags.no_default_dictionary,
                   "Do not load the bundled entity dictionary");
  IngestCommandFlags& web = ingest_flags.command;
  ingest
      ->add_option("-j,--jobs", ingest_flags.jobs,
                   "Threads that parse and analyse files (default: one per core); the database "
                   "is the same for any number")
      ->check(CLI::NonNegativeNumber);
  ingest->add_flag("-q,--quiet", web.quiet, "Print only the one summary line on stderr");
  ingest->add_option("--feeds", web.feeds_file,
                     "Feed list: one feed URL a line, '#' comments, settings such as delay=5s");
  ingest->add_flag("--refetch", web.refetch, "Fetch article URLs that are stored already");
  ingest->add_option("--delay", web.delay_seconds, "Seconds between requests to one host")
      ->check(CLI::Range(0.0, 3600.0))
      ->capture_default_str();
  ingest->add_option("--user-agent", web.user_agent,
                     "User-Agent header (default: newsgraph/version)");
  ingest->add_option("--timeout", web.timeout_seconds, "Seconds for one whole transfer")
      ->check(CLI::Range(0.1, 3600.0))
      ->capture_default_str();
  ingest->add_option("--max-bytes", web.max_bytes, "Largest response body, after decompression")
      ->check(CLI::Range(size_t{1024}, size_t{1} << 32))
      ->capture_default_str();
  ingest->add_flag("--deny-private-addresses", web.deny_private_addresses,
                   "Refuse loopback, private and link-local addresses");
  ingest
      ->add_option("--lock", web.lock,
                   "When another run holds the database: wait, fail (exit 1) or skip (exit 0)")
      ->check(CLI::IsMember({"wait", "fail", "skip"}))
      ->capture_default_str();
  ingest->add_option("PATH", ingest_flags.paths, "Files, folders (recursive) or http(s) URLs");
  ingest->callback([&] {
    if (ingest_flags.paths.empty() && web.feeds_file.empty()) {
      throw CLI::RequiredError("PATH or --feeds");
    }
    action = [&] { return RunIngest(ingest_flags); };
  });

  std::vector<std::string> extract_paths;
  bool extract_json = false;
  CLI::App* extract =
      app.add_subcommand("extract", "Print the article text and metadata that ingest would see");
  extract->add_flag("--json", extract_json, "One JSON object per line (JSON Lines)");
  extract->add_option("PATH", extract_paths, "Files or folders")->required();
  extract->callback([&] { action = [&] { return RunExtract(extract_paths, extract_json); }; });

  AddExportCommand(app, &action);

  std::string stats_db = "newsgraph.db";
  bool stats_json = false;
  CLI::App* stats = app.add_subcommand("stats", "Count articles, entities and relations by type");
  stats->add_option("--db", stats_db, "SQLite database file")->capture_default_str();
  stats->add_flag("--json", stats_json, "Print JSON");
  stats->callback([&] { action = [&] { return RunStats(stats_db, stats_json); }; });

  AddQueryCommands(app, &action);

  // An unknown command gets a suggestion, like git and ninja.
  if (argc > 1 && argv[1][0] != '-') {
    const std::string given = argv[1];
    bool known = false;
    std::string best;
    size_t best_distance = 3;
    for (const CLI::App* sub : app.get_subcommands({})) {
      if (sub->get_name() == given) known = true;
      const size_t d = EditDistance(given, sub->get_name());
      if (d < best_distance) best_distance = d, best = sub->get_name();
    }
    if (!known) {
      std::cerr << "newsgraph: unknown command '" << given << "'";
      if (!best.empty()) std::cerr << "; did you mean '" << best << "'?";
      std::cerr << "\nRun 'newsgraph --help' for the list of commands.\n";
      return kExitUsage;
    }
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? kExitOk : kExitUsage;
  }
  return action ? action() : kExitUsage;
}

}  // namespace
}  // namespace ng::app

int main(int argc, char** argv) { return ng::app::Main(argc, argv); }
