import Foundation
import Testing
@testable import SchemaWireSocket

/// SchemaWire's server role against a Python `websockets` client.
@Suite("Server ↔ Python websockets client", .enabled(if: TestEnvironment.runsWebsocketsInterop, TestEnvironment.skipMessage))
struct ServerInteropTests {
    /// Echoes on `/echo`; on `/server-closes` closes at once with 4001.
    private func startServer(maximumMessageSize: Int = 16 << 20) throws -> WebSocketServer {
        var configuration = WebSocketServerConfiguration()
        configuration.options.maximumMessageSize = maximumMessageSize
        return try WebSocketServer(configuration: configuration) { connection in
            if connection.request?.path == "/server-closes" {
                await connection.close(code: WebSocketCloseCode(4001), reason: "server says bye")
                return
            }
            await Fixtures.echo(connection)
        }
    }

    private func runClient(_ scenario: String, against server: WebSocketServer) async throws -> [PeerProcess.Event] {
        let client = try PeerProcess(script: PythonPeerScripts.client, arguments: [server.baseURL, scenario])
        return try await client.waitForExit()
    }

    @Test("messages of every boundary size, fragments, a ping inside a fragmented message and the client's close all work")
    func servesPythonClient() async throws {
        let server = try startServer()
        let events = try await runClient("echo", against: server)
        let echoes = events.filter { $0["event"] == "echo" }
        #expect(echoes.count == 12)
        #expect(echoes.allSatisfy { $0["ok"] == "1" }, "echo failures: \(echoes.filter { $0["ok"] != "1" })")
        #expect(events.first { $0["event"] == "fragments" }?["ok"] == "1")
        #expect(events.first { $0["event"] == "ping-in-fragment" }?["ok"] == "1")
        #expect(events.first { $0["event"] == "pong" }?["ok"] == "1")
        let closed = try #require(events.first { $0["event"] == "closed" })
        #expect(closed["code"] == "4000")
        #expect(closed["reason"] == "bye from python")
        await server.shutdown()
    }

    @Test("a close started by the server reaches the client with its code and reason")
    func serverClose() async throws {
        let server = try startServer()
        let events = try await runClient("server-closes", against: server)
        let closed = try #require(events.first { $0["event"] == "closed" })
        #expect(closed["code"] == "4001")
        #expect(closed["reason"] == "server says bye")
        await server.shutdown()
    }

    @Test("bad client frames are refused with the right close code",
          arguments: [("unmasked", "1002"), ("invalid-utf8", "1007"), ("oversize", "1009")])
    func refusesBadFrames(scenario: String, code: String) async throws {
        let server = try startServer(maximumMessageSize: 1 << 20)
        let events = try await runClient(scenario, against: server)
        #expect(events.first { $0["event"] == "closed" }?["code"] == code)
        await server.shutdown()
    }
}
