import Foundation
import Testing

/// Facts about the machine the tests run on.
enum TestEnvironment {
    /// Whether `CI=true`: then missing peers fail the tests instead of skipping them.
    static let isCI = ProcessInfo.processInfo.environment["CI"] == "true"

    /// Whether `python3` can import `websockets` (and, for TLS, `cryptography`).
    static let pythonHasWebsockets = pythonImports("websockets")
    static let pythonHasCryptography = pythonImports("websockets, cryptography")

    /// Run the interop tests when the peer is there, and always under CI (where they fail if it is not).
    static let runsWebsocketsInterop = pythonHasWebsockets || isCI
    static let runsTLSInterop = pythonHasCryptography || isCI

    /// The reason shown when the TLS interop tests are skipped.
    static let tlsSkipMessage: Comment = "Python 'websockets' or 'cryptography' is missing; TLS interop tests skipped. Under CI=true they fail instead."

    /// The reason shown when interop tests are skipped.
    static let skipMessage: Comment = "Python 'websockets' is not installed (python3 -m pip install websockets); interop tests skipped. Under CI=true they fail instead."

    private static func pythonImports(_ modules: String) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import \(modules)"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
            process.waitUntilExit()
            return process.terminationStatus == 0
        } catch {
            return false
        }
    }
}

