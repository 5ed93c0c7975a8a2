// Loader: turns files and folders into Documents.
//
// `.html`/`.htm` files are pages (charset decoding and article extraction, see
// html_extract.h); `.txt` files are plain text whose first non-empty line is
// the title; `.jsonl` files hold one article per line (`title`, `text`, and when
// known `url`, `date`, `lang`, `id`). Folders are walked recursively in name
// order, so runs are reproducible.
//
// Every problem is reported per input with the file (and line) it concerns:
// one bad file or line never stops the others. Thread-safe (no shared state).
#ifndef NEWSGRAPH_INGEST_LOADER_H_
#define NEWSGRAPH_INGEST_LOADER_H_

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "base/status.h"
#include "ingest/document.h"
#include "ingest/html_extract.h"

namespace ng::ingest {

struct LoadOptions {
  // Files larger than this are refused (ResourceExhausted), not read.
  size_t max_file_bytes = 64u << 20;
  // A .txt or JSON Lines text shorter than this (after trimming) is refused as empty.
  size_t min_text_bytes = 1;
  HtmlExtractOptions html;
};

// Receives each document or the error for one input (a file or a JSON line).
using DocumentSink = std::function<void(StatusOr<Document>)>;

// The files `path` stands for: itself, or the supported files under a folder
// (sorted). A missing path gives NotFound.
StatusOr<std::vector<std::string>> ListInputFiles(const std::string& path);

// Loads one file and passes its documents (or errors) to `sink`.
void LoadFile(const std::string& path, const LoadOptions& options, const DocumentSink& sink);

// Parses plain text: first non-empty line = title, the rest = body.
// `source` names the input in errors.
StatusOr<Document> ParsePlainText(std::string_view bytes, const std::string& source);

// Parses JSON Lines text: one document (or error) per non-blank line.
void ParseJsonLines(std::string_view bytes, const std::string& source, const DocumentSink& sink);

}  // namespace ng::ingest

#endif  // NEWSGRAPH_INGEST_LOADER_H_
