#include "app/pipeline.h"

#include <chrono>

#include "base/file.h"
#include "ingest/loader.h"
#include "nlp/normalize.h"

namespace ng::app {

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
  nlp::Analyzer analyzer(*lexicon, options.analyzer);
  IngestReport result;
  ingest::LoadOptions load;
  auto stopped = [&] {
    if (options.stop != nullptr && options.stop->load() != 0) result.interrupted = true;
    return result.interrupted;
  };
  for (const std::string& path : paths) {
    if (stopped()) break;
    StatusOr<std::vector<std::string>> files = ingest::ListInputFiles(path);
    if (!files.ok()) {
      report(files.status());
      ++result.inputs_failed;
      continue;
    }
    for (const std::string& file : *files) {
      if (stopped()) break;
      ingest::LoadFile(file, load, [&](StatusOr<ingest::Document> doc) {
        if (result.interrupted) return;  // the rest of a JSON Lines file
        if (!doc.ok()) {
          report(doc.status());
          ++result.inputs_failed;
          return;
        }
        const db::ArticleRecord record = ToRecord(*doc);
        // Skip the analysis of content that is stored already.
        StatusOr<bool> known = (*store)->HasContent(db::Store::ContentHash(record));
        if (known.ok() && *known) {
          ++result.duplicates;
          return;
        }
        const nlp::Extraction extraction = analyzer.Analyze(record.text, record.lang);
        StatusOr<db::AddResult> added = (*store)->AddArticle(record, extraction);
        if (!added.ok()) {
          report(added.status().WithContext(doc->source));
          ++result.inputs_failed;
          return;
        }
        stopped();
        switch (added->outcome) {
          case db::AddOutcome::kAdded:
            ++result.added;
            break;
          case db::AddOutcome::kUpdated:
            ++result.updated;
            break;
          case db::AddOutcome::kDuplicate:
            ++result.duplicates;
            return;
        }
        result.entities += static_cast<int64_t>(extraction.entities.size());
        for (const nlp::Relation& r : extraction.relations) {
          if (r.type != "MENTIONED_WITH") ++result.relations;
        }
      });
    }
  }
  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return result;
}

}  // namespace ng::app
