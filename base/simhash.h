// SimHash (Charikar 2002) of a text over word 3-shingles: a 64-bit
// fingerprint whose Hamming distance to another text's fingerprint grows with
// how much the two texts differ. The fetch pipeline uses it to find the same
// wire story republished by another outlet with small edits (a different
// byline, a copyright line), which an exact content hash misses.
//
// Words are maximal runs of bytes that are neither ASCII whitespace nor ASCII
// punctuation, with ASCII letters lowercased; non-ASCII bytes (Hangul, ...)
// are word bytes as they are, so the text should be normalised first
// (nlp::NormalizeText, NFKC). Every run of three consecutive words is hashed
// (64-bit FNV-1a, then a splitmix64 finaliser for bit diffusion) and each hash
// votes +1/-1 on each of the 64 bits. A text with fewer than three words is
// one shingle of all its words; a text without words hashes to 0.
//
// Thread-safe: pure functions.
#ifndef NEWSGRAPH_BASE_SIMHASH_H_
#define NEWSGRAPH_BASE_SIMHASH_H_

#include <cstdint>
#include <string_view>

namespace ng {

// Texts this close or closer (in differing bits) count as near duplicates.
inline constexpr int kNearDuplicateBits = 3;

uint64_t SimHash(std::string_view text);

// Number of bits in which `a` and `b` differ (0..64).
int HammingDistance(uint64_t a, uint64_t b);

}  // namespace ng

#endif  // NEWSGRAPH_BASE_SIMHASH_H_
