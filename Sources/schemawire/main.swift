// Temporary entry point until the CLI issue lands: `schemawire bench <name>`.

/// Every benchmark the CLI can run, by name. Each lives in its own file under Benchmarks/.
let benchmarks: [(name: String, run: @Sendable () async throws -> BenchmarkReport)] = [
]

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "bench" {
    let wanted = arguments.dropFirst().first ?? "all"
    for benchmark in benchmarks where wanted == "all" || wanted == benchmark.name {
        print(try await benchmark.run().rendered)
    }
} else {
    print("usage: schemawire bench [name|all]")
}
