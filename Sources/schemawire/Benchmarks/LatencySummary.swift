/// Percentiles of a set of latency samples in nanoseconds.
struct LatencySummary: Sendable {
    /// The samples, sorted.
    let sorted: [Int]

    /// Sorts the samples.
    init(_ samples: [Int]) {
        sorted = samples.sorted()
    }

    /// The `fraction` percentile (nearest rank), in milliseconds; 0 without samples.
    func milliseconds(at fraction: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let rank = min(sorted.count - 1, max(0, Int((fraction * Double(sorted.count)).rounded(.up)) - 1))
        return Double(sorted[rank]) / 1_000_000
    }

    /// The median in milliseconds.
    var p50: Double { milliseconds(at: 0.50) }
    /// The 99th percentile in milliseconds.
    var p99: Double { milliseconds(at: 0.99) }
}
