// The `newsgraph ingest` command behind main.cc's flags: takes the run lock
// (app/run_lock.h), turns SIGINT/SIGTERM into a clean stop, ingests file and
// folder arguments (app/pipeline.h) and http(s) arguments and feed lists
// (app/fetch_pipeline.h), draws a progress bar when stderr is a terminal, and
// prints the one summary line. Returns the exit code (docs/cron.md):
//   0 ok; 1 some inputs failed, or the database is locked by another run
//   (--lock fail); 2 usage error; 130 / 143 stopped by SIGINT / SIGTERM after
//   the article in hand (what is stored is whole; the next run goes on).
// Not thread-safe; installs process-wide signal handlers while it runs.
#ifndef NEWSGRAPH_APP_INGEST_COMMAND_H_
#define NEWSGRAPH_APP_INGEST_COMMAND_H_

#include <cstddef>
#include <string>
#include <vector>

#include "app/pipeline.h"

namespace ng::app {

struct IngestCommandFlags {
  std::vector<std::string> args;  // files, folders and http(s) URLs, mixed
  std::string feeds_file;         // --feeds: one feed URL a line ("" = none)
  bool refetch = false;
  double delay_seconds = 2;     // --delay: between requests to one host
  std::string user_agent;       // "" = newsgraph/<version> (+URL)
  double timeout_seconds = 30;  // --timeout: whole transfer
  size_t max_bytes = 10 * 1024 * 1024;
  bool deny_private_addresses = false;
  std::string lock = "fail";  // wait | fail | skip
  bool quiet = false;         // only the summary line
};

int RunIngestCommand(const IngestOptions& options, const IngestCommandFlags& flags);

}  // namespace ng::app

#endif  // NEWSGRAPH_APP_INGEST_COMMAND_H_
