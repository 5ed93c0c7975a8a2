// JSON Lines and plain-text article parsing (ingest/loader.h).
#include <string>
#include <string_view>

#include "base/status.h"
#include "fuzz/fuzz_util.h"
#include "ingest/loader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  ng::ingest::ParseJsonLines(bytes, "fuzz.jsonl", [](ng::StatusOr<ng::ingest::Document> doc) {
    if (!doc.ok()) return;
    ng::fuzz::Check(!doc->text.empty(), "ParseJsonLines: document without text");
    ng::fuzz::CheckUtf8(doc->text, "ParseJsonLines text");
    ng::fuzz::CheckUtf8(doc->title, "ParseJsonLines title");
  });
  ng::StatusOr<ng::ingest::Document> doc = ng::ingest::ParsePlainText(bytes, "fuzz.txt");
  if (doc.ok()) {
    ng::fuzz::CheckUtf8(doc->text, "ParsePlainText text");
    ng::fuzz::CheckUtf8(doc->title, "ParsePlainText title");
  }
  return 0;
}
