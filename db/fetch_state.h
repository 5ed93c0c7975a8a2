// FetchStateTable: what the fetch pipeline (app/fetch_pipeline.h) keeps in
// the store between runs: per-URL state in the `fetch_state` table
// (validators for conditional GET, last status, content hash, the article a
// page became) and the lookups that dedup pages before and after they are
// analysed (known URL or canonical URL, exact content, near-duplicate
// SimHash). Schema: docs/schema.md.
//
// Crash safety: AddFetchedArticle writes an article (or its duplicate link)
// together with the page's fetch_state row in one transaction, so a run
// killed at any moment never leaves an article whose URL is unknown, nor a
// URL marked done without its article.
//
// A FetchStateTable borrows a Store's connection (not owned; the Store must
// outlive it). Not thread-safe, like the Store.
#ifndef NEWSGRAPH_DB_FETCH_STATE_H_
#define NEWSGRAPH_DB_FETCH_STATE_H_

#include <cstdint>
#include <optional>
#include <string>

#include "base/status.h"
#include "db/store.h"
#include "nlp/extraction.h"

namespace ng::db {

// One fetch_state row. Empty strings are stored as NULL.
struct FetchState {
  std::string url{};   // normalised URL (primary key)
  std::string kind{};  // "feed", "page" or "sitemap". Stored in the DB: do not rename.
  std::string etag{};
  std::string last_modified{};
  int status = 0;  // last HTTP status, 0 for a network error
  std::string content_hash{};
  int64_t article_id = 0;  // 0 = none
  std::string last_error{};
  // Read only: set by the table (UTC, ISO 8601).
  std::string first_fetched_at{};
  std::string last_fetched_at{};
};

// How AddFetchedArticle stored a page.
struct FetchedArticle {
  AddResult added;           // outcome and the article id
  int64_t duplicate_of = 0;  // the first copy when the page was stored as a near duplicate
};

class FetchStateTable {
 public:
  explicit FetchStateTable(Store* store) : store_(store) {}

  // The row for `url`, or nullopt.
  StatusOr<std::optional<FetchState>> Get(const std::string& url);

  // Inserts or replaces the row for state.url; keeps first_fetched_at of an
  // existing row and sets last_fetched_at to now.
  Status Put(const FetchState& state);

  // The first stored article whose url or canonical_url is `url`, or 0.
  StatusOr<int64_t> FindArticleByUrl(const std::string& url);
  // The article with this content hash (Store::ContentHash), or 0.
  StatusOr<int64_t> FindArticleByContent(const std::string& content_hash);
  // The oldest original (duplicate_of IS NULL) article whose simhash is
  // within `max_bits` of `simhash`, leaving out articles from `source` (a new
  // version of a page replaces its old one instead), or 0.
  StatusOr<int64_t> FindNearDuplicate(uint64_t simhash, int max_bits, const std::string& source);

  // In one transaction: stores `article` (with `extraction`, or with no
  // mentions or relations and articles.duplicate_of set when `duplicate_of`
  // is not 0), then writes `state` with state.article_id set to the stored
  // (or already stored, for an exact duplicate) article.
  StatusOr<FetchedArticle> AddFetchedArticle(const ArticleRecord& article,
                                             const nlp::Extraction& extraction,
                                             int64_t duplicate_of, FetchState state);

 private:
  Store* store_;
};

}  // namespace ng::db

#endif  // NEWSGRAPH_DB_FETCH_STATE_H_
