// pipeline_bench: the whole ingest pipeline against the HTML parser alone, on
// the same pages in the same run.
//
//   pipeline_bench [--pages DIR...] [--repeat K] [--jobs N] [--rounds R]
//                  [--batch-articles N] [--batch-ms MS]
//
// Reads the .html pages of every DIR (default: ../shared/corpus/extraction/html
// and ../shared/corpus/ko/html) into memory and times, stage by stage:
//   gumbo     gumbo_parse + gumbo_destroy_output only (the physical limit),
//             on the whole pages; for the record also on the pages as the
//             extractor hands them to gumbo, decoded and without script and
//             style bodies (ingest/html_prune.h);
//   extract   ingest::ExtractHtml (decode, depth check, parse, walk, metadata);
//   nlp       NormalizeText + nlp::Analyzer::Analyze on the extracted text;
//   db        db::Store::AddArticle of those extractions into a fresh database,
//             batched as the pipeline batches them;
// then runs app::IngestPaths on the files into fresh databases with --jobs 1
// and --jobs N (default 2), each in a child process of its own (this binary
// again) so that their peak RSS (VmHWM) do not mix; the fastest of R runs. With --repeat K the end-
// to-end runs also ingest K copies of every page under new names, each copy
// with a marker sentence in its paragraphs so that dedup does not skip it:
// peak RSS should not grow with K. Stage figures are the best of R rounds.
//
// A benchmark prints figures, it never fails on time. Exits 0 with a note when
// the corpus is absent. --batch-articles and --batch-ms set the writer's
// batching in the end-to-end runs (app::IngestOptions). Other processes on the machine skew the
// figures: the load average is printed first.
#include <gumbo.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "app/pipeline.h"
#include "base/file.h"
#include "base/strings.h"
#include "db/store.h"
#include "ingest/charset.h"
#include "ingest/html_extract.h"
#include "ingest/html_prune.h"
#include "nlp/analyzer.h"
#include "nlp/normalize.h"

namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;

// --batch-articles / --batch-ms for the end-to-end children (0 = the default).
int g_batch_articles = 0;
int g_batch_ms = 0;

double Seconds(Clock::time_point since) {
  return std::chrono::duration<double>(Clock::now() - since).count();
}

// Peak resident set of this process in kB (VmHWM), or ru_maxrss.
long PeakRssKb() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("VmHWM:", 0) == 0) return std::atol(line.c_str() + 6);
  }
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss;
}

std::string LoadAverage() {
  std::ifstream f("/proc/loadavg");
  std::string a, b, c;
  f >> a >> b >> c;
  return a + " " + b + " " + c;
}

bool IsPage(const fs::path& p) {
  const std::string ext = p.extension().string();
  return ext == ".html" || ext == ".htm";
}

// The child: ingests `dirs` into `db` with `jobs` workers and prints
// "inputs seconds peak_kb added failed".
int RunChild(const std::string& db, int jobs, int batch_articles, int batch_ms,
             const std::vector<std::string>& dirs) {
  ng::app::IngestOptions options;
  options.db_path = db;
  options.jobs = jobs;
  if (batch_articles > 0) options.batch_articles = batch_articles;
  if (batch_ms > 0) options.batch_interval = std::chrono::milliseconds(batch_ms);
  int64_t reported = 0;
  ng::StatusOr<ng::app::IngestReport> r =
      ng::app::IngestPaths(dirs, options, [&](const ng::Status& s) {
        if (++reported <= 3) std::fprintf(stderr, "  (%s)\n", s.message().c_str());
      });
  if (!r.ok()) {
    std::fprintf(stderr, "pipeline_bench: %s\n", r.status().message().c_str());
    return 1;
  }
  const int64_t inputs = r->added + r->updated + r->duplicates + r->inputs_failed;
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  const double cpu =
      u.ru_utime.tv_sec + u.ru_stime.tv_sec + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
  std::printf("%lld %.6f %ld %lld %lld %.6f\n", static_cast<long long>(inputs), r->seconds,
              PeakRssKb(), static_cast<long long>(r->added),
              static_cast<long long>(r->inputs_failed), cpu);
  return 0;
}

struct ChildResult {
  bool ok = false;
  long long inputs = 0, added = 0, failed = 0;
  double seconds = 0, cpu_seconds = 0;
  long peak_kb = 0;
};

// Runs this binary as a child ingesting `dirs` into a new database under `tmp`.
ChildResult SpawnOnce(const std::string& self, const fs::path& tmp, const std::string& name,
                      int jobs, const std::vector<std::string>& dirs) {
  const fs::path db = tmp / (name + ".db");
  std::string cmd = "'" + self + "' --child-ingest '" + db.string() + "' " + std::to_string(jobs) +
                    " " + std::to_string(g_batch_articles) + " " + std::to_string(g_batch_ms);
  for (const std::string& d : dirs) cmd += " '" + d + "'";
  ChildResult r;
  FILE* p = popen(cmd.c_str(), "r");
  if (p == nullptr) return r;
  char line[256] = {};
  const bool got = std::fgets(line, sizeof line, p) != nullptr;
  const int status = pclose(p);
  if (got && WIFEXITED(status) && WEXITSTATUS(status) == 0) {
    r.ok = std::sscanf(line, "%lld %lf %ld %lld %lld %lf", &r.inputs, &r.seconds, &r.peak_kb,
                       &r.added, &r.failed, &r.cpu_seconds) == 6;
  }
  return r;
}

// The fastest of `rounds` child runs (each into a new database); peak RSS is
// the largest seen.
ChildResult Spawn(const std::string& self, const fs::path& tmp, const std::string& name, int jobs,
                  const std::vector<std::string>& dirs, int rounds) {
  ChildResult best;
  long peak_kb = 0;
  for (int r = 0; r < rounds; ++r) {
    const ChildResult one = SpawnOnce(self, tmp, name + "-" + std::to_string(r), jobs, dirs);
    if (!one.ok) return one;
    peak_kb = std::max(peak_kb, one.peak_kb);
    if (!best.ok || one.seconds < best.seconds) best = one;
  }
  best.peak_kb = peak_kb;
  return best;
}

// Writes copy `copy` of every page into `out`: new names, and a marker in
// each paragraph, line break and the title so that the content hash differs.
size_t WriteCopies(const std::vector<fs::path>& files, const std::vector<std::string>& pages,
                   int copy, const fs::path& out) {
  const std::string mark = "Copy " + std::to_string(copy) + " of this page. ";
  size_t bytes = 0;
  for (size_t i = 0; i < pages.size(); ++i) {
    std::string page = pages[i];
    if (copy > 0) {
      // After every <p ...>, <br ...> and <title>: whichever holds the text.
      std::string marked;
      marked.reserve(page.size() + page.size() / 50);
      size_t from = 0;
      for (size_t at = page.find('<'); at != std::string::npos; at = page.find('<', at + 1)) {
        const std::string_view rest = std::string_view(page).substr(at + 1, 6);
        const auto starts = [&](std::string_view tag) {
          if (rest.size() <= tag.size()) return false;
          for (size_t k = 0; k < tag.size(); ++k) {
            if (std::tolower(static_cast<unsigned char>(rest[k])) != tag[k]) return false;
          }
          const char next = rest[tag.size()];
          return next == '>' || next == ' ' || next == '/' || next == '\t' || next == '\n';
        };
        if (!starts("p") && !starts("br") && !starts("title")) continue;
        const size_t close = page.find('>', at);
        if (close == std::string::npos) break;
        marked.append(page, from, close + 1 - from);
        marked += mark;
        from = close + 1;
        at = close;
      }
      marked.append(page, from, std::string::npos);
      page = std::move(marked);
    }
    // (Appended piece by piece: GCC 12 warns falsely on a chain of operator+.)
    std::string name = "c";
    name += std::to_string(copy);
    name += '-';
    name += files[i].filename().string();
    std::ofstream(out / name, std::ios::binary) << page;
    bytes += page.size();
  }
  return bytes;
}

void PrintChild(const char* label, const ChildResult& r, double gumbo_pages_per_s) {
  if (!r.ok) {
    std::printf("%-28s failed (see stderr)\n", label);
    return;
  }
  std::printf(
      "%-28s %7.1f pages/s  %lld pages (%lld new, %lld failed) in %.2f s (CPU %.2f s), "
      "peak RSS %.1f MB",
      label, r.inputs / r.seconds, r.inputs, r.added, r.failed, r.seconds, r.cpu_seconds,
      r.peak_kb / 1024.0);
  if (gumbo_pages_per_s > 0) std::printf(", %.2fx gumbo", r.inputs / r.seconds / gumbo_pages_per_s);
  std::printf("\n");
}

}  // namespace

int main(int argc, char** argv) {
  if (argc >= 6 && std::string(argv[1]) == "--child-ingest") {
    return RunChild(argv[2], std::atoi(argv[3]), std::atoi(argv[4]), std::atoi(argv[5]),
                    std::vector<std::string>(argv + 6, argv + argc));
  }
  std::vector<std::string> dirs;
  int repeat = 1, jobs = 2, rounds = 3;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--pages" && i + 1 < argc) {
      while (i + 1 < argc && argv[i + 1][0] != '-') dirs.push_back(argv[++i]);
    } else if (a == "--repeat" && i + 1 < argc) {
      repeat = std::max(1, std::atoi(argv[++i]));
    } else if (a == "--jobs" && i + 1 < argc) {
      jobs = std::max(1, std::atoi(argv[++i]));
    } else if (a == "--rounds" && i + 1 < argc) {
      rounds = std::max(1, std::atoi(argv[++i]));
    } else if (a == "--batch-articles" && i + 1 < argc) {
      g_batch_articles = std::max(0, std::atoi(argv[++i]));
    } else if (a == "--batch-ms" && i + 1 < argc) {
      g_batch_ms = std::max(0, std::atoi(argv[++i]));
    } else {
      std::fprintf(stderr,
                   "usage: pipeline_bench [--pages DIR...] [--repeat K] [--jobs N] [--rounds R] "
                   "[--batch-articles N] [--batch-ms MS]\n");
      return 2;
    }
  }
  if (dirs.empty()) {
    const fs::path corpus = fs::path(NG_SOURCE_DIR) / ".." / "shared" / "corpus";
    for (const char* sub : {"extraction/html", "ko/html"}) {
      if (fs::is_directory(corpus / sub))
        dirs.push_back((corpus / sub).lexically_normal().string());
    }
  }
  std::vector<fs::path> files;
  for (const std::string& d : dirs) {
    std::vector<fs::path> in_dir;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(d, ec)) {
      if (IsPage(e.path())) in_dir.push_back(e.path());
    }
    std::sort(in_dir.begin(), in_dir.end());
    files.insert(files.end(), in_dir.begin(), in_dir.end());
  }
  std::vector<std::string> pages;
  size_t bytes = 0;
  for (const fs::path& f : files) {
    ng::StatusOr<std::string> data = ng::ReadFile(f.string());
    if (!data.ok()) continue;
    bytes += data->size();
    pages.push_back(std::move(*data));
  }
  if (pages.empty()) {
    std::printf(
        "note: no pages to ingest (the corpus lives in ../shared/corpus, outside the repo; "
        "or pass --pages DIR)\n");
    return 0;
  }
  const std::string self = fs::canonical("/proc/self/exe").string();
  char tmpl[] = "/tmp/pipeline_bench.XXXXXX";
  if (mkdtemp(tmpl) == nullptr) {
    std::perror("pipeline_bench: mkdtemp");
    return 1;
  }
  const fs::path tmp = tmpl;
  const double mb = bytes / 1e6;
  const double n = static_cast<double>(pages.size());
  std::printf("%zu pages, %.1f MB; load average %s; %u cores; stage figures best of %d rounds\n",
              pages.size(), mb, LoadAverage().c_str(), std::thread::hardware_concurrency(), rounds);

  // ---- gumbo alone
  double gumbo_s = 1e9;
  size_t sink = 0;
  for (int r = 0; r < rounds; ++r) {
    const auto t0 = Clock::now();
    for (const std::string& p : pages) {
      GumboOutput* out = gumbo_parse_with_options(&kGumboDefaultOptions, p.data(), p.size());
      sink += out->root->v.element.children.length;
      gumbo_destroy_output(&kGumboDefaultOptions, out);
    }
    gumbo_s = std::min(gumbo_s, Seconds(t0));
  }
  const double gumbo_pps = n / gumbo_s;
  std::printf("%-28s %7.1f pages/s  %6.1f MB/s\n", "gumbo parse only", gumbo_pps, mb / gumbo_s);
  {
    std::vector<std::string> pruned;
    size_t pruned_bytes = 0;
    for (const std::string& p : pages) {
      pruned.push_back(ng::ingest::DropScriptAndStyleBodies(ng::ingest::DecodeHtmlToUtf8(p).text));
      pruned_bytes += pruned.back().size();
    }
    double pruned_s = 1e9;
    for (int r = 0; r < rounds; ++r) {
      const auto t0 = Clock::now();
      for (const std::string& p : pruned) {
        GumboOutput* out = gumbo_parse_with_options(&kGumboDefaultOptions, p.data(), p.size());
        sink += out->root->v.element.children.length;
        gumbo_destroy_output(&kGumboDefaultOptions, out);
      }
      pruned_s = std::min(pruned_s, Seconds(t0));
    }
    std::printf("%-28s %7.1f pages/s  (for the record: %.1f%% of the bytes, %.2fx the time)\n",
                "gumbo on the pruned pages", n / pruned_s,
                100.0 * static_cast<double>(pruned_bytes) / bytes, pruned_s / gumbo_s);
  }

  // ---- extraction
  std::vector<ng::ingest::Document> docs;
  double extract_s = 1e9;
  for (int r = 0; r < rounds; ++r) {
    docs.clear();
    const auto t0 = Clock::now();
    for (size_t i = 0; i < pages.size(); ++i) {
      auto doc = ng::ingest::ExtractHtml(pages[i], files[i].string());
      if (doc.ok()) docs.push_back(std::move(*doc));
    }
    extract_s = std::min(extract_s, Seconds(t0));
  }
  std::printf("%-28s %7.1f pages/s  %6.1f MB/s  (%zu with article text; %.2fx gumbo)\n",
              "extraction (incl. gumbo)", n / extract_s, mb / extract_s, docs.size(),
              gumbo_s / extract_s);

  // ---- NLP
  const auto lexicon_t0 = Clock::now();
  ng::StatusOr<ng::nlp::Lexicon> lexicon = ng::app::LoadLexicon({});
  const double lexicon_s = Seconds(lexicon_t0);
  if (!lexicon.ok()) {
    std::fprintf(stderr, "pipeline_bench: %s\n", lexicon.status().message().c_str());
    return 1;
  }
  std::vector<ng::db::ArticleRecord> records;
  std::vector<ng::nlp::Extraction> extractions;
  double nlp_s = 1e9, normalize_s = 1e9;
  size_t words = 0, text_bytes = 0;
  {
    ng::nlp::Analyzer analyzer(*lexicon);
    for (int r = 0; r < rounds; ++r) {
      records.clear();
      extractions.clear();
      auto t0 = Clock::now();
      for (const auto& d : docs) records.push_back(ng::app::ToRecord(d));
      normalize_s = std::min(normalize_s, Seconds(t0));
      t0 = Clock::now();
      for (const auto& rec : records) extractions.push_back(analyzer.Analyze(rec.text, rec.lang));
      nlp_s = std::min(nlp_s, Seconds(t0));
    }
    for (const auto& rec : records) {
      words += ng::CountWords(rec.text);
      text_bytes += rec.text.size();
    }
  }
  std::printf("%-28s %7.2f M words/s  %6.1f MB/s  (%zu words; normalise %.3f s, analyse %.3f s)\n",
              "nlp (normalise + analyse)", words / (nlp_s + normalize_s) / 1e6,
              text_bytes / 1e6 / (nlp_s + normalize_s), words, normalize_s, nlp_s);

  // ---- database
  double db_s = 1e9, db_cpu_s = 1e9;
  int64_t rows = 0;
  for (int r = 0; r < rounds; ++r) {
    const fs::path db = tmp / ("stage-" + std::to_string(r) + ".db");
    auto store = ng::db::Store::Open(db.string());
    if (!store.ok()) {
      std::fprintf(stderr, "pipeline_bench: %s\n", store.status().message().c_str());
      return 1;
    }
    const auto t0 = Clock::now();
    const std::clock_t c0 = std::clock();
    for (size_t i = 0; i < records.size(); ++i) {
      if (i % 64 == 0) {
        if ((*store)->InTransaction()) (*store)->CommitTransaction().ok();
        (*store)->BeginTransaction().ok();
      }
      (*store)->AddArticle(records[i], extractions[i]).ok();
    }
    (*store)->CommitTransaction().ok();
    db_s = std::min(db_s, Seconds(t0));
    db_cpu_s = std::min(db_cpu_s, static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC);
    auto stats = (*store)->GetStats();
    if (stats.ok()) {
      rows = stats->articles + stats->entities + stats->aliases + stats->mentions +
             stats->relations + stats->evidence;
    }
  }
  std::printf("%-28s %7.0f rows/s  %7.1f articles/s  (%lld rows; %.3f s, CPU %.3f s)\n",
              "database (batched)", rows / db_s, records.size() / db_s,
              static_cast<long long>(rows), db_s, db_cpu_s);
  std::printf(
      "%-28s %7.1f pages/s  (sum of the stages above, one thread; loading the lexicon "
      "takes %.3f s more once per run)\n",
      "stages serial", n / (extract_s + normalize_s + nlp_s + db_s), lexicon_s);

  // ---- end to end, each configuration in a child process
  std::printf(
      "end to end (app::IngestPaths from the files, fresh database, child process each; best of "
      "%d):\n",
      rounds);
  const ChildResult one = Spawn(self, tmp, "e2e-j1", 1, dirs, rounds);
  PrintChild("  --jobs 1", one, gumbo_pps);
  const ChildResult many = Spawn(self, tmp, "e2e-jN", jobs, dirs, rounds);
  PrintChild(("  --jobs " + std::to_string(jobs)).c_str(), many, gumbo_pps);
  if (one.ok && many.ok) {
    std::printf("%-28s %7.2fx\n", ("  jobs " + std::to_string(jobs) + " / jobs 1").c_str(),
                (many.inputs / many.seconds) / (one.inputs / one.seconds));
  }
  if (repeat > 1) {
    const fs::path copies = tmp / "copies";
    fs::create_directories(copies);
    size_t copy_bytes = 0;
    for (int c = 0; c < repeat; ++c) copy_bytes += WriteCopies(files, pages, c, copies);
    std::printf("%dx the corpus: %zu pages, %.1f MB under %s\n", repeat, pages.size() * repeat,
                copy_bytes / 1e6, copies.string().c_str());
    const ChildResult big1 = Spawn(self, tmp, "rep-j1", 1, {copies.string()}, 1);
    PrintChild(("  " + std::to_string(repeat) + "x --jobs 1").c_str(), big1, gumbo_pps);
    const ChildResult bigN = Spawn(self, tmp, "rep-jN", jobs, {copies.string()}, 1);
    PrintChild(("  " + std::to_string(repeat) + "x --jobs " + std::to_string(jobs)).c_str(), bigN,
               gumbo_pps);
  }
  std::printf("load average after: %s\n", LoadAverage().c_str());
  std::error_code ec;
  fs::remove_all(tmp, ec);
  return sink == 0 ? 1 : 0;
}
