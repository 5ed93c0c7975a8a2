#include "base/simhash.h"

#include <array>
#include <bit>
#include <string>
#include <vector>

namespace ng {
namespace {

bool IsSeparator(unsigned char c) {
  if (c >= 0x80) return false;
  return c <= ' ' || c == 0x7F || (c >= '!' && c <= '/') || (c >= ':' && c <= '@') ||
         (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
}

uint64_t Fnv1a(uint64_t h, std::string_view s) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return h;
}

uint64_t Mix(uint64_t x) {  // splitmix64 finaliser
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

}  // namespace

uint64_t SimHash(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  for (unsigned char c : text) {
    if (IsSeparator(c)) {
      if (!word.empty()) words.push_back(std::move(word));
      word.clear();
    } else {
      word += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c);
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  if (words.empty()) return 0;

  constexpr size_t kShingle = 3;
  std::array<int64_t, 64> votes{};
  auto vote = [&](size_t begin, size_t end) {
    uint64_t h = 0xcbf29ce484222325ULL;
    for (size_t i = begin; i < end; ++i) {
      h = Fnv1a(h, words[i]);
      h = Fnv1a(h, std::string_view("\x1F", 1));  // word boundary: "ab c" != "a bc"
    }
    h = Mix(h);
    for (int b = 0; b < 64; ++b) votes[b] += ((h >> b) & 1) ? 1 : -1;
  };
  if (words.size() < kShingle) {
    vote(0, words.size());
  } else {
    for (size_t i = 0; i + kShingle <= words.size(); ++i) vote(i, i + kShingle);
  }
  uint64_t out = 0;
  for (int b = 0; b < 64; ++b) {
    if (votes[b] > 0) out |= uint64_t{1} << b;
  }
  return out;
}

int HammingDistance(uint64_t a, uint64_t b) { return std::popcount(a ^ b); }

}  // namespace ng
