#include "ingest/loader.h"

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <system_error>

#include "base/file.h"
#include "base/strings.h"
#include "base/utf8.h"
#include "ingest/charset.h"
#include "ingest/promo_text.h"

namespace ng::ingest {
namespace {

namespace fs = std::filesystem;

enum class Kind { kHtml, kText, kJsonLines, kUnknown };

Kind KindOf(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return Kind::kHtml;
  if (ext == ".txt" || ext == ".text" || ext == ".md") return Kind::kText;
  if (ext == ".jsonl" || ext == ".ndjson") return Kind::kJsonLines;
  return Kind::kUnknown;
}

// Text files with NUL bytes or many control characters are not text.
bool LooksBinary(std::string_view bytes) {
  const size_t n = std::min<size_t>(bytes.size(), 8192);
  size_t control = 0;
  for (size_t i = 0; i < n; ++i) {
    const auto c = static_cast<unsigned char>(bytes[i]);
    if (c == 0) return true;
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++control;
  }
  return n > 0 && control * 20 > n;
}

std::string GuessLang(std::string_view text) {
  const std::string_view sample = text.substr(0, 4096);
  if (utf8::MostlyHangul(sample)) return "ko";
  for (char c : sample) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return "en";
  }
  return "";
}

// Plain text must be UTF-8 (a BOM for UTF-16 is honoured); Korean legacy text
// in CP949 is accepted when it decodes without a single error.
StatusOr<std::string> DecodePlain(std::string_view bytes, const std::string& source,
                                  std::string* charset) {
  if (LooksBinary(bytes) && !(bytes.size() >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') ||
                                                    (bytes[0] == '\xFE' && bytes[1] == '\xFF')))) {
    return Status::InvalidArgument(source + ": looks like a binary file, not text");
  }
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  if (utf8::IsValid(bytes)) {
    *charset = "UTF-8";
    return std::string(bytes);
  }
  // Korean legacy text: CP949 (a superset of EUC-KR) when every byte decodes
  // and the result is Korean. Other legacy charsets are not guessed: a wrong
  // guess would store mojibake silently.
  DecodedText decoded = DecodeTextToUtf8(bytes, "windows-949");
  const bool utf16 = decoded.charset.rfind("UTF-16", 0) == 0;  // a BOM said so
  if ((utf16 || (decoded.charset == "windows-949" && utf8::MostlyHangul(decoded.text))) &&
      decoded.text.find("\xEF\xBF\xBD") == std::string::npos) {
    *charset = decoded.charset;
    return std::move(decoded.text);
  }
  const size_t at = utf8::FindInvalid(bytes);
  return Status::InvalidArgument(source + ": byte " + std::to_string(at) +
                                 ": invalid UTF-8 (and not a known legacy charset)");
}

}  // namespace

StatusOr<std::vector<std::string>> ListInputFiles(const std::string& path) {
  std::error_code ec;
  const fs::file_status st = fs::status(path, ec);
  if (ec || !fs::exists(st)) return Status::NotFound(path + ": no such file or folder");
  if (!fs::is_directory(st)) return std::vector<std::string>{path};
  std::vector<std::string> files;
  fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec);
  if (ec) return Status::IoError(path + ": " + ec.message());
  for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) return Status::IoError(path + ": " + ec.message());
    if (it->is_regular_file(ec) && KindOf(it->path().string()) != Kind::kUnknown) {
      files.push_back(it->path().string());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

StatusOr<Document> ParsePlainText(std::string_view bytes, const std::string& source) {
  std::string charset;
  StatusOr<std::string> text = DecodePlain(bytes, source, &charset);
  if (!text.ok()) return text.status();
  std::string_view rest = TrimAsciiSpace(*text);
  if (rest.empty()) return Status::InvalidArgument(source + ": empty file");
  Document doc;
  doc.source = source;
  doc.charset = charset;
  const size_t nl = rest.find('\n');
  doc.title = std::string(TrimAsciiSpace(rest.substr(0, nl)));
  doc.text = nl == std::string_view::npos
                 ? std::string()
                 : DropPromotionalText(TrimAsciiSpace(rest.substr(nl + 1)));
  if (doc.text.empty()) {
    // A one-line file is all body.
    doc.text = doc.title;
  }
  doc.lang = GuessLang(doc.text);
  return doc;
}

void ParseJsonLines(std::string_view bytes, const std::string& source, const DocumentSink& sink) {
  size_t line_no = 0;
  size_t pos = 0;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") pos = 3;
  bool any = false;
  while (pos < bytes.size()) {
    size_t end = bytes.find('\n', pos);
    if (end == std::string_view::npos) end = bytes.size();
    const std::string_view line = TrimAsciiSpace(bytes.substr(pos, end - pos));
    pos = end + 1;
    ++line_no;
    if (line.empty()) continue;
    any = true;
    const std::string where = source + ": line " + std::to_string(line_no);
    if (!utf8::IsValid(line)) {
      sink(Status::InvalidArgument(where + ": byte " + std::to_string(utf8::FindInvalid(line)) +
                                   ": invalid UTF-8"));
      continue;
    }
    const nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded() || !j.is_object()) {
      sink(Status::InvalidArgument(where + ": not a JSON object"));
      continue;
    }
    auto str = [&](const char* key) -> std::string {
      auto it = j.find(key);
      return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
    };
    Document doc;
    doc.text = DropPromotionalText(TrimAsciiSpace(str("text")));
    if (doc.text.empty()) {
      sink(Status::InvalidArgument(where + ": no \"text\""));
      continue;
    }
    std::string id = str("id");
    if (id.empty()) {
      auto it = j.find("id");
      if (it != j.end() && it->is_number_integer()) id = std::to_string(it->get<int64_t>());
    }
    doc.source = source + "#" + (id.empty() ? "line-" + std::to_string(line_no) : id);
    doc.title = str("title");
    doc.url = str("url");
    doc.published_at = str("date");
    doc.lang = str("lang");
    if (doc.lang.empty()) doc.lang = GuessLang(doc.text);
    doc.charset = "UTF-8";
    sink(std::move(doc));
  }
  if (!any) sink(Status::InvalidArgument(source + ": empty file"));
}

void LoadFile(const std::string& path, const LoadOptions& options, const DocumentSink& sink) {
  StatusOr<std::string> bytes = ReadFile(path, options.max_file_bytes);
  if (!bytes.ok()) {
    sink(bytes.status());
    return;
  }
  switch (KindOf(path)) {
    case Kind::kHtml: {
      if (TrimAsciiSpace(*bytes).empty()) {
        sink(Status::InvalidArgument(path + ": empty file"));
        return;
      }
      StatusOr<Document> doc = ExtractHtml(*bytes, path, "", "", options.html);
      if (!doc.ok()) {
        const std::string& msg = doc.status().message();
        // Make sure the message names the file.
        sink(msg.rfind(path, 0) == 0 ? doc.status() : doc.status().WithContext(path));
        return;
      }
      sink(std::move(doc));
      return;
    }
    case Kind::kJsonLines:
      ParseJsonLines(*bytes, path, sink);
      return;
    case Kind::kText:
    case Kind::kUnknown:
      // A file named explicitly with another extension is read as plain text.
      sink(ParsePlainText(*bytes, path));
      return;
  }
}

}  // namespace ng::ingest
