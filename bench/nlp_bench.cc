// nlp_bench: words per second of the NLP stage alone (normalisation,
// segmentation, entity and relation analysis), one thread, on real Korean and
// English news text. Prints figures; never passes or fails on time.
//
//   nlp_bench [--corpus DIR] [--articles N] [--min-seconds S]
//
// DIR defaults to ../shared/corpus/news-text next to the source tree; without
// it the bundled samples/ are used and the output says so. The same articles
// are analysed repeatedly until S seconds (default 2) of analysis have been
// measured per language, so the figure is stable on a noisy machine. Words
// are whitespace-separated tokens.
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "base/file.h"
#include "base/strings.h"
#include "ingest/loader.h"
#include "nlp/analyzer.h"
#include "nlp/lexicon.h"
#include "nlp/normalize.h"

namespace {

struct Corpus {
  std::string name;
  std::vector<std::string> texts;  // normalised
  size_t words = 0;
  size_t bytes = 0;
};

void Measure(const Corpus& corpus, const ng::nlp::Lexicon& lexicon, double min_seconds) {
  if (corpus.texts.empty()) return;
  ng::nlp::Analyzer analyzer(lexicon);
  size_t passes = 0, entities = 0, relations = 0;
  double seconds = 0;
  while (seconds < min_seconds || passes == 0) {
    const auto start = std::chrono::steady_clock::now();
    for (const std::string& t : corpus.texts) {
      const ng::nlp::Extraction x = analyzer.Analyze(t);
      entities += x.entities.size();
      relations += x.relations.size();
    }
    seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    ++passes;
  }
  const double words = static_cast<double>(corpus.words) * passes;
  std::printf(
      "%-3s %5zu articles %9zu words %7.2f MB  x%-3zu %7.3f s  %6.2f M words/s  %6.2f MB/s  "
      "(%.1f entities, %.1f relations per article)\n",
      corpus.name.c_str(), corpus.texts.size(), corpus.words, corpus.bytes / 1e6, passes, seconds,
      words / seconds / 1e6, corpus.bytes * passes / seconds / 1e6,
      static_cast<double>(entities) / passes / corpus.texts.size(),
      static_cast<double>(relations) / passes / corpus.texts.size());
}

}  // namespace

int main(int argc, char** argv) {
  std::string dir = std::string(NEWSGRAPH_SOURCE_DIR) + "/../shared/corpus/news-text";
  size_t max_articles = 200;
  double min_seconds = 2;
  std::string only;  // --lang: one language only (for profiling)
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--corpus" && i + 1 < argc) {
      dir = argv[++i];
    } else if (a == "--articles" && i + 1 < argc) {
      max_articles = std::stoul(argv[++i]);
    } else if (a == "--min-seconds" && i + 1 < argc) {
      min_seconds = std::stod(argv[++i]);
    } else if (a == "--lang" && i + 1 < argc) {
      only = argv[++i];
    } else {
      std::fprintf(
          stderr,
          "usage: nlp_bench [--corpus DIR] [--articles N] [--min-seconds S] [--lang ko|en]\n");
      return 2;
    }
  }
  ng::StatusOr<ng::nlp::Lexicon> lexicon = ng::nlp::Lexicon::LoadDefault();
  if (!lexicon.ok()) {
    std::fprintf(stderr, "nlp_bench: %s\n", lexicon.status().message().c_str());
    return 1;
  }
  std::vector<Corpus> corpora;
  auto add = [&](const std::string& name, const std::string& path) {
    if (!only.empty() && name != only) return;
    Corpus c{name, {}, 0, 0};
    ng::StatusOr<std::string> bytes = ng::ReadFile(path);
    if (!bytes.ok()) return;
    ng::ingest::ParseJsonLines(*bytes, path, [&](ng::StatusOr<ng::ingest::Document> doc) {
      if (!doc.ok() || c.texts.size() >= max_articles) return;
      std::string t = ng::nlp::NormalizeText(doc->title + "\n\n" + doc->text);
      c.words += ng::CountWords(t);
      c.bytes += t.size();
      c.texts.push_back(std::move(t));
    });
    corpora.push_back(std::move(c));
  };
  if (std::filesystem::exists(dir + "/ko.jsonl")) {
    std::printf("nlp_bench: %s (first %zu articles per language), one thread\n", dir.c_str(),
                max_articles);
    add("ko", dir + "/ko.jsonl");
    add("en", dir + "/en.jsonl");
  } else {
    std::printf("nlp_bench: %s not found; measuring the bundled samples/ only\n", dir.c_str());
    Corpus c{"ko", {}, 0, 0};
    auto text =
        ng::ReadFile(std::string(NEWSGRAPH_SOURCE_DIR) + "/samples/openai-stoke-space-ko.txt");
    if (text.ok()) {
      c.texts.push_back(ng::nlp::NormalizeText(*text));
      c.words = ng::CountWords(c.texts.back());
      c.bytes = c.texts.back().size();
    }
    corpora.push_back(std::move(c));
  }
  for (const Corpus& c : corpora) Measure(c, *lexicon, min_seconds);
  return 0;
}
