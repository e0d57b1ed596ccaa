import Foundation
import SchemaWireSocket

/// `schemawire bench socket`: receiving throughput of SchemaWire's WebSocket client beside the
/// Python `websockets` client, both reading the same streams from one loopback server that writes
/// frames encoded in advance (so the server is never the bottleneck).
///
/// Two streams: small text messages (about 100 bytes, like one telematics event) and 1 MiB binary
/// messages. Each side runs each stream twice and keeps its better run; the clock runs from the
/// open connection to the server's close frame, on both sides.
enum SocketBenchmark {
    static let smallCount = 600_000
    static let largeCount = 1_500
    static let smallMessage = WebSocketMessage(
        text: #"{"event":"state","tracker_id":1234567,"lat":52.520008,"lng":13.404954,"speed":42,"ts":"2026-12-02T06:00:00Z"}"#)

    /// Runs the benchmark and returns its report.
    static func run() async throws -> BenchmarkReport {
        let small = WebSocketEncodedFrames(repeating: smallMessage, count: 1_000)
        let large = WebSocketEncodedFrames(repeating: WebSocketMessage(binary: [UInt8](repeating: 0xA5, count: 1 << 20)), count: 10)
        let server = try WebSocketServer { connection in
            let isSmall = connection.request?.path == "/small"
            let frames = isSmall ? small : large
            let rounds = (isSmall ? smallCount : largeCount) / frames.messageCount
            for _ in 0..<rounds {
                do { try await connection.send(frames) } catch { return }
            }
            await connection.close()
        }
        defer { Task { await server.shutdown() } }
        let base = server.baseURL

        let peer = PythonClientPeer()
        var notes = ["server: SchemaWire server role writing pre-encoded frames over loopback; best of 2 runs per side",
                     "small: \(smallCount) text messages of \(smallMessage.bytes.count) bytes; large: \(largeCount) binary messages of 1 MiB"]
        let ourSmall = try await best { try await receiveWithSchemaWire(URL(string: base + "/small")!) }
        let ourLarge = try await best { try await receiveWithSchemaWire(URL(string: base + "/large")!) }
        var peerSmall = Measurement(messages: 0, bytes: 0, seconds: 1)
        var peerLarge = Measurement(messages: 0, bytes: 0, seconds: 1)
        do {
            peerSmall = try await best { try await peer.receive(base + "/small") }
            peerLarge = try await best { try await peer.receive(base + "/large") }
            notes.append("peer: \(try await peer.version())")
        } catch {
            notes.append("peer unavailable (\(error)); install it with: python3 -m pip install websockets")
        }
        return BenchmarkReport(
            name: "socket",
            peerName: "Python websockets client",
            rows: [
                .init(case_: "small text messages", unit: "msg/s", ours: ourSmall.messagesPerSecond, peer: peerSmall.messagesPerSecond, targetRatio: 5),
                .init(case_: "small text messages", unit: "MB/s", ours: ourSmall.megabytesPerSecond, peer: peerSmall.megabytesPerSecond, targetRatio: nil),
                .init(case_: "1 MiB binary messages", unit: "msg/s", ours: ourLarge.messagesPerSecond, peer: peerLarge.messagesPerSecond, targetRatio: nil),
                .init(case_: "1 MiB binary messages", unit: "MB/s", ours: ourLarge.megabytesPerSecond, peer: peerLarge.megabytesPerSecond, targetRatio: 1.6),
            ],
            notes: notes
        )
    }

    /// What one receiving run measured.
    struct Measurement: Sendable {
        var messages: Int
        var bytes: Int
        var seconds: Double
        var messagesPerSecond: Double { Double(messages) / seconds }
        var megabytesPerSecond: Double { Double(bytes) / seconds / 1e6 }
    }

    private static func best(_ run: () async throws -> Measurement) async throws -> Measurement {
        let first = try await run()
        let second = try await run()
        return first.seconds <= second.seconds ? first : second
    }

    private static func receiveWithSchemaWire(_ url: URL) async throws -> Measurement {
        let connection = try await WebSocketClient.connect(to: url)
        let start = ContinuousClock.now
        var messages = 0
        var bytes = 0
        for try await message in connection.messages {
            messages += 1
            bytes += message.bytes.count
        }
        let elapsed = ContinuousClock.now - start
        return Measurement(messages: messages, bytes: bytes, seconds: elapsed.seconds)
    }
}

/// The Python `websockets` client, run as a subprocess that prints one JSON line per run.
struct PythonClientPeer: Sendable {
    private static let script = #"""
import asyncio, json, sys, time
from websockets.asyncio.client import connect

async def main(url):
    async with connect(url, max_size=None, compression=None, ping_interval=None) as ws:
        start = time.perf_counter()
        messages = 0
        size = 0
        async for message in ws:
            messages += 1
            size += len(message)
        elapsed = time.perf_counter() - start
    print(json.dumps({"messages": messages, "bytes": size, "seconds": elapsed}))

asyncio.run(main(sys.argv[1]))
"""#

    /// Receives one stream with the Python client.
    func receive(_ url: String) async throws -> SocketBenchmark.Measurement {
        let output = try await Self.python(["-c", Self.script, url])
        guard let object = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any],
              let messages = object["messages"] as? Int, let bytes = object["bytes"] as? Int, let seconds = object["seconds"] as? Double
        else { throw PeerFailure(output: output) }
        // len() of a text message counts characters; the small messages are ASCII, so it equals bytes.
        return SocketBenchmark.Measurement(messages: messages, bytes: bytes, seconds: seconds)
    }

    /// The peer's version line.
    func version() async throws -> String {
        try await Self.python(["-c", "import sys, websockets; print('websockets', websockets.__version__, 'on Python', sys.version.split()[0])"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private struct PeerFailure: Error, CustomStringConvertible {
        var output: String
        var description: String { "unexpected output from the Python peer: \(output.prefix(200))" }
    }

    /// Runs python3 and returns its standard output; waits on a thread of its own.
    private static func python(_ arguments: [String]) async throws -> String {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread {
                let process = Process()
                process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
                process.arguments = ["python3"] + arguments
                let pipe = Pipe()
                process.standardOutput = pipe
                process.standardError = FileHandle.nullDevice
                do {
                    try process.run()
                    let data = pipe.fileHandleForReading.readDataToEndOfFile()
                    process.waitUntilExit()
                    guard process.terminationStatus == 0 else { throw PeerFailure(output: "exit status \(process.terminationStatus)") }
                    continuation.resume(returning: String(decoding: data, as: UTF8.self))
                } catch {
                    continuation.resume(throwing: error)
                }
            }
            thread.start()
        }
    }
}

extension Duration {
    /// The duration in seconds.
    fileprivate var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
