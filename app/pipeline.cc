#include "app/pipeline.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>

#include "base/file.h"
#include "ingest/loader.h"
#include "nlp/normalize.h"

namespace ng::app {
namespace {

// One input in order: a file for a worker to load (a page or a text file),
// or a document or error the producer has already (a JSON Lines line, a
// folder that cannot be listed).
struct WorkItem {
  uint64_t seq = 0;
  std::string file{};
  std::optional<StatusOr<ingest::Document>> loaded{};
};

// One document of an input, ready for the writer.
struct Analysed {
  Status error;  // not ok: the input failed (the message names it)
  db::ArticleRecord record;
  std::string hash;  // db::Store::ContentHash(record)
  nlp::Extraction extraction;
  bool known = false;  // the content was stored already: not analysed
};

// Inputs in flight (queued, being worked on, or waiting for their turn in the
// reorder buffer) per job.
constexpr size_t kInFlightPerJob = 8;

bool IsJsonLines(const std::string& file) {
  std::string ext = std::filesystem::path(file).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext == ".jsonl" || ext == ".ndjson";
}

// Walks the inputs in order and hands each to `emit`; stops early when
// `emit` returns false.
void Produce(const std::vector<std::string>& paths, const std::function<bool(WorkItem)>& emit) {
  uint64_t seq = 0;
  for (const std::string& path : paths) {
    StatusOr<std::vector<std::string>> files = ingest::ListInputFiles(path);
    if (!files.ok()) {
      if (!emit({.seq = seq++, .loaded = std::move(files).status()})) return;
      continue;
    }
    for (std::string& file : *files) {
      if (!IsJsonLines(file)) {
        if (!emit({.seq = seq++, .file = std::move(file)})) return;
        continue;
      }
      // Lines are small and parse fast: one item per line keeps memory flat.
      bool go_on = true;
      ingest::LoadFile(file, {}, [&](StatusOr<ingest::Document> doc) {
        if (go_on) go_on = emit({.seq = seq++, .loaded = std::move(doc)});
      });
      if (!go_on) return;
    }
  }
}

// The worker stages for one item: load (read, decode, parse, extract),
// normalise, and analyse unless the content is stored already. `store`, when
// not null, answers that question (a read-only connection, or the writer's).
std::vector<Analysed> Process(WorkItem item, nlp::Analyzer& analyzer, db::Store* store) {
  std::vector<Analysed> out;
  auto analyse = [&](StatusOr<ingest::Document> doc) {
    Analysed& a = out.emplace_back();
    if (!doc.ok()) {
      a.error = doc.status();
      return;
    }
    a.record = ToRecord(*doc);
    a.hash = db::Store::ContentHash(a.record);
    if (store != nullptr) {
      StatusOr<bool> known = store->HasContent(a.hash);
      a.known = known.ok() && *known;
    }
    if (!a.known) a.extraction = analyzer.Analyze(a.record.text, a.record.lang);
  };
  if (item.loaded.has_value()) {
    analyse(std::move(*item.loaded));
  } else {
    ingest::LoadFile(item.file, {}, analyse);
  }
  return out;
}

// Stores analysed documents in the order it is given them, batching them into
// transactions. Owns no thread: the calling thread of IngestPaths runs it.
class Writer {
 public:
  Writer(db::Store& store, const nlp::Lexicon& lexicon, const IngestOptions& options,
         const Reporter& report, IngestReport& result)
      : store_(store), lexicon_(lexicon), options_(options), report_(report), result_(result) {}

  void Write(std::vector<Analysed> docs) {
    for (Analysed& a : docs) Store(a);
    if (batch_.size() >= static_cast<size_t>(std::max(1, options_.batch_articles))) Commit();
  }

  // Commits when the oldest article of the batch has waited long enough.
  void CommitIfDue() {
    if (store_.InTransaction() &&
        std::chrono::steady_clock::now() - batch_start_ >= options_.batch_interval) {
      Commit();
    }
  }

  void Commit() {
    if (!store_.InTransaction()) {
      batch_.clear();
      return;
    }
    Status committed = store_.CommitTransaction();
    if (committed.ok()) {
      for (const Pending& p : batch_) Count(p);
    } else {
      FailBatch(committed);
    }
    batch_.clear();
  }

 private:
  // What an article adds to the report once its batch is committed.
  struct Pending {
    std::string source;
    db::AddOutcome outcome;
    int64_t entities = 0, relations = 0;
  };

  void Store(Analysed& a) {
    if (!a.error.ok()) {
      report_(a.error);
      ++result_.inputs_failed;
      return;
    }
    if (a.known) {
      // Workers look at the last commit; the writer has the last word (an
      // update earlier in this run may have removed that content).
      StatusOr<bool> still = store_.HasContent(a.hash);
      if (still.ok() && *still) {
        ++result_.duplicates;
        return;
      }
      if (analyzer_ == nullptr)
        analyzer_ = std::make_unique<nlp::Analyzer>(lexicon_, options_.analyzer);
      a.extraction = analyzer_->Analyze(a.record.text, a.record.lang);
    }
    if (!store_.InTransaction()) {
      // When the batch cannot start, each article is its own transaction.
      if (store_.BeginTransaction().ok()) batch_start_ = std::chrono::steady_clock::now();
    }
    const bool batched = store_.InTransaction();
    StatusOr<db::AddResult> added = store_.AddArticle(a.record, a.extraction);
    if (!added.ok()) {
      report_(added.status().WithContext(a.record.source));
      ++result_.inputs_failed;
      // Some errors (a full disk) end the whole transaction: the articles
      // before this one in the batch are gone too.
      if (batched && !store_.InTransaction()) FailBatch(added.status());
      return;
    }
    Pending p{.source = a.record.source, .outcome = added->outcome};
    if (added->outcome != db::AddOutcome::kDuplicate) {
      p.entities = static_cast<int64_t>(a.extraction.entities.size());
      for (const nlp::Relation& r : a.extraction.relations) {
        if (r.type != "MENTIONED_WITH") ++p.relations;
      }
    }
    if (batched) {
      batch_.push_back(std::move(p));
    } else {
      Count(p);
    }
  }

  void Count(const Pending& p) {
    switch (p.outcome) {
      case db::AddOutcome::kAdded:
        ++result_.added;
        break;
      case db::AddOutcome::kUpdated:
        ++result_.updated;
        break;
      case db::AddOutcome::kDuplicate:
        ++result_.duplicates;
        return;
    }
    result_.entities += p.entities;
    result_.relations += p.relations;
  }

  void FailBatch(const Status& cause) {
    for (const Pending& p : batch_) {
      report_(cause.WithContext(p.source));
      ++result_.inputs_failed;
    }
    batch_.clear();
    store_.RollbackTransaction();
  }

  db::Store& store_;
  const nlp::Lexicon& lexicon_;
  const IngestOptions& options_;
  const Reporter& report_;
  IngestReport& result_;
  std::unique_ptr<nlp::Analyzer> analyzer_;  // for the rare content that went away
  std::vector<Pending> batch_;
  std::chrono::steady_clock::time_point batch_start_{};
};

// The state the producer, the workers and the writer share.
struct Channel {
  std::mutex mu;
  std::condition_variable work_ready;    // workers wait: an item, the end, or abort
  std::condition_variable space;         // the producer waits: fewer items in flight
  std::condition_variable result_ready;  // the writer waits: the next result
  std::deque<WorkItem> queue;
  std::map<uint64_t, std::vector<Analysed>> done;  // the reorder buffer
  size_t in_flight = 0;                            // items produced and not yet taken by the writer
  bool produced_all = false;
  uint64_t produced = 0;
  bool abort = false;
};

}  // namespace

int EffectiveJobs(int jobs) {
  if (jobs > 0) return jobs;
  return static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

StatusOr<nlp::Lexicon> LoadLexicon(const LexiconOptions& options) {
  StatusOr<nlp::Lexicon> lexicon = nlp::Lexicon::LoadDefault(options.default_dictionary);
  if (!lexicon.ok()) return lexicon.status();
  for (const std::string& file : options.dictionary_files) {
    StatusOr<std::string> data = ReadFile(file);
    if (!data.ok()) return data.status().WithContext("dictionary");
    NG_RETURN_IF_ERROR(lexicon->AddEntities(*data, file));
  }
  return lexicon;
}

db::ArticleRecord ToRecord(const ingest::Document& doc) {
  db::ArticleRecord r;
  r.source = doc.source;
  r.url = doc.url;
  r.canonical_url = doc.canonical_url;
  r.title = nlp::NormalizeText(doc.title);
  r.lang = doc.lang;
  r.published_at = doc.published_at;
  r.modified_at = doc.modified_at;
  r.authors = doc.authors;
  r.site_name = doc.site_name;
  r.charset = doc.charset;
  const std::string body = nlp::NormalizeText(doc.text);
  r.text = r.title.empty() ? body : (body.empty() ? r.title : r.title + "\n\n" + body);
  return r;
}

StatusOr<IngestReport> IngestPaths(const std::vector<std::string>& paths,
                                   const IngestOptions& options, const Reporter& report) {
  const auto start = std::chrono::steady_clock::now();
  StatusOr<nlp::Lexicon> lexicon = LoadLexicon(options.lexicon);
  if (!lexicon.ok()) return lexicon.status();
  StatusOr<std::unique_ptr<db::Store>> store = db::Store::Open(options.db_path);
  if (!store.ok()) return store.status();
  IngestReport result;
  Writer writer(**store, *lexicon, options, report, result);
  auto stopped = [&] {
    if (options.stop != nullptr && options.stop->load() != 0) result.interrupted = true;
    return result.interrupted;
  };
  const int jobs = EffectiveJobs(options.jobs);

  if (jobs == 1) {
    // Every stage on this thread, one input after the other.
    nlp::Analyzer analyzer(*lexicon, options.analyzer);
    Produce(paths, [&](WorkItem item) {
      if (stopped()) return false;
      writer.Write(Process(std::move(item), analyzer, store->get()));
      writer.CommitIfDue();
      return true;
    });
    writer.Commit();
    result.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return result;
  }

  Channel ch;
  // How often the waiting writer looks at the clock to commit a batch on time.
  const auto poll = std::max(options.batch_interval, std::chrono::milliseconds(1));
  // Inputs between the producer and the writer. The writer takes them in
  // order, so one slow page at the head holds up the rest: with a window of
  // only 2 * jobs the other workers soon idle (--jobs 2 took 1.45-1.86 s on
  // the shared corpus, 8 * jobs 1.23-1.31 s). Waiting inputs are file names
  // and finished ones a few tens of kB of text and facts; only `jobs` pages
  // are parsed at a time, so peak RSS is the same (30 MB either way).
  const size_t max_in_flight = kInFlightPerJob * static_cast<size_t>(jobs);
  std::thread producer([&] {
    Produce(paths, [&](WorkItem item) {
      std::unique_lock lock(ch.mu);
      ch.space.wait(lock, [&] { return ch.abort || ch.in_flight < max_in_flight; });
      if (ch.abort) return false;
      ++ch.in_flight;
      ++ch.produced;
      ch.queue.push_back(std::move(item));
      ch.work_ready.notify_one();
      return true;
    });
    std::lock_guard lock(ch.mu);
    ch.produced_all = true;
    ch.work_ready.notify_all();
    ch.result_ready.notify_all();
  });
  std::vector<std::thread> workers;
  for (int i = 0; i < jobs; ++i) {
    workers.emplace_back([&] {
      nlp::Analyzer analyzer(*lexicon, options.analyzer);
      // A read-only connection answers "stored already?" from the last commit.
      std::unique_ptr<db::Store> reader;
      if (options.db_path != ":memory:") {
        StatusOr<std::unique_ptr<db::Store>> opened =
            db::Store::Open(options.db_path, {.read_only = true});
        if (opened.ok()) reader = std::move(*opened);
      }
      for (;;) {
        WorkItem item;
        {
          std::unique_lock lock(ch.mu);
          ch.work_ready.wait(lock,
                             [&] { return ch.abort || !ch.queue.empty() || ch.produced_all; });
          if (ch.abort || ch.queue.empty()) return;
          item = std::move(ch.queue.front());
          ch.queue.pop_front();
        }
        const uint64_t seq = item.seq;
        std::vector<Analysed> out = Process(std::move(item), analyzer, reader.get());
        std::lock_guard lock(ch.mu);
        ch.done.emplace(seq, std::move(out));
        ch.result_ready.notify_one();
      }
    });
  }
  for (uint64_t next = 0;; ++next) {
    std::vector<Analysed> docs;
    {
      std::unique_lock lock(ch.mu);
      bool finished = false;
      while (!finished) {
        if (ch.done.count(next) != 0) break;
        if (ch.produced_all && next == ch.produced) {
          finished = true;
          break;
        }
        if (ch.result_ready.wait_for(lock, poll) == std::cv_status::timeout) {
          lock.unlock();
          writer.CommitIfDue();
          lock.lock();
        }
      }
      if (finished) break;
      if (stopped()) {
        ch.abort = true;
        ch.work_ready.notify_all();
        ch.space.notify_all();
        break;
      }
      auto it = ch.done.find(next);
      docs = std::move(it->second);
      ch.done.erase(it);
      --ch.in_flight;
      ch.space.notify_one();
    }
    writer.Write(std::move(docs));
    writer.CommitIfDue();
  }
  producer.join();
  for (std::thread& w : workers) w.join();
  writer.Commit();
  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return result;
}

}  // namespace ng::app
