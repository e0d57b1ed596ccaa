/// An HTTP/1.1 response: what a server answered instead of `101 Switching Protocols`, or what the
/// server role sends for a rejected upgrade or a plain request.
public struct WebSocketHTTPResponse: Sendable, Hashable, CustomStringConvertible {
    /// The status code, e.g. 401.
    public var status: Int
    /// The header fields.
    public var headers: WebSocketHTTPHeaders
    /// The body (capped at the configured size when received).
    public var body: [UInt8]

    /// Creates a response.
    public init(status: Int, headers: WebSocketHTTPHeaders = [:], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A response with a UTF-8 body and the given content type.
    public init(status: Int, headers: WebSocketHTTPHeaders = [:], text: String, contentType: String = "text/plain; charset=utf-8") {
        var allHeaders = headers
        if allHeaders["Content-Type"] == nil { allHeaders.add(name: "Content-Type", value: contentType) }
        self.init(status: status, headers: allHeaders, body: Array(text.utf8))
    }

    /// The body decoded as UTF-8.
    public var bodyText: String { String(decoding: body, as: UTF8.self) }

    /// The standard reason phrase for `status`.
    public var reasonPhrase: String {
        let phrases: [Int: String] = [
            101: "Switching Protocols", 200: "OK", 201: "Created", 202: "Accepted", 204: "No Content",
            400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed",
            409: "Conflict", 413: "Content Too Large", 426: "Upgrade Required", 429: "Too Many Requests",
            431: "Request Header Fields Too Large", 500: "Internal Server Error", 502: "Bad Gateway",
            503: "Service Unavailable", 504: "Gateway Timeout",
        ]
        return phrases[status] ?? "Status \(status)"
    }

    /// E.g. `HTTP 401 (WWW-Authenticate: Bearer), 24-byte body`; credential header values are redacted.
    public var description: String {
        "HTTP \(status) (\(headers)), \(body.count)-byte body"
    }
}
