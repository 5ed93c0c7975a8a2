#include "ingest/fetcher.h"

#include <arpa/inet.h>
#include <curl/curl.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <algorithm>
#include <deque>
#include <mutex>
#include <optional>

#include "ingest/url.h"

namespace ng::ingest {

struct CurlFetcher::Job {
  size_t index = 0;
  FetchRequest request;
  FetchResult result;
  std::string host;  // politeness key
  Clock::TimePoint not_before{};
  int attempts = 0;
  CURL* easy = nullptr;
  curl_slist* headers = nullptr;
  size_t max_bytes = 0;
  bool over_cap = false;
  bool deny_private = false;
  std::string refused_address;
  char errbuf[CURL_ERROR_SIZE] = {};
};

namespace {

using std::chrono::duration_cast;
using std::chrono::milliseconds;

void GlobalInit() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

size_t WriteBody(char* data, size_t size, size_t nmemb, void* userp) {
  auto* job = static_cast<CurlFetcher::Job*>(userp);
  size_t len = size * nmemb;
  if (job->result.body.size() + len > job->max_bytes) {
    job->over_cap = true;
    return 0;  // makes libcurl abort the transfer with CURLE_WRITE_ERROR
  }
  job->result.body.append(data, len);
  return len;
}

bool IsPrivateV4(uint32_t a) {  // host byte order
  auto in = [a](uint32_t net, int bits) { return (a >> (32 - bits)) == (net >> (32 - bits)); };
  return in(0x00000000, 8) ||   // 0.0.0.0/8 "this network"
         in(0x0A000000, 8) ||   // 10/8
         in(0x64400000, 10) ||  // 100.64/10 carrier-grade NAT
         in(0x7F000000, 8) ||   // loopback
         in(0xA9FE0000, 16) ||  // link-local
         in(0xAC100000, 12) ||  // 172.16/12
         in(0xC0A80000, 16) ||  // 192.168/16
         in(0xE0000000, 3);     // multicast and reserved
}

// Returns the printable address when `addr` must be refused, else "".
std::string PrivateAddress(const sockaddr* addr) {
  char text[INET6_ADDRSTRLEN] = {};
  if (addr->sa_family == AF_INET) {
    const auto* in = reinterpret_cast<const sockaddr_in*>(addr);
    if (!IsPrivateV4(ntohl(in->sin_addr.s_addr))) return "";
    inet_ntop(AF_INET, &in->sin_addr, text, sizeof(text));
    return text;
  }
  if (addr->sa_family == AF_INET6) {
    const auto* in6 = reinterpret_cast<const sockaddr_in6*>(addr);
    const unsigned char* b = in6->sin6_addr.s6_addr;
    bool refuse = false;
    static const unsigned char kZero[16] = {};
    static const unsigned char kV4Mapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
    if (std::equal(b, b + 15, kZero) && (b[15] == 0 || b[15] == 1)) {
      refuse = true;  // :: and ::1
    } else if (std::equal(b, b + 12, kV4Mapped)) {
      refuse = IsPrivateV4((uint32_t{b[12]} << 24) | (uint32_t{b[13]} << 16) |
                           (uint32_t{b[14]} << 8) | b[15]);
    } else {
      refuse = (b[0] & 0xfe) == 0xfc ||                    // fc00::/7 unique local
               (b[0] == 0xfe && (b[1] & 0xc0) == 0x80) ||  // fe80::/10 link-local
               b[0] == 0xff;                               // multicast
    }
    if (!refuse) return "";
    inet_ntop(AF_INET6, &in6->sin6_addr, text, sizeof(text));
    return text;
  }
  return "";
}

curl_socket_t OpenSocket(void* clientp, curlsocktype /*purpose*/, curl_sockaddr* address) {
  auto* job = static_cast<CurlFetcher::Job*>(clientp);
  if (job->deny_private) {
    std::string refused = PrivateAddress(&address->addr);
    if (!refused.empty()) {
      job->refused_address = refused;
      return CURL_SOCKET_BAD;
    }
  }
  return socket(address->family, address->socktype, address->protocol);
}

std::string Seconds(milliseconds ms) {
  if (ms.count() % 1000 == 0) return std::to_string(ms.count() / 1000) + " s";
  std::string s = std::to_string(static_cast<double>(ms.count()) / 1000.0);
  s.erase(s.find_last_not_of('0') + 1);
  return s + " s";
}

std::string Header(CURL* easy, const char* name) {
  curl_header* h = nullptr;
  if (curl_easy_header(easy, name, 0, CURLH_HEADER, -1, &h) != CURLHE_OK || h == nullptr) {
    return "";
  }
  return h->value;
}

bool IsRetriableCurlCode(CURLcode rc) {
  switch (rc) {
    case CURLE_COULDNT_CONNECT:
    case CURLE_OPERATION_TIMEDOUT:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
    case CURLE_SSL_CONNECT_ERROR:
      return true;
    default:
      return false;
  }
}

}  // namespace

std::vector<FetchResult> Fetcher::FetchAll(const std::vector<FetchRequest>& requests) {
  std::vector<FetchResult> results;
  results.reserve(requests.size());
  for (const FetchRequest& r : requests) results.push_back(Fetch(r));
  return results;
}

// ------------------------------------------------------------------ CurlFetcher

namespace {
std::string ProductToken(const std::string& user_agent) {
  std::string token = user_agent.substr(0, user_agent.find_first_of("/ "));
  return token.empty() ? "newsgraph" : token;
}
}  // namespace

CurlFetcher::CurlFetcher(CurlFetcherOptions options)
    : options_(std::move(options)),
      clock_(options_.clock != nullptr ? options_.clock : RealClock()),
      robots_(ProductToken(options_.user_agent)) {
  GlobalInit();
  CURLM* multi = curl_multi_init();
  curl_multi_setopt(multi, CURLMOPT_MAX_HOST_CONNECTIONS, 1L);
  curl_multi_setopt(multi, CURLMOPT_MAX_TOTAL_CONNECTIONS,
                    static_cast<long>(std::max(1, options_.max_connections)));
  multi_ = multi;
  curl_slist* list = nullptr;
  for (const std::string& r : options_.resolve) list = curl_slist_append(list, r.c_str());
  resolve_list_ = list;
}

CurlFetcher::~CurlFetcher() {
  curl_multi_cleanup(static_cast<CURLM*>(multi_));
  curl_slist_free_all(static_cast<curl_slist*>(resolve_list_));
}

std::chrono::milliseconds CurlFetcher::BaseDelayFor(const std::string& host) const {
  auto it = options_.host_delays.find(host);
  return it == options_.host_delays.end() ? options_.per_host_delay : it->second;
}

std::chrono::milliseconds CurlFetcher::DelayFor(const std::string& host) const {
  auto it = hosts_.find(host);
  return it == hosts_.end() ? BaseDelayFor(host) : it->second.delay;
}

FetchResult CurlFetcher::Fetch(const FetchRequest& request) {
  return std::move(FetchAll({request}).front());
}

std::vector<FetchResult> CurlFetcher::FetchAll(const std::vector<FetchRequest>& requests) {
  std::vector<FetchResult> results(requests.size());
  std::vector<std::unique_ptr<Job>> owned;
  std::vector<Job*> batch;
  std::vector<std::string> origins;  // per request, for robots
  origins.resize(requests.size());
  for (size_t i = 0; i < requests.size(); ++i) {
    results[i].url = requests[i].url;
    StatusOr<UrlParts> parts = ParseUrl(requests[i].url);
    if (!parts.ok()) {
      results[i].error = Status::InvalidArgument("fetch " + RedactUrl(requests[i].url) +
                                                 ": not an absolute http or https URL");
      continue;
    }
    auto job = std::make_unique<Job>();
    job->index = i;
    job->request = requests[i];
    job->result.url = requests[i].url;
    job->host = parts->host;
    origins[i] = OriginOf(*parts);
    auto [it, inserted] = hosts_.try_emplace(job->host);
    if (inserted) it->second.delay = BaseDelayFor(job->host);
    batch.push_back(job.get());
    owned.push_back(std::move(job));
  }

  if (options_.obey_robots) {
    std::vector<std::unique_ptr<Job>> robot_jobs;
    std::vector<Job*> robot_batch;
    for (Job* job : batch) {
      const std::string& origin = origins[job->index];
      if (robots_.Has(origin)) continue;
      bool queued = std::any_of(robot_jobs.begin(), robot_jobs.end(), [&](const auto& r) {
        return r->request.url == origin + "/robots.txt";
      });
      if (queued) continue;
      auto r = std::make_unique<Job>();
      r->request.url = origin + "/robots.txt";
      r->result.url = r->request.url;
      r->host = job->host;
      robot_batch.push_back(r.get());
      robot_jobs.push_back(std::move(r));
    }
    RunBatch(robot_batch);
    for (const auto& r : robot_jobs) {
      std::string origin = r->request.url.substr(0, r->request.url.size() - 11);
      // A response with an HTTP status counts even if it is an "error" (4xx);
      // no status at all means the site was unreachable.
      std::string cause = r->result.error.message();
      size_t colon = cause.find(": ");  // drop the "fetch <url>: " prefix
      if (colon != std::string::npos) cause = cause.substr(colon + 2);
      robots_.Record(origin, r->result.status_code, r->result.body, cause);
    }
    std::vector<Job*> allowed;
    for (Job* job : batch) {
      Status s = robots_.Check(job->request.url);
      if (!s.ok()) {
        results[job->index].error = s.WithContext("fetch " + RedactUrl(job->request.url));
        continue;
      }
      if (std::optional<double> d = robots_.CrawlDelay(job->request.url)) {
        auto crawl = milliseconds(static_cast<int64_t>(*d * 1000));
        hosts_[job->host].delay =
            std::max(BaseDelayFor(job->host), std::min(crawl, options_.max_crawl_delay));
      }
      allowed.push_back(job);
    }
    batch.swap(allowed);
  }

  RunBatch(batch);
  for (Job* job : batch) results[job->index] = std::move(job->result);
  return results;
}

void CurlFetcher::RunBatch(std::vector<Job*>& jobs) {
  CURLM* multi = static_cast<CURLM*>(multi_);
  std::deque<Job*> pending(jobs.begin(), jobs.end());
  size_t active = 0;
  const size_t max_active = static_cast<size_t>(std::max(1, options_.max_connections));
  while (!pending.empty() || active > 0) {
    Clock::TimePoint now = clock_->Now();
    std::optional<Clock::TimePoint> wake;
    for (auto it = pending.begin(); it != pending.end() && active < max_active;) {
      Job* job = *it;
      HostState& host = hosts_[job->host];
      if (host.busy) {
        ++it;
        continue;
      }
      Clock::TimePoint start = std::max(job->not_before, host.next_allowed);
      if (start <= now) {
        host.busy = true;
        StartJob(job);
        curl_multi_add_handle(multi, job->easy);
        ++active;
        it = pending.erase(it);
      } else {
        if (!wake || start < *wake) wake = start;
        ++it;
      }
    }
    if (active == 0) {
      if (wake) clock_->SleepFor(*wake - now);
      continue;
    }
    int running = 0;
    curl_multi_perform(multi, &running);
    int left = 0;
    while (CURLMsg* msg = curl_multi_info_read(multi, &left)) {
      if (msg->msg != CURLMSG_DONE) continue;
      Job* job = nullptr;
      curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, &job);
      CURLcode rc = msg->data.result;
      curl_multi_remove_handle(multi, msg->easy_handle);
      --active;
      if (FinishJob(job, rc)) pending.push_back(job);
    }
    if (active > 0) {
      int timeout_ms = 1000;
      if (wake) {
        auto until = duration_cast<milliseconds>(*wake - clock_->Now()).count();
        timeout_ms = static_cast<int>(std::clamp<int64_t>(until, 0, 1000));
      }
      curl_multi_poll(multi, nullptr, 0, timeout_ms, nullptr);
    }
  }
}

void CurlFetcher::StartJob(Job* job) {
  job->result = FetchResult();
  job->result.url = job->request.url;
  job->over_cap = false;
  job->refused_address.clear();
  job->errbuf[0] = '\0';
  job->max_bytes = options_.max_body_bytes;
  job->deny_private = options_.deny_private_addresses;

  CURL* e = curl_easy_init();
  job->easy = e;
  curl_easy_setopt(e, CURLOPT_URL, job->request.url.c_str());
  curl_easy_setopt(e, CURLOPT_PRIVATE, job);
  curl_easy_setopt(e, CURLOPT_USERAGENT, options_.user_agent.c_str());
  curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(e, CURLOPT_ERRORBUFFER, job->errbuf);
  curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 1L);
  curl_easy_setopt(e, CURLOPT_MAXREDIRS, static_cast<long>(options_.max_redirects));
  curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(e, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS,
                   static_cast<long>(options_.connect_timeout.count()));
  curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, static_cast<long>(options_.total_timeout.count()));
  curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, "");  // every encoding libcurl can decode
  // Rejects early when Content-Length announces too much; WriteBody caps the rest.
  curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(options_.max_body_bytes));
  curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, WriteBody);
  curl_easy_setopt(e, CURLOPT_WRITEDATA, job);
  curl_easy_setopt(e, CURLOPT_OPENSOCKETFUNCTION, OpenSocket);
  curl_easy_setopt(e, CURLOPT_OPENSOCKETDATA, job);
  if (resolve_list_ != nullptr) curl_easy_setopt(e, CURLOPT_RESOLVE, resolve_list_);
  curl_slist* headers = nullptr;
  if (!job->request.etag.empty()) {
    headers = curl_slist_append(headers, ("If-None-Match: " + job->request.etag).c_str());
  }
  if (!job->request.last_modified.empty()) {
    headers =
        curl_slist_append(headers, ("If-Modified-Since: " + job->request.last_modified).c_str());
  }
  job->headers = headers;
  if (headers != nullptr) curl_easy_setopt(e, CURLOPT_HTTPHEADER, headers);
}

bool CurlFetcher::FinishJob(Job* job, int curl_code) {
  CURLcode rc = static_cast<CURLcode>(curl_code);
  CURL* e = job->easy;
  FetchResult& r = job->result;
  long code = 0;
  curl_easy_getinfo(e, CURLINFO_RESPONSE_CODE, &code);
  r.status_code = static_cast<int>(code);
  char* text = nullptr;
  if (curl_easy_getinfo(e, CURLINFO_EFFECTIVE_URL, &text) == CURLE_OK && text) r.final_url = text;
  text = nullptr;
  if (curl_easy_getinfo(e, CURLINFO_CONTENT_TYPE, &text) == CURLE_OK && text) r.content_type = text;
  if (code != 0) {
    r.etag = Header(e, "ETag");
    r.last_modified = Header(e, "Last-Modified");
    r.retry_after = Header(e, "Retry-After");
  }
  curl_off_t retry_after_s = 0;  // libcurl parses both delta-seconds and HTTP-date
  curl_easy_getinfo(e, CURLINFO_RETRY_AFTER, &retry_after_s);
  curl_off_t connected = 0;
  curl_easy_getinfo(e, CURLINFO_CONNECT_TIME_T, &connected);
  std::string errbuf = job->errbuf;
  curl_easy_cleanup(e);
  curl_slist_free_all(job->headers);
  job->easy = nullptr;
  job->headers = nullptr;
  r.attempts = ++job->attempts;
  Clock::TimePoint now = clock_->Now();
  HostState& host = hosts_[job->host];
  host.busy = false;
  host.next_allowed = std::max(host.next_allowed, now + host.delay);

  const std::string where = "fetch " + RedactUrl(job->request.url) + ": ";
  bool retriable = false;
  if (rc != CURLE_OK) {
    if (job->over_cap || rc == CURLE_FILESIZE_EXCEEDED) {
      r.error = Status::ResourceExhausted(where + "response body over " +
                                          std::to_string(options_.max_body_bytes) + " bytes");
      r.body.clear();
    } else if (rc == CURLE_TOO_MANY_REDIRECTS) {
      r.error = Status::IoError(where + "more than " + std::to_string(options_.max_redirects) +
                                " redirects");
    } else if (rc == CURLE_UNSUPPORTED_PROTOCOL) {
      r.error = Status::IoError(where + "redirected to a URL that is not http or https (" +
                                (errbuf.empty() ? curl_easy_strerror(rc) : errbuf) + ")");
    } else if (!job->refused_address.empty()) {
      r.error =
          Status::IoError(where + "refused to connect to private address " + job->refused_address);
    } else if (rc == CURLE_OPERATION_TIMEDOUT) {
      r.error = Status::IoError(
          where + (connected == 0 && code == 0
                       ? "could not connect within " + Seconds(options_.connect_timeout)
                       : "timed out after " + Seconds(options_.total_timeout)));
      retriable = true;
    } else {
      r.error = Status::IoError(where + curl_easy_strerror(rc) +
                                (errbuf.empty() ? std::string() : " (" + errbuf + ")"));
      retriable = IsRetriableCurlCode(rc);
    }
  } else if ((code >= 200 && code < 300) || code == 304) {
    r.error = Status::Ok();
  } else {
    r.error = Status::IoError(where + "HTTP " + std::to_string(code));
    retriable = code >= 500 || code == 429 || code == 408;
  }

  if (!retriable || r.attempts > options_.max_retries) return false;
  milliseconds wait;
  if ((code == 429 || code == 503) && retry_after_s > 0) {
    wait = milliseconds(retry_after_s * 1000);
    if (wait > options_.max_retry_after) {
      r.error = Status::IoError(where + "HTTP " + std::to_string(code) + ", Retry-After " +
                                Seconds(wait) + " is over the cap of " +
                                Seconds(options_.max_retry_after));
      return false;
    }
    // Retry-After speaks for the whole host, not only this URL.
    host.next_allowed = std::max(host.next_allowed, now + wait);
  } else {
    wait = options_.initial_backoff * (int64_t{1} << std::min(r.attempts - 1, 20));
    wait = std::min(wait, options_.max_backoff);
  }
  job->not_before = now + wait;
  return true;
}

// ------------------------------------------------------------------ FakeFetcher

FetchResult FakeFetcher::Fetch(const FetchRequest& request) {
  requests_.push_back(request);
  FetchResult r;
  r.url = request.url;
  r.attempts = 1;
  auto it = responses_.find(request.url);
  if (it == responses_.end()) {
    r.status_code = 404;
    r.final_url = request.url;
    r.error = Status::IoError("fetch " + RedactUrl(request.url) + ": HTTP 404");
    return r;
  }
  const Response& resp = it->second;
  if (!resp.error.ok()) {
    r.error = resp.error;
    return r;
  }
  r.final_url = resp.final_url.empty() ? request.url : resp.final_url;
  r.status_code = resp.status_code;
  r.content_type = resp.content_type;
  r.etag = resp.etag;
  r.last_modified = resp.last_modified;
  bool etag_match = !request.etag.empty() && request.etag == resp.etag;
  bool date_match = !request.last_modified.empty() && request.last_modified == resp.last_modified;
  if (resp.status_code == 200 && (etag_match || date_match)) {
    r.status_code = 304;
    return r;
  }
  r.body = resp.body;
  if (resp.status_code >= 400) {
    r.error = Status::IoError("fetch " + RedactUrl(request.url) + ": HTTP " +
                              std::to_string(resp.status_code));
  }
  return r;
}

}  // namespace ng::ingest
