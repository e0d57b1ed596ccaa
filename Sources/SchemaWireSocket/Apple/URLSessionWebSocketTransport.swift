#if canImport(Darwin)
import Foundation
import SchemaWire

/// Connections through Apple's `URLSessionWebSocketTask`, behind the same `WebSocketTransport`
/// protocol as the POSIX client.
///
/// UNTESTED: this file compiles only on Apple platforms and the project's tests run on Linux.
/// Differences from `WebSocketClient`: URLSession answers pings and joins fragments itself,
/// `Sec-WebSocket-Accept` and TLS are checked by the system, a non-101 answer carries status and
/// headers but no body, and keep-alive pings are not sent by the adapter.
public struct URLSessionWebSocketTransport: WebSocketTransport {
    /// The transport; it holds no state.
    public init() {}

    /// Opens a connection with `URLSessionWebSocketTask`.
    public func connect(to url: URL, configuration: WebSocketClientConfiguration) async throws -> any WebSocketSession {
        try await URLSessionWebSocketSession.open(url: url, configuration: configuration)
    }
}

/// A `WebSocketSession` over `URLSessionWebSocketTask`. UNTESTED (Apple platforms only).
///
/// `@unchecked Sendable` is safe because the URLSession objects are thread-safe, the stored
/// properties are constants set before the task starts, and mutable state lives in `Locked` boxes.
public final class URLSessionWebSocketSession: NSObject, WebSocketSession, URLSessionWebSocketDelegate, @unchecked Sendable {
    /// Incoming messages.
    public let messages: WebSocketMessages
    private let inbox: MessageInbox
    private let configuration: WebSocketClientConfiguration
    private let host: String
    private let opening = Locked<CheckedContinuation<Void, any Error>?>(nil)
    private let agreedSubprotocol = Locked<String?>(nil)
    private let closed = CloseSignal()
    private let taskBox = Locked<URLSessionWebSocketTask?>(nil)

    private init(configuration: WebSocketClientConfiguration, host: String) {
        self.configuration = configuration
        self.host = host
        inbox = MessageInbox(maximumBytes: configuration.options.maximumBufferedBytes)
        messages = WebSocketMessages(inbox: inbox)
        super.init()
    }

    static func open(url: URL, configuration: WebSocketClientConfiguration) async throws -> URLSessionWebSocketSession {
        let target = try ConnectTarget(url: url)
        let session = URLSessionWebSocketSession(configuration: configuration, host: target.host)
        let queue = OperationQueue()
        queue.maxConcurrentOperationCount = 1
        let urlSession = URLSession(configuration: .ephemeral, delegate: session, delegateQueue: queue)
        var request = URLRequest(url: url, timeoutInterval: configuration.connectTimeout.timeInterval)
        for field in configuration.headers { request.addValue(field.value, forHTTPHeaderField: field.name) }
        if !configuration.subprotocols.isEmpty {
            request.setValue(configuration.subprotocols.joined(separator: ", "), forHTTPHeaderField: "Sec-WebSocket-Protocol")
        }
        let task = urlSession.webSocketTask(with: request)
        task.maximumMessageSize = configuration.options.maximumMessageSize
        session.taskBox.withLock { $0 = task }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                session.opening.withLock { $0 = continuation }
                task.resume()
            }
        } onCancel: {
            task.cancel()
        }
        session.inbox.setCancellationHandler { [weak session] in
            session?.taskBox.withLock { $0 }?.cancel(with: .goingAway, reason: nil)
        }
        session.receiveNext()
        return session
    }

    /// The agreed subprotocol, if any.
    public var subprotocol: String? { agreedSubprotocol.withLock { $0 } }

    /// How the connection ended, or nil while it is open.
    public var closeInfo: WebSocketCloseInfo? { closed.info }

    /// Sends one message.
    public func send(_ message: WebSocketMessage) async throws {
        guard let task = taskBox.withLock({ $0 }), closeInfo == nil else { throw WebSocketError.notOpen(closeInfo) }
        let outgoing: URLSessionWebSocketTask.Message = message.kind == .text ? .string(message.text) : .data(Data(message.bytes))
        do {
            try await task.send(outgoing)
        } catch {
            throw WebSocketError.connectionLost(reason: error.localizedDescription)
        }
    }

    /// Sends a ping and returns the round-trip time.
    public func ping() async throws -> Duration {
        guard let task = taskBox.withLock({ $0 }) else { throw WebSocketError.notOpen(closeInfo) }
        let start = ContinuousClock.now
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            task.sendPing { error in
                if let error { continuation.resume(throwing: WebSocketError.connectionLost(reason: error.localizedDescription)) } else { continuation.resume() }
            }
        }
        return ContinuousClock.now - start
    }

    /// Closes with a handshake and returns how the connection ended.
    @discardableResult
    public func close(code: WebSocketCloseCode = .normalClosure, reason: String = "") async -> WebSocketCloseInfo {
        let closeCode = URLSessionWebSocketTask.CloseCode(rawValue: Int(code.rawValue)) ?? .normalClosure
        taskBox.withLock { $0 }?.cancel(with: closeCode, reason: Data(FrameEncoder.truncatedUTF8(reason, limit: 123)))
        return await waitUntilClosed()
    }

    /// Waits until the connection has ended, however it ends.
    public func waitUntilClosed() async -> WebSocketCloseInfo {
        await closed.wait()
    }

    private func receiveNext() {
        taskBox.withLock { $0 }?.receive { [weak self] result in
            guard let self else { return }
            switch result {
            case .success(.string(let text)):
                inbox.pushWithoutWaiting(WebSocketMessage(text: text))
                receiveNext()
            case .success(.data(let data)):
                inbox.pushWithoutWaiting(WebSocketMessage(binary: [UInt8](data)))
                receiveNext()
            case .success:
                receiveNext()
            case .failure(let error):
                finish(WebSocketCloseInfo(code: .abnormalClosure, reason: error.localizedDescription, initiator: .remote),
                       error: .connectionLost(reason: error.localizedDescription))
            }
        }
    }

    private func finish(_ info: WebSocketCloseInfo, error: WebSocketError?) {
        guard closed.fire(info) else { return }
        inbox.finish(error)
        taskBox.withLock { $0 }?.cancel()
    }

    // MARK: URLSessionWebSocketDelegate

    /// The upgrade succeeded.
    public func urlSession(_ session: URLSession, webSocketTask: URLSessionWebSocketTask, didOpenWithProtocol protocol: String?) {
        agreedSubprotocol.withLock { $0 = `protocol` }
        opening.withLock { continuation in
            continuation?.resume()
            continuation = nil
        }
    }

    /// The peer sent a close frame.
    public func urlSession(_ session: URLSession, webSocketTask: URLSessionWebSocketTask, didCloseWith closeCode: URLSessionWebSocketTask.CloseCode, reason: Data?) {
        let text = reason.map { String(decoding: $0, as: UTF8.self) } ?? ""
        finish(WebSocketCloseInfo(code: WebSocketCloseCode(UInt16(clamping: closeCode.rawValue)), reason: text, initiator: .remote), error: nil)
    }

    /// The task ended; before opening, this is the connect failure.
    public func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        let failure: WebSocketError
        if let response = task.response as? HTTPURLResponse, response.statusCode != 101 {
            var headers = WebSocketHTTPHeaders()
            for (name, value) in response.allHeaderFields { headers.add(name: "\(name)", value: "\(value)") }
            failure = .handshakeRejected(WebSocketHTTPResponse(status: response.statusCode, headers: headers))
        } else {
            failure = .connectionLost(reason: error?.localizedDescription ?? "the task ended")
        }
        let pending: CheckedContinuation<Void, any Error>? = opening.withLock { continuation in
            defer { continuation = nil }
            return continuation
        }
        if let pending {
            pending.resume(throwing: failure)
        } else {
            finish(WebSocketCloseInfo(code: .abnormalClosure, reason: "\(failure)", initiator: .remote), error: error == nil ? nil : failure)
        }
        session.finishTasksAndInvalidate()
    }

    /// Applies the TLS configuration: extra CA certificates as anchors, or no verification at all.
    public func urlSession(_ session: URLSession, didReceive challenge: URLAuthenticationChallenge) async
        -> (URLSession.AuthChallengeDisposition, URLCredential?) {
        guard challenge.protectionSpace.authenticationMethod == NSURLAuthenticationMethodServerTrust,
              let trust = challenge.protectionSpace.serverTrust else { return (.performDefaultHandling, nil) }
        let tls = configuration.tls
        if tls.dangerouslyDisableCertificateVerification { return (.useCredential, URLCredential(trust: trust)) }
        let pems = tls.additionalTrustedCAPEM + tls.additionalTrustedCAFiles.compactMap { try? String(contentsOfFile: $0, encoding: .utf8) }
        let anchors = pems.flatMap(Self.certificates(fromPEM:))
        guard !anchors.isEmpty else { return (.performDefaultHandling, nil) }
        SecTrustSetAnchorCertificates(trust, anchors as CFArray)
        SecTrustSetAnchorCertificatesOnly(trust, !tls.usesSystemTrustStore)
        var error: CFError?
        return SecTrustEvaluateWithError(trust, &error) ? (.useCredential, URLCredential(trust: trust)) : (.cancelAuthenticationChallenge, nil)
    }

    private static func certificates(fromPEM pem: String) -> [SecCertificate] {
        pem.components(separatedBy: "-----BEGIN CERTIFICATE-----").dropFirst().compactMap { block in
            guard let body = block.components(separatedBy: "-----END CERTIFICATE-----").first,
                  let der = Base64.decode(body.filter { !$0.isWhitespace }) else { return nil }
            return SecCertificateCreateWithData(nil, Data(der) as CFData)
        }
    }
}
#endif
