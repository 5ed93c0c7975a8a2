// Status and StatusOr<T>: errors as values at module boundaries.
//
// Library code never exits or throws across a module boundary; it returns a
// Status that names the thing, the place and the cause, for example
// "page.html: byte 5120: invalid UTF-8". Only app/ decides to exit.
// Both types are cheap to move and are [[nodiscard]]. Thread-compatible.
#ifndef NEWSGRAPH_BASE_STATUS_H_
#define NEWSGRAPH_BASE_STATUS_H_

#include <cassert>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace ng {

class [[nodiscard]] Status {
 public:
  enum class Code {
    kOk = 0,
    kInvalidArgument,    // bad input: malformed page, bad UTF-8, usage error
    kNotFound,           // missing file, unknown entity
    kIoError,            // filesystem, database or network failure
    kResourceExhausted,  // an input went over a documented limit
    kCorruption,         // stored data is inconsistent
    kUnavailable,        // busy or locked; trying later may succeed
    kInternal,           // a bug or an unexpected library error
  };

  Status() = default;
  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string msg) {
    return Status(Code::kInvalidArgument, std::move(msg));
  }
  static Status NotFound(std::string msg) { return Status(Code::kNotFound, std::move(msg)); }
  static Status IoError(std::string msg) { return Status(Code::kIoError, std::move(msg)); }
  static Status ResourceExhausted(std::string msg) {
    return Status(Code::kResourceExhausted, std::move(msg));
  }
  static Status Corruption(std::string msg) { return Status(Code::kCorruption, std::move(msg)); }
  static Status Unavailable(std::string msg) { return Status(Code::kUnavailable, std::move(msg)); }
  static Status Internal(std::string msg) { return Status(Code::kInternal, std::move(msg)); }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }

  // Returns "what: message", for adding the name of the input at a boundary.
  Status WithContext(std::string_view what) const {
    if (ok()) return *this;
    return Status(code_, std::string(what) + ": " + message_);
  }
  std::string ToString() const { return ok() ? "OK" : message_; }

 private:
  Status(Code code, std::string message) : code_(code), message_(std::move(message)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

// Either a value or a non-OK Status.
template <typename T>
class [[nodiscard]] StatusOr {
 public:
  StatusOr(Status status) : status_(std::move(status)) { assert(!status_.ok()); }
  StatusOr(T value) : value_(std::move(value)) {}

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }

  // REQUIRES: ok().
  T& value() & {
    assert(ok());
    return *value_;
  }
  const T& value() const& {
    assert(ok());
    return *value_;
  }
  T&& value() && {
    assert(ok());
    return std::move(*value_);
  }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  Status status_;
  std::optional<T> value_;
};

}  // namespace ng

#define NG_RETURN_IF_ERROR(expr)             \
  do {                                       \
    ::ng::Status ng_status_ = (expr);        \
    if (!ng_status_.ok()) return ng_status_; \
  } while (0)

#endif  // NEWSGRAPH_BASE_STATUS_H_
