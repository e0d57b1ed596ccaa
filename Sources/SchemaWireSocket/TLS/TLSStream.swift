#if canImport(CSchemaWireOpenSSL)
import CSchemaWireOpenSSL
import Foundation
import SchemaWire
#if canImport(Glibc)
import Glibc
#endif

/// TLS over a TCP socket through the system's OpenSSL.
///
/// After the handshake the socket is non-blocking: `read` and `write` each take `sslLock` only
/// around one `SSL_read`/`SSL_write` call and wait for readiness with `poll` outside it, so the
/// reader thread and a writer never block each other nor touch the `SSL` object at the same time.
///
/// `@unchecked Sendable` is safe because the `SSL`/`SSL_CTX` pointers are used only while holding
/// `sslLock` (and freed once, in `close`, after every reader and writer has finished), and the other
/// state is in `Locked` boxes.
final class TLSStream: ByteStream, @unchecked Sendable {
    private let fd: Int32
    private let ssl: OpaquePointer
    private let context: OpaquePointer
    private let sslLock = Locked(())
    private let isShutDown = Locked(false)
    private let timeout = Locked<Duration?>(nil)

    private init(fd: Int32, ssl: OpaquePointer, context: OpaquePointer) {
        self.fd = fd
        self.ssl = ssl
        self.context = context
    }

    /// Runs the TLS handshake as a client on connected blocking socket `fd` (whose timeouts bound
    /// the handshake). On failure the socket is left open for the caller to close.
    static func connect(fd: Int32, host: String, configuration: WebSocketTLSConfiguration) throws(WebSocketError) -> TLSStream {
        ERR_clear_error()
        guard let context = SSL_CTX_new(TLS_client_method()) else { throw .tlsFailed(reason: "SSL_CTX_new: \(drainErrors())") }
        var transferred = false
        defer { if !transferred { SSL_CTX_free(context) } }
        _ = schemawire_ssl_ctx_set_min_tls12(context)
        _ = schemawire_ssl_ctx_set_moving_buffer(context)
        if configuration.dangerouslyDisableCertificateVerification {
            SSL_CTX_set_verify(context, SSL_VERIFY_NONE, nil)
        } else {
            SSL_CTX_set_verify(context, SSL_VERIFY_PEER, nil)
            if configuration.usesSystemTrustStore, SSL_CTX_set_default_verify_paths(context) != 1 {
                throw .tlsFailed(reason: "cannot load the system trust store: \(drainErrors())")
            }
            for path in configuration.additionalTrustedCAFiles where SSL_CTX_load_verify_locations(context, path, nil) != 1 {
                throw .tlsFailed(reason: "cannot load CA file \(path): \(drainErrors())")
            }
            for pem in configuration.additionalTrustedCAPEM { try addCertificates(pem: pem, to: context) }
        }
        guard let ssl = SSL_new(context) else { throw .tlsFailed(reason: "SSL_new: \(drainErrors())") }
        var sslTransferred = false
        defer { if !sslTransferred { SSL_free(ssl) } }
        if isIPAddress(host) {
            if !configuration.dangerouslyDisableCertificateVerification {
                _ = X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(ssl), host)
            }
        } else {
            _ = schemawire_ssl_set_sni(ssl, host)
            if !configuration.dangerouslyDisableCertificateVerification { _ = SSL_set1_host(ssl, host) }
        }
        SSL_set_fd(ssl, fd)
        if SSL_connect(ssl) != 1 {
            let verify = SSL_get_verify_result(ssl)
            if verify != X509_V_OK {
                throw .certificateRejected(host: host, reason: String(cString: X509_verify_cert_error_string(verify)))
            }
            let queued = drainErrors()
            throw .tlsFailed(reason: "handshake with \(host) failed: \(queued.isEmpty ? POSIX.describe(errno) : queued)")
        }
        POSIX.setNonBlocking(fd, true)
        transferred = true
        sslTransferred = true
        return TLSStream(fd: fd, ssl: ssl, context: context)
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws(WebSocketError) -> Int {
        while true {
            let (result, error) = sslLock.withLock { _ in
                ERR_clear_error()
                let result = SSL_read(ssl, buffer.baseAddress, Int32(clamping: buffer.count))
                return (result, result > 0 ? 0 : SSL_get_error(ssl, result))
            }
            if result > 0 { return Int(result) }
            switch error {
            case SSL_ERROR_ZERO_RETURN: return 0
            case SSL_ERROR_WANT_READ: try wait(for: Int16(POLLIN), phase: "TLS read")
            case SSL_ERROR_WANT_WRITE: try wait(for: Int16(POLLOUT), phase: "TLS read")
            case SSL_ERROR_SYSCALL where errno == 0 || result == 0:
                return 0
            default:
                throw failure()
            }
        }
    }

    func write(_ bytes: UnsafeRawBufferPointer) throws(WebSocketError) {
        var offset = 0
        while offset < bytes.count {
            let chunk = min(bytes.count - offset, 1 << 20)
            let (result, error) = sslLock.withLock { _ in
                ERR_clear_error()
                let result = SSL_write(ssl, bytes.baseAddress! + offset, Int32(chunk))
                return (result, result > 0 ? 0 : SSL_get_error(ssl, result))
            }
            if result > 0 { offset += Int(result); continue }
            switch error {
            case SSL_ERROR_WANT_WRITE: try wait(for: Int16(POLLOUT), phase: "TLS write")
            case SSL_ERROR_WANT_READ: try wait(for: Int16(POLLIN), phase: "TLS write")
            default: throw failure()
            }
        }
    }

    func setTimeout(_ timeout: Duration?) {
        self.timeout.withLock { $0 = timeout }
    }

    func shutdown() {
        isShutDown.withLock { $0 = true }
        _ = systemShutdown(fd, Int32(SHUT_RDWR))
    }

    func close() {
        sslLock.withLock { _ in
            SSL_free(ssl)
            SSL_CTX_free(context)
        }
        _ = systemClose(fd)
    }

    private func wait(for events: Int16, phase: String) throws(WebSocketError) {
        if isShutDown.withLock({ $0 }) { throw .connectionLost(reason: "closed locally") }
        let limit = timeout.withLock { $0 }
        guard POSIX.poll(fd, events: events, timeout: limit) else { throw .timedOut(phase: phase, after: limit ?? .zero) }
    }

    private func failure() -> WebSocketError {
        if isShutDown.withLock({ $0 }) { return .connectionLost(reason: "closed locally") }
        let queued = Self.drainErrors()
        return .connectionLost(reason: queued.isEmpty ? "TLS: \(POSIX.describe(errno))" : "TLS: \(queued)")
    }

    private static func addCertificates(pem: String, to context: OpaquePointer) throws(WebSocketError) {
        let bytes = Array(pem.utf8)
        let added: Int = bytes.withUnsafeBytes { raw in
            guard let bio = BIO_new_mem_buf(raw.baseAddress, Int32(raw.count)) else { return -1 }
            defer { BIO_free(bio) }
            var count = 0
            while let certificate = PEM_read_bio_X509(bio, nil, nil, nil) {
                X509_STORE_add_cert(SSL_CTX_get_cert_store(context), certificate)
                X509_free(certificate)
                count += 1
            }
            ERR_clear_error()
            return count
        }
        guard added > 0 else { throw .tlsFailed(reason: "additionalTrustedCAPEM holds no PEM certificate") }
    }

    private static func isIPAddress(_ host: String) -> Bool {
        var buffer = [UInt8](repeating: 0, count: 16)
        return inet_pton(AF_INET, host, &buffer) == 1 || inet_pton(AF_INET6, host, &buffer) == 1
    }

    private static func drainErrors() -> String {
        var messages: [String] = []
        while case let code = ERR_get_error(), code != 0 {
            var text = [CChar](repeating: 0, count: 256)
            ERR_error_string_n(code, &text, text.count)
            messages.append(String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
        }
        return messages.joined(separator: "; ")
    }
}

private let systemShutdown = Glibc.shutdown
private let systemClose = Glibc.close
#endif
