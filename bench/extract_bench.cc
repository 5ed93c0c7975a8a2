// extract_bench: speed of ExtractHtml (decode + depth check + parse + walk +
// metadata) against gumbo parsing alone, on the same pages in the same run.
//
//   extract_bench [--corpus DIR] [--rounds N]
//
// Reads every page of DIR/extraction/html and DIR/ko/html into memory, then
// alternates rounds of "gumbo_parse + gumbo_destroy_output" and "ExtractHtml"
// so that both see the same cache and CPU state; prints pages/s and MB/s of
// each (best round) and their ratio. ExtractHtml hands gumbo the page
// without its script and style bodies (ingest/html_prune.h); for the
// record, the bench also times gumbo alone on those pruned pages, and the
// full extraction without pruning. A benchmark prints figures, it never
// fails on time. Exits 0 with a note when the corpus is absent.
#include <gumbo.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "base/file.h"
#include "ingest/charset.h"
#include "ingest/html_extract.h"
#include "ingest/html_prune.h"

namespace fs = std::filesystem;

namespace {

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

}  // namespace

int main(int argc, char** argv) {
  fs::path corpus = fs::path(NG_SOURCE_DIR) / ".." / "shared" / "corpus";
  int rounds = 3;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--corpus" && i + 1 < argc) {
      corpus = argv[++i];
    } else if (a == "--rounds" && i + 1 < argc) {
      rounds = std::max(1, std::atoi(argv[++i]));
    } else {
      std::fprintf(stderr, "usage: extract_bench [--corpus DIR] [--rounds N]\n");
      return 2;
    }
  }
  std::vector<std::string> pages;
  size_t bytes = 0;
  for (const char* sub : {"extraction/html", "ko/html"}) {
    const fs::path dir = corpus / sub;
    if (!fs::exists(dir)) continue;
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(dir)) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      auto data = ng::ReadFile(f.string());
      if (!data.ok()) continue;
      bytes += data->size();
      pages.push_back(std::move(*data));
    }
  }
  if (pages.empty()) {
    std::printf("note: no pages under %s (the corpus lives in ../shared, outside the repo)\n",
                corpus.string().c_str());
    return 0;
  }
  const double mb = bytes / 1e6;
  std::printf("%zu pages, %.1f MB, best of %d rounds\n", pages.size(), mb, rounds);
  std::vector<std::string> pruned;
  size_t pruned_bytes = 0;
  for (const std::string& p : pages) {
    pruned.push_back(ng::ingest::DropScriptAndStyleBodies(ng::ingest::DecodeHtmlToUtf8(p).text));
    pruned_bytes += pruned.back().size();
  }
  ng::ingest::HtmlExtractOptions unpruned;
  unpruned.drop_script_bodies = false;
  double best_parse = 1e9, best_extract = 1e9, best_parse_pruned = 1e9, best_unpruned = 1e9;
  size_t sink = 0;
  auto parse_all = [&](const std::vector<std::string>& set) {
    const auto t0 = std::chrono::steady_clock::now();
    for (const std::string& p : set) {
      GumboOutput* out = gumbo_parse_with_options(&kGumboDefaultOptions, p.data(), p.size());
      sink += out->root->v.element.children.length;
      gumbo_destroy_output(&kGumboDefaultOptions, out);
    }
    return Seconds(t0);
  };
  auto extract_all = [&](const ng::ingest::HtmlExtractOptions& options) {
    const auto t0 = std::chrono::steady_clock::now();
    for (const std::string& p : pages) {
      auto doc = ng::ingest::ExtractHtml(p, "bench", "", "", options);
      if (doc.ok()) sink += doc->text.size();
    }
    return Seconds(t0);
  };
  for (int r = 0; r < rounds; ++r) {
    best_parse = std::min(best_parse, parse_all(pages));
    best_extract = std::min(best_extract, extract_all(ng::ingest::HtmlExtractOptions()));
    best_parse_pruned = std::min(best_parse_pruned, parse_all(pruned));
    best_unpruned = std::min(best_unpruned, extract_all(unpruned));
  }
  const double n = static_cast<double>(pages.size());
  std::printf("gumbo parse only   %8.1f pages/s  %6.1f MB/s\n", n / best_parse, mb / best_parse);
  std::printf("full extraction    %8.1f pages/s  %6.1f MB/s\n", n / best_extract,
              mb / best_extract);
  std::printf("extraction / parse time ratio: %.2fx  (target <= 1.30x)\n",
              best_extract / best_parse);
  std::printf("for the record:\n");
  std::printf(
      "  gumbo on the pruned pages      %8.1f pages/s  (%.1f%% of the bytes; %.2fx the "
      "time of the whole pages)\n",
      n / best_parse_pruned, 100.0 * static_cast<double>(pruned_bytes) / bytes,
      best_parse_pruned / best_parse);
  std::printf("  extraction / gumbo on what it parses: %.2fx\n", best_extract / best_parse_pruned);
  std::printf("  extraction without pruning     %8.1f pages/s  (%.2fx gumbo on the whole pages)\n",
              n / best_unpruned, best_unpruned / best_parse);
  return sink == 0 ? 0 : 0;
}
