import Foundation
import Testing
@testable import SchemaWireSocket

/// SchemaWire's client against a Python `websockets` server.
@Suite("Client ↔ Python websockets server", .enabled(if: TestEnvironment.runsWebsocketsInterop, TestEnvironment.skipMessage))
struct ClientInteropTests {
    @Test("binary and text messages of every length-encoding boundary echo back intact",
          arguments: [0, 125, 126, 65535, 65536, 16 << 20])
    func echoesBoundarySizes(size: Int) async throws {
        let connection = try await WebSocketClient.connect(to: PythonServer.url("/echo"))
        var iterator = connection.messages.makeAsyncIterator()
        let binary = Fixtures.pattern(size)
        try await connection.send(binary: binary)
        let binaryEcho = try await iterator.next()
        #expect(binaryEcho?.kind == .binary)
        #expect(Fixtures.same(binaryEcho?.bytes, binary))
        let text = Fixtures.text(size)
        try await connection.send(text: text)
        let textEcho = try await iterator.next()
        #expect(textEcho?.kind == .text)
        #expect(Fixtures.same(textEcho?.bytes, Array(text.utf8)))
        let info = await connection.close()
        #expect(info.code == .normalClosure)
        #expect(info.initiator == .local)
    }

    @Test("fragmented text and binary messages arrive joined")
    func joinsFragments() async throws {
        let connection = try await WebSocketClient.connect(to: PythonServer.url("/fragments"))
        var iterator = connection.messages.makeAsyncIterator()
        #expect(try await iterator.next() == WebSocketMessage(text: "Hello, fragmented world"))
        #expect(try await iterator.next() == WebSocketMessage(binary: [0, 1, 2, 3, 4]))
        await connection.close()
    }

    @Test("a ping between two fragments is answered at once and the message still arrives whole")
    func answersPingInsideFragmentedMessage() async throws {
        let connection = try await WebSocketClient.connect(to: PythonServer.url("/ping-in-fragment"))
        var iterator = connection.messages.makeAsyncIterator()
        #expect(try await iterator.next()?.text == "Hello, world")
        #expect(try await iterator.next()?.text == "pong arrived during the fragmented message")
        await connection.close()
    }

    @Test("ping() reports the round trip of a real pong")
    func measuresPingRoundTrip() async throws {
        let connection = try await WebSocketClient.connect(to: PythonServer.url("/echo"))
        let roundTrip = try await connection.ping()
        #expect(roundTrip > .zero)
        #expect(roundTrip < .seconds(5))
        await connection.close()
    }

    @Test("a close started by the server ends the sequence with its code and reason")
    func serverInitiatedClose() async throws {
        let connection = try await WebSocketClient.connect(to: PythonServer.url("/close?code=4001&reason=maintenance%20window"))
        let (messages, error) = await Fixtures.drain(connection.messages)
        #expect(messages.isEmpty)
        #expect(error == nil)
        #expect(connection.closeInfo == WebSocketCloseInfo(code: WebSocketCloseCode(4001), reason: "maintenance window", initiator: .remote))
    }

    @Test("a close started by the client reaches the server with its code and reason and is answered")
    func clientInitiatedClose() async throws {
        let (peer, _) = try await PythonServer.plain.peer()
        let connection = try await WebSocketClient.connect(to: PythonServer.url("/client-closes"))
        let info = await connection.close(code: WebSocketCloseCode(4002), reason: "client done")
        #expect(info == WebSocketCloseInfo(code: WebSocketCloseCode(4002), reason: "client done", initiator: .local))
        let seen = try await peer.event { $0["route"] == "/client-closes" && $0["reason"] == "client done" }
        #expect(seen["code"] == "4002")
        await #expect(throws: WebSocketError.self) { try await connection.send(text: "too late") }
    }

    @Test("a TCP connection dropped by the server ends the sequence with connectionLost (1006)")
    func detectsDroppedConnection() async throws {
        let connection = try await WebSocketClient.connect(to: PythonServer.url("/drop"))
        let (messages, error) = await Fixtures.drain(connection.messages)
        #expect(messages.map(\.text) == ["about to drop"])
        guard case .connectionLost = error else { Issue.record("expected connectionLost, got \(String(describing: error))"); return }
        #expect(connection.closeInfo?.code == .abnormalClosure)
    }

    @Test("frames that break the protocol are refused with close code 1002",
          arguments: ["/bad-rsv", "/masked", "/unknown-opcode", "/fragmented-ping", "/close-bad-code"])
    func refusesProtocolViolations(route: String) async throws {
        try await expectRefusal(route: route, code: 1002) { error in
            if case .protocolViolation = error { true } else { false }
        }
    }

    @Test("a text message or close reason that is not UTF-8 is refused with close code 1007", arguments: ["/invalid-utf8", "/close-bad-reason"])
    func refusesInvalidUTF8(route: String) async throws {
        try await expectRefusal(route: route, code: 1007) { $0 == .invalidUTF8 }
    }

    @Test("a close frame without a code is answered and reported as 1005")
    func closeWithoutCode() async throws {
        let (peer, _) = try await PythonServer.plain.peer()
        let connection = try await WebSocketClient.connect(to: PythonServer.url("/close-empty"))
        let (_, error) = await Fixtures.drain(connection.messages)
        #expect(error == nil)
        #expect(connection.closeInfo == WebSocketCloseInfo(code: .noStatusReceived, reason: "", initiator: .remote))
        let seen = try await peer.event { $0["route"] == "/close-empty" && $0["event"] == "closed" }
        #expect(seen["code"] == "1005")
    }

    /// A limit case: the route that sends too much, the limits set, and the error expected.
    struct LimitCase: Sendable, CustomTestStringConvertible {
        var route: String
        var frameLimit = 16 << 20
        var messageLimit = 16 << 20
        var size: Int
        var limit: Int
        var testDescription: String { route }
    }

    @Test("too much data is refused with 1009 as soon as a limit is passed, before it is buffered", arguments: [
        LimitCase(route: "/oversize?size=\(2 << 20)", messageLimit: 1 << 20, size: 2 << 20, limit: 1 << 20),
        LimitCase(route: "/oversize?size=2000", frameLimit: 1000, size: 2000, limit: 1000),
        LimitCase(route: "/many-fragments?count=40&size=4096", messageLimit: 100_000, size: 102_400, limit: 100_000),
    ])
    func refusesOversizeData(limitCase: LimitCase) async throws {
        var configuration = WebSocketClientConfiguration()
        configuration.options.maximumFrameSize = limitCase.frameLimit
        configuration.options.maximumMessageSize = limitCase.messageLimit
        try await expectRefusal(route: limitCase.route, code: 1009, configuration: configuration) { error in
            error == .messageTooLarge(size: limitCase.size, limit: limitCase.limit)
        }
    }

    @Test("a server that stops answering pings is declared dead after the pong timeout (1006)")
    func detectsDeadPeer() async throws {
        let connection = try await WebSocketClient.connect(to: PythonServer.url("/deaf"), configuration: Fixtures.quickOptions(ping: .milliseconds(100)))
        let (_, error) = await Fixtures.drain(connection.messages)
        #expect(error == .pongTimeout(after: .milliseconds(300)))
        #expect(connection.closeInfo?.code == .abnormalClosure)
        #expect(connection.closeInfo?.initiator == .local)
    }

    @Test("close() gives up after the close timeout when the peer never answers")
    func closeTimesOut() async throws {
        let connection = try await WebSocketClient.connect(to: PythonServer.url("/deaf"), configuration: Fixtures.quickOptions())
        let info = await connection.close()
        #expect(info.code == .abnormalClosure)
        #expect(info.initiator == .local)
    }

    @Test("a 401 answer becomes handshakeRejected with status, headers and body, and hides the cookie")
    func surfacesRejection() async throws {
        do {
            _ = try await WebSocketClient.connect(to: PythonServer.url("/reject"))
            Issue.record("the connection should have been refused")
        } catch let WebSocketError.handshakeRejected(response) {
            #expect(response.status == 401)
            #expect(response.headers["WWW-Authenticate"] == "Bearer")
            #expect(response.bodyText == #"{"error":"invalid token"}"#)
            #expect(!"\(WebSocketError.handshakeRejected(response))".contains("topsecret"))
        }
    }

    @Test("extra request headers reach the server; their secret values stay out of descriptions")
    func sendsRequestHeaders() async throws {
        var configuration = WebSocketClientConfiguration()
        configuration.headers = ["Authorization": "Bearer s3cr3t-token", "X-Api-Key": "key-123", "Origin": "https://example.test"]
        let connection = try await WebSocketClient.connect(to: PythonServer.url("/headers"), configuration: configuration)
        var iterator = connection.messages.makeAsyncIterator()
        let seen = try #require(try await iterator.next())
        let headers = try #require(try JSONSerialization.jsonObject(with: Data(seen.bytes)) as? [String: String])
        #expect(headers["authorization"] == "Bearer s3cr3t-token")
        #expect(headers["x-api-key"] == "key-123")
        #expect(headers["origin"] == "https://example.test")
        #expect(!configuration.headers.description.contains("s3cr3t"))
        #expect(!configuration.headers.description.contains("key-123"))
        await connection.close()
    }

    @Test("sends from many tasks at once never interleave frames")
    func concurrentSendsStayWhole() async throws {
        let connection = try await WebSocketClient.connect(to: PythonServer.url("/echo"))
        let senders = 8, perSender = 100
        try await withThrowingTaskGroup(of: Void.self) { group in
            for sender in 0..<senders {
                group.addTask {
                    for index in 0..<perSender {
                        try await connection.send(text: "\(sender):\(index):" + String(repeating: "x", count: 100 + index * 37))
                    }
                }
            }
            try await group.waitForAll()
        }
        var received = Set<String>()
        var iterator = connection.messages.makeAsyncIterator()
        while received.count < senders * perSender, let message = try await iterator.next() {
            let parts = message.text.split(separator: ":")
            #expect(parts.count == 3)
            if parts.count == 3, let index = Int(parts[1]) { #expect(parts[2].count == 100 + index * 37) }
            received.insert(parts.prefix(2).joined(separator: ":"))
        }
        #expect(received.count == senders * perSender)
        await connection.close()
    }

    private func expectRefusal(route: String, code: Int, configuration: WebSocketClientConfiguration = .init(),
                               matches: (WebSocketError) -> Bool) async throws {
        let (peer, _) = try await PythonServer.plain.peer()
        let connection = try await WebSocketClient.connect(to: PythonServer.url(route), configuration: configuration)
        let (_, error) = await Fixtures.drain(connection.messages)
        let failure = try #require(error)
        #expect(matches(failure), "unexpected error: \(failure)")
        #expect(connection.closeInfo?.code.rawValue == UInt16(code))
        let path = String(route.prefix { $0 != "?" })
        let seen = try await peer.event { $0["route"] == path && $0["event"] == "closed" }
        #expect(seen["code"] == String(code))
    }
}
