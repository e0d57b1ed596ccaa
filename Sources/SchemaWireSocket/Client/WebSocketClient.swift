import Foundation

/// Opens client connections over POSIX sockets (and OpenSSL for `wss://` on Linux).
///
/// ```swift
/// let connection = try await WebSocketClient.connect(to: URL(string: "ws://127.0.0.1:8080/ws")!)
/// try await connection.send(text: "hello")
/// for try await message in connection.messages { print(message.text) }
/// ```
public struct WebSocketClient: WebSocketTransport {
    /// The transport; it holds no state.
    public init() {}

    /// Opens a connection; see `WebSocketClient.connect(to:configuration:)`.
    public func connect(to url: URL, configuration: WebSocketClientConfiguration) async throws -> any WebSocketSession {
        try await Self.connect(to: url, configuration: configuration)
    }

    /// Resolves, connects (TLS for `wss://`), performs the upgrade and returns the open connection.
    ///
    /// Throws `WebSocketError`: `.handshakeRejected` with status, headers and body when the server
    /// answers other than 101; `.certificateRejected` when TLS verification fails; `.timedOut` after
    /// `connectTimeout`; `.cancelled` when the calling task is cancelled (the socket is closed).
    public static func connect(to url: URL, configuration: WebSocketClientConfiguration = .init()) async throws -> WebSocketConnection {
        let target = try ConnectTarget(url: url)
        let attempt = ConnectAttempt()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<WebSocketConnection, any Error>) in
                let thread = Thread {
                    do {
                        let (connection, leftover) = try attempt.run(target: target, configuration: configuration)
                        continuation.resume(returning: connection)
                        connection.runReader(leftover: leftover)
                    } catch {
                        continuation.resume(throwing: attempt.isCancelled ? WebSocketError.cancelled : error)
                    }
                }
                thread.name = "SchemaWireSocket.client"
                thread.stackSize = 512 << 10
                thread.start()
            }
        } onCancel: {
            attempt.cancel()
        }
    }
}
