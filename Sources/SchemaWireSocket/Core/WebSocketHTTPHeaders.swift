/// An ordered list of HTTP header fields with case-insensitive lookup.
///
/// Its `description` replaces the values of credential-bearing fields (`Authorization`,
/// `Proxy-Authorization`, `X-Api-Key`, `Cookie`, `Set-Cookie`) with `<redacted>`, so headers can be
/// logged or put in errors without leaking secrets.
public struct WebSocketHTTPHeaders: Sendable, Hashable, Sequence, ExpressibleByDictionaryLiteral, CustomStringConvertible {
    /// One header field.
    public struct Field: Sendable, Hashable {
        /// The field name as written.
        public var name: String
        /// The field value.
        public var value: String
    }

    /// The fields in order.
    public private(set) var fields: [Field] = []

    /// Field names whose values never appear in descriptions.
    public static let sensitiveNames: Set<String> = ["authorization", "proxy-authorization", "x-api-key", "cookie", "set-cookie"]

    /// An empty list.
    public init() {}

    /// The fields of a literal, in order.
    public init(dictionaryLiteral elements: (String, String)...) {
        for (name, value) in elements { add(name: name, value: value) }
    }

    /// Appends a field (existing fields with the same name are kept).
    public mutating func add(name: String, value: String) {
        fields.append(Field(name: name, value: value))
    }

    /// Replaces every field named `name` with one field holding `value`.
    public mutating func set(name: String, value: String) {
        remove(name: name)
        add(name: name, value: value)
    }

    /// Removes every field named `name`.
    public mutating func remove(name: String) {
        fields.removeAll { $0.name.lowercased() == name.lowercased() }
    }

    /// The first value of the field named `name` (case-insensitive).
    public subscript(name: String) -> String? {
        let wanted = name.lowercased()
        return fields.first { $0.name.lowercased() == wanted }?.value
    }

    /// Whether the comma-separated field `name` lists `token` (case-insensitive), e.g. `Connection: keep-alive, Upgrade`.
    public func contains(name: String, token: String) -> Bool {
        let wanted = token.lowercased()
        return fields.contains { field in
            field.name.lowercased() == name.lowercased()
                && field.value.split(separator: ",").contains { $0.trimmingASCIISpaces().lowercased() == wanted }
        }
    }

    /// Iterates the fields in order.
    public func makeIterator() -> IndexingIterator<[Field]> { fields.makeIterator() }

    /// `Name: value` lines with credential values redacted.
    public var description: String {
        fields.map { field in
            Self.sensitiveNames.contains(field.name.lowercased()) ? "\(field.name): <redacted>" : "\(field.name): \(field.value)"
        }.joined(separator: ", ")
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    func trimmingASCIISpaces() -> String {
        var slice = Substring(self)
        while let first = slice.first, first == " " || first == "\t" { slice.removeFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice.removeLast() }
        return String(slice)
    }
}
