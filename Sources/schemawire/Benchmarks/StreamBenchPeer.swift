import Foundation
import SchemaWire

/// The peer of the stream benchmark: a Python `websockets` client (a subprocess) that subscribes
/// like a Navixy client and `json.loads` every message, timing the stream the same way ours does.
enum StreamBenchPeer {
    /// What the Python client measured.
    struct Measurement: Sendable {
        /// Events received.
        var count: Int
        /// Seconds from the first event to the last.
        var seconds: Double
        /// Send-to-consumer latencies in nanoseconds (paced runs only).
        var latencies: [Int]
    }

    /// Why the peer could not be measured.
    struct Failure: Error, CustomStringConvertible {
        /// What went wrong, with the peer's standard error.
        var description: String
    }

    /// Runs the client against `url` until it has `count` events; `latency` asks for per-event latencies.
    /// When `warmUp` is positive the same process first reads that many events on a connection of its
    /// own, unmeasured. The subprocess is waited for on a thread of its own, never on the cooperative pool.
    static func run(url: String, count: Int, warmUp: Int, latency: Bool) async throws -> Measurement {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, url, String(count), latency ? "latency" : "flood", String(warmUp)]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let (stdout, stderr) = await withCheckedContinuation { (continuation: CheckedContinuation<(Data, Data), Never>) in
            Thread.detachNewThread {
                let errorData = Locked(Data())
                let drained = DispatchGroup()
                drained.enter()
                DispatchQueue.global().async {
                    let data = errors.fileHandleForReading.readDataToEndOfFile()
                    errorData.withLock { $0 = data }
                    drained.leave()
                }
                let data = output.fileHandleForReading.readDataToEndOfFile()
                process.waitUntilExit()
                drained.wait()
                continuation.resume(returning: (data, errorData.withLock { $0 }))
            }
        }
        let message = String(decoding: stderr, as: UTF8.self)
        guard process.terminationStatus == 0 else {
            throw Failure(description: "the Python peer failed (is the websockets package installed? pip install websockets): \(message.suffix(600))")
        }
        guard let result = try? JSONValue(parsing: Array(stdout)),
              let received = result["count"]?.numberValue?.int64Value, let seconds = result["seconds"]?.numberValue?.doubleValue else {
            throw Failure(description: "the Python peer printed no result: \(message.suffix(600))")
        }
        let latencies = result["latencies"]?.arrayValue?.compactMap { $0.numberValue?.int64Value.map(Int.init) } ?? []
        return Measurement(count: Int(received), seconds: seconds, latencies: latencies)
    }

    /// The peer: subscribe, then read `count` state events, parsing each with `json.loads` (after an
    /// unmeasured warm-up connection when asked).
    private static let script = #"""
    import asyncio, json, sys, time
    import websockets

    async def consume(url, count, mode):
        async with websockets.connect(url, max_size=None, compression=None, ping_interval=None) as ws:
            await ws.recv()  # the Atmosphere handshake frame
            await ws.send(json.dumps({"action": "subscribe", "hash": "0" * 32,
                                      "requests": [{"type": "state", "trackers": [1]}]}))
            json.loads(await ws.recv())  # the subscribe response
            latencies, received, first = [], 0, None
            while received < count:
                event = json.loads(await ws.recv())
                if event.get("event") != "state":
                    continue
                now = time.monotonic_ns()
                if first is None:
                    first = now
                received += 1
                if mode == "latency":
                    latencies.append(now - event["data"]["source_id"])
            last = time.monotonic_ns()
        return {"count": received, "seconds": (last - first) / 1e9, "latencies": latencies}

    async def main(url, count, mode, warm_up):
        if warm_up > 0:
            await consume(url, warm_up, "flood")
        print(json.dumps(await consume(url, count, mode)))

    asyncio.run(main(sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])))
    """#
}
