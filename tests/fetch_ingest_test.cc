// End-to-end tests of `newsgraph ingest --feeds FILE` and `newsgraph ingest
// URL...`: the built binary against the real local HTTP server
// (tests/http_test_server.py on 127.0.0.1) and a real SQLite file. What cron
// users rely on: unchanged feeds cost a 304 and change nothing, overlapping
// runs never both write, SIGKILL at any moment leaves a whole database that
// the next run completes, and a bad feed fails alone.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <spawn.h>
#include <sqlite3.h>
#include <sys/file.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <random>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "app/fetch_pipeline.h"
#include "base/sha256.h"
#include "ingest/fetch_test_server.h"
#include "ingest/fetcher.h"
#include "tests/cli_runner.h"

extern char** environ;

namespace ng {
namespace {

namespace fs = std::filesystem;

using ng::testing::FreshTestDir;
using ng::testing::ReadAll;

// Rows of a query, columns separated by '|', one row a line.
std::string Query(const std::string& db_path, const std::string& sql) {
  sqlite3* db = nullptr;
  std::string out;
  if (sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    sqlite3_close(db);
    return "<cannot open " + db_path + ">";
  }
  sqlite3_busy_timeout(db, 10000);
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) != SQLITE_OK) {
    out = std::string("<") + sqlite3_errmsg(db) + ">";
  } else {
    while (sqlite3_step(st) == SQLITE_ROW) {
      for (int i = 0; i < sqlite3_column_count(st); ++i) {
        if (i) out += '|';
        const auto* t = reinterpret_cast<const char*>(sqlite3_column_text(st, i));
        out += t == nullptr ? "NULL" : t;
      }
      out += '\n';
    }
  }
  sqlite3_finalize(st);
  sqlite3_close(db);
  return out;
}

int64_t Count(const std::string& db, const std::string& sql) {
  return std::atoll(Query(db, sql).c_str());
}

// Every table's content in a fixed order, without the times a run writes
// (ingested_at, created_at, first_seen/last_seen, fetch times): what must be
// equal between "one run" and "the same run twice / interleaved".
std::string Dump(const std::string& db) {
  std::string out;
  for (const char* sql :
       {"SELECT id, source, url, canonical_url, title, lang, published_at, modified_at, authors, "
        "site_name, charset, content_hash, text, duplicate_of, simhash FROM articles ORDER BY id",
        "SELECT id, name, type, name_key FROM entities ORDER BY id",
        "SELECT entity_id, alias, alias_key, lang FROM aliases ORDER BY entity_id, alias",
        "SELECT * FROM mentions ORDER BY id",
        "SELECT id, source_id, target_id, type, modality FROM relations ORDER BY id",
        "SELECT * FROM relation_evidence ORDER BY relation_id, article_id, sentence_index",
        "SELECT url, kind, etag, last_modified, status, content_hash, article_id, last_error "
        "FROM fetch_state ORDER BY url"}) {
    out += std::string(sql) + "\n" + Query(db, sql);
  }
  return out;
}

struct Result {
  int exit_code = -1;  // 128 + signal when killed by a signal
  std::string err;
};

class FetchIngestTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const char* bin = std::getenv("NEWSGRAPH_BIN");
    const char* src = std::getenv("NEWSGRAPH_SOURCE_DIR");
    bin_ = bin != nullptr ? bin : NEWSGRAPH_BIN_DEFAULT;
    src_ = src != nullptr ? src : NEWSGRAPH_SOURCE_DIR_DEFAULT;
    dir_ = FreshTestDir("fetch-ingest");
    db_ = (dir_ / "news.db").string();
    auto server = ingest::TestHttpServer::Start(src_);
    if (!server.ok()) GTEST_SKIP() << server.status().message();
    server_ = std::move(*server);
  }
  void TearDown() override {
    server_.reset();
    fs::remove_all(dir_);
  }

  std::string Url(const std::string& path) const { return server_->Url(path); }

  // Writes a feed list of server paths (and settings after a space).
  std::string FeedList(const std::vector<std::string>& lines, const std::string& name = "feeds") {
    std::string text = "# test feeds\n";
    for (const std::string& l : lines) text += Url(l) + "\n";
    const fs::path p = dir_ / (name + ".txt");
    std::ofstream(p) << text;
    return p.string();
  }

  // Starts the binary with stdout and stderr to files; returns its pid.
  pid_t Start(const std::vector<std::string>& args, const std::string& tag = "run") {
    std::vector<std::string> argv_s = {bin_};
    argv_s.insert(argv_s.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (std::string& a : argv_s) argv.push_back(a.data());
    argv.push_back(nullptr);
    const std::string out = (dir_ / (tag + ".out")).string();
    const std::string err = (dir_ / (tag + ".err")).string();
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, STDOUT_FILENO, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0644);
    posix_spawn_file_actions_addopen(&fa, STDERR_FILENO, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0644);
    pid_t pid = -1;
    const int rc = posix_spawn(&pid, bin_.c_str(), &fa, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&fa);
    EXPECT_EQ(rc, 0) << bin_;
    return pid;
  }

  Result Wait(pid_t pid, const std::string& tag = "run") {
    int status = 0;
    waitpid(pid, &status, 0);
    Result r;
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    r.err = ReadAll(dir_ / (tag + ".err"));
    return r;
  }

  Result Run(const std::vector<std::string>& args) { return Wait(Start(args)); }

  // ingest --db news.db --delay 0 <args>
  Result Ingest(std::vector<std::string> args) {
    args.insert(args.begin(), {"ingest", "--db", db_, "--delay", "0"});
    return Run(args);
  }

  // "<status> <bytes> <path>" per response the server sent so far.
  std::vector<std::string> Sent() {
    ingest::CurlFetcherOptions o;
    o.obey_robots = false;
    o.per_host_delay = std::chrono::milliseconds(0);
    ingest::CurlFetcher fetcher(o);
    ingest::FetchResult r = fetcher.Fetch({.url = Url("/_sent")});
    EXPECT_TRUE(r.ok()) << r.error.message();
    std::vector<std::string> lines;
    std::istringstream in(r.body);
    for (std::string l; std::getline(in, l);) lines.push_back(l);
    return lines;
  }

  std::string IntegrityCheck() { return Query(db_, "PRAGMA integrity_check"); }

  std::string bin_, src_, db_;
  fs::path dir_;
  std::unique_ptr<ingest::TestHttpServer> server_;
};

TEST_F(FetchIngestTest, SecondRunOverUnchangedFeedsFetchesNoBodyAndChangesNothing) {
  const std::string feeds =
      FeedList({"/news/a/feed.xml?n=6", "/news/wire/feed.xml?n=4", "/feeds/euckr.xml"});
  Result first = Ingest({"--feeds", feeds});
  // /feeds/euckr.xml links to a page the server does not have (404).
  EXPECT_EQ(first.exit_code, 1) << first.err;
  EXPECT_NE(first.err.find("fetch " + Url("/news/100") + ": HTTP 404"), std::string::npos)
      << first.err;
  ASSERT_EQ(Count(db_, "SELECT count(*) FROM articles WHERE source LIKE '%/news/a/story/%'"), 6);
  const std::string before = Dump(db_);
  const size_t sent_before = Sent().size();

  Result second = Ingest({"--feeds", feeds, "--quiet"});
  EXPECT_EQ(second.exit_code, 0) << second.err;
  EXPECT_NE(second.err.find("3 feeds checked, 3 not modified (304)"), std::string::npos)
      << second.err;
  // --quiet: exactly one line.
  EXPECT_EQ(std::count(second.err.begin(), second.err.end(), '\n'), 1) << second.err;
  const std::vector<std::string> sent = Sent();
  ASSERT_GT(sent.size(), sent_before);
  for (size_t i = sent_before; i < sent.size(); ++i) {
    if (sent[i].find("/robots.txt") != std::string::npos) continue;
    EXPECT_EQ(sent[i].rfind("304 0 /", 0), 0u) << "second run downloaded a body: " << sent[i];
    EXPECT_EQ(sent[i].find("/story/"), std::string::npos) << sent[i];
  }
  EXPECT_EQ(Sha256Hex(Dump(db_)), Sha256Hex(before));
  EXPECT_EQ(IntegrityCheck(), "ok\n");
}

TEST_F(FetchIngestTest, UrlArgumentsAreClassifiedFromTheResponseAndMixWithFiles) {
  std::ofstream(dir_ / "local.txt")
      << "Local note\nSamsung Electronics signed a deal with Google.\n";
  Result r = Ingest({Url("/pages/article-euckr.html"), (dir_ / "local.txt").string(),
                     Url("/news/a/feed.xml?n=2")});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("ingested 4 new"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("1 feeds checked"), std::string::npos) << r.err;
  // The EUC-KR page decodes.
  EXPECT_EQ(Query(db_, "SELECT charset, title LIKE '%도서관%' FROM articles WHERE source = '" +
                           Url("/pages/article-euckr.html") + "'"),
            "windows-949|1\n");
  EXPECT_EQ(Query(db_, "SELECT kind, status FROM fetch_state WHERE url = '" +
                           Url("/news/a/feed.xml?n=2") + "'"),
            "feed|200\n");
  // A known article URL is not fetched again; --refetch asks with its ETag (304).
  const size_t sent = Sent().size();
  r = Ingest({Url("/pages/article-euckr.html")});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("1 known URLs skipped"), std::string::npos) << r.err;
  EXPECT_EQ(Sent().size(), sent);
  r = Ingest({"--refetch", Url("/pages/article-euckr.html")});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(Sent().back(), "304 0 /pages/article-euckr.html");
}

TEST_F(FetchIngestTest, SitemapsAndHomepagesLeadToTheirArticles) {
  Result r = Ingest({Url("/news/a/sitemap.xml?n=3"), Url("/news/b/")});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  // 3 stories from the sitemap, 2 from the feed the homepage advertises.
  EXPECT_NE(r.err.find("ingested 5 new"), std::string::npos) << r.err;
  EXPECT_EQ(
      Query(db_, "SELECT url, kind FROM fetch_state WHERE kind <> 'page' ORDER BY url"),
      Url("/news/a/sitemap.xml?n=3") + "|sitemap\n" + Url("/news/b/feed.xml?n=2") + "|feed\n");
}

TEST_F(FetchIngestTest, PrivateAddressesAreRefusedWhenAsked) {
  Result r = Ingest({"--deny-private-addresses", Url("/news/a/feed.xml?n=1")});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("refused to connect to private address 127.0.0.1"), std::string::npos)
      << r.err;
  EXPECT_EQ(Count(db_, "SELECT count(*) FROM articles"), 0);
}

TEST_F(FetchIngestTest, EucKrFeedDecodes) {
  Result r = Ingest({Url("/feeds/euckr.xml")});
  EXPECT_EQ(r.exit_code, 1) << r.err;  // its one item links to a missing page
  EXPECT_NE(r.err.find("1 feeds checked"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(Url("/news/100") + ": HTTP 404"), std::string::npos) << r.err;
}

TEST_F(FetchIngestTest, CopiesOfAStoryAreLinkedToTheFirstCopyAndAddNoFacts) {
  Result r = Ingest({Url("/news/a/feed.xml?n=4"), Url("/news/wire/feed.xml?n=4"),
                     Url("/news/mirror/feed.xml?n=4")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // Mirror pages name site a's page as canonical: linked, never stored twice.
  EXPECT_EQ(Count(db_, "SELECT count(*) FROM articles WHERE source LIKE '%/mirror/%'"), 0);
  EXPECT_EQ(Query(db_,
                  "SELECT count(*) FROM fetch_state f JOIN articles a ON a.id = f.article_id "
                  "WHERE f.url LIKE '%/mirror/story/%' AND a.source LIKE '%/news/a/story/%'"),
            "4\n");
  // Wire copies (a credit line added) of stories 0 and 2 are near duplicates
  // (SimHash within 3 bits) of site a's stories; they carry no mentions.
  for (int i : {0, 2}) {
    EXPECT_EQ(Query(db_,
                    "SELECT o.source FROM articles d JOIN articles o ON o.id = d.duplicate_of "
                    "WHERE d.source = '" +
                        Url("/news/wire/story/" + std::to_string(i)) + "'"),
              Url("/news/a/story/" + std::to_string(i)) + "\n");
  }
  EXPECT_EQ(Count(db_,
                  "SELECT count(*) FROM mentions m JOIN articles a ON a.id = m.article_id "
                  "WHERE a.duplicate_of IS NOT NULL"),
            0);
  EXPECT_GT(Count(db_, "SELECT count(*) FROM mentions"), 0);
}

TEST_F(FetchIngestTest, BrokenFeedsFailAloneWithClearMessages) {
  const std::string feeds =
      FeedList({"/feeds/bomb.xml", "/endless", "/loop/0", "/news/a/feed.xml?n=3", "/status/500"});
  const auto start = std::chrono::steady_clock::now();
  Result r = Ingest({"--feeds", feeds, "--max-bytes", "4000000"});
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("feed " + Url("/feeds/bomb.xml") +
                       ": line 14: Detected an entity "
                       "reference loop"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("fetch " + Url("/endless") + ": response body over 4000000 bytes"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("fetch " + Url("/loop/0") + ": more than 5 redirects"), std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("ingested 3 new"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("4 failed"), std::string::npos) << r.err;
  EXPECT_LT(seconds, 20);  // bounded: the caps stop the bodies, not a timeout
  EXPECT_EQ(Count(db_, "SELECT count(*) FROM articles"), 3);
  EXPECT_EQ(Query(db_, "SELECT last_error FROM fetch_state WHERE url = '" + Url("/loop/0") + "'"),
            "fetch " + Url("/loop/0") + ": more than 5 redirects\n");
}

TEST_F(FetchIngestTest, ARunFindingTheDatabaseLockedFailsSkipsOrWaits) {
  const std::string feeds = FeedList({"/news/a/feed.xml?n=2"});
  const int fd = open((db_ + ".lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  ASSERT_GE(fd, 0);
  ASSERT_EQ(flock(fd, LOCK_EX), 0);
  ASSERT_EQ(write(fd, "4242\n", 5), 5);
  Result r = Ingest({"--feeds", feeds});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "newsgraph: " + db_ +
                       " is being written by another newsgraph run (pid 4242, lock " + db_ +
                       ".lock); use --lock wait to wait for it\n");
  r = Ingest({"--feeds", feeds, "--lock", "skip", "-q"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.err.rfind("newsgraph: skipped: ", 0), 0u) << r.err;
  EXPECT_EQ(Count(db_, "SELECT count(*) FROM articles"), 0);

  const pid_t waiting =
      Start({"ingest", "--db", db_, "--delay", "0", "--feeds", feeds, "--lock", "wait"});
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
  EXPECT_EQ(waitpid(waiting, nullptr, WNOHANG), 0) << "--lock wait did not wait";
  close(fd);  // releases the lock
  r = Wait(waiting);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(Count(db_, "SELECT count(*) FROM articles"), 2);
}

TEST_F(FetchIngestTest, TwoRunsStartedAtOnceStoreWhatOneRunStores) {
  const std::string feeds = FeedList({"/news/a/feed.xml?n=5", "/news/slow/feed.xml?n=5"});
  // Reference: one run on its own database.
  const std::string reference_db = (dir_ / "reference.db").string();
  Result ref = Run({"ingest", "--db", reference_db, "--delay", "0", "--feeds", feeds});
  ASSERT_EQ(ref.exit_code, 0) << ref.err;
  const std::string reference = Dump(reference_db);

  for (const std::string mode : {"fail", "wait"}) {
    SCOPED_TRACE("--lock " + mode);
    fs::remove(db_);
    fs::remove(db_ + "-wal");
    fs::remove(db_ + "-shm");
    std::vector<std::string> args = {"ingest",  "--db", db_,      "--delay", "0",
                                     "--feeds", feeds,  "--lock", mode};
    const pid_t a = Start(args, "a");
    const pid_t b = Start(args, "b");
    const Result ra = Wait(a, "a"), rb = Wait(b, "b");
    int ok = 0;
    for (const Result* r : {&ra, &rb}) {
      if (r->exit_code == 0) {
        ++ok;
      } else {
        EXPECT_EQ(mode, "fail");
        EXPECT_EQ(r->exit_code, 1) << r->err;
        EXPECT_NE(r->err.find("is being written by another newsgraph run"), std::string::npos)
            << r->err;
      }
    }
    EXPECT_GE(ok, 1);
    EXPECT_EQ(Sha256Hex(Dump(db_)), Sha256Hex(reference));
  }
}

TEST_F(FetchIngestTest, RunsKilledAtRandomMomentsLeaveAWholeDatabaseThatTheNextRunCompletes) {
  std::random_device seed_source;
  const unsigned seed = seed_source();
  SCOPED_TRACE("seed " + std::to_string(seed));
  std::mt19937 rng(seed);
  // Pages of the "slow" site take 0.15 s each: a kill lands in the middle of
  // fetching, analysing or writing. Every round the feed lists more stories.
  int stories = 0;
  int mid_write = 0;  // kills after some but not all of the round's articles were stored
  // Kills land within about one whole run (measured on the normal runs, so
  // that slow builds such as ASan get a longer window).
  int window_ms = 700;
  for (int round = 0; round < 20; ++round) {
    stories += 3;
    const std::string feeds =
        FeedList({"/news/slow/feed.xml?n=" + std::to_string(stories)}, "feeds");
    const pid_t pid =
        Start({"ingest", "--db", db_, "--delay", "0", "--feeds", feeds, "-q"}, "killed");
    std::this_thread::sleep_for(
        std::chrono::milliseconds(std::uniform_int_distribution<int>(20, window_ms)(rng)));
    kill(pid, SIGKILL);
    Wait(pid, "killed");
    ASSERT_EQ(IntegrityCheck(), "ok\n") << "round " << round;
    const int64_t after_kill = Count(db_, "SELECT count(*) FROM articles");
    if (after_kill > stories - 3 && after_kill < stories) ++mid_write;
    const auto start = std::chrono::steady_clock::now();
    Result r = Ingest({"--feeds", feeds, "-q"});
    window_ms =
        std::max(700, static_cast<int>(std::chrono::duration_cast<std::chrono::milliseconds>(
                                           std::chrono::steady_clock::now() - start)
                                           .count()));
    ASSERT_EQ(r.exit_code, 0) << "round " << round << ": " << r.err;
    ASSERT_EQ(IntegrityCheck(), "ok\n") << "round " << round;
    ASSERT_EQ(Query(db_,
                    "SELECT count(*), count(DISTINCT source), count(DISTINCT content_hash) "
                    "FROM articles"),
              std::to_string(stories) + "|" + std::to_string(stories) + "|" +
                  std::to_string(stories) + "\n")
        << "round " << round;
  }
  EXPECT_EQ(Count(db_,
                  "SELECT count(*) FROM fetch_state WHERE kind = 'page' AND article_id IS "
                  "NOT NULL"),
            stories);
  // The kills did land while a run was writing (not only before or after).
  EXPECT_GE(mid_write, 1);
  RecordProperty("kills_mid_write", mid_write);
  // Every article was analysed once: no mention is stored twice.
  EXPECT_EQ(Count(db_,
                  "SELECT count(*) FROM (SELECT article_id, start_byte, entity_id FROM "
                  "mentions GROUP BY 1, 2, 3 HAVING count(*) > 1)"),
            0);
}

TEST_F(FetchIngestTest, SigtermFinishesTheArticleInHandAndTheNextRunGoesOn) {
  const std::string feeds = FeedList({"/news/slow/feed.xml?n=30"});
  const pid_t pid = Start({"ingest", "--db", db_, "--delay", "0", "--feeds", feeds});
  std::this_thread::sleep_for(std::chrono::milliseconds(1200));
  kill(pid, SIGTERM);
  const Result r = Wait(pid);
  EXPECT_EQ(r.exit_code, 143) << r.err;
  EXPECT_NE(r.err.find("; stopped by SIGTERM\n"), std::string::npos) << r.err;
  EXPECT_EQ(IntegrityCheck(), "ok\n");
  const int64_t stored = Count(db_, "SELECT count(*) FROM articles");
  EXPECT_LT(stored, 30);
  // The feed's validators were not saved: the next run downloads it again.
  EXPECT_EQ(Query(db_, "SELECT etag IS NULL FROM fetch_state WHERE kind = 'feed'"), "1\n");
  const Result next = Ingest({"--feeds", feeds});
  EXPECT_EQ(next.exit_code, 0) << next.err;
  EXPECT_NE(next.err.find("ingested " + std::to_string(30 - stored) + " new"), std::string::npos)
      << next.err;
  EXPECT_EQ(Count(db_, "SELECT count(*) FROM articles"), 30);
}

TEST_F(FetchIngestTest, PerFeedDelayIsKeptBetweenRequestsToItsHost) {
  const std::string feeds = FeedList({"/news/a/feed.xml?n=4 delay=300ms"});
  Result r = Ingest({"--feeds", feeds});  // --delay 0 for every other host
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<double> times;
  for (const ingest::TestHttpServer::LogLine& l : server_->ReadLog()) {
    if (l.path.find("/news/a/") != std::string::npos) times.push_back(l.time);
  }
  ASSERT_EQ(times.size(), 5u);  // the feed and its 4 stories
  for (size_t i = 1; i < times.size(); ++i) {
    EXPECT_GE(times[i] - times[i - 1], 0.29) << "request " << i;
  }
}

TEST_F(FetchIngestTest, NoProgressBarWhenStderrIsNotATerminal) {
  Result r = Ingest({Url("/news/a/feed.xml?n=2")});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err.find('\r'), std::string::npos) << r.err;
}

TEST_F(FetchIngestTest, BadFeedListsAreUsageErrors) {
  std::ofstream(dir_ / "bad.txt") << Url("/news/a/feed.xml") << "\n"
                                  << Url("/news/b/feed.xml") << " speed=fast\n";
  Result r = Ingest({"--feeds", (dir_ / "bad.txt").string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "newsgraph: " + (dir_ / "bad.txt").string() +
                       ":2: unknown setting 'speed' (known: delay, max-items)\n");
  r = Ingest({"--feeds", (dir_ / "missing.txt").string()});
  EXPECT_EQ(r.exit_code, 2);
  r = Run({"ingest", "--db", db_, "--lock", "sometimes", Url("/x")});
  EXPECT_EQ(r.exit_code, 2);
}

// The pipeline in process, over FakeFetcher: a feed's validators wait until
// every page it lists is in.
TEST(FetchPipelineTest, FeedValidatorsAreSavedOnlyOnceEveryPageIsIn) {
  const fs::path dir = fs::path(::testing::TempDir()) / ("pipeline-" + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  const std::string feed = "http://n.example/rss";
  auto page = [](int i) {
    std::string html = "<html><head><title>Story " + std::to_string(i) + "</title></head><body>";
    for (int p = 0; p < 4; ++p) {
      html += "<p>Samsung Electronics said on day " + std::to_string(i * 10 + p) +
              " that it signed a long partnership with Google, and analysts expect more.</p>";
    }
    return html + "</body></html>";
  };
  ingest::FakeFetcher fake;
  fake.Add(feed, {.body = "<rss version=\"2.0\"><channel><title>N</title>"
                          "<item><link>/1</link></item><item><link>/2</link></item>"
                          "</channel></rss>",
                  .content_type = "application/rss+xml",
                  .etag = "\"v1\""});
  fake.Add("http://n.example/1", {.body = page(1), .content_type = "text/html"});
  fake.Add("http://n.example/2", {.status_code = 503});
  app::FetchIngestOptions options;
  options.db_path = (dir / "p.db").string();
  options.fetcher = &fake;
  std::vector<std::string> messages;
  const app::Reporter report = [&](const Status& s) { messages.push_back(s.message()); };
  const std::vector<app::FetchSource> sources = {{.url = feed, .from_feed_list = true}};

  StatusOr<app::FetchIngestReport> r = app::IngestSources(sources, options, report);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->added, 1);
  EXPECT_EQ(r->failed, 1);
  EXPECT_EQ(messages, std::vector<std::string>{"fetch http://n.example/2: HTTP 503"});
  EXPECT_EQ(
      Query(options.db_path, "SELECT etag IS NULL FROM fetch_state WHERE url = '" + feed + "'"),
      "1\n");

  // The page is back: the feed is downloaded again (no If-None-Match), page 1
  // is known and not requested, page 2 is stored, and the validators saved.
  fake.Add("http://n.example/2", {.body = page(2), .content_type = "text/html"});
  const size_t before = fake.requests().size();
  r = app::IngestSources(sources, options, report);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->added, 1);
  EXPECT_EQ(r->known, 1);
  ASSERT_EQ(fake.requests().size(), before + 2);
  EXPECT_EQ(fake.requests()[before].etag, "");
  EXPECT_EQ(fake.requests()[before + 1].url, "http://n.example/2");
  EXPECT_EQ(Query(options.db_path, "SELECT etag FROM fetch_state WHERE url = '" + feed + "'"),
            "\"v1\"\n");

  // Unchanged: one conditional request, a 304, nothing else.
  r = app::IngestSources(sources, options, report);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->not_modified, 1);
  EXPECT_EQ(fake.requests().size(), before + 3);
  EXPECT_EQ(fake.requests().back().etag, "\"v1\"");
  fs::remove_all(dir);
}

// ParseFeedList, in process.
TEST(FeedListTest, SettingsCommentsAndBlankLinesAreRead) {
  StatusOr<std::vector<app::FetchSource>> list = app::ParseFeedList(
      "# news\n\nhttps://a.example/rss  delay=5s max-items=20  # slow site\n"
      "http://b.example/feed#frag delay=250ms\r\n  https://c.example/atom\tdelay=1.5\n",
      "f.txt");
  ASSERT_TRUE(list.ok()) << list.status().message();
  ASSERT_EQ(list->size(), 3u);
  EXPECT_EQ((*list)[0].url, "https://a.example/rss");
  EXPECT_EQ((*list)[0].delay, std::chrono::milliseconds(5000));
  EXPECT_EQ((*list)[0].max_items, 20u);
  EXPECT_EQ((*list)[1].url, "http://b.example/feed#frag");
  EXPECT_EQ((*list)[1].delay, std::chrono::milliseconds(250));
  EXPECT_EQ((*list)[2].delay, std::chrono::milliseconds(1500));
  EXPECT_TRUE((*list)[2].from_feed_list);
}

TEST(FeedListTest, ErrorsNameTheFileAndLine) {
  const std::pair<const char*, const char*> cases[] = {
      {"ftp://x.example/rss\n", "f.txt:1: 'ftp://x.example/rss' is not an http or https URL"},
      {"\nhttp://x/ delay=soon\n", "f.txt:2: bad delay 'soon' (examples: delay=5s, delay=500ms)"},
      {"http://x/ max-items=-1\n", "f.txt:1: bad max-items '-1'"},
      {"http://x/ speed=1\n", "f.txt:1: unknown setting 'speed' (known: delay, max-items)"},
  };
  for (const auto& [text, message] : cases) {
    StatusOr<std::vector<app::FetchSource>> list = app::ParseFeedList(text, "f.txt");
    ASSERT_FALSE(list.ok()) << text;
    EXPECT_EQ(list.status().message(), message);
  }
}

}  // namespace
}  // namespace ng
