import Foundation
import Testing

/// A Python peer running as a subprocess, with the JSON lines it printed.
///
/// `@unchecked Sendable`: `process` and the pipes are set up in `init` and afterwards only used
/// through their thread-safe methods (`terminate`, closing the stdin pipe); the lines live in a lock.
final class PeerProcess: @unchecked Sendable {
    /// One line the peer printed, as string fields.
    typealias Event = [String: String]

    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let events = NSLock()
    private var lines: [Event] = []
    private var finished = false

    /// Writes `script` to a temporary file and runs it with `arguments`.
    init(script: String, arguments: [String]) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("schemawire-socket-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("peer.py")
        try script.write(to: file, atomically: true, encoding: .utf8)
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", file.path] + arguments.map { $0 == "{folder}" ? folder.path : $0 }
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.standardError
        try process.run()
        let handle = output.fileHandleForReading
        let thread = Thread { [self] in
            var pending = Data()
            while true {
                let chunk = handle.availableData
                if chunk.isEmpty { break }
                pending.append(chunk)
                while let newline = pending.firstIndex(of: 10) {
                    let line = pending[pending.startIndex..<newline]
                    pending = Data(pending[(newline + 1)...])
                    record(line)
                }
            }
            events.lock()
            finished = true
            events.unlock()
        }
        thread.start()
    }

    deinit { stop() }

    /// Ends the peer (closing its stdin makes it exit; `terminate` makes sure).
    func stop() {
        try? input.fileHandleForWriting.close()
        if process.isRunning { process.terminate() }
    }

    /// The first event matching `predicate`, waiting up to `timeout` for it.
    func event(timeout: Duration = .seconds(60), where predicate: (Event) -> Bool) async throws -> Event {
        let deadline = ContinuousClock.now + timeout
        while true {
            let (match, done) = events.withLock { (lines.first(where: predicate), finished) }
            if let match { return match }
            if done || ContinuousClock.now > deadline {
                throw PeerError.noSuchEvent(seen: allEvents())
            }
            try await Task.sleep(for: .milliseconds(10))
        }
    }

    /// Waits for the peer to exit on its own, then returns everything it printed.
    func waitForExit(timeout: Duration = .seconds(60)) async throws -> [Event] {
        let deadline = ContinuousClock.now + timeout
        while process.isRunning || !isFinished {
            if ContinuousClock.now > deadline { stop(); throw PeerError.noSuchEvent(seen: allEvents()) }
            try await Task.sleep(for: .milliseconds(10))
        }
        return allEvents()
    }

    /// Everything printed so far.
    func allEvents() -> [Event] {
        events.lock()
        defer { events.unlock() }
        return lines
    }

    private var isFinished: Bool {
        events.lock()
        defer { events.unlock() }
        return finished
    }

    private func record(_ line: Data) {
        guard let object = try? JSONSerialization.jsonObject(with: line) as? [String: Any] else { return }
        var event: Event = [:]
        for (key, value) in object where !(value is NSNull) { event[key] = "\(value)" }
        events.lock()
        lines.append(event)
        events.unlock()
    }

    /// Why waiting on a peer failed.
    enum PeerError: Error, CustomStringConvertible {
        case noSuchEvent(seen: [Event])
        var description: String {
            switch self {
            case .noSuchEvent(let seen): "the peer did not print the expected event; it printed \(seen)"
            }
        }
    }
}

/// The Python `websockets` server, started once per test process and shared by the suites.
actor PythonServer {
    static let plain = PythonServer(arguments: [])
    static let tls = PythonServer(arguments: ["--tls", "{folder}"])

    private let arguments: [String]
    private var starting: Task<(process: PeerProcess, ready: PeerProcess.Event), any Error>?

    private init(arguments: [String]) { self.arguments = arguments }

    /// The running peer and its ready event (ports, CA path). Started by the first caller; callers
    /// arriving while it starts wait for the same process (the actor is re-entered at the await).
    func peer() async throws -> (process: PeerProcess, ready: PeerProcess.Event) {
        if let starting { return try await starting.value }
        let arguments = self.arguments
        let task = Task {
            let process = try PeerProcess(script: PythonPeerScripts.server, arguments: arguments)
            let ready = try await process.event(timeout: .seconds(120)) { $0["event"] == "ready" }
            return (process: process, ready: ready)
        }
        starting = task
        return try await task.value
    }

    /// A URL on the plain server, e.g. `url("/echo")`.
    static func url(_ pathAndQuery: String) async throws -> URL {
        let ready = try await plain.peer().ready
        return URL(string: "ws://127.0.0.1:\(ready["port"]!)\(pathAndQuery)")!
    }
}
