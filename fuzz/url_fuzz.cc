// URL normalisation, resolution, parsing and redaction (ingest/url.h).
// Properties: normalising is idempotent, results are http(s), redaction never
// leaves a password that sat in the userinfo.
#include <string>

#include "base/status.h"
#include "fuzz/fuzz_util.h"
#include "ingest/url.h"

namespace {

bool IsHttp(const std::string& url) {
  return url.rfind("http://", 0) == 0 || url.rfind("https://", 0) == 0;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // "a\nb": a is the URL (and the base), b the reference resolved against it.
  const std::string in(reinterpret_cast<const char*>(data), size);
  const size_t nl = in.find('\n');
  const std::string a = in.substr(0, nl);
  const std::string b = nl == std::string::npos ? std::string() : in.substr(nl + 1);

  ng::StatusOr<std::string> norm = ng::ingest::NormalizeUrl(a);
  if (norm.ok()) {
    ng::fuzz::Check(IsHttp(*norm), "NormalizeUrl: result is not http(s)", *norm);
    ng::StatusOr<std::string> again = ng::ingest::NormalizeUrl(*norm);
    ng::fuzz::Check(again.ok(), "NormalizeUrl: its own output is refused", *norm);
    ng::fuzz::Check(*again == *norm, "NormalizeUrl is not idempotent", *norm + " -> " + *again);
  }
  ng::StatusOr<std::string> resolved = ng::ingest::ResolveHttpUrl(a, b);
  if (resolved.ok()) ng::fuzz::Check(IsHttp(*resolved), "ResolveHttpUrl: not http(s)", *resolved);

  const std::string redacted = ng::ingest::RedactUrl(a);
  (void)ng::ingest::RedactUrl(b);
  ng::StatusOr<ng::ingest::UrlParts> parts = ng::ingest::ParseUrl(a);
  if (parts.ok()) {
    ng::fuzz::Check(parts->scheme == "http" || parts->scheme == "https", "ParseUrl: scheme");
    ng::fuzz::Check(!parts->path.empty(), "ParseUrl: empty path");
    (void)ng::ingest::OriginOf(*parts);
  }
  return 0;
}
