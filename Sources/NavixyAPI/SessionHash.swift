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

extension SessionHash: JSONCodable {
    /// Reads the hash from a JSON string; a malformed one throws `invalidValue` without its text.
    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        _ = try reader.peekKind()
        let start = reader.offset
        let text = try reader.readString()
        do {
            try self.init(text)
        } catch {
            throw reader.invalidValue(
                expected: "a session hash of 32 hexadecimal characters", found: "a string that is not one (\(error))", at: start
            ).inType("SessionHash")
        }
    }

    /// Writes the hash as a JSON string.
    public func encode(to writer: inout JSONWriter) {
        writer.writeString(secret)
    }
}

extension SessionHash: Codable {
    /// Reads the hash from a single string; the error never contains the text.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        do {
            try self.init(container.decode(String.self))
        } catch let error as SessionHashError {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }

    /// Writes the hash as a single string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(secret)
    }
}
