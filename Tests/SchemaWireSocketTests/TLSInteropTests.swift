import Foundation
import Testing
@testable import SchemaWireSocket

/// `wss://` against a Python TLS server whose CA and certificates the peer makes at start-up.
@Suite("TLS ↔ Python websockets server", .enabled(if: TestEnvironment.runsTLSInterop, TestEnvironment.tlsSkipMessage))
struct TLSInteropTests {
    private func ready() async throws -> PeerProcess.Event { try await PythonServer.tls.peer().ready }

    private func echo(over connection: WebSocketConnection) async throws {
        try await connection.send(text: "over TLS")
        var iterator = connection.messages.makeAsyncIterator()
        #expect(try await iterator.next()?.text == "over TLS")
        let payload = Fixtures.pattern(3 << 20)
        try await connection.send(binary: payload)
        #expect(Fixtures.same(try await iterator.next()?.bytes, payload))
        await connection.close()
    }

    @Test("connects with the test CA added, by host name and by IP address", arguments: ["localhost", "127.0.0.1"])
    func connectsWithTrustedCA(host: String) async throws {
        let ready = try await ready()
        var configuration = WebSocketClientConfiguration()
        configuration.tls.additionalTrustedCAFiles = [ready["ca"]!]
        let connection = try await WebSocketClient.connect(to: URL(string: "wss://\(host):\(ready["port"]!)/echo")!, configuration: configuration)
        try await echo(over: connection)
    }

    @Test("accepts the CA as PEM text too")
    func connectsWithPEMText() async throws {
        let ready = try await ready()
        var configuration = WebSocketClientConfiguration()
        configuration.tls.additionalTrustedCAPEM = [try String(contentsOfFile: ready["ca"]!, encoding: .utf8)]
        let connection = try await WebSocketClient.connect(to: URL(string: "wss://localhost:\(ready["port"]!)/echo")!, configuration: configuration)
        try await echo(over: connection)
    }

    @Test("without the test CA the certificate is rejected with a clear reason")
    func rejectsUnknownIssuer() async throws {
        let ready = try await ready()
        do {
            _ = try await WebSocketClient.connect(to: URL(string: "wss://localhost:\(ready["port"]!)/echo")!)
            Issue.record("an unknown issuer must be rejected")
        } catch let WebSocketError.certificateRejected(host, reason) {
            #expect(host == "localhost")
            #expect(reason.contains("issuer"), "reason: \(reason)")
        }
    }

    @Test("a trusted certificate for another host name is rejected")
    func rejectsWrongHost() async throws {
        let ready = try await ready()
        var configuration = WebSocketClientConfiguration()
        configuration.tls.additionalTrustedCAFiles = [ready["ca"]!]
        do {
            _ = try await WebSocketClient.connect(to: URL(string: "wss://localhost:\(ready["wrongPort"]!)/echo")!, configuration: configuration)
            Issue.record("a certificate for wrong.example must not pass for localhost")
        } catch let WebSocketError.certificateRejected(_, reason) {
            #expect(reason.contains("mismatch"), "reason: \(reason)")
        }
    }

    @Test("the loudly named switch turns verification off")
    func verificationCanBeDisabled() async throws {
        let ready = try await ready()
        var configuration = WebSocketClientConfiguration()
        configuration.tls.dangerouslyDisableCertificateVerification = true
        let connection = try await WebSocketClient.connect(to: URL(string: "wss://localhost:\(ready["wrongPort"]!)/echo")!, configuration: configuration)
        try await echo(over: connection)
    }
}
