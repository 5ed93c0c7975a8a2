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
  // Words as spans of one lower-cased copy: no string per word.
  std::string lower(text);
  struct Span {
    uint32_t begin, end;
  };
  std::vector<Span> words;
  words.reserve(text.size() / 6 + 1);
  size_t start = 0;
  bool in_word = false;
  for (size_t i = 0; i < lower.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(lower[i]);
    if (IsSeparator(c)) {
      if (in_word) words.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(i)});
      in_word = false;
    } else {
      if (c >= 'A' && c <= 'Z') lower[i] = static_cast<char>(c - 'A' + 'a');
      if (!in_word) start = i;
      in_word = true;
    }
  }
  if (in_word) words.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(lower.size())});
  if (words.empty()) return 0;

  constexpr size_t kShingle = 3;
  // Per bit, the number of shingle hashes with that bit set; a bit of the
  // result is set when more than half of the hashes have it.
  std::array<uint32_t, 64> ones{};
  uint32_t shingles = 0;
  const std::string_view all(lower);
  auto vote = [&](size_t begin, size_t end) {
    uint64_t h = 0xcbf29ce484222325ULL;
    for (size_t i = begin; i < end; ++i) {
      h = Fnv1a(h, all.substr(words[i].begin, words[i].end - words[i].begin));
      h = Fnv1a(h, std::string_view("\x1F", 1));  // word boundary: "ab c" != "a bc"
    }
    h = Mix(h);
    for (int b = 0; b < 64; ++b) ones[b] += static_cast<uint32_t>((h >> b) & 1);
    ++shingles;
  };
  if (words.size() < kShingle) {
    vote(0, words.size());
  } else {
    for (size_t i = 0; i + kShingle <= words.size(); ++i) vote(i, i + kShingle);
  }
  uint64_t out = 0;
  for (int b = 0; b < 64; ++b) {
    if (2 * static_cast<uint64_t>(ones[b]) > shingles) out |= uint64_t{1} << b;
  }
  return out;
}

int HammingDistance(uint64_t a, uint64_t b) { return std::popcount(a ^ b); }

}  // namespace ng
