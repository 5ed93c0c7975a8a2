#include "app/result_format.h"

#include <charconv>
#include <cmath>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "app/display_width.h"
#include "base/utf8.h"
#include "graph/neo4j_csv.h"

namespace ng::app {
namespace {

std::string Hex(const std::string& bytes) {
  static const char kDigits[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : bytes) {
    out += kDigits[c >> 4];
    out += kDigits[c & 15];
  }
  return out;
}

std::string Real(double v) {
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  std::string s(buf, ec == std::errc() ? end : buf);
  // Keep reals recognisable as reals: 2.0 prints as "2.0", not "2".
  if (std::isfinite(v) && s.find_first_of(".e") == std::string::npos) s += ".0";
  return s;
}

// A cell's text for the table: one line, control characters made visible.
std::string Cell(const db::SqlValue& v) {
  using Kind = db::SqlValue::Kind;
  switch (v.kind) {
    case Kind::kNull:
      return "NULL";
    case Kind::kInteger:
      return std::to_string(v.integer);
    case Kind::kReal:
      return Real(v.real);
    case Kind::kBlob:
      return "x'" + Hex(v.text) + "'";
    case Kind::kText:
      break;
  }
  std::string out;
  const std::string clean = utf8::Sanitize(v.text);
  for (char c : clean) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else if (u < 0x20 || u == 0x7F) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02X", u);
      out += buf;
    } else {
      out += c;
    }
  }
  return out;
}

bool IsNumber(const db::SqlValue& v) {
  return v.kind == db::SqlValue::Kind::kInteger || v.kind == db::SqlValue::Kind::kReal;
}

void Pad(std::ostream& out, size_t n) { out << std::string(n, ' '); }

}  // namespace

void WriteTable(const db::ResultSet& rs, std::ostream& out, const TableOptions& opts) {
  const size_t ncol = rs.columns.size();
  std::vector<std::vector<std::string>> cells;
  std::vector<size_t> width(ncol, 0);
  auto fit = [&](std::string s) {
    return opts.max_column_width > 0 ? FitToWidth(s, opts.max_column_width) : s;
  };
  std::vector<std::string> header;
  for (size_t c = 0; c < ncol; ++c) {
    db::SqlValue name{.kind = db::SqlValue::Kind::kText, .text = rs.columns[c]};
    header.push_back(fit(Cell(name)));
    width[c] = DisplayWidth(header[c]);
  }
  for (const auto& row : rs.rows) {
    std::vector<std::string> line;
    for (size_t c = 0; c < ncol; ++c) {
      line.push_back(fit(Cell(row[c])));
      width[c] = std::max(width[c], DisplayWidth(line[c]));
    }
    cells.push_back(std::move(line));
  }
  auto write_line = [&](const std::vector<std::string>& line,
                        const std::vector<db::SqlValue>* row) {
    for (size_t c = 0; c < ncol; ++c) {
      if (c) out << "  ";
      const size_t pad = width[c] - DisplayWidth(line[c]);
      const bool right = row != nullptr && IsNumber((*row)[c]);
      if (right) Pad(out, pad);
      out << line[c];
      if (!right && c + 1 < ncol) Pad(out, pad);
    }
    out << "\n";
  };
  write_line(header, nullptr);
  for (size_t c = 0; c < ncol; ++c) {
    if (c) out << "  ";
    out << std::string(width[c], '-');
  }
  out << "\n";
  for (size_t r = 0; r < cells.size(); ++r) write_line(cells[r], &rs.rows[r]);
}

void WriteCsv(const db::ResultSet& rs, std::ostream& out) {
  using Kind = db::SqlValue::Kind;
  for (size_t c = 0; c < rs.columns.size(); ++c) {
    out << (c ? "," : "") << graph::CsvField(rs.columns[c]);
  }
  out << "\r\n";
  for (const auto& row : rs.rows) {
    for (size_t c = 0; c < row.size(); ++c) {
      if (c) out << ',';
      const db::SqlValue& v = row[c];
      switch (v.kind) {
        case Kind::kNull:
          break;
        case Kind::kInteger:
          out << v.integer;
          break;
        case Kind::kReal:
          out << Real(v.real);
          break;
        case Kind::kText:
          out << graph::CsvField(v.text);
          break;
        case Kind::kBlob:
          out << Hex(v.text);
          break;
      }
    }
    out << "\r\n";
  }
}

void WriteJsonRows(const db::ResultSet& rs, std::ostream& out) {
  using Kind = db::SqlValue::Kind;
  nlohmann::ordered_json rows = nlohmann::ordered_json::array();
  for (const auto& row : rs.rows) {
    nlohmann::ordered_json obj = nlohmann::ordered_json::object();
    for (size_t c = 0; c < row.size(); ++c) {
      const db::SqlValue& v = row[c];
      nlohmann::ordered_json j;
      switch (v.kind) {
        case Kind::kNull:
          break;
        case Kind::kInteger:
          j = v.integer;
          break;
        case Kind::kReal:
          if (std::isfinite(v.real)) j = v.real;
          break;
        case Kind::kText:
          j = v.text;
          break;
        case Kind::kBlob:
          j = Hex(v.text);
          break;
      }
      obj[rs.columns[c]] = std::move(j);
    }
    rows.push_back(std::move(obj));
  }
  out << rows.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

}  // namespace ng::app
