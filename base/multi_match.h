// MultiMatcher: which of a fixed set of byte strings occur in a text, found
// in one pass over the text whatever the number of strings (Aho-Corasick).
// Each string carries a bit mask; a scan yields the OR of the masks of every
// string that occurs. Used where a loop of string::find calls over a word
// list would read the same text dozens of times (class/id hints of HTML
// elements, read for every element of every page).
// Build once, then share: Scan is const and thread-safe.
#ifndef NEWSGRAPH_BASE_MULTI_MATCH_H_
#define NEWSGRAPH_BASE_MULTI_MATCH_H_

#include <array>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace ng {

class MultiMatcher {
 public:
  // `patterns`: (string, mask) pairs; empty strings are ignored.
  explicit MultiMatcher(const std::vector<std::pair<std::string_view, uint32_t>>& patterns);

  // Incremental scan: feed bytes one by one (several pieces of text may be
  // fed in sequence, as if concatenated); `found` is the OR of the masks of
  // the strings that ended at or before the last byte fed.
  struct Scan {
    uint32_t state = 0;
    uint32_t found = 0;
  };
  void Feed(Scan& scan, unsigned char byte) const {
    scan.state = next_[scan.state * symbols_ + symbol_[byte]];
    scan.found |= mask_[scan.state];
  }

  // OR of the masks of the strings that occur in `text`.
  uint32_t Find(std::string_view text) const {
    Scan scan;
    for (char c : text) Feed(scan, static_cast<unsigned char>(c));
    return scan.found;
  }

 private:
  std::array<uint8_t, 256> symbol_{};  // byte -> column; 0 for bytes in no string
  uint32_t symbols_ = 1;
  std::vector<uint32_t> next_;  // state * symbols_ + symbol -> state (complete DFA)
  std::vector<uint32_t> mask_;  // per state: masks of the strings ending here
};

}  // namespace ng

#endif  // NEWSGRAPH_BASE_MULTI_MATCH_H_
