import Foundation
@testable import SchemaWireSocket

/// Helpers shared by the tests.
enum Fixtures {
    /// A deterministic byte pattern of `count` bytes.
    static func pattern(_ count: Int) -> [UInt8] {
        let block = (0..<256).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count)
        while bytes.count + 256 <= count { bytes += block }
        bytes += block.prefix(count - bytes.count)
        return bytes
    }

    /// Whether two payloads are byte-for-byte equal (memcmp: cheap even in debug builds, so big
    /// comparisons do not hog the cooperative pool).
    static func same(_ lhs: [UInt8]?, _ rhs: [UInt8]) -> Bool {
        guard let lhs, lhs.count == rhs.count else { return false }
        return lhs.withUnsafeBytes { a in rhs.withUnsafeBytes { b in a.count == 0 || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0 } }
    }

    /// Multi-byte UTF-8 text of exactly `count` bytes.
    static func text(_ count: Int) -> String {
        String(repeating: "é", count: count / 2) + String(repeating: "a", count: count % 2)
    }

    /// Client options with short timers, for tests of timeouts.
    static func quickOptions(ping: Duration? = nil, pongTimeout: Duration = .milliseconds(300), closeTimeout: Duration = .milliseconds(500)) -> WebSocketClientConfiguration {
        var configuration = WebSocketClientConfiguration()
        configuration.options.pingInterval = ping
        configuration.options.pongTimeout = pongTimeout
        configuration.options.closeTimeout = closeTimeout
        return configuration
    }

    /// Sends every message received straight back, until the connection ends.
    static func echo(_ connection: WebSocketConnection) async {
        do {
            for try await message in connection.messages { try await connection.send(message) }
        } catch {}
    }

    /// Iterates `messages` to the end and returns the messages and the error it ended with.
    static func drain(_ messages: WebSocketMessages) async -> (messages: [WebSocketMessage], error: WebSocketError?) {
        var received: [WebSocketMessage] = []
        do {
            for try await message in messages { received.append(message) }
            return (received, nil)
        } catch let error as WebSocketError {
            return (received, error)
        } catch {
            return (received, .connectionLost(reason: "unexpected error \(error)"))
        }
    }
}
