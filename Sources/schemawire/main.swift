#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every benchmark `schemawire bench` can run, by name. Each lives in its own file under Benchmarks/.
let benchmarks: [(name: String, run: @Sendable () async throws -> BenchmarkReport)] = [
    ("decode", DecodeBenchmark.run),
    ("socket", SocketBenchmark.run),
    ("validate", ValidateBenchmark.run),
    ("stream", { try await StreamBenchmark.run() }),
]

exit(await CommandLineTool.main(Array(CommandLine.arguments.dropFirst())))
