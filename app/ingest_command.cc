#include "app/ingest_command.h"

#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <iostream>

#include "app/fetch_pipeline.h"
#include "app/run_lock.h"
#include "base/file.h"

namespace ng::app {
namespace {

constexpr int kExitOk = 0;
constexpr int kExitInputsFailed = 1;
constexpr int kExitUsage = 2;

// The signal that asked the run to stop (0 = none). Lock-free, so the
// handler may write it.
std::atomic<int> g_stop{0};
static_assert(std::atomic<int>::is_always_lock_free);

extern "C" void OnStopSignal(int signo) {
  if (g_stop.exchange(signo) != 0) {
    // A second signal: stop now. Safe too: every article is whole in the
    // database or absent; the uncommitted batch is stored by the next run.
    signal(signo, SIG_DFL);
    raise(signo);
  }
}

// Installs the handlers for the lifetime of the object.
class StopSignals {
 public:
  StopSignals() {
    struct sigaction sa {};
    sa.sa_handler = OnStopSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGINT, &sa, &old_int_);
    sigaction(SIGTERM, &sa, &old_term_);
  }
  ~StopSignals() {
    sigaction(SIGINT, &old_int_, nullptr);
    sigaction(SIGTERM, &old_term_, nullptr);
  }

 private:
  struct sigaction old_int_ {};
  struct sigaction old_term_ {};
};

// A one-line progress bar on stderr, redrawn at most ten times a second.
class ProgressBar {
 public:
  explicit ProgressBar(bool enabled) : enabled_(enabled) {}
  ~ProgressBar() { Clear(); }

  void Update(const FetchProgress& p) {
    if (!enabled_) return;
    const auto now = std::chrono::steady_clock::now();
    if (now - last_ < std::chrono::milliseconds(100) && p.pages_done != p.pages_total) return;
    last_ = now;
    const int64_t done = p.sources_done + p.pages_done;
    const int64_t total = std::max<int64_t>(1, p.sources_total + p.pages_total);
    constexpr int kWidth = 30;
    const int filled = static_cast<int>(kWidth * std::min(done, total) / total);
    std::fprintf(stderr, "\r\033[K[%s%s] feeds %lld/%lld, pages %lld/%lld",
                 std::string(filled, '#').c_str(), std::string(kWidth - filled, '.').c_str(),
                 static_cast<long long>(p.sources_done), static_cast<long long>(p.sources_total),
                 static_cast<long long>(p.pages_done), static_cast<long long>(p.pages_total));
    std::fflush(stderr);
    drawn_ = true;
  }
  // Erases the bar (before a message or at the end).
  void Clear() {
    if (drawn_) std::fputs("\r\033[K", stderr);
    drawn_ = false;
  }

 private:
  bool enabled_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point last_{};
};

void PrintError(const Status& status) { std::cerr << "newsgraph: " << status.message() << "\n"; }

int FailRun(const Status& status) {
  PrintError(status);
  return status.code() == Status::Code::kInvalidArgument ? kExitUsage : kExitInputsFailed;
}

}  // namespace

int RunIngestCommand(const IngestOptions& options, const IngestCommandFlags& flags) {
  // Sort the arguments and read the feed list before touching the database.
  std::vector<std::string> paths;
  std::vector<FetchSource> sources;
  if (!flags.feeds_file.empty()) {
    StatusOr<std::string> text = ReadFile(flags.feeds_file);
    if (!text.ok()) return FailRun(Status::InvalidArgument(text.status().message()));
    StatusOr<std::vector<FetchSource>> list = ParseFeedList(*text, flags.feeds_file);
    if (!list.ok()) return FailRun(list.status());
    sources = std::move(*list);
  }
  for (const std::string& arg : flags.args) {
    if (IsHttpUrl(arg)) {
      sources.push_back({.url = arg});
    } else {
      paths.push_back(arg);
    }
  }
  if (paths.empty() && sources.empty()) {
    return FailRun(Status::InvalidArgument("ingest: nothing to ingest (the feed list is empty)"));
  }
  if (flags.lock != "wait" && flags.lock != "fail" && flags.lock != "skip") {
    return FailRun(
        Status::InvalidArgument("--lock: expected wait, fail or skip, got '" + flags.lock + "'"));
  }
  std::optional<RunLock> lock;
  if (options.db_path != ":memory:") {
    StatusOr<RunLock> taken =
        RunLock::Acquire(options.db_path, flags.lock == "wait" ? LockMode::kWait : LockMode::kFail);
    if (!taken.ok()) {
      if (taken.status().code() == Status::Code::kUnavailable && flags.lock == "skip") {
        std::cerr << "newsgraph: skipped: " << taken.status().message() << "\n";
        return kExitOk;
      }
      PrintError(taken.status());
      return kExitInputsFailed;
    }
    lock.emplace(std::move(*taken));
  }
  g_stop.store(0);
  StopSignals signals;

  ProgressBar bar(!flags.quiet && isatty(STDERR_FILENO) != 0);
  int64_t failed = 0;
  const Reporter report = [&](const Status& s) {
    if (flags.quiet) return;
    bar.Clear();
    PrintError(s);
  };
  IngestOptions file_options = options;
  file_options.stop = &g_stop;
  IngestReport files;
  if (!paths.empty()) {
    StatusOr<IngestReport> r = IngestPaths(paths, file_options, report);
    if (!r.ok()) return FailRun(r.status());
    files = *r;
    failed += files.inputs_failed;
  }
  FetchIngestReport web;
  if (!sources.empty() && g_stop.load() == 0) {
    FetchIngestOptions fetch;
    fetch.db_path = options.db_path;
    fetch.lexicon = options.lexicon;
    fetch.analyzer = options.analyzer;
    fetch.refetch = flags.refetch;
    fetch.fetch.per_host_delay =
        std::chrono::milliseconds(static_cast<int64_t>(flags.delay_seconds * 1000));
    if (!flags.user_agent.empty()) fetch.fetch.user_agent = flags.user_agent;
    fetch.fetch.total_timeout =
        std::chrono::milliseconds(static_cast<int64_t>(flags.timeout_seconds * 1000));
    fetch.fetch.connect_timeout = std::min(fetch.fetch.connect_timeout, fetch.fetch.total_timeout);
    fetch.fetch.max_body_bytes = flags.max_bytes;
    fetch.fetch.deny_private_addresses = flags.deny_private_addresses;
    fetch.stop = &g_stop;
    fetch.progress = [&](const FetchProgress& p) { bar.Update(p); };
    StatusOr<FetchIngestReport> r = IngestSources(sources, fetch, report);
    if (!r.ok()) return FailRun(r.status());
    web = *r;
    failed += web.failed;
  }
  bar.Clear();

  const int signo = g_stop.load();
  char line[512];
  if (sources.empty()) {
    std::snprintf(line, sizeof line,
                  "ingested %lld new, %lld updated, %lld unchanged, %lld failed; %lld entities, "
                  "%lld relations in %.2f s -> %s",
                  static_cast<long long>(files.added), static_cast<long long>(files.updated),
                  static_cast<long long>(files.duplicates), static_cast<long long>(failed),
                  static_cast<long long>(files.entities), static_cast<long long>(files.relations),
                  files.seconds, options.db_path.c_str());
  } else {
    std::snprintf(
        line, sizeof line,
        "ingested %lld new, %lld updated, %lld unchanged, %lld duplicates, %lld failed; "
        "%lld feeds checked, %lld not modified (304), %lld known URLs skipped; %lld entities, "
        "%lld relations in %.2f s -> %s",
        static_cast<long long>(files.added + web.added),
        static_cast<long long>(files.updated + web.updated),
        static_cast<long long>(files.duplicates), static_cast<long long>(web.duplicates),
        static_cast<long long>(failed), static_cast<long long>(web.feeds_checked),
        static_cast<long long>(web.not_modified), static_cast<long long>(web.known),
        static_cast<long long>(files.entities + web.entities),
        static_cast<long long>(files.relations + web.relations), files.seconds + web.seconds,
        options.db_path.c_str());
  }
  std::cerr << line;
  if (signo != 0) std::cerr << "; stopped by " << (signo == SIGINT ? "SIGINT" : "SIGTERM");
  std::cerr << "\n";
  if (signo != 0) return 128 + signo;
  return failed > 0 ? kExitInputsFailed : kExitOk;
}

}  // namespace ng::app
