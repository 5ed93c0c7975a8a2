#include "base/multi_match.h"

#include <deque>

namespace ng {

MultiMatcher::MultiMatcher(const std::vector<std::pair<std::string_view, uint32_t>>& patterns) {
  for (const auto& [text, mask] : patterns) {
    for (char c : text) {
      uint8_t& s = symbol_[static_cast<unsigned char>(c)];
      if (s == 0) s = static_cast<uint8_t>(symbols_++);
    }
  }
  // The trie, as rows of the table; 0 = no edge yet (the root is never a target).
  next_.assign(symbols_, 0);
  mask_.assign(1, 0);
  for (const auto& [text, mask] : patterns) {
    if (text.empty()) continue;
    uint32_t state = 0;
    for (char c : text) {
      const size_t at = state * symbols_ + symbol_[static_cast<unsigned char>(c)];
      if (next_[at] == 0) {
        next_[at] = static_cast<uint32_t>(mask_.size());
        mask_.push_back(0);
        next_.resize(next_.size() + symbols_, 0);
      }
      state = next_[at];
    }
    mask_[state] |= mask;
  }
  // Breadth first: each state's failure link is final before its children's,
  // so missing edges copy the failure state's row and masks inherit from it.
  std::vector<uint32_t> fail(mask_.size(), 0);
  std::deque<uint32_t> queue;
  for (uint32_t s = 0; s < symbols_; ++s) {
    if (next_[s] != 0) queue.push_back(next_[s]);
  }
  while (!queue.empty()) {
    const uint32_t state = queue.front();
    queue.pop_front();
    mask_[state] |= mask_[fail[state]];
    for (uint32_t s = 0; s < symbols_; ++s) {
      const size_t at = state * symbols_ + s;
      if (next_[at] != 0) {
        fail[next_[at]] = next_[fail[state] * symbols_ + s];
        queue.push_back(next_[at]);
      } else {
        next_[at] = next_[fail[state] * symbols_ + s];
      }
    }
  }
}

}  // namespace ng
