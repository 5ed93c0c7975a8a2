#include "graph/dot.h"

#include <algorithm>
#include <string_view>
#include <utility>
#include <vector>

#include "base/utf8.h"

namespace ng::graph {
namespace {

constexpr std::string_view kEllipsis = "…";
constexpr std::string_view kMentionedWith = "MENTIONED_WITH";

struct TypeStyle {
  std::string_view type;
  std::string_view shape;
  std::string_view style;
  std::string_view fill;
};

// The last row is the fallback for types this table does not know.
constexpr TypeStyle kTypeStyles[] = {
    {"PERSON", "ellipse", "filled", "#cfe2ff"},  {"ORG", "box", "rounded,filled", "#d1e7dd"},
    {"PRODUCT", "hexagon", "filled", "#fff3cd"}, {"PLACE", "house", "filled", "#e2d9f3"},
    {"OTHER", "note", "filled", "#e9ecef"},
};

const TypeStyle& StyleForType(std::string_view type) {
  for (const TypeStyle& s : kTypeStyles) {
    if (s.type == type) return s;
  }
  return kTypeStyles[std::size(kTypeStyles) - 1];
}

struct ModalityStyle {
  std::string_view modality;
  std::string_view attrs;  // DOT attributes, written as is
};

// Unknown modalities are drawn like the first row.
constexpr ModalityStyle kModalityStyles[] = {
    {"asserted", R"(style=solid, color="#343a40")"},
    {"considered", R"(style=dashed, color="#1971c2", fontcolor="#1971c2")"},
    {"ended", R"(style=dotted, color="#868e96", fontcolor="#868e96")"},
    {"negated", R"(style=dotted, color="#c92a2a", fontcolor="#c92a2a", arrowhead=tee)"},
};

std::string_view AttrsForModality(std::string_view modality) {
  for (const ModalityStyle& m : kModalityStyles) {
    if (m.modality == modality) return m.attrs;
  }
  return kModalityStyles[0].attrs;
}

// Cuts valid UTF-8 `s` to at most `max_bytes` (0 = no limit) on a code point
// boundary, ending in an ellipsis when anything was cut.
std::string Truncate(std::string s, size_t max_bytes) {
  if (max_bytes == 0 || s.size() <= max_bytes) return s;
  size_t cut = max_bytes > kEllipsis.size() ? max_bytes - kEllipsis.size() : 0;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  s.resize(cut);
  s.append(kEllipsis);
  return s;
}

// Returns `raw` as the inside of a DOT double-quoted string that Graphviz
// shows as written. The DOT lexer only knows \" ; Graphviz then reads
// backslash escapes (\n, \N, \G, \l ...) and HTML entities (&lt;) in labels
// and tooltips, so backslashes are doubled and '&' becomes &amp;. Line breaks
// become \n; other control characters are dropped.
std::string EscapeText(std::string_view raw, size_t max_bytes) {
  const std::string s = Truncate(utf8::Sanitize(raw), max_bytes);
  std::string out;
  out.reserve(s.size() + 8);
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '&':
        out += "&amp;";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        if (i + 1 == s.size() || s[i + 1] != '\n') out += "\\n";
        break;
      case '\t':
        out += ' ';
        break;
      default:
        if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7F) out += c;
        break;
    }
  }
  return out;
}

bool LooksLikeHttpUrl(std::string_view s) {
  auto starts_with_nocase = [&s](std::string_view prefix) {
    if (s.size() <= prefix.size()) return false;
    for (size_t i = 0; i < prefix.size(); ++i) {
      char c = s[i];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (c != prefix[i]) return false;
    }
    return true;
  };
  return starts_with_nocase("http://") || starts_with_nocase("https://");
}

// Returns `url` as the inside of a DOT string for href. Bytes that may not
// appear in a URI are percent-encoded. '&' is written as &amp; because
// Graphviz 2.43 copies href into SVG without escaping it (newer versions keep
// an existing entity), so a raw '&' would make the SVG ill-formed.
std::string EscapeUrl(std::string_view url) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(url.size() + 8);
  for (const char c : url) {
    const auto b = static_cast<unsigned char>(c);
    if (c == '&') {
      out += "&amp;";
    } else if (b <= 0x20 || b >= 0x7F || c == '"' || c == '<' || c == '>' || c == '\\' ||
               c == '`' || c == '{' || c == '}' || c == '|' || c == '^') {
      out += '%';
      out += kHex[b >> 4];
      out += kHex[b & 0xF];
    } else {
      out += c;
    }
  }
  return out;
}

// 1 for a single sentence, thicker with more support, at most 4.
std::string PenWidth(int64_t weight) {
  const int64_t tenths = 10 + 5 * std::clamp<int64_t>(weight - 1, 0, 6);
  std::string s = std::to_string(tenths / 10);
  if (tenths % 10 != 0) {
    s += '.';
    s += static_cast<char>('0' + tenths % 10);
  }
  return s;
}

std::string NodeTooltip(const Node& n) {
  std::string tip = n.name + " (" + n.type + ")";
  if (!n.aliases.empty()) {
    tip += "\naka: ";
    for (size_t i = 0; i < n.aliases.size(); ++i) {
      if (i > 0) tip += ", ";
      tip += n.aliases[i];
    }
  }
  return tip;
}

void WriteNode(const Node& n, const DotOptions& opts, std::ostream& out) {
  const TypeStyle& style = StyleForType(n.type);
  out << "  " << n.id << " [label=\"" << EscapeText(n.name, opts.max_label_bytes)
      << "\", shape=" << style.shape << ", style=\"" << style.style << "\", fillcolor=\""
      << style.fill << "\", tooltip=\"" << EscapeText(NodeTooltip(n), opts.max_tooltip_bytes)
      << "\"];\n";
}

void WriteEdge(const Edge& e, const DotOptions& opts, std::ostream& out) {
  out << "  " << e.source << " -> " << e.target << " [";
  if (e.type == kMentionedWith) {
    // Co-mentions are context, not statements: keep them faint and let them
    // not pull the ranking.
    out << R"(color="#ced4da", penwidth=0.5, dir=none, constraint=false)";
  } else {
    out << "label=\"" << EscapeText(e.type, opts.max_label_bytes) << "\", "
        << AttrsForModality(e.modality);
    if (e.weight > 1) out << ", penwidth=" << PenWidth(e.weight);
  }
  if (!e.evidence.empty()) {
    const Evidence& ev = e.evidence.front();
    if (!ev.sentence.empty()) {
      out << ", tooltip=\"" << EscapeText(ev.sentence, opts.max_tooltip_bytes) << "\"";
    }
    if (LooksLikeHttpUrl(ev.article)) {
      out << ", href=\"" << EscapeUrl(ev.article) << "\", target=\"_blank\"";
    }
  }
  out << "];\n";
}

void WriteLegend(const DotOptions& opts, std::ostream& out) {
  out << "  subgraph cluster_legend {\n"
         "    label=\"Legend\"; style=\"rounded\"; color=\"#adb5bd\"; fontsize=10;\n";
  for (const TypeStyle& s : kTypeStyles) {
    out << "    legend_" << s.type << " [label=\"" << s.type << "\", shape=" << s.shape
        << ", style=\"" << s.style << "\", fillcolor=\"" << s.fill << "\"];\n";
  }
  // One rank across the layout direction stacks the type samples as a column.
  out << "    { rank=same;";
  for (const TypeStyle& s : kTypeStyles) out << " legend_" << s.type << ";";
  out << " }\n";
  std::vector<std::pair<std::string_view, std::string_view>> samples;
  for (const ModalityStyle& m : kModalityStyles) samples.emplace_back(m.modality, m.attrs);
  if (opts.mentioned_with) {
    samples.emplace_back("co-mentioned", R"(color="#ced4da", penwidth=0.5, dir=none)");
  }
  for (size_t i = 0; i < samples.size(); ++i) {
    out << "    legend_from" << i << " [label=\"\", shape=point, width=0.05];\n"
        << "    legend_to" << i << " [label=\"\", shape=point, width=0.05];\n"
        << "    legend_from" << i << " -> legend_to" << i << " [label=\"" << samples[i].first
        << "\", " << samples[i].second << "];\n";
  }
  out << "  }\n";
}

}  // namespace

void WriteDot(const Graph& g, std::ostream& out, const DotOptions& opts) {
  const std::string font = EscapeText(opts.font, 0);
  out << "digraph \"" << EscapeText(opts.graph_name, 0) << "\" {\n"
      << "  graph [rankdir=\"" << EscapeText(opts.rankdir, 0)
      << "\", overlap=false, splines=true, outputorder=edgesfirst, nodesep=0.3, ranksep=0.9, "
         "fontname=\""
      << font << "\"];\n"
      << "  node [fontname=\"" << font
      << "\", fontsize=11, color=\"#495057\", style=filled, margin=\"0.15,0.05\"];\n"
      << "  edge [fontname=\"" << font
      << "\", fontsize=9, color=\"#343a40\", fontcolor=\"#343a40\", arrowsize=0.7];\n";
  for (const Node& n : g.nodes) WriteNode(n, opts, out);
  for (const Edge& e : g.edges) {
    if (e.type == kMentionedWith && !opts.mentioned_with) continue;
    WriteEdge(e, opts, out);
  }
  if (opts.legend) WriteLegend(opts, out);
  out << "}\n";
}

}  // namespace ng::graph
