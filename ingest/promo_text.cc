#include "ingest/promo_text.h"

#include <algorithm>
#include <array>

#include "base/strings.h"

namespace ng::ingest {
namespace {

// Phrases that start a promotional tail: everything from them on goes.
constexpr std::array<std::string_view, 6> kTails = {"On the date of publication, ",
                                                    "This article was originally published on",
                                                    "Originally published on ",
                                                    "Try full access to ",
                                                    "Click here to read the full article",
                                                    "Sign up for our newsletter"};

// A block that starts with one of these runs to the end of the first
// sentence after it that asks the reader to subscribe (within kMaxBlock).
constexpr std::array<std::string_view, 2> kBlockStarts = {"More News from ", "Read More from "};
constexpr std::array<std::string_view, 4> kBlockEnds = {"Sign up now!", "Subscribe now",
                                                        "newsletter", "Sign up for"};
constexpr size_t kMaxBlock = 800;

// Markers that are dropped where they stand.
constexpr std::array<std::string_view, 3> kMarkers = {"Story continues", "View comments",
                                                      "View Comments"};

// End of the sentence that contains byte `at`: past the next '.', '!' or
// '?' followed by a space or the end; `text.size()` when there is none.
size_t SentenceEnd(std::string_view text, size_t at) {
  for (size_t i = at; i < text.size(); ++i) {
    const char c = text[i];
    if ((c == '.' || c == '!' || c == '?') && (i + 1 == text.size() || text[i + 1] == ' ')) {
      return i + 1;
    }
  }
  return text.size();
}

}  // namespace

std::string DropPromotionalText(std::string_view text) {
  std::string out(text);
  // Tails: cut at the first tail phrase that is not at the very start.
  size_t cut = out.size();
  for (std::string_view tail : kTails) {
    const size_t at = out.find(tail);
    if (at != std::string::npos && at > 0) cut = std::min(cut, at);
  }
  out.resize(cut);
  // Blocks.
  for (std::string_view start : kBlockStarts) {
    for (size_t at = out.find(start); at != std::string::npos; at = out.find(start, at)) {
      size_t end = std::string::npos;
      for (std::string_view e : kBlockEnds) {
        const size_t hit = out.find(e, at + start.size());
        if (hit != std::string::npos && hit - at <= kMaxBlock) {
          end = std::min(end, SentenceEnd(out, hit));
        }
      }
      if (end == std::string::npos) {
        at += start.size();  // no subscription call near: not a promotion block
        continue;
      }
      // Calls to subscribe often take two sentences ("... newsletter. Sign up now!").
      for (;;) {
        while (end < out.size() && out[end] == ' ') ++end;
        const size_t next = SentenceEnd(out, end);
        const std::string_view sentence = std::string_view(out).substr(end, next - end);
        bool call = false;
        for (std::string_view e : kBlockEnds) call |= sentence.find(e) != std::string_view::npos;
        if (!call || next == end) break;
        end = next;
      }
      out.erase(at, end - at);
    }
  }
  for (std::string_view marker : kMarkers) {
    for (size_t at = out.find(marker); at != std::string::npos; at = out.find(marker, at)) {
      size_t end = at + marker.size();
      while (end < out.size() && out[end] == ' ') ++end;
      out.erase(at, end - at);
    }
  }
  return std::string(TrimAsciiSpace(out));
}

}  // namespace ng::ingest
