// Clock: the seam between the fetch layer's waiting (per-host politeness
// delays, retry backoff, Retry-After) and real time.
//
// RealClock() is the monotonic system clock and really sleeps. FakeClock
// never sleeps: SleepFor advances its time and records the duration, so unit
// tests check delays without waiting for them.
//
// Thread-safety: RealClock() is thread-safe. A FakeClock is thread-compatible
// (one thread at a time).
#ifndef NEWSGRAPH_INGEST_CLOCK_H_
#define NEWSGRAPH_INGEST_CLOCK_H_

#include <chrono>
#include <vector>

namespace ng::ingest {

class Clock {
 public:
  using TimePoint = std::chrono::steady_clock::time_point;
  using Duration = std::chrono::nanoseconds;

  virtual ~Clock() = default;
  virtual TimePoint Now() = 0;
  // Blocks the calling thread for `d` (no-op when d <= 0).
  virtual void SleepFor(Duration d) = 0;
};

// The process-wide real clock (std::chrono::steady_clock). Never deleted.
Clock* RealClock();

class FakeClock : public Clock {
 public:
  FakeClock() = default;
  TimePoint Now() override { return now_; }
  void SleepFor(Duration d) override;
  void Advance(Duration d) { now_ += d; }
  // Every positive SleepFor duration, in call order.
  const std::vector<Duration>& sleeps() const { return sleeps_; }

 private:
  TimePoint now_ = TimePoint(std::chrono::hours(1));
  std::vector<Duration> sleeps_;
};

}  // namespace ng::ingest

#endif  // NEWSGRAPH_INGEST_CLOCK_H_
