#include "ingest/clock.h"

#include <thread>

namespace ng::ingest {
namespace {

class SteadyClock : public Clock {
 public:
  TimePoint Now() override { return std::chrono::steady_clock::now(); }
  void SleepFor(Duration d) override {
    if (d > Duration::zero()) std::this_thread::sleep_for(d);
  }
};

}  // namespace

Clock* RealClock() {
  static SteadyClock* clock = new SteadyClock();
  return clock;
}

void FakeClock::SleepFor(Duration d) {
  if (d <= Duration::zero()) return;
  sleeps_.push_back(d);
  now_ += d;
}

}  // namespace ng::ingest
