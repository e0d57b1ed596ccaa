import Foundation
@testable import SchemaWire

/// A tiny line protocol for core tests: the server greets with `hello <session>`, the client sends
/// `sub <address>` / `unsub <address>`, the server pushes `<address>|<payload>`; `bye` ends the session.
struct LineProtocol: ProtocolAdapter {
    var heartbeat: KeepAlive?

    var subscriptionStyle: SubscriptionStyle { .inBand }

    func connectRequest(for channels: [ChannelSpec]) throws(ClientError) -> TransportRequest {
        TransportRequest(url: URL(string: "ws://127.0.0.1:1/lines")!)
    }

    func validate(_ channel: ChannelSpec) throws(ClientError) {
        if channel.address.contains(" ") { throw .invalidChannel(address: channel.address, reason: "spaces are not allowed") }
    }

    func handshake(_ message: TransportMessage) throws(ClientError) -> String? {
        let text = message.text
        guard text.hasPrefix("hello ") else { throw .handshakeFailed("expected hello, got \(text)") }
        return String(text.dropFirst(6))
    }

    func subscribe(_ channels: [ChannelSpec], session: String, link: AdapterLink) async throws(ClientError) -> TransportMessage? {
        for channel in channels { try await link.send("sub \(channel.address)") }
        return nil
    }

    func unsubscribe(_ channels: [ChannelSpec], session: String, link: AdapterLink) async throws(ClientError) {
        for channel in channels { try await link.send("unsub \(channel.address)") }
    }

    func route(_ message: TransportMessage, session: String) -> InboundRoute {
        let text = message.text
        if text == "bye" { return .terminate(.sessionEnded(reason: "bye")) }
        if text == "X" { return .ignore }
        guard let bar = text.firstIndex(of: "|") else { return .unroutable(reason: "no address") }
        return .deliver(routeKey: String(text[..<bar]))
    }

    func keepAlive(for session: String) -> KeepAlive? { heartbeat }

    func terminalError(for error: TransportError) -> ClientError? {
        if case .upgradeRejected(401, _) = error { return .authenticationFailed(status: 401, detail: "") }
        return nil
    }
}

/// A line channel whose messages are the text after the `|`; `"!"` payloads fail to decode.
struct LineChannel: ChannelDescriptor {
    let name: String

    var spec: ChannelSpec { ChannelSpec(address: name) }

    func decodeEvents(_ message: TransportMessage) throws(JSONDecodingError) -> [String] {
        let text = message.text
        let payload = String(text[text.index(after: text.firstIndex(of: "|")!)...])
        if payload == "!" { throw JSONDecodingError(.invalidValue(expected: "a payload", found: "!")) }
        return payload.split(separator: ",").map(String.init)
    }
}
