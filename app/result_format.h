// Writers for the rows of `newsgraph query`: an aligned text table (East
// Asian width aware, so Hangul and CJK columns line up), RFC 4180 CSV, and a
// JSON array of objects. Pure functions over db::ResultSet; thread-safe as
// long as callers do not share the stream.
#ifndef NEWSGRAPH_APP_RESULT_FORMAT_H_
#define NEWSGRAPH_APP_RESULT_FORMAT_H_

#include <cstddef>
#include <ostream>

#include "db/read_only_query.h"

namespace ng::app {

struct TableOptions {
  // Cells wider than this many columns are cut and end in "…" (0 = never).
  size_t max_column_width = 60;
};

// Header, a rule of '-', then one line per row; columns two spaces apart,
// numbers right-aligned. NULL shows as "NULL", a blob as x'hex'; line breaks,
// tabs and other control characters in text show as \n, \t, \xNN so that a
// row stays on one line.
void WriteTable(const db::ResultSet& rs, std::ostream& out, const TableOptions& opts = {});

// RFC 4180 with CRLF line ends: a header line, then every text value quoted
// (quotes doubled), numbers bare, NULL an empty unquoted field, a blob its
// bytes in hex. Invalid UTF-8 becomes U+FFFD.
void WriteCsv(const db::ResultSet& rs, std::ostream& out);

// [{"column": value, ...}, ...] with one object per row, keys in column
// order (a repeated column name keeps its last value), integers and reals as
// JSON numbers (non-finite reals as null), NULL as null, blobs as hex text.
void WriteJsonRows(const db::ResultSet& rs, std::ostream& out);

}  // namespace ng::app

#endif  // NEWSGRAPH_APP_RESULT_FORMAT_H_
