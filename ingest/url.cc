#include "ingest/url.h"

#include <curl/curl.h>

#include <algorithm>
#include <memory>

#include "base/strings.h"

namespace ng::ingest {
namespace {

struct UrlDeleter {
  void operator()(CURLU* u) const { curl_url_cleanup(u); }
};
using UrlHandle = std::unique_ptr<CURLU, UrlDeleter>;

// Reads one part; returns "" when the part is absent.
std::string GetPart(CURLU* u, CURLUPart part, unsigned int flags = 0) {
  char* value = nullptr;
  if (curl_url_get(u, part, &value, flags) != CURLUE_OK || value == nullptr) return "";
  std::string out(value);
  curl_free(value);
  return out;
}

// Text-rule fallback for RedactUrl: cuts "user:pass@" after "://".
std::string RedactByText(std::string_view url) {
  std::string out(url);
  size_t start = out.find("://");
  if (start == std::string::npos) return out;
  start += 3;
  size_t end = out.find_first_of("/?#", start);
  if (end == std::string::npos) end = out.size();
  size_t at = out.rfind('@', end);
  if (at == std::string::npos || at < start) return out;
  out.replace(start, at - start, "***");
  return out;
}

Status UrlError(std::string_view url, std::string_view cause) {
  return Status::InvalidArgument("url " + RedactByText(url) + ": " + std::string(cause));
}

// Parses an absolute http(s) URL into a fresh handle.
StatusOr<UrlHandle> ParseHttpUrl(std::string_view url) {
  UrlHandle u(curl_url());
  if (!u) return Status::Internal("curl_url: out of memory");
  std::string s(TrimAsciiSpace(url));
  CURLUcode rc = curl_url_set(u.get(), CURLUPART_URL, s.c_str(), CURLU_URLENCODE);
  if (rc != CURLUE_OK) return UrlError(url, curl_url_strerror(rc));
  std::string scheme = AsciiLower(GetPart(u.get(), CURLUPART_SCHEME));
  if (scheme != "http" && scheme != "https") {
    return UrlError(url, "scheme \"" + scheme + "\" is not http or https");
  }
  return u;
}

bool IsTrackingParam(std::string_view name, const std::vector<std::string>& tracking) {
  std::string lower = AsciiLower(name);
  for (const std::string& t : tracking) {
    if (!t.empty() && t.back() == '*') {
      if (lower.compare(0, t.size() - 1, t, 0, t.size() - 1) == 0) return true;
    } else if (lower == t) {
      return true;
    }
  }
  return false;
}

bool IsSecretParam(std::string_view name) {
  static const char* const kSecret[] = {"password",     "passwd",  "pwd",       "token",
                                        "access_token", "api_key", "apikey",    "key",
                                        "secret",       "sig",     "signature", "auth"};
  std::string lower = AsciiLower(name);
  return std::any_of(std::begin(kSecret), std::end(kSecret),
                     [&](const char* s) { return lower == s; });
}

// Splits "a=1&b=2" on '&'; empty pieces vanish.
std::vector<std::string> SplitQuery(const std::string& query) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= query.size()) {
    size_t amp = query.find('&', start);
    if (amp == std::string::npos) amp = query.size();
    if (amp > start) out.push_back(query.substr(start, amp - start));
    start = amp + 1;
  }
  return out;
}

std::string JoinQuery(const std::vector<std::string>& params) {
  std::string out;
  for (const std::string& p : params) {
    if (!out.empty()) out += '&';
    out += p;
  }
  return out;
}

void SetQuery(CURLU* u, const std::string& query) {
  curl_url_set(u, CURLUPART_QUERY, query.empty() ? nullptr : query.c_str(), 0);
}

}  // namespace

std::vector<std::string> UrlNormalizeOptions::DefaultTrackingParams() {
  return {"utm_*", "fbclid", "gclid",  "dclid",  "gbraid", "wbraid", "msclkid",
          "yclid", "mc_cid", "mc_eid", "igshid", "_ga",    "_gl",    "ref_src"};
}

namespace {

StatusOr<std::string> NormalizeUrlOnce(std::string_view url, const UrlNormalizeOptions& options) {
  StatusOr<UrlHandle> parsed = ParseHttpUrl(url);
  if (!parsed.ok()) return parsed.status();
  CURLU* u = parsed->get();

  std::string scheme = AsciiLower(GetPart(u, CURLUPART_SCHEME));
  curl_url_set(u, CURLUPART_SCHEME, scheme.c_str(), 0);
  std::string host = AsciiLower(GetPart(u, CURLUPART_HOST));
  if (host.empty()) return UrlError(url, "no host");
  // "http:///%7fEe": curl decodes the escape into a control byte in the host,
  // which it would then refuse when given the result again.
  for (char c : host) {
    if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f) {
      return UrlError(url, "control character in host name");
    }
  }
  // A '%' that curl left in a host name (it skips its host check when the
  // name has non-ASCII bytes) is in no DNS name, and curl re-escapes it on
  // every pass, so the key would change each time (found by fuzz/url_fuzz).
  if (host[0] != '[' && host.find('%') != std::string::npos) {
    return UrlError(url, "'%' in host name");
  }
  curl_url_set(u, CURLUPART_HOST, host.c_str(), 0);

  std::string port = GetPart(u, CURLUPART_PORT);
  if ((scheme == "http" && port == "80") || (scheme == "https" && port == "443")) {
    curl_url_set(u, CURLUPART_PORT, nullptr, 0);
  }
  if (options.drop_fragment) curl_url_set(u, CURLUPART_FRAGMENT, nullptr, 0);

  std::string query = GetPart(u, CURLUPART_QUERY);
  if (!query.empty() || GetPart(u, CURLUPART_URL).find('?') != std::string::npos) {
    std::vector<std::string> kept;
    for (const std::string& param : SplitQuery(query)) {
      std::string name = param.substr(0, param.find('='));
      if (!IsTrackingParam(name, options.tracking_params)) kept.push_back(param);
    }
    SetQuery(u, JoinQuery(kept));
  }

  // CURLU_PUNYCODE turns an IDN host into its ASCII form when libcurl has IDN.
  char* out = nullptr;
  CURLUcode rc = curl_url_get(u, CURLUPART_URL, &out, CURLU_PUNYCODE | CURLU_NO_DEFAULT_PORT);
  if (rc != CURLUE_OK) rc = curl_url_get(u, CURLUPART_URL, &out, CURLU_NO_DEFAULT_PORT);
  if (rc != CURLUE_OK) return UrlError(url, curl_url_strerror(rc));
  std::string result(out);
  curl_free(out);
  return result;
}

}  // namespace

StatusOr<std::string> NormalizeUrl(std::string_view url, const UrlNormalizeOptions& options) {
  StatusOr<std::string> once = NormalizeUrlOnce(url, options);
  if (!once.ok()) return once;
  // curl canonicalises a numeric host only when it parses a whole URL:
  // "http:///%30" gives "http://0/", which gives "http://0.0.0.0/" (found by
  // fuzz/url_fuzz). A second pass reaches the fixed point, so the result is
  // the same key however often it is normalised.
  return NormalizeUrlOnce(*once, options);
}

StatusOr<std::string> ResolveHttpUrl(std::string_view base, std::string_view ref) {
  StatusOr<UrlHandle> parsed = ParseHttpUrl(base);
  if (!parsed.ok()) return parsed.status();
  CURLU* u = parsed->get();
  std::string r(TrimAsciiSpace(ref));
  if (r.empty()) return GetPart(u, CURLUPART_URL);
  // curl resolves a relative URL against the one already in the handle.
  CURLUcode rc = curl_url_set(u, CURLUPART_URL, r.c_str(), CURLU_URLENCODE);
  if (rc != CURLUE_OK) {
    return Status::InvalidArgument("link \"" + RedactByText(r) + "\" on " + RedactUrl(base) + ": " +
                                   curl_url_strerror(rc));
  }
  std::string scheme = AsciiLower(GetPart(u, CURLUPART_SCHEME));
  if (scheme != "http" && scheme != "https") {
    return Status::InvalidArgument("link \"" + RedactByText(r) + "\" on " + RedactUrl(base) +
                                   ": scheme \"" + scheme + "\" is not http or https");
  }
  return GetPart(u, CURLUPART_URL);
}

std::string RedactUrl(std::string_view url) {
  UrlHandle u(curl_url());
  std::string s(TrimAsciiSpace(url));
  if (!u ||
      curl_url_set(u.get(), CURLUPART_URL, s.c_str(), CURLU_NON_SUPPORT_SCHEME) != CURLUE_OK) {
    return RedactByText(url);
  }
  bool changed = false;
  if (!GetPart(u.get(), CURLUPART_USER).empty() || !GetPart(u.get(), CURLUPART_PASSWORD).empty()) {
    curl_url_set(u.get(), CURLUPART_PASSWORD, nullptr, 0);
    curl_url_set(u.get(), CURLUPART_USER, "***", 0);
    changed = true;
  }
  std::string query = GetPart(u.get(), CURLUPART_QUERY);
  if (!query.empty()) {
    std::vector<std::string> params = SplitQuery(query);
    for (std::string& p : params) {
      size_t eq = p.find('=');
      if (eq != std::string::npos && IsSecretParam(p.substr(0, eq))) {
        p = p.substr(0, eq + 1) + "***";
        changed = true;
      }
    }
    if (changed) SetQuery(u.get(), JoinQuery(params));
  }
  if (!changed) return s;
  std::string out = GetPart(u.get(), CURLUPART_URL);
  return out.empty() ? RedactByText(url) : out;
}

StatusOr<UrlParts> ParseUrl(std::string_view url) {
  StatusOr<UrlHandle> parsed = ParseHttpUrl(url);
  if (!parsed.ok()) return parsed.status();
  CURLU* u = parsed->get();
  UrlParts parts;
  parts.scheme = AsciiLower(GetPart(u, CURLUPART_SCHEME));
  parts.host = AsciiLower(GetPart(u, CURLUPART_HOST));
  if (parts.host.empty()) return UrlError(url, "no host");
  parts.port = std::atoi(GetPart(u, CURLUPART_PORT, CURLU_DEFAULT_PORT).c_str());
  parts.path = GetPart(u, CURLUPART_PATH);
  if (parts.path.empty()) parts.path.push_back('/');
  parts.query = GetPart(u, CURLUPART_QUERY);
  return parts;
}

std::string OriginOf(const UrlParts& parts) {
  std::string out = parts.scheme;
  out.append("://").append(parts.host);
  bool default_port = (parts.scheme == "http" && parts.port == 80) ||
                      (parts.scheme == "https" && parts.port == 443);
  if (!default_port && parts.port != 0) {
    out.push_back(':');
    out.append(std::to_string(parts.port));
  }
  return out;
}

}  // namespace ng::ingest
