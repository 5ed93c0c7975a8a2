// Reading whole files with a size cap and a clear error. Thread-safe.
#ifndef NEWSGRAPH_BASE_FILE_H_
#define NEWSGRAPH_BASE_FILE_H_

#include <cstddef>
#include <string>

#include "base/status.h"

namespace ng {

// Default cap for one input file: a page or article larger than this is
// reported as ResourceExhausted, not read into memory.
inline constexpr size_t kDefaultMaxFileBytes = 64u << 20;

// Reads `path` into memory. Errors name the path and the cause
// ("a.html: no such file", "big.html: 80000000 bytes is over the 67108864-byte limit").
StatusOr<std::string> ReadFile(const std::string& path, size_t max_bytes = kDefaultMaxFileBytes);

// Writes `data` to `path` atomically (temporary file + rename).
Status WriteFileAtomically(const std::string& path, const std::string& data);

}  // namespace ng

#endif  // NEWSGRAPH_BASE_FILE_H_
