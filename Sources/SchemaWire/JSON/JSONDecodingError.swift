/// Why a JSON document could not be read into the type that was asked for.
///
/// Carries the Swift type being decoded, the RFC 6901 JSON pointer of the offending value, what was
/// expected and what was found, and for syntax errors the byte offset. It never carries the
/// document's text beyond the short excerpt in `found`, so secrets in payloads do not leak into logs.
public struct JSONDecodingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public enum Reason: Sendable, Hashable {
        /// The bytes are not JSON (RFC 8259); the message names the rule that was broken.
        case syntax(String)
        /// Arrays and objects nest deeper than the configured limit.
        case depthLimitExceeded(limit: Int)
        /// The value has the wrong JSON type, e.g. a string where a number was expected.
        case typeMismatch(expected: String, found: String)
        /// A required member is absent (or `null`).
        case missingKey(String)
        /// The value has the right type but is not acceptable (range, length, enum, const, format).
        case invalidValue(expected: String, found: String)
    }

    /// What went wrong.
    public var reason: Reason
    /// The Swift type that was being decoded when the problem was found, if known.
    public var typeName: String?
    /// The JSON pointer (RFC 6901) of the value at fault; `""` is the whole document.
    public var pointer: String
    /// The byte offset in the document where the problem was found, if known.
    public var byteOffset: Int?

    /// Creates an error.
    public init(_ reason: Reason, typeName: String? = nil, pointer: String = "", byteOffset: Int? = nil) {
        self.reason = reason
        self.typeName = typeName
        self.pointer = pointer
        self.byteOffset = byteOffset
    }

    /// One line a person can act on, e.g.
    /// `Navixy.SourceState at /data/0/gps/speed: expected integer, found string "fast" (byte 312)`.
    public var description: String {
        var text = typeName ?? "JSON"
        text += " at \(pointer.isEmpty ? "/" : pointer): "
        switch reason {
        case .syntax(let message):
            text += "malformed JSON: \(message)"
        case .depthLimitExceeded(let limit):
            text += "nesting deeper than \(limit) levels"
        case .typeMismatch(let expected, let found):
            text += "expected \(expected), found \(found)"
        case .missingKey(let key):
            text += "required member \"\(key)\" is missing"
        case .invalidValue(let expected, let found):
            text += "expected \(expected), found \(found)"
        }
        if let byteOffset { text += " (byte \(byteOffset))" }
        return text
    }
}
