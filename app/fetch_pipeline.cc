#include "app/fetch_pipeline.h"

#include <algorithm>
#include <map>
#include <memory>
#include <set>

#include "base/sha256.h"
#include "base/simhash.h"
#include "db/fetch_state.h"
#include "ingest/charset.h"
#include "ingest/feed.h"
#include "ingest/html_extract.h"
#include "ingest/sitemap.h"
#include "ingest/url.h"

namespace ng::app {
namespace {

using std::chrono::milliseconds;

std::string Trim(std::string_view s) {
  const size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return "";
  const size_t e = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(b, e - b + 1));
}

// "5s", "500ms", "2" (seconds), "1.5s".
std::optional<milliseconds> ParseDelay(std::string_view v) {
  double scale = 1000;
  if (v.ends_with("ms")) {
    scale = 1;
    v.remove_suffix(2);
  } else if (v.ends_with("s")) {
    v.remove_suffix(1);
  }
  if (v.empty()) return std::nullopt;
  size_t used = 0;
  double x = 0;
  try {
    x = std::stod(std::string(v), &used);
  } catch (...) {
    return std::nullopt;
  }
  if (used != v.size() || x < 0 || x > 3600) return std::nullopt;
  return milliseconds(static_cast<int64_t>(x * scale));
}

// A status worth retrying on a later run (the page is not done with).
bool IsTransient(const ingest::FetchResult& r) {
  // Limits (size cap) and bad URLs fail again the same way.
  if (r.error.code() == Status::Code::kResourceExhausted ||
      r.error.code() == Status::Code::kInvalidArgument) {
    return false;
  }
  if (r.status_code == 0) {
    // No response: network trouble, or an unreachable robots.txt (the site
    // is skipped for this run) is worth retrying; a robots.txt rule against
    // the page, or a private address refused, is not. The fetcher tells them
    // apart only in its messages.
    const std::string& m = r.error.message();
    return m.find(" disallows ") == std::string::npos &&
           m.find("private address") == std::string::npos;
  }
  return r.status_code >= 500 || r.status_code == 408 || r.status_code == 429;
}

bool LooksLikeXml(const ingest::FetchResult& r) {
  if (r.content_type.find("xml") != std::string::npos) return true;
  std::string_view body = r.body;
  if (body.starts_with("\xEF\xBB\xBF")) body.remove_prefix(3);
  while (!body.empty() && (body.front() == ' ' || body.front() == '\n' || body.front() == '\r' ||
                           body.front() == '\t')) {
    body.remove_prefix(1);
  }
  return body.starts_with("<?xml");
}

bool IsDone(const db::FetchState& s) {
  return s.kind == "page" && ((s.status >= 200 && s.status < 300) || s.status == 304);
}

struct Source {
  FetchSource given;
  std::string key;   // normalised URL
  std::string kind;  // fetch_state kind once known ("" = not yet)
  std::optional<db::FetchState> state;
  // Validators and body hash to save once every listed page is dealt with.
  std::optional<db::FetchState> pending;
  int64_t open_pages = 0;   // listed pages not dealt with yet
  bool incomplete = false;  // a listed page failed for a retryable reason, or the run stopped
};

struct Page {
  std::string key{};
  std::vector<size_t> sources{};  // indices into Run::sources_ that list it
  std::string host{};
};

class Run {
 public:
  Run(const FetchIngestOptions& options, const Reporter& report, db::Store* store,
      ingest::Fetcher* fetcher)
      : options_(options), report_(report), store_(store), table_(store), fetcher_(fetcher) {}

  void Go(const std::vector<FetchSource>& given) {
    std::vector<size_t> round;
    for (const FetchSource& s : given) round.push_back(AddSource(s, ""));
    for (int depth = 0; depth < 3 && !round.empty() && !Stopped(); ++depth) {
      round = FetchSources(round);
    }
    FetchPages();
    FinishSources();
  }

  FetchIngestReport& result() { return result_; }

 private:
  bool Stopped() {
    if (options_.stop != nullptr && options_.stop->load() != 0) result_.interrupted = true;
    return result_.interrupted;
  }

  void Fail(const Status& s) {
    ++result_.failed;
    report_(s);
  }

  void Progress() {
    if (!options_.progress) return;
    progress_.sources_total = static_cast<int64_t>(sources_.size());
    progress_.pages_total = static_cast<int64_t>(pages_.size());
    options_.progress(progress_);
  }

  // Returns the index of the new source.
  size_t AddSource(const FetchSource& given, std::string kind) {
    Source s;
    s.given = given;
    s.kind = std::move(kind);
    sources_.push_back(std::move(s));
    return sources_.size() - 1;
  }

  void PutState(const db::FetchState& state) {
    Status s = table_.Put(state);
    if (!s.ok()) Fail(s.WithContext(options_.db_path));
  }

  // Fetches one round of sources; returns the sources found for the next
  // round (sitemaps of an index, feeds of a homepage).
  std::vector<size_t> FetchSources(const std::vector<size_t>& round) {
    std::vector<size_t> next, asked;
    std::vector<ingest::FetchRequest> requests;
    for (size_t i : round) {
      Source& src = sources_[i];
      StatusOr<std::string> key = ingest::NormalizeUrl(src.given.url);
      if (!key.ok()) {
        Fail(key.status());
        ++progress_.sources_done;
        continue;
      }
      src.key = *key;
      if (!seen_sources_.insert(src.key).second) continue;
      StatusOr<std::optional<db::FetchState>> state = table_.Get(src.key);
      if (!state.ok()) {
        Fail(state.status().WithContext(options_.db_path));
        continue;
      }
      src.state = *state;
      if (!src.given.from_feed_list && src.kind.empty() && !options_.refetch) {
        // A URL argument that is a known article page is not fetched again.
        bool known = src.state && IsDone(*src.state);
        if (!known) {
          StatusOr<int64_t> id = table_.FindArticleByUrl(src.key);
          known = id.ok() && *id != 0;
        }
        if (known) {
          ++result_.known;
          ++progress_.sources_done;
          continue;
        }
      }
      ingest::FetchRequest req{.url = src.key};
      if (src.state && (src.state->kind != "page" || options_.refetch)) {
        req.etag = src.state->etag;
        req.last_modified = src.state->last_modified;
      }
      requests.push_back(std::move(req));
      asked.push_back(i);
    }
    std::vector<ingest::FetchResult> results = fetcher_->FetchAll(requests);
    for (size_t j = 0; j < asked.size(); ++j) {
      HandleSource(asked[j], results[j], next);
      ++progress_.sources_done;
      Progress();
    }
    return next;
  }

  std::string StoredKind(const Source& src) const {
    if (!src.kind.empty()) return src.kind;
    if (src.state) return src.state->kind;
    return src.given.from_feed_list ? "feed" : "page";
  }

  void HandleSource(size_t index, ingest::FetchResult& r, std::vector<size_t>& next) {
    Source& src = sources_[index];
    db::FetchState state;
    state.url = src.key;
    state.kind = StoredKind(src);
    state.status = r.status_code;
    if (src.state) {
      state.etag = src.state->etag;
      state.last_modified = src.state->last_modified;
      state.content_hash = src.state->content_hash;
      state.article_id = src.state->article_id;
    }
    if (!r.ok()) {
      Fail(r.error);
      state.last_error = r.error.message();
      PutState(state);
      return;
    }
    if (r.not_modified()) {
      ++result_.not_modified;
      if (state.kind != "page") ++result_.feeds_checked;
      if (state.kind == "page") ++result_.known;
      // Nothing is written unless the validators changed: an unchanged feed
      // costs one request without a body and no write.
      if (src.state && src.state->last_error.empty() &&
          (r.etag.empty() || r.etag == src.state->etag) &&
          (r.last_modified.empty() || r.last_modified == src.state->last_modified)) {
        return;
      }
      if (src.state) state.status = src.state->status;
      if (!r.etag.empty()) state.etag = r.etag;
      if (!r.last_modified.empty()) state.last_modified = r.last_modified;
      PutState(state);
      return;
    }
    const std::string base = r.final_url.empty() ? src.key : r.final_url;
    ingest::BodyKind kind = ingest::ClassifyBody(r.body, r.content_type);
    if (kind == ingest::BodyKind::kUnknown && LooksLikeXml(r)) {
      // Let the feed parser say what is wrong with it (an entity bomb's
      // internal DTD subset, a broken prolog, ...).
      kind = ingest::BodyKind::kFeed;
    }
    db::FetchState fresh = state;
    fresh.etag = r.etag;
    fresh.last_modified = r.last_modified;
    fresh.content_hash = Sha256Hex(r.body);
    std::vector<std::string> links;
    switch (kind) {
      case ingest::BodyKind::kFeed: {
        state.kind = fresh.kind = "feed";
        ++result_.feeds_checked;
        ingest::FeedOptions feed_options;
        feed_options.max_bytes = std::max(feed_options.max_bytes, options_.fetch.max_body_bytes);
        StatusOr<ingest::Feed> feed = ingest::ParseFeed(r.body, base, r.content_type, feed_options);
        if (!feed.ok()) {
          Fail(feed.status());
          state.last_error = feed.status().message();
          PutState(state);
          return;
        }
        for (const ingest::FeedItem& item : feed->items) links.push_back(item.link);
        break;
      }
      case ingest::BodyKind::kSitemap:
      case ingest::BodyKind::kSitemapIndex: {
        state.kind = fresh.kind = "sitemap";
        ++result_.feeds_checked;
        StatusOr<ingest::Sitemap> map = ingest::ParseSitemap(r.body, base);
        if (!map.ok()) {
          Fail(map.status());
          state.last_error = map.status().message();
          PutState(state);
          return;
        }
        if (map->is_index) {
          // Child sitemaps are sources of the next round; the index itself
          // is saved now (its children keep their own validators).
          size_t n = 0;
          for (const ingest::SitemapEntry& e : map->entries) {
            if (src.given.max_items != 0 && n++ >= src.given.max_items) break;
            FetchSource child{.url = e.loc, .from_feed_list = true};
            next.push_back(AddSource(child, "sitemap"));
          }
          PutState(fresh);
          return;
        }
        for (const ingest::SitemapEntry& e : map->entries) links.push_back(e.loc);
        break;
      }
      case ingest::BodyKind::kHtml: {
        // An article page, or a homepage that advertises its feeds.
        state.kind = fresh.kind = "page";
        Page page{.key = src.key};
        Status no_text;
        if (ProcessPage(page, r, &no_text)) return;
        std::vector<ingest::FeedLink> feeds =
            ingest::DiscoverFeeds(ingest::DecodeHtmlToUtf8(r.body, r.content_type).text, base);
        if (feeds.empty()) {
          Fail(no_text);
          state.last_error = no_text.message();
          PutState(state);
          return;
        }
        FetchSource feed{.url = feeds.front().url, .from_feed_list = true};
        feed.delay = src.given.delay;
        feed.max_items = src.given.max_items;
        next.push_back(AddSource(feed, ""));
        return;
      }
      case ingest::BodyKind::kUnknown:
        Fail(Status::InvalidArgument(
            "fetch " + ingest::RedactUrl(src.key) + ": not a feed, a sitemap or an HTML page" +
            (r.content_type.empty() ? std::string() : " (Content-Type " + r.content_type + ")")));
        state.last_error = "not a feed, a sitemap or an HTML page";
        PutState(state);
        return;
    }
    // A feed or a sitemap: queue its pages.
    size_t n = 0;
    for (const std::string& link : links) {
      if (link.empty()) continue;
      if (src.given.max_items != 0 && n++ >= src.given.max_items) break;
      StatusOr<std::string> key = ingest::NormalizeUrl(link);
      if (!key.ok()) continue;  // mailto:, javascript: ... are not pages
      auto [it, inserted] = page_index_.try_emplace(*key, pages_.size());
      if (inserted) {
        Page page{.key = *key};
        StatusOr<ingest::UrlParts> parts = ingest::ParseUrl(*key);
        page.host = parts.ok() ? parts->host : "";
        pages_.push_back(std::move(page));
      }
      Page& page = pages_[it->second];
      if (std::find(page.sources.begin(), page.sources.end(), index) == page.sources.end()) {
        page.sources.push_back(index);
        ++src.open_pages;
      }
    }
    src.pending = fresh;
  }

  // Marks `page` dealt with for the sources that list it.
  void PageDone(const Page& page, bool final) {
    for (size_t i : page.sources) {
      --sources_[i].open_pages;
      if (!final) sources_[i].incomplete = true;
    }
  }

  void FetchPages() {
    // Known pages are skipped without a request.
    std::map<std::string, std::vector<size_t>> by_host;  // host -> pages to fetch, in order
    for (size_t i = 0; i < pages_.size(); ++i) {
      Page& page = pages_[i];
      if (!options_.refetch) {
        StatusOr<std::optional<db::FetchState>> state = table_.Get(page.key);
        bool known = state.ok() && state->has_value() && IsDone(**state);
        if (!known) {
          StatusOr<int64_t> id = table_.FindArticleByUrl(page.key);
          known = id.ok() && *id != 0;
        }
        if (known) {
          ++result_.known;
          ++progress_.pages_done;
          PageDone(page, true);
          continue;
        }
      }
      by_host[page.host].push_back(i);
    }
    Progress();
    // Round-robin: one page per host per batch, so that a stop request is
    // seen after about one politeness delay, not after a whole host's queue.
    std::map<std::string, size_t> next_of_host;
    while (!Stopped()) {
      std::vector<size_t> batch;
      for (auto& [host, list] : by_host) {
        size_t& next = next_of_host[host];
        if (next < list.size()) batch.push_back(list[next++]);
      }
      if (batch.empty()) break;
      std::vector<ingest::FetchRequest> requests;
      std::vector<std::optional<db::FetchState>> states;
      for (size_t i : batch) {
        ingest::FetchRequest req{.url = pages_[i].key};
        if (options_.refetch) {
          StatusOr<std::optional<db::FetchState>> state = table_.Get(pages_[i].key);
          if (state.ok() && state->has_value() && (*state)->kind == "page") {
            req.etag = (*state)->etag;
            req.last_modified = (*state)->last_modified;
          }
        }
        requests.push_back(std::move(req));
      }
      std::vector<ingest::FetchResult> results = fetcher_->FetchAll(requests);
      for (size_t j = 0; j < batch.size(); ++j) {
        if (Stopped()) break;
        Page& page = pages_[batch[j]];
        const bool final = ProcessPageResult(page, results[j]);
        PageDone(page, final);
        ++progress_.pages_done;
        Progress();
      }
    }
  }

  // Returns whether the page is dealt with for good (stored, known or failed
  // for a reason that a retry would not fix).
  bool ProcessPageResult(const Page& page, ingest::FetchResult& r) {
    db::FetchState state{.url = page.key, .kind = "page", .status = r.status_code};
    if (!r.ok()) {
      Fail(r.error);
      state.last_error = r.error.message();
      StatusOr<std::optional<db::FetchState>> old = table_.Get(page.key);
      if (old.ok() && old->has_value()) state.article_id = (*old)->article_id;
      PutState(state);
      return !IsTransient(r);
    }
    if (r.not_modified()) {
      // --refetch of an unchanged page: nothing to write.
      ++result_.known;
      return true;
    }
    if (ingest::ClassifyBody(r.body, r.content_type) != ingest::BodyKind::kHtml) {
      const Status s = Status::InvalidArgument(
          "fetch " + ingest::RedactUrl(page.key) + ": not an HTML page" +
          (r.content_type.empty() ? std::string() : " (Content-Type " + r.content_type + ")"));
      Fail(s);
      state.last_error = s.message();
      PutState(state);
      return true;
    }
    page_transient_ = false;
    ProcessPage(page, r, nullptr);
    return !page_transient_;
  }

  // Extracts and stores a fetched HTML page. When the page yields no article
  // and `no_text` is not null, returns false with the cause in *no_text (the
  // caller then looks for advertised feeds); other failures are reported and
  // recorded, and set page_transient_ when a later run may succeed.
  bool ProcessPage(const Page& page, const ingest::FetchResult& r, Status* no_text) {
    const std::string url = r.final_url.empty() ? page.key : r.final_url;
    db::FetchState state{.url = page.key,
                         .kind = "page",
                         .etag = r.etag,
                         .last_modified = r.last_modified,
                         .status = r.status_code,
                         .content_hash = Sha256Hex(r.body)};
    ingest::HtmlExtractOptions extract_options;
    extract_options.max_input_bytes =
        std::max(extract_options.max_input_bytes, options_.fetch.max_body_bytes);
    StatusOr<ingest::Document> doc = ingest::ExtractHtml(r.body, ingest::RedactUrl(page.key), url,
                                                         r.content_type, extract_options);
    if (!doc.ok()) {
      if (no_text != nullptr) {
        *no_text = doc.status();
        return false;
      }
      Fail(doc.status());
      state.last_error = doc.status().message();
      PutState(state);
      return true;
    }
    db::ArticleRecord record = ToRecord(*doc);
    record.source = page.key;
    StatusOr<std::string> final_key = ingest::NormalizeUrl(url);
    record.url = final_key.ok() ? *final_key : page.key;
    if (!record.canonical_url.empty()) {
      StatusOr<std::string> canonical = ingest::NormalizeUrl(record.canonical_url);
      if (canonical.ok()) record.canonical_url = *canonical;
    }
    // The canonical URL of a page stored already: link, do not analyse.
    if (!options_.refetch && !record.canonical_url.empty() && record.canonical_url != page.key) {
      StatusOr<int64_t> id = table_.FindArticleByUrl(record.canonical_url);
      if (id.ok() && *id != 0) {
        state.article_id = *id;
        ++result_.known;
        PutState(state);
        return true;
      }
    }
    // Exact duplicates are linked through fetch_state (content_hash is
    // unique, so a second row is impossible); near duplicates are stored
    // without facts.
    int64_t duplicate_of = 0;
    StatusOr<int64_t> same = table_.FindArticleByContent(db::Store::ContentHash(record));
    if (same.ok() && *same == 0) {
      StatusOr<int64_t> near = table_.FindNearDuplicate(SimHash(db::Store::BodyOf(record)),
                                                        kNearDuplicateBits, record.source);
      if (near.ok()) duplicate_of = *near;
    }
    nlp::Extraction extraction;
    const bool analyse = same.ok() && *same == 0 && duplicate_of == 0;
    if (analyse) {
      if (!EnsureAnalyzer()) {
        page_transient_ = true;
        return true;
      }
      extraction = analyzer_->Analyze(record.text, record.lang);
    }
    StatusOr<db::FetchedArticle> added =
        table_.AddFetchedArticle(record, extraction, duplicate_of, state);
    if (!added.ok()) {
      Fail(added.status().WithContext(ingest::RedactUrl(page.key)));
      page_transient_ = true;  // a busy or full disk: try again next run
      return true;
    }
    switch (added->added.outcome) {
      case db::AddOutcome::kDuplicate:
        ++result_.duplicates;
        return true;
      case db::AddOutcome::kAdded:
        if (duplicate_of != 0) {
          ++result_.duplicates;
          return true;
        }
        ++result_.added;
        break;
      case db::AddOutcome::kUpdated:
        ++result_.updated;
        break;
    }
    result_.entities += static_cast<int64_t>(extraction.entities.size());
    for (const nlp::Relation& rel : extraction.relations) {
      if (rel.type != "MENTIONED_WITH") ++result_.relations;
    }
    return true;
  }

  // The lexicon is loaded on the first page to analyse: a run where every
  // feed answers 304 does not pay for it.
  bool EnsureAnalyzer() {
    if (analyzer_) return true;
    if (!lexicon_error_.ok()) return false;
    StatusOr<nlp::Lexicon> lexicon = LoadLexicon(options_.lexicon);
    if (!lexicon.ok()) {
      lexicon_error_ = lexicon.status();
      Fail(lexicon_error_);
      return false;
    }
    lexicon_ = std::make_unique<nlp::Lexicon>(std::move(*lexicon));
    analyzer_ = std::make_unique<nlp::Analyzer>(*lexicon_, options_.analyzer);
    return true;
  }

  void FinishSources() {
    for (Source& src : sources_) {
      if (!src.pending) continue;
      db::FetchState state = *src.pending;
      if (src.incomplete || src.open_pages > 0) {
        // Not every page is in: keep the old validators so that the next run
        // downloads this feed again instead of getting a 304.
        state.etag = src.state ? src.state->etag : "";
        state.last_modified = src.state ? src.state->last_modified : "";
        state.content_hash = src.state ? src.state->content_hash : "";
      }
      PutState(state);
    }
  }

  const FetchIngestOptions& options_;
  const Reporter& report_;
  db::Store* store_;
  db::FetchStateTable table_;
  ingest::Fetcher* fetcher_;
  std::vector<Source> sources_;
  std::set<std::string> seen_sources_;
  std::vector<Page> pages_;
  std::map<std::string, size_t> page_index_;
  std::unique_ptr<nlp::Lexicon> lexicon_;
  std::unique_ptr<nlp::Analyzer> analyzer_;
  Status lexicon_error_;
  FetchProgress progress_;
  bool page_transient_ = false;  // the last ProcessPage failed for a retryable reason
  FetchIngestReport result_;
};

}  // namespace

bool IsHttpUrl(std::string_view arg) {
  auto starts = [&](std::string_view prefix) {
    if (arg.size() < prefix.size()) return false;
    for (size_t i = 0; i < prefix.size(); ++i) {
      if (std::tolower(static_cast<unsigned char>(arg[i])) != prefix[i]) return false;
    }
    return true;
  };
  return starts("http://") || starts("https://");
}

StatusOr<std::vector<FetchSource>> ParseFeedList(std::string_view text, std::string_view name) {
  std::vector<FetchSource> out;
  int line_no = 0;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    ++line_no;
    const std::string where = std::string(name) + ":" + std::to_string(line_no) + ": ";
    // A comment starts a line or follows whitespace ('#' inside a URL is a fragment).
    for (size_t i = 0; i < line.size(); ++i) {
      if (line[i] == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t')) {
        line = line.substr(0, i);
        break;
      }
    }
    std::vector<std::string> words;
    size_t i = 0;
    while (i < line.size()) {
      while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r')) ++i;
      size_t j = i;
      while (j < line.size() && line[j] != ' ' && line[j] != '\t' && line[j] != '\r') ++j;
      if (j > i) words.push_back(std::string(line.substr(i, j - i)));
      i = j;
    }
    if (words.empty()) continue;
    FetchSource source{.url = words[0], .from_feed_list = true};
    if (!IsHttpUrl(source.url)) {
      return Status::InvalidArgument(where + "'" + ingest::RedactUrl(source.url) +
                                     "' is not an http or https URL");
    }
    for (size_t w = 1; w < words.size(); ++w) {
      const std::string& setting = words[w];
      const size_t eq = setting.find('=');
      const std::string key = setting.substr(0, eq);
      const std::string value = eq == std::string::npos ? "" : Trim(setting.substr(eq + 1));
      if (key == "delay") {
        source.delay = ParseDelay(value);
        if (!source.delay) {
          return Status::InvalidArgument(where + "bad delay '" + value +
                                         "' (examples: delay=5s, delay=500ms)");
        }
      } else if (key == "max-items") {
        size_t used = 0;
        long long n = -1;
        try {
          n = std::stoll(value, &used);
        } catch (...) {
        }
        if (n < 0 || used != value.size() || value.empty()) {
          return Status::InvalidArgument(where + "bad max-items '" + value + "'");
        }
        source.max_items = static_cast<size_t>(n);
      } else {
        return Status::InvalidArgument(where + "unknown setting '" + key +
                                       "' (known: delay, max-items)");
      }
    }
    out.push_back(std::move(source));
  }
  return out;
}

StatusOr<FetchIngestReport> IngestSources(const std::vector<FetchSource>& sources,
                                          const FetchIngestOptions& options,
                                          const Reporter& report) {
  const auto start = std::chrono::steady_clock::now();
  StatusOr<std::unique_ptr<db::Store>> store = db::Store::Open(options.db_path);
  if (!store.ok()) return store.status();
  std::unique_ptr<ingest::CurlFetcher> curl;
  ingest::Fetcher* fetcher = options.fetcher;
  if (fetcher == nullptr) {
    ingest::CurlFetcherOptions fetch = options.fetch;
    for (const FetchSource& s : sources) {
      if (!s.delay) continue;
      StatusOr<ingest::UrlParts> parts = ingest::ParseUrl(s.url);
      if (parts.ok()) fetch.host_delays[parts->host] = *s.delay;
    }
    curl = std::make_unique<ingest::CurlFetcher>(std::move(fetch));
    fetcher = curl.get();
  }
  Run run(options, report, store->get(), fetcher);
  run.Go(sources);
  FetchIngestReport result = run.result();
  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return result;
}

}  // namespace ng::app
