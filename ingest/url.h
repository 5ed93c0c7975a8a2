// URL handling for the fetch layer: normalisation (for dedup keys and
// politeness), relative-link resolution (feed and page links) and redaction
// (for log lines and error messages).
//
// Parsing is done by libcurl's URL API (curl_url), so what we normalise is
// exactly what CurlFetcher will request. Only http and https URLs are
// accepted by NormalizeUrl and ResolveHttpUrl; anything else ("mailto:",
// "javascript:", "file:") is an InvalidArgument error, which is what a caller
// collecting links wants to skip.
//
// All functions are pure and thread-safe.
#ifndef NEWSGRAPH_INGEST_URL_H_
#define NEWSGRAPH_INGEST_URL_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace ng::ingest {

struct UrlNormalizeOptions {
  // Query parameters removed because they only track the click, never select
  // the content. A name ending in '*' is a prefix ("utm_*"). Matched
  // case-insensitively. Default: utm_*, fbclid, gclid, dclid, gbraid, wbraid,
  // msclkid, yclid, mc_cid, mc_eid, igshid, _ga, _gl, ref_src.
  std::vector<std::string> tracking_params = DefaultTrackingParams();
  // Drop "#fragment" (the server never sees it). Default true.
  bool drop_fragment = true;

  static std::vector<std::string> DefaultTrackingParams();
};

// Returns the canonical form of an absolute http(s) URL:
//   - scheme and host lowercased, IDN hosts converted to punycode when libcurl
//     was built with IDN support;
//   - default ports (:80 for http, :443 for https) dropped;
//   - dot segments ("/a/./b/../c") removed, an empty path becomes "/";
//   - the fragment dropped;
//   - tracking query parameters removed (others keep their order), an empty
//     query dropped together with its '?';
//   - spaces and non-ASCII bytes percent-encoded.
// Userinfo is kept (use RedactUrl before logging).
// Errors: InvalidArgument "url <redacted url>: <cause>".
StatusOr<std::string> NormalizeUrl(std::string_view url, const UrlNormalizeOptions& options = {});

// Named ResolveHttpUrl, not ResolveUrl, because ingest/metadata.h already has
// a lenient `std::string ResolveUrl(base, ref)` for page metadata that
// returns `ref` on failure; this one reports errors and rejects non-http(s).
//
// Resolves `ref` (an href as found in a feed or page: absolute,
// scheme-relative "//host/p", absolute-path "/p", or relative "p", "../p",
// "?q") against the absolute URL `base`, RFC 3986 section 5. Leading and
// trailing whitespace of `ref` is ignored (feeds often wrap links in
// newlines). The result is not normalised: call NormalizeUrl for a dedup key.
// Errors: InvalidArgument when base is not an absolute http(s) URL or the
// result is not http(s).
StatusOr<std::string> ResolveHttpUrl(std::string_view base, std::string_view ref);

// Returns `url` fit for a log line: userinfo ("user:password@") becomes
// "***@", and the values of query parameters that commonly carry secrets
// (password, passwd, pwd, token, access_token, api_key, apikey, key, secret,
// sig, signature, auth) become "***". Never fails: an unparseable URL has its
// userinfo cut by a plain text rule.
std::string RedactUrl(std::string_view url);

// Parts of an absolute http(s) URL, as libcurl parses them. Host is
// lowercased; port is the explicit or the default port.
struct UrlParts {
  std::string scheme;  // "http" or "https"
  std::string host;    // "example.com", "[::1]" for IPv6 literals as curl gives them
  int port = 0;
  std::string path;   // "/a/b", never empty
  std::string query;  // without '?', may be empty
};
StatusOr<UrlParts> ParseUrl(std::string_view url);

// "scheme://host[:port]" with the port only when it is not the default: the
// key of a robots.txt cache entry (RFC 9309 section 2.3: robots.txt applies
// per scheme, host and port).
std::string OriginOf(const UrlParts& parts);

}  // namespace ng::ingest

#endif  // NEWSGRAPH_INGEST_URL_H_
