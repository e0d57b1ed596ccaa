/// The outcome of one benchmark: SchemaWire's figure beside its peer's, measured in the same run.
struct BenchmarkReport: Sendable {
    /// One measured line, e.g. "small messages".
    struct Row: Sendable {
        /// What was measured.
        var case_: String
        /// The unit of both figures, e.g. "MB/s" or "msg/s".
        var unit: String
        /// SchemaWire's figure.
        var ours: Double
        /// The peer's figure.
        var peer: Double
        /// The target ratio from the issue, if any.
        var targetRatio: Double?

        /// ours / peer.
        var ratio: Double { peer > 0 ? ours / peer : .infinity }
    }

    /// The benchmark's name, e.g. "decode".
    var name: String
    /// The peer's name, e.g. "Foundation JSONDecoder".
    var peerName: String
    /// The measured rows.
    var rows: [Row]
    /// Extra lines worth printing (latencies, payload size).
    var notes: [String] = []
}

extension BenchmarkReport {
    /// A plain-text table of the rows.
    var rendered: String {
        var lines = ["\(name): SchemaWire vs \(peerName)"]
        for row in rows {
            let target = row.targetRatio.map { " (target ≥ \(format($0))×)" } ?? ""
            lines.append("  \(row.case_): \(format(row.ours)) vs \(format(row.peer)) \(row.unit) → \(format(row.ratio))×\(target)")
        }
        lines += notes.map { "  \($0)" }
        return lines.joined(separator: "\n")
    }

    private func format(_ value: Double) -> String {
        if value >= 100 { return String(Int(value.rounded())) }
        let hundredths = (value * 100).rounded() / 100
        return "\(hundredths)"
    }
}
