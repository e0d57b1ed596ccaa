/// A strict RFC 8259 reader over one message's bytes, driven directly by generated decoders.
///
/// The reader walks the bytes once, from the front. Each `read…` call consumes exactly one value
/// (with the whitespace before it) or throws a ``JSONDecodingError`` carrying the byte offset; the
/// JSON pointer is filled in afterwards by ``JSONDecoding``, so the hot path tracks no path.
///
/// A reader borrows its bytes: it is only valid inside the `JSONDecoding.decode` call (or the
/// `withUnsafeBytes` scope) that made it.
public struct JSONReader {
    @usableFromInline let bytes: UnsafeRawBufferPointer
    @usableFromInline var index: Int
    @usableFromInline var depth = 0
    /// How deep arrays and objects may nest before reading stops with `depthLimitExceeded`.
    public let maxDepth: Int

    /// A reader positioned at the start of `bytes`.
    public init(bytes: UnsafeRawBufferPointer, maxDepth: Int = 512) {
        self.bytes = bytes
        self.index = 0
        self.maxDepth = maxDepth
    }

    /// The byte offset of the next unread byte.
    @inlinable public var offset: Int { index }

    /// Checks that only whitespace follows the value just read.
    public mutating func finish() throws(JSONDecodingError) {
        skipWhitespace()
        if index < bytes.count { throw syntaxError("unexpected data after the JSON value") }
    }

    @inlinable @inline(__always)
    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    /// Skips whitespace and returns the next byte without consuming it.
    @inlinable @inline(__always)
    mutating func peekByte() throws(JSONDecodingError) -> UInt8 {
        if index < bytes.count, bytes[index] > 0x20 { return bytes[index] }
        skipWhitespace()
        guard index < bytes.count else { throw syntaxError("unexpected end of input") }
        return bytes[index]
    }

    /// The kind of the next value (after whitespace), without consuming it.
    public mutating func peekKind() throws(JSONDecodingError) -> JSONKind {
        switch try peekByte() {
        case UInt8(ascii: "{"): return .object
        case UInt8(ascii: "["): return .array
        case UInt8(ascii: "\""): return .string
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return .bool
        case UInt8(ascii: "n"): return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number
        default: throw syntaxError("unexpected character \(JSONReader.describe(byte: bytes[index]))")
        }
    }

    // MARK: Errors

    /// A syntax error at the current position.
    @usableFromInline
    func syntaxError(_ message: String) -> JSONDecodingError {
        JSONDecodingError(.syntax(message), byteOffset: index)
    }

    /// An error saying the value at the current position has the wrong JSON type.
    public mutating func typeMismatch(expected: String) -> JSONDecodingError {
        let found = (try? peekKind()).map(\.description) ?? "end of input"
        return JSONDecodingError(.typeMismatch(expected: expected, found: found), byteOffset: index)
    }

    /// An error saying the value at the current position has the right type but is not acceptable.
    public mutating func invalidValue(expected: String, found: String) -> JSONDecodingError {
        skipWhitespace()
        return JSONDecodingError(.invalidValue(expected: expected, found: found), byteOffset: index)
    }

    /// An error for a value that was read starting at byte `offset` and turned out unacceptable.
    public func invalidValue(expected: String, found: String, at offset: Int) -> JSONDecodingError {
        JSONDecodingError(.invalidValue(expected: expected, found: found), byteOffset: offset)
    }

    /// An error saying the object at `cursor` lacks the required member `key`.
    public func missingKey(_ key: String, in cursor: JSONObjectCursor) -> JSONDecodingError {
        JSONDecodingError(.missingKey(key), byteOffset: cursor.start)
    }

    /// An error saying the object at the current position lacks the required member `key`.
    public mutating func missingMember(_ key: String) -> JSONDecodingError {
        skipWhitespace()
        return JSONDecodingError(.missingKey(key), byteOffset: index)
    }

    /// Returns `value`, or throws `missingKey` for the object at `cursor` when it is `nil`.
    @inlinable
    public func required<T>(_ value: T?, _ key: String, _ cursor: JSONObjectCursor) throws(JSONDecodingError) -> T {
        guard let value else { throw missingKey(key, in: cursor) }
        return value
    }

    static func describe(byte: UInt8) -> String {
        if byte >= 0x21, byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        let hex = String(byte, radix: 16, uppercase: true)
        return "byte 0x\(hex.count < 2 ? "0" + hex : hex)"
    }
}

/// The JSON type of a value, as ``JSONReader/peekKind()`` reports it.
public enum JSONKind: String, Sendable, Hashable, CustomStringConvertible {
    /// `{…}`.
    case object
    /// `[…]`.
    case array
    /// `"…"`.
    case string
    /// A number.
    case number
    /// `true` or `false`.
    case bool = "boolean"
    /// `null`.
    case null

    /// The JSON Schema name of the type.
    public var description: String { rawValue }
}
