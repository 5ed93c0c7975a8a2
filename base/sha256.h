// SHA-256 (FIPS 180-4) for content hashes: article dedup and database
// fingerprints. Thread-safe (pure function).
#ifndef NEWSGRAPH_BASE_SHA256_H_
#define NEWSGRAPH_BASE_SHA256_H_

#include <string>
#include <string_view>

namespace ng {

// Returns the 64 lowercase hex digits of SHA-256(data).
std::string Sha256Hex(std::string_view data);

}  // namespace ng

#endif  // NEWSGRAPH_BASE_SHA256_H_
