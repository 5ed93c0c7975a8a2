// End-to-end tests of `newsgraph ingest --jobs N` (app/pipeline.h): the built
// binary on a folder of generated Korean and English articles. The writer
// stores articles in input order, so the graph is the same for any N.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "tests/cli_runner.h"

namespace {

namespace fs = std::filesystem;

using ng::testing::FreshTestDir;
using ng::testing::Quote;
using ng::testing::ReadAll;
using ng::testing::Result;
using ng::testing::WriteFile;

// The part of the summary line that does not depend on time or the path.
std::string Counts(const std::string& err) {
  const size_t at = err.rfind("ingested ");
  if (at == std::string::npos) return "";
  return err.substr(at, err.find(" in ", at) - at);
}

struct Org {
  const char* en;
  const char* ko;
};
constexpr Org kOrgs[] = {{"Samsung Electronics", "삼성전자"},
                         {"SK Hynix", "SK하이닉스"},
                         {"OpenAI", "오픈AI"},
                         {"Nvidia", "엔비디아"},
                         {"Google", "구글"},
                         {"Microsoft", "마이크로소프트"},
                         {"Tesla", "테슬라"},
                         {"Naver", "네이버"},
                         {"Kakao", "카카오"}};
constexpr size_t kNumOrgs = std::size(kOrgs);

class ParallelIngestTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const char* bin = std::getenv("NEWSGRAPH_BIN");
    if (bin == nullptr) bin = NEWSGRAPH_BIN_DEFAULT;
    bin_ = bin;
    dir_ = FreshTestDir("parallel");
    fs::create_directories(dir_ / "news");
  }
  void TearDown() override { fs::remove_all(dir_); }

  Result Run(const std::string& args) { return ng::testing::RunBinary(bin_, args, dir_); }

  void Write(const std::string& name, const std::string& bytes) { WriteFile(dir_ / name, bytes); }

  std::string Path(const std::string& name) const { return (dir_ / name).string(); }

  // Writes `n` small articles under news/: Korean and English, pages, text
  // files and a JSON Lines file, some naming an organisation first in Korean
  // and later in English (the canonical name then depends on input order),
  // one exact copy of another.
  void WriteCorpus(int n) {
    std::string jsonl;
    for (int i = 0; i < n; ++i) {
      const Org& a = kOrgs[i % kNumOrgs];
      const Org& b = kOrgs[(i * 4 + 1) % kNumOrgs];  // never a
      char name[32];
      std::snprintf(name, sizeof name, "%03d", i);
      if (i % 3 == 0) {
        Write(std::string("news/") + name + "-ko.html",
              std::string("<html lang=ko><head><title>") + a.ko + " 소식 " + name +
                  "</title></head><body><article><h1>" + a.ko + " 소식 " + name + "</h1><p>" +
                  a.ko + "는 " + b.ko + "와 협력하기로 했다고 " + name +
                  "일 밝혔다. 양사는 인공지능 반도체 분야에서 함께 일한다.</p><p>" + b.ko + "는 " +
                  a.ko + "에 투자했다.</p></article></body></html>");
      } else if (i % 3 == 1) {
        Write(std::string("news/") + name + "-en.txt",
              std::string(a.en) + " news " + name + "\n\n" + a.en + " partners with " + b.en +
                  " on chips, the companies said on day " + name + ".\n\n" + b.en +
                  " invested in " + a.en + ".\n");
      } else {
        jsonl += std::string("{\"id\":\"") + name + "\",\"title\":\"" + a.ko + " " + b.en + " " +
                 name + "\",\"text\":\"" + a.ko + "는 " + b.ko + "를 인수했다. " + a.en +
                 " acquired " + b.en + ".\",\"lang\":\"ko\"}\n";
      }
    }
    Write("news/lines.jsonl", jsonl);
    // An exact copy: stored once, counted as unchanged.
    Write("news/zzz-copy.txt", ReadAll(dir_ / "news/001-en.txt"));
  }

  std::string bin_;
  fs::path dir_;
};

TEST_F(ParallelIngestTest, ExportAndStatsAreTheSameWithOneOrFourJobs) {
  WriteCorpus(60);
  std::string exports[2], stats[2], counts[2];
  const int jobs[2] = {1, 4};
  for (int k = 0; k < 2; ++k) {
    const std::string db = Path("j" + std::to_string(jobs[k]) + ".db");
    const Result in = Run("ingest --db " + Quote(db) + " --jobs " + std::to_string(jobs[k]) + " " +
                          Quote(Path("news")));
    ASSERT_EQ(in.exit_code, 0) << in.err;
    counts[k] = Counts(in.err);
    const Result ex = Run("export --db " + Quote(db) + " --format json");
    ASSERT_EQ(ex.exit_code, 0) << ex.err;
    exports[k] = ex.out;
    const Result st = Run("stats --db " + Quote(db) + " --json");
    ASSERT_EQ(st.exit_code, 0) << st.err;
    stats[k] = st.out;
  }
  EXPECT_NE(counts[0].find("ingested 60 new, 0 updated, 1 unchanged, 0 failed"), std::string::npos)
      << counts[0];
  EXPECT_EQ(counts[0], counts[1]);
  EXPECT_GT(exports[0].size(), 1000u);
  EXPECT_NE(exports[0].find("Samsung Electronics"), std::string::npos);
  EXPECT_EQ(exports[0], exports[1]);
  EXPECT_EQ(stats[0], stats[1]);
}

TEST_F(ParallelIngestTest, SecondRunWithManyJobsFindsEverythingStored) {
  WriteCorpus(30);
  const std::string db = Path("graph.db");
  ASSERT_EQ(Run("ingest --db " + Quote(db) + " --jobs 3 " + Quote(Path("news"))).exit_code, 0);
  const std::string first = Run("export --db " + Quote(db) + " --format json").out;
  const Result again = Run("ingest --db " + Quote(db) + " --jobs 3 " + Quote(Path("news")));
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.err.find("ingested 0 new, 0 updated, 31 unchanged, 0 failed"), std::string::npos)
      << again.err;
  EXPECT_EQ(Run("export --db " + Quote(db) + " --format json").out, first);
}

TEST_F(ParallelIngestTest, BadFileAmongManyIsReportedAndTheOthersAreStored) {
  WriteCorpus(40);
  Write("news/017-broken.html", "<html><body><nav><a href=/>home</a></nav></body></html>");
  Write("news/018-empty.txt", "");
  const std::string db = Path("graph.db");
  const Result in = Run("ingest --db " + Quote(db) + " --jobs 4 " + Quote(Path("news")));
  EXPECT_EQ(in.exit_code, 1);
  EXPECT_NE(in.err.find("newsgraph: " + Path("news/017-broken.html") + ": no article text found\n"),
            std::string::npos)
      << in.err;
  EXPECT_NE(in.err.find("newsgraph: " + Path("news/018-empty.txt") + ": "), std::string::npos)
      << in.err;
  // Errors come in input order, as with one job.
  EXPECT_LT(in.err.find("017-broken.html"), in.err.find("018-empty.txt"));
  EXPECT_NE(in.err.find("ingested 40 new, 0 updated, 1 unchanged, 2 failed"), std::string::npos)
      << in.err;
  const Result st = Run("stats --db " + Quote(db) + " --json");
  ASSERT_EQ(st.exit_code, 0) << st.err;
  EXPECT_NE(st.out.find("\"articles\": 40,"), std::string::npos) << st.out;
}

TEST_F(ParallelIngestTest, SigtermStopsAfterTheArticlesInHandAndTheNextRunCompletes) {
  WriteCorpus(2000);
  const std::string clean_db = Path("clean.db"), db = Path("graph.db");
  ASSERT_EQ(Run("ingest --db " + Quote(clean_db) + " --jobs 2 " + Quote(Path("news"))).exit_code,
            0);
  const std::string clean = Run("export --db " + Quote(clean_db) + " --format json").out;

  const pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    const std::string err = Path("stderr-killed");
    if (freopen(err.c_str(), "w", stderr) == nullptr) _exit(127);
    execl(bin_.c_str(), bin_.c_str(), "ingest", "--db", db.c_str(), "--jobs", "3",
          Path("news").c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  kill(pid, SIGTERM);
  int status = 0;
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  ASSERT_TRUE(WIFEXITED(status));
  const std::string err = ReadAll(dir_ / "stderr-killed");
  if (WEXITSTATUS(status) == 143) {
    EXPECT_NE(err.find("; stopped by SIGTERM\n"), std::string::npos) << err;
  } else {
    EXPECT_EQ(WEXITSTATUS(status), 0) << err;  // a fast machine finished first
  }
  ASSERT_EQ(Run("ingest --db " + Quote(db) + " --jobs 2 " + Quote(Path("news"))).exit_code, 0);
  EXPECT_EQ(Run("export --db " + Quote(db) + " --format json").out, clean);
}

TEST_F(ParallelIngestTest, NegativeJobsIsAUsageError) {
  WriteCorpus(3);
  const Result r = Run("ingest --db " + Quote(Path("g.db")) + " --jobs -2 " + Quote(Path("news")));
  EXPECT_EQ(r.exit_code, 2) << r.err;
}

}  // namespace
