import Foundation
import Testing
@testable import SchemaWireSocket

/// The server role's answers to malformed or unsupported upgrade requests, sent as raw bytes.
@Suite("Server role: malformed upgrade requests")
struct HandshakeValidationTests {
    /// Sends `request` over a fresh TCP connection and returns everything the server wrote back
    /// before closing; the blocking socket calls run on a thread of their own.
    private func exchange(port: Int, _ request: String) async throws -> String {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread {
                do throws(WebSocketError) {
                    let fd = try TCPConnector.connect(host: "127.0.0.1", port: port, deadline: .now + .seconds(30)) { _ in true }
                    let stream = SocketStream(fd: fd)
                    defer { stream.close() }
                    stream.setTimeout(.seconds(30))
                    try stream.write(Array(request.utf8))
                    var answer: [UInt8] = []
                    var buffer = [UInt8](repeating: 0, count: 4096)
                    while true {
                        var count = 0
                        var failure: WebSocketError?
                        buffer.withUnsafeMutableBytes { raw in
                            do throws(WebSocketError) { count = try stream.read(into: raw) } catch { failure = error }
                        }
                        if let failure { throw failure }
                        if count == 0 { break }
                        answer += buffer[0..<count]
                    }
                    continuation.resume(returning: String(decoding: answer, as: UTF8.self))
                } catch {
                    continuation.resume(throwing: error)
                }
            }
            thread.start()
        }
    }

    private static let key = "dGhlIHNhbXBsZSBub25jZQ=="

    @Test("answers", arguments: [
        ("GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: \(key)\r\nSec-WebSocket-Version: 8\r\n\r\n",
         "HTTP/1.1 426", "Sec-WebSocket-Version: 13"),
        ("GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n\r\n", "HTTP/1.1 400", "Sec-WebSocket-Key"),
        ("GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: c2hvcnQ=\r\nSec-WebSocket-Version: 13\r\n\r\n", "HTTP/1.1 400", "Sec-WebSocket-Key"),
        ("POST / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: \(key)\r\nSec-WebSocket-Version: 13\r\n\r\n", "HTTP/1.1 405", "Allow: GET"),
        ("NONSENSE\r\n\r\n", "HTTP/1.1 400", "malformed request line"),
        ("GET /plain HTTP/1.1\r\nHost: x\r\n\r\n", "HTTP/1.1 426", "Upgrade: websocket"),
        ("GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: \(key)\r\nSec-WebSocket-Version: 13\r\n\r\n",
         "HTTP/1.1 101", "Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo="),
    ])
    func answers(request: String, status: String, detail: String) async throws {
        let server = try WebSocketServer { connection in connection.drop() }
        let answer = try await exchange(port: server.port, request)
        #expect(answer.hasPrefix(status), "answer: \(answer)")
        #expect(answer.contains(detail), "answer: \(answer)")
        await server.shutdown()
    }

    @Test("a request head larger than 16 KiB is refused without reading on forever")
    func refusesHugeHead() async throws {
        let server = try WebSocketServer { _ in }
        let answer = try await exchange(port: server.port, "GET / HTTP/1.1\r\nX-Filler: " + String(repeating: "a", count: 20_000) + "\r\n\r\n")
        #expect(answer.isEmpty)
        #expect(server.connections.isEmpty)
        await server.shutdown()
    }
}
