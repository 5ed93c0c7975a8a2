// The read-side commands of `newsgraph`: query (read-only SQL), entity,
// neighbors, path, changes and search, and `export` with its filters. Each
// registers itself on the CLI11 app that main.cc builds; the one that parses
// sets `*action` to the function that runs it and returns the exit code
// (0 ok, 1 failed or nothing found, 2 usage error). Data goes to stdout,
// messages to stderr.
#ifndef NEWSGRAPH_APP_QUERY_COMMANDS_H_
#define NEWSGRAPH_APP_QUERY_COMMANDS_H_

#include <ctime>
#include <functional>
#include <string>
#include <string_view>

#include "base/status.h"

namespace CLI {
class App;
}

namespace ng::app {

// Adds query, entity, neighbors, path, changes and search.
void AddQueryCommands(CLI::App& app, std::function<int()>* action);

// Adds export (dot, svg, png, graphml, json, csv) with its filters.
void AddExportCommand(CLI::App& app, std::function<int()>* action);

// A time bound as the store writes times ("2026-11-01T00:00:00Z"), from
//   a duration back from `now`: "90m", "24h", "7d", "2w";
//   a date: "2026-11-01" (its first second, UTC; with end_of_day, the first
//   second of the next day, so that --until 2026-11-01 includes that day);
//   a time: "2026-11-01T09:00", "...T09:00:00Z" or "...T09:00:00+09:00".
StatusOr<std::string> ParseTimeBound(std::string_view text, std::time_t now,
                                     bool end_of_day = false);

}  // namespace ng::app

#endif  // NEWSGRAPH_APP_QUERY_COMMANDS_H_
