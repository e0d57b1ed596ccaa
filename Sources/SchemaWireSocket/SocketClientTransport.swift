import Foundation
import SchemaWire

/// The client core's transport over SchemaWireSocket's POSIX/OpenSSL client: the default transport
/// of every SchemaWire API client on Linux (and usable on Apple platforms too).
///
/// The core does its own liveness pings (`ClientConfiguration.pingInterval`), so this transport turns
/// the socket's keep-alive pings off unless `configuration` turns them on explicitly.
public struct SocketClientTransport: ClientTransport {
    /// Socket options: TLS trust, limits, timeouts. Request headers are taken from each request.
    public var configuration: WebSocketClientConfiguration

    /// Creates the transport; by default the socket's own ping timer is off.
    public init(configuration: WebSocketClientConfiguration? = nil) {
        if let configuration {
            self.configuration = configuration
        } else {
            var defaults = WebSocketClientConfiguration()
            defaults.options.pingInterval = nil
            self.configuration = defaults
        }
    }

    /// Connects and upgrades; socket errors become `TransportError`s.
    public func connect(_ request: TransportRequest) async throws(TransportError) -> any ClientLink {
        var configuration = configuration
        for header in request.headers { configuration.headers.add(name: header.name, value: header.value) }
        do {
            return SocketClientLink(try await WebSocketClient.connect(to: request.url, configuration: configuration))
        } catch {
            throw Self.map(error)
        }
    }

    /// Maps any socket failure onto the core's vocabulary.
    static func map(_ error: any Error) -> TransportError {
        guard let error = error as? WebSocketError else { return .other(String(describing: error)) }
        switch error {
        case .handshakeRejected(let response):
            return .upgradeRejected(status: response.status, body: String(decoding: response.body.prefix(4096), as: UTF8.self))
        case .invalidURL, .hostNotFound, .connectionFailed, .timedOut, .certificateRejected, .tlsFailed, .invalidHandshake:
            return .connectFailed(error.description)
        case .pongTimeout:
            return .pongTimeout
        case .connectionLost(let reason):
            return .closed(code: 1006, reason: reason)
        case .protocolViolation:
            return .closed(code: 1002, reason: error.description)
        case .invalidUTF8:
            return .closed(code: 1007, reason: error.description)
        case .messageTooLarge:
            return .closed(code: 1009, reason: error.description)
        case .notOpen(let info):
            return .closed(code: info?.code.rawValue, reason: info?.reason ?? "not open")
        case .cancelled:
            return .other(error.description)
        }
    }
}

/// One `WebSocketConnection` seen through the core's `ClientLink`.
final class SocketClientLink: ClientLink {
    let connection: WebSocketConnection
    let messages: AsyncThrowingStream<[TransportMessage], any Error>

    init(_ connection: WebSocketConnection) {
        self.connection = connection
        let reader = MessageReader(connection: connection)
        messages = AsyncThrowingStream(unfolding: { try await reader.next() })
    }

    func send(text: String) async throws(TransportError) {
        do {
            try await connection.send(text: text)
        } catch {
            throw SocketClientTransport.map(error)
        }
    }

    func ping() async throws(TransportError) -> Duration {
        do {
            return try await connection.ping()
        } catch {
            throw SocketClientTransport.map(error)
        }
    }

    func close(code: UInt16, reason: String) async {
        await connection.close(code: WebSocketCloseCode(code), reason: reason)
    }

    func abort() async {
        connection.drop()
    }
}

/// Pulls batches of messages off the connection (all that the reader thread has queued) for the
/// unfolding stream; after a close handshake it throws `TransportError.closed` with the peer's code
/// and reason.
private struct MessageReader: Sendable {
    let connection: WebSocketConnection

    func next() async throws -> [TransportMessage]? {
        let batch: [WebSocketMessage]?
        do {
            batch = try await connection.messages.inbox.take()
        } catch {
            throw SocketClientTransport.map(error)
        }
        guard let batch else {
            let info = connection.closeInfo
            throw TransportError.closed(code: info?.code.rawValue, reason: info?.reason ?? "")
        }
        return batch.map { TransportMessage(kind: $0.kind == .text ? .text : .binary, bytes: $0.bytes) }
    }
}
