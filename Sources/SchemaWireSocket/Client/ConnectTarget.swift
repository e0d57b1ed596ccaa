import Foundation

/// Where a client connects, taken apart from a `ws://` or `wss://` URL.
struct ConnectTarget: Sendable {
    /// The host to resolve (IPv6 literals without brackets).
    var host: String
    /// The TCP port (default 80, or 443 for `wss`).
    var port: Int
    /// Whether TLS is used.
    var secure: Bool
    /// The request target: path plus `?query`, percent-encoded as in the URL.
    var requestTarget: String
    /// The `Host` header value.
    var hostHeader: String

    init(url: URL) throws(WebSocketError) {
        guard let components = URLComponents(url: url, resolvingAgainstBaseURL: false) else { throw .invalidURL(reason: "cannot parse the URL") }
        switch components.scheme?.lowercased() {
        case "ws": secure = false
        case "wss": secure = true
        default: throw .invalidURL(reason: "scheme must be ws or wss, not \(components.scheme ?? "none")")
        }
        guard var host = components.host, !host.isEmpty else { throw .invalidURL(reason: "no host") }
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        self.host = host
        let defaultPort = secure ? 443 : 80
        port = components.port ?? defaultPort
        guard (1...65535).contains(port) else { throw .invalidURL(reason: "port \(port) out of range") }
        let path = components.percentEncodedPath.isEmpty ? "/" : components.percentEncodedPath
        requestTarget = path + (components.percentEncodedQuery.map { "?" + $0 } ?? "")
        let bracketed = host.contains(":") ? "[\(host)]" : host
        hostHeader = port == defaultPort ? bracketed : "\(bracketed):\(port)"
    }
}
