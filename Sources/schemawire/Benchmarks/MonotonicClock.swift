#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `CLOCK_MONOTONIC` in nanoseconds: the clock Python's `time.monotonic_ns()` reads on Linux, so a
/// timestamp taken by the benchmark server means the same thing in both consumers.
enum MonotonicClock {
    /// Nanoseconds since an arbitrary fixed point (boot).
    static func nanoseconds() -> Int {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Int(now.tv_sec) * 1_000_000_000 + Int(now.tv_nsec)
    }
}
