/// `schemawire bench`: SchemaWire beside a peer, measured in one run.
enum BenchCommand: CLICommand {
    static let spec = CommandSpec(
        name: "bench",
        summary: "Measure SchemaWire against a peer implementation in the same run and print the ratios.",
        synopsis: "[\(benchmarks.map(\.name).joined(separator: "|"))|all]",
        options: [],
        positionals: 0...1,
        discussion: "Build with '-c release' for meaningful figures: swift run -c release schemawire bench all"
    )

    static func run(_ arguments: ParsedArguments) async throws -> Int32 {
        let wanted = arguments.positionals.first ?? "all"
        guard wanted == "all" || benchmarks.contains(where: { $0.name == wanted }) else {
            throw UsageError("unknown benchmark '\(wanted)'")
        }
        var reports: [BenchmarkReport] = []
        for benchmark in benchmarks where wanted == "all" || wanted == benchmark.name {
            Terminal.status("running \(benchmark.name)…")
            let report = try await benchmark.run()
            Terminal.clearStatus()
            print(report.rendered)
            print("")
            reports.append(report)
        }
        if reports.count > 1 {
            let rows = reports.flatMap { report in
                report.rows.map { row in
                    [report.name, row.case_, row.unit, format(row.ours), format(row.peer), report.peerName,
                     format(row.ratio) + "×", row.targetRatio.map { "≥ " + format($0) + "×" } ?? ""]
                }
            }
            print(Terminal.table(["bench", "case", "unit", "SchemaWire", "peer", "peer name", "ratio", "target"], rows))
        }
        return ExitStatus.success
    }

    private static func format(_ value: Double) -> String {
        if value >= 100 { return String(Int(value.rounded())) }
        return String((value * 100).rounded() / 100)
    }
}
