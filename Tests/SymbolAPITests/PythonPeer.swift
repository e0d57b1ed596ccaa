import Foundation

/// Runs Python 3 as an independent reference implementation (its `hashlib` and `base64`).
///
/// Tests that use it are enabled when `python3` is on the PATH; when it is missing they are skipped,
/// except under `CI=true`, where they run and fail.
enum PythonPeer {
    /// Where `python3` was found, if anywhere.
    static let executable: URL? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent("python3")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }()

    /// Whether the Python tests should run: Python is present, or CI demands them.
    static var shouldRun: Bool {
        executable != nil || ProcessInfo.processInfo.environment["CI"] == "true"
    }

    enum Failure: Error, CustomStringConvertible {
        case notInstalled
        case failed(status: Int32, stderr: String)
        var description: String {
            switch self {
            case .notInstalled: return "python3 is not on the PATH (required when CI=true)"
            case .failed(let status, let stderr): return "python3 exited with \(status): \(stderr)"
            }
        }
    }

    /// Runs `script` with `input` on standard input and returns its standard output.
    static func run(_ script: String, input: String) throws -> String {
        guard let executable else { throw Failure.notInstalled }
        let process = Process()
        process.executableURL = executable
        process.arguments = ["-c", script]
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure.failed(status: process.terminationStatus, stderr: String(decoding: errors, as: UTF8.self))
        }
        return String(decoding: output, as: UTF8.self)
    }
}
