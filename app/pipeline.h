// Pipeline: the wiring of ingest -> nlp -> db that the CLI commands run.
// Library code: reports problems through the Reporter and returns counts;
// only main.cc decides exit codes. Not thread-safe (one run at a time).
//
// IngestPaths runs `jobs` worker threads that read, decode, parse, extract,
// normalise and analyse inputs (each with its own nlp::Analyzer over the one
// shared Lexicon) and one writer, the calling thread, that owns the database
// connection and stores the articles in input order (a reorder buffer keyed
// by sequence number): entity resolution depends on that order, so the
// database and its export are the same for any number of jobs. At most
// 8 * jobs inputs are in flight (only `jobs` of them parsed at a time), so
// memory does not grow with the corpus.
// The writer commits a batch of articles per transaction, each article a
// savepoint of its own (stored whole or not at all); a kill loses at most
// the batch in hand, which the next run stores again (dedup by content hash).
#ifndef NEWSGRAPH_APP_PIPELINE_H_
#define NEWSGRAPH_APP_PIPELINE_H_

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "base/status.h"
#include "db/store.h"
#include "ingest/document.h"
#include "nlp/analyzer.h"
#include "nlp/lexicon.h"

namespace ng::app {

// Receives one message per problem ("a.html: no such file").
using Reporter = std::function<void(const Status&)>;

struct LexiconOptions {
  bool default_dictionary = true;
  std::vector<std::string> dictionary_files;  // user TSV files, applied in order
};

// Loads the default lexicon (optionally without entities) plus user files.
StatusOr<nlp::Lexicon> LoadLexicon(const LexiconOptions& options);

struct IngestOptions {
  std::string db_path = "newsgraph.db";
  LexiconOptions lexicon;
  nlp::AnalyzerOptions analyzer;
  // Polled between inputs: non-zero = stop after the article in hand
  // (SIGINT/SIGTERM). May be null.
  const std::atomic<int>* stop = nullptr;
  // Worker threads (0 = one per core). 1 runs every stage on the calling
  // thread, one input after the other.
  int jobs = 0;
  // The writer commits after this many articles, or when the oldest
  // uncommitted one is this old, whichever comes first.
  int batch_articles = 64;
  std::chrono::milliseconds batch_interval{100};
};

struct IngestReport {
  int64_t inputs_failed = 0;  // files or lines that could not be read or stored
  int64_t added = 0;          // new articles
  int64_t updated = 0;        // articles whose source had new content
  int64_t duplicates = 0;     // content already stored
  int64_t entities = 0;       // entity mentions found in new articles
  int64_t relations = 0;      // typed relations found in new articles
  bool interrupted = false;   // `stop` was seen before the last input
  double seconds = 0;
};

// Turns a Document into the record the store keeps: text normalised, the
// title and the body analysed together (title, blank line, body).
db::ArticleRecord ToRecord(const ingest::Document& doc);

// The number of jobs `jobs` stands for: itself when positive, else the
// number of cores (at least 1).
int EffectiveJobs(int jobs);

// Ingests files and folders into the database. Returns an error only when
// the run could not start (database, dictionary); per-input problems go to
// `report` and are counted in IngestReport::inputs_failed.
StatusOr<IngestReport> IngestPaths(const std::vector<std::string>& paths,
                                   const IngestOptions& options, const Reporter& report);

}  // namespace ng::app

#endif  // NEWSGRAPH_APP_PIPELINE_H_
