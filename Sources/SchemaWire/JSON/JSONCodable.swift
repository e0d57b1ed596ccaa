/// A type that reads itself straight from JSON bytes through a ``JSONReader``.
///
/// Generated models conform to it; so do the runtime's scalars, `Optional`, `Array`,
/// `[String: T]` and ``JSONValue``. Decoding never goes through `Any` or `JSONDecoder`.
public protocol JSONDecodable: Sendable {
    /// Reads one value at the reader's position, leaving the reader just after it.
    init(from reader: inout JSONReader) throws(JSONDecodingError)
}

/// A type that writes itself as JSON through a ``JSONWriter``.
public protocol JSONEncodable: Sendable {
    /// Appends this value's JSON text to `writer`.
    func encode(to writer: inout JSONWriter)
}

/// A type that both reads and writes itself as JSON.
public typealias JSONCodable = JSONDecodable & JSONEncodable
