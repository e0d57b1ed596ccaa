import Foundation

/// Runs the built `schemawire` executable as a subprocess and collects what it prints.
// @unchecked Sendable: `output` and `errors` are only touched while holding `lock`; `process` is
// configured before it starts and afterwards only signalled and polled.
final class CLIProcess: @unchecked Sendable {
    /// The outcome of one run.
    struct Result: Sendable {
        /// The exit status.
        var status: Int32
        /// Everything written to standard output.
        var stdout: String
        /// Everything written to standard error.
        var stderr: String
    }

    /// Why a run could not be made.
    enum Failure: Error, CustomStringConvertible {
        /// No executable next to the test bundle or in the package's `.build`.
        case executableNotFound([String])
        /// It ran longer than allowed and was killed.
        case timedOut(arguments: [String], stdout: String, stderr: String)

        var description: String {
            switch self {
            case .executableNotFound(let places):
                return "schemawire is not built (looked in \(places.joined(separator: ", "))); run swift build first"
            case .timedOut(let arguments, let stdout, let stderr):
                return "schemawire \(arguments.joined(separator: " ")) timed out\n\(stdout)\n\(stderr)"
            }
        }
    }

    private let process = Process()
    private let lock = NSLock()
    private var output = Data()
    private var errors = Data()
    private let stdinPipe = Pipe()
    private let arguments: [String]

    /// Starts `schemawire <arguments>` with `NO_COLOR=1` plus `environment`.
    init(_ arguments: [String], environment: [String: String] = [:]) throws {
        self.arguments = arguments
        process.executableURL = try Self.executable()
        process.arguments = arguments
        var variables = ProcessInfo.processInfo.environment
        variables["NO_COLOR"] = "1"
        for (name, value) in environment { variables[name] = value }
        process.environment = variables
        let stdoutPipe = Pipe()
        let stderrPipe = Pipe()
        process.standardOutput = stdoutPipe
        process.standardError = stderrPipe
        process.standardInput = stdinPipe
        stdoutPipe.fileHandleForReading.readabilityHandler = { [weak self] handle in self?.append(handle.availableData, error: false) }
        stderrPipe.fileHandleForReading.readabilityHandler = { [weak self] handle in self?.append(handle.availableData, error: true) }
        try process.run()
    }

    /// Runs to completion with `input` on standard input, killed after `timeout`.
    static func run(
        _ arguments: [String], input: String = "", environment: [String: String] = [:], timeout: Duration = .seconds(60)
    ) async throws -> Result {
        let process = try CLIProcess(arguments, environment: environment)
        process.write(input)
        process.closeInput()
        return try await process.wait(timeout: timeout)
    }

    /// Writes text to the process's standard input.
    func write(_ text: String) {
        stdinPipe.fileHandleForWriting.write(Data(text.utf8))
    }

    /// Closes standard input.
    func closeInput() {
        try? stdinPipe.fileHandleForWriting.close()
    }

    /// Sends SIGINT, as Ctrl-C would.
    func interrupt() { process.interrupt() }

    /// Standard output so far.
    var stdoutSoFar: String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: output, as: UTF8.self)
    }

    /// Polls standard output until it contains `text` (or `timeout` passes); returns it.
    func waitForOutput(containing text: String, timeout: Duration = .seconds(20)) async -> String {
        let deadline = ContinuousClock.now + timeout
        while !stdoutSoFar.contains(text), ContinuousClock.now < deadline, process.isRunning {
            try? await Task.sleep(for: .milliseconds(20))
        }
        return stdoutSoFar
    }

    /// Waits for the exit (killing the process after `timeout`) and returns what it printed.
    func wait(timeout: Duration = .seconds(60)) async throws -> Result {
        let deadline = ContinuousClock.now + timeout
        while process.isRunning {
            if ContinuousClock.now >= deadline {
                process.terminate()
                let (out, err) = collected()
                throw Failure.timedOut(arguments: arguments, stdout: out, stderr: err)
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        // Give the readability handlers a moment to drain what is left in the pipes.
        try await Task.sleep(for: .milliseconds(100))
        let (out, err) = collected()
        return Result(status: process.terminationStatus, stdout: out, stderr: err)
    }

    private func append(_ data: Data, error: Bool) {
        lock.lock()
        if error { errors.append(data) } else { output.append(data) }
        lock.unlock()
    }

    private func collected() -> (String, String) {
        lock.lock()
        defer { lock.unlock() }
        return (String(decoding: output, as: UTF8.self), String(decoding: errors, as: UTF8.self))
    }

    /// The executable beside the test bundle (SwiftPM puts both in the products directory), else in
    /// the package's `.build/debug`.
    private static func executable() throws -> URL {
        var places: [String] = []
        let runner = URL(fileURLWithPath: CommandLine.arguments.first ?? "")
        places.append(runner.deletingLastPathComponent().appendingPathComponent("schemawire").path)
        for bundle in Bundle.allBundles {
            places.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("schemawire").path)
        }
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        places.append(packageRoot.appendingPathComponent(".build/debug/schemawire").path)
        guard let found = places.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw Failure.executableNotFound(places)
        }
        return URL(fileURLWithPath: found)
    }
}
