import Foundation

/// What the client core asks a transport to open: a `ws://` or `wss://` URL and extra request headers.
///
/// The `description` never shows header values, because they often carry credentials
/// (`Authorization`, `X-Api-Key`).
public struct TransportRequest: Sendable, Hashable, CustomStringConvertible {
    /// The WebSocket URL, including path and query.
    public var url: URL
    /// Extra HTTP headers for the opening handshake, in order.
    public var headers: [HTTPHeaderField]

    /// Creates a request.
    public init(url: URL, headers: [HTTPHeaderField] = []) {
        self.url = url
        self.headers = headers
    }

    /// The URL without its query (query items may carry tokens) and the header names only.
    public var description: String {
        var components = URLComponents(url: url, resolvingAgainstBaseURL: false)
        let hadQuery = components?.query != nil
        components?.query = nil
        let shown = (components?.string ?? "<url>") + (hadQuery ? "?…" : "")
        let names = headers.map(\.name).joined(separator: ", ")
        return "TransportRequest(\(shown), headers: [\(names)])"
    }
}

/// One HTTP header field. Its `description` hides the value.
public struct HTTPHeaderField: Sendable, Hashable, CustomStringConvertible {
    /// The header name, e.g. `Authorization`.
    public var name: String
    /// The header value; never printed.
    public var value: String

    /// Creates a header field.
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }

    /// The name with the value redacted.
    public var description: String { "\(name): <redacted>" }
}
