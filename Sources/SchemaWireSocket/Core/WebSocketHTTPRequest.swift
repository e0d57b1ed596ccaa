/// An HTTP/1.1 request as the server role received it: the upgrade request, or a plain request.
public struct WebSocketHTTPRequest: Sendable, Hashable, CustomStringConvertible {
    /// The method, e.g. `GET` or `POST`.
    public var method: String
    /// The request target exactly as sent, e.g. `/api/v1/ws/subscribe?event_types=a,b`.
    public var target: String
    /// The header fields.
    public var headers: WebSocketHTTPHeaders
    /// The body (empty for upgrade requests).
    public var body: [UInt8]

    /// Creates a request.
    public init(method: String, target: String, headers: WebSocketHTTPHeaders, body: [UInt8] = []) {
        self.method = method
        self.target = target
        self.headers = headers
        self.body = body
    }

    /// The percent-decoded path, without the query.
    public var path: String {
        let raw = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? target
        return raw.percentDecoded ?? raw
    }

    /// The query items in order, percent-decoded (`+` is kept as is); a bare name has an empty value.
    public var queryItems: [(name: String, value: String)] {
        let parts = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2 else { return [] }
        return parts[1].split(separator: "&").map { pair in
            let nameValue = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(nameValue[0])
            let value = nameValue.count > 1 ? String(nameValue[1]) : ""
            return (name.percentDecoded ?? name, value.percentDecoded ?? value)
        }
    }

    /// The first value of the query item `name`.
    public func queryValue(_ name: String) -> String? {
        queryItems.first { $0.name == name }?.value
    }

    /// E.g. `GET /path (Host: …, Authorization: <redacted>)`; the query is left out, as it may hold a key.
    public var description: String { "\(method) \(path) (\(headers))" }
}

extension String {
    /// The text with `%XX` escapes decoded, or nil when an escape is malformed or the result is not UTF-8.
    var percentDecoded: String? {
        var bytes: [UInt8] = []
        var iterator = Array(utf8).makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else { bytes.append(byte); continue }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else { return nil }
            bytes.append(high << 4 | low)
        }
        return UTF8Validator.isValid(bytes) ? String(decoding: bytes, as: UTF8.self) : nil
    }
}

private func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
    default: nil
    }
}
