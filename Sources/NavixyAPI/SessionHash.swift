import SchemaWire

/// The 32 hexadecimal characters that authorise Navixy requests: a session hash from `user/auth`
/// or the hash of an API key.
///
/// It is a secret, so it never shows itself: `description`, `debugDescription`, `dump` and
/// interpolation print `SessionHash(<redacted>)`, and errors about a malformed hash never contain
/// it. Only the encoders (and ``secret``, for code that must pass it on) see the text.
public struct SessionHash: Hashable, Sendable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The hash itself, exactly as given. Do not log it.
    public let secret: String

    /// Checks that `text` is 32 hexadecimal characters (either case) and keeps it.
    public init(_ text: String) throws(SessionHashError) {
        var length = 0
        for byte in text.utf8 {
            let isHex = (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
                || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
            if !isHex && length < 32 { throw .notHexadecimal(position: length) }
            length += 1
        }
        guard length == 32 else { throw .wrongLength(text.count) }
        secret = text
    }

    /// `SessionHash(<redacted>)`.
    public var description: String { "SessionHash(<redacted>)" }
    /// `SessionHash(<redacted>)`.
    public var debugDescription: String { description }
    /// A mirror with no children, so `dump` and reflection do not reveal the hash.
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }
}

extension SessionHash: JSONStringRepresentable, JSONCodable {
    /// Names the expected format in decoding errors.
    public static var expectedFormat: String { "a session hash of 32 hexadecimal characters" }

    /// Checks and keeps the hash (the `Codable` conformance and the encoder come from
    /// ``JSONStringRepresentable``; their errors use ``SessionHashError``'s text-free description).
    public init(jsonString: String) throws(SessionHashError) {
        try self.init(jsonString)
    }

    /// The hash itself.
    public var jsonString: String { secret }

    /// Reads the hash from a JSON string. Replaces ``JSONStringRepresentable``'s default on purpose:
    /// that one quotes the offending text in its error, which for a hash would leak the secret.
    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        _ = try reader.peekKind()
        let start = reader.offset
        let text = try reader.readString()
        do {
            try self.init(text)
        } catch {
            throw reader.invalidValue(expected: Self.expectedFormat, found: "a string that is not one (\(error))", at: start)
                .inType("SessionHash")
        }
    }
}
