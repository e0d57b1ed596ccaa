import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
import SchemaWire
@testable import SchemaWireSocket

/// The server role's hooks and controls, exercised with SchemaWire's own client over loopback.
@Suite("Server role: upgrade hook, plain HTTP, drops, deaf peers, shutdown")
struct ServerRoleTests {
    private func echoServer(upgrade: WebSocketServer.UpgradeHook? = nil, http: WebSocketServer.HTTPHandler? = nil) throws -> WebSocketServer {
        try WebSocketServer(upgrade: upgrade, http: http) { connection in await Fixtures.echo(connection) }
    }

    @Test("the upgrade hook sees path, query and headers, and its rejection reaches the client typed",
          arguments: [401, 409, 503])
    func rejectsThroughHook(status: Int) async throws {
        let seen = Locked<WebSocketHTTPRequest?>(nil)
        let server = try echoServer(upgrade: { request in
            seen.withLock { $0 = request }
            return .reject(WebSocketHTTPResponse(status: status, headers: ["Retry-After": "3"], text: #"{"status":\#(status)}"#, contentType: "application/json"))
        })
        var configuration = WebSocketClientConfiguration()
        configuration.headers = ["Authorization": "Bearer hub-token-xyz"]
        do {
            _ = try await WebSocketClient.connect(to: URL(string: "\(server.baseURL)/api/v1/ws/subscribe?event_types=vm.started,vm%20stopped")!, configuration: configuration)
            Issue.record("the hook rejected the upgrade")
        } catch let WebSocketError.handshakeRejected(response) {
            #expect(response.status == status)
            #expect(response.headers["Retry-After"] == "3")
            #expect(response.headers["Content-Type"] == "application/json")
            #expect(response.bodyText == #"{"status":\#(status)}"#)
        }
        let request = try #require(seen.withLock { $0 })
        #expect(request.method == "GET")
        #expect(request.path == "/api/v1/ws/subscribe")
        #expect(request.queryValue("event_types") == "vm.started,vm stopped")
        #expect(request.headers["Authorization"] == "Bearer hub-token-xyz")
        #expect(!request.description.contains("hub-token-xyz"))
        await server.shutdown()
    }

    @Test("plain HTTP requests on the same port reach the HTTP handler (URLSession as the client)")
    func servesPlainHTTP() async throws {
        let server = try echoServer(http: { request in
            guard request.method == "POST", request.path == "/api/v1/ws/unsubscribe" else { return WebSocketHTTPResponse(status: 404) }
            return WebSocketHTTPResponse(status: 200, text: #"{"received":\#(request.body.count)}"#, contentType: "application/json")
        })
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(server.port)/api/v1/ws/unsubscribe")!)
        request.httpMethod = "POST"
        request.httpBody = Data(#"{"client_id":"c-1","event_types":["a"]}"#.utf8)
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        let (body, response) = try await URLSession.shared.data(for: request)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        #expect(String(decoding: body, as: UTF8.self) == #"{"received":39}"#)
        await server.shutdown()
    }

    @Test("the hook can choose a subprotocol the client offered")
    func negotiatesSubprotocol() async throws {
        let server = try echoServer(upgrade: { _ in .accept(headers: ["X-Server": "sim"], subprotocol: "v2.events") })
        var configuration = WebSocketClientConfiguration()
        configuration.subprotocols = ["v1.events", "v2.events"]
        let connection = try await WebSocketClient.connect(to: URL(string: server.baseURL)!, configuration: configuration)
        #expect(connection.subprotocol == "v2.events")
        #expect(connection.responseHeaders["X-Server"] == "sim")
        #expect(server.connections.first?.subprotocol == "v2.events")
        #expect(try await connection.ping() > .zero)
        await connection.close()
        await server.shutdown()
    }

    @Test("dropAllConnections ends clients' sequences with connectionLost, without a close frame")
    func dropsConnections() async throws {
        let server = try echoServer()
        let connection = try await WebSocketClient.connect(to: URL(string: server.baseURL)!)
        try await connection.send(text: "hello")
        var iterator = connection.messages.makeAsyncIterator()
        #expect(try await iterator.next()?.text == "hello")
        server.dropAllConnections()
        do {
            _ = try await iterator.next()
            Issue.record("the drop must end the sequence with an error")
        } catch let error as WebSocketError {
            guard case .connectionLost = error else { Issue.record("expected connectionLost, got \(error)"); return }
        }
        #expect(connection.closeInfo?.code == .abnormalClosure)
        await server.shutdown()
    }

    @Test("a server told to stop answering pings is detected by the client's pong timeout")
    func deafServerIsDetected() async throws {
        let server = try echoServer()
        server.setAnswersPings(false)
        let connection = try await WebSocketClient.connect(to: URL(string: server.baseURL)!, configuration: Fixtures.quickOptions(ping: .milliseconds(100), pongTimeout: .milliseconds(200)))
        let (_, error) = await Fixtures.drain(connection.messages)
        #expect(error == .pongTimeout(after: .milliseconds(200)))
        #expect(connection.closeInfo?.code == .abnormalClosure)
        await server.shutdown()
    }

    @Test("graceful shutdown closes clients with 1001")
    func shutdownClosesWithGoingAway() async throws {
        let server = try echoServer()
        let connection = try await WebSocketClient.connect(to: URL(string: server.baseURL)!)
        await server.shutdown()
        let (_, error) = await Fixtures.drain(connection.messages)
        #expect(error == nil)
        #expect(connection.closeInfo?.code == .goingAway)
        #expect(connection.closeInfo?.initiator == .remote)
        await #expect(throws: WebSocketError.self) { _ = try await WebSocketClient.connect(to: URL(string: server.baseURL)!) }
    }

    @Test("cancelling the task iterating messages closes the connection with 1001")
    func cancellationCloses() async throws {
        let closedOnServer = Locked<WebSocketCloseInfo?>(nil)
        let server = try WebSocketServer { connection in
            _ = await Fixtures.drain(connection.messages)
            closedOnServer.withLock { $0 = connection.closeInfo }
        }
        let connection = try await WebSocketClient.connect(to: URL(string: server.baseURL)!)
        let consumer = Task { await Fixtures.drain(connection.messages) }
        try await Task.sleep(for: .milliseconds(50))
        consumer.cancel()
        let (_, error) = await consumer.value
        #expect(error == .cancelled)
        let info = await connection.waitUntilClosed()
        #expect(info.code == .goingAway)
        await server.shutdown()
        #expect(closedOnServer.withLock { $0 }?.code == .goingAway)
    }

    @Test("pre-encoded frames reach the client as the messages they carry")
    func sendsEncodedFrames() async throws {
        let frames = WebSocketEncodedFrames(messages: [WebSocketMessage(text: "one"), WebSocketMessage(binary: [2]), WebSocketMessage(text: "three")])
        let server = try WebSocketServer { connection in
            try? await connection.send(frames)
            _ = await Fixtures.drain(connection.messages)
        }
        let connection = try await WebSocketClient.connect(to: URL(string: server.baseURL)!)
        var iterator = connection.messages.makeAsyncIterator()
        #expect(try await iterator.next() == WebSocketMessage(text: "one"))
        #expect(try await iterator.next() == WebSocketMessage(binary: [2]))
        #expect(try await iterator.next() == WebSocketMessage(text: "three"))
        await #expect(throws: WebSocketError.self) { try await connection.send(frames) }
        await connection.close()
        await server.shutdown()
    }

    /// A server pushing 400 numbered 64 KiB messages, and a client with a 1 MiB buffer whose reader
    /// has paused because nobody consumes.
    private func stalledClient() async throws -> (WebSocketServer, WebSocketConnection, [UInt8]) {
        let payload = Fixtures.pattern(64 << 10)
        let server = try WebSocketServer { connection in
            for index in 0..<400 {
                var message = payload
                message[0] = UInt8(index % 256)
                guard (try? await connection.send(binary: message)) != nil else { return }
            }
            _ = await Fixtures.drain(connection.messages)
        }
        var configuration = Fixtures.quickOptions()
        configuration.options.maximumBufferedBytes = 1 << 20
        let connection = try await WebSocketClient.connect(to: URL(string: server.baseURL)!, configuration: configuration)
        let deadline = ContinuousClock.now + .seconds(10)
        while !connection.inbox.isProducerBlocked, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(10)) }
        return (server, connection, payload)
    }

    @Test("closing while the consumer is behind still finishes, within the close timeout", .timeLimit(.minutes(1)))
    func closesWhileStalled() async throws {
        let (server, connection, _) = try await stalledClient()
        #expect(connection.inbox.isProducerBlocked)
        let info = await connection.close()
        #expect(info.initiator == .local)
        await server.shutdown()
    }

    @Test("a consumer that falls behind pauses reading at the buffer limit, and nothing is lost")
    func boundsBufferedBytes() async throws {
        let (server, connection, payload) = try await stalledClient()
        #expect(connection.inbox.isProducerBlocked)
        #expect(connection.inbox.queuedByteCount <= 1 << 20)
        var iterator = connection.messages.makeAsyncIterator()
        for index in 0..<400 {
            let message = try #require(try await iterator.next())
            #expect(message.bytes.count == payload.count)
            var expected = payload
            expected[0] = UInt8(index % 256)
            #expect(Fixtures.same(message.bytes, expected))
        }
        await connection.close()
        await server.shutdown()
    }

    @Test("cancelling a connect that hangs in the handshake ends it with .cancelled", .timeLimit(.minutes(1)))
    func cancelsConnect() async throws {
        let server = try echoServer(upgrade: { _ in
            try? await Task.sleep(for: .seconds(5))
            return .accept()
        })
        let url = URL(string: server.baseURL)!
        let attempt = Task { try await WebSocketClient.connect(to: url) }
        try await Task.sleep(for: .milliseconds(100))
        attempt.cancel()
        await #expect(throws: WebSocketError.cancelled) { _ = try await attempt.value }
        await server.shutdown()
    }

    @Test("connecting to a port nobody listens on fails with connectionFailed")
    func refusedConnection() async throws {
        let server = try echoServer()
        let url = URL(string: server.baseURL)!
        await server.shutdown()
        do {
            _ = try await WebSocketClient.connect(to: url)
            Issue.record("nothing listens there any more")
        } catch let WebSocketError.connectionFailed(host, port, _) {
            #expect(host == "127.0.0.1")
            #expect(port == server.port)
        }
    }

    @Test("URLs that are not ws:// or wss:// and headers with line breaks are refused before connecting")
    func refusesBadInput() async throws {
        await #expect(throws: WebSocketError.invalidURL(reason: "scheme must be ws or wss, not http")) {
            _ = try await WebSocketClient.connect(to: URL(string: "http://127.0.0.1:1/")!)
        }
        let server = try echoServer()
        var configuration = WebSocketClientConfiguration()
        configuration.headers = ["X-Evil": "a\r\nInjected: yes"]
        await #expect(throws: WebSocketError.self) { _ = try await WebSocketClient.connect(to: URL(string: server.baseURL)!, configuration: configuration) }
        await server.shutdown()
    }

    @Test("works over IPv6 loopback too")
    func servesIPv6Loopback() async throws {
        var configuration = WebSocketServerConfiguration()
        configuration.host = "::1"
        guard let server = try? WebSocketServer(configuration: configuration, handler: { connection in
            await Fixtures.echo(connection)
        }) else { return }  // no IPv6 on this machine
        #expect(server.port > 0)
        let connection = try await WebSocketClient.connect(to: URL(string: "ws://[::1]:\(server.port)/")!)
        try await connection.send(text: "v6")
        var iterator = connection.messages.makeAsyncIterator()
        #expect(try await iterator.next()?.text == "v6")
        await connection.close()
        await server.shutdown()
    }
}
