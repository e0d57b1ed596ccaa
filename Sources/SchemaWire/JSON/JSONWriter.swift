/// Builds JSON text into a byte buffer; generated encoders drive it member by member.
///
/// Separators are automatic: a value or key written after another value gets its `,`.
public struct JSONWriter: Sendable {
    /// The JSON written so far.
    public var bytes: [UInt8]

    /// An empty writer, with room reserved for `capacity` bytes.
    public init(capacity: Int = 256) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    /// Appends `,` unless at the start of a container, after a key, or at the very beginning.
    @inlinable
    mutating func separate() {
        guard let last = bytes.last else { return }
        if last != UInt8(ascii: "{"), last != UInt8(ascii: "["), last != UInt8(ascii: ":") {
            bytes.append(UInt8(ascii: ","))
        }
    }

    /// Writes `{`.
    public mutating func beginObject() {
        separate()
        bytes.append(UInt8(ascii: "{"))
    }

    /// Writes `}`.
    public mutating func endObject() { bytes.append(UInt8(ascii: "}")) }

    /// Writes `[`.
    public mutating func beginArray() {
        separate()
        bytes.append(UInt8(ascii: "["))
    }

    /// Writes `]`.
    public mutating func endArray() { bytes.append(UInt8(ascii: "]")) }

    /// Writes a member name and its `:`; the next write is the member's value.
    public mutating func writeKey(_ key: String) {
        writeString(key)
        bytes.append(UInt8(ascii: ":"))
    }

    /// Writes a member whose value is always present.
    @inlinable
    public mutating func member<T: JSONEncodable>(_ key: String, _ value: T) {
        writeKey(key)
        value.encode(to: &self)
    }

    /// Writes a member only when `value` is not `nil` (absent and `null` both mean "no value").
    @inlinable
    public mutating func member<T: JSONEncodable>(_ key: String, ifPresent value: T?) {
        guard let value else { return }
        writeKey(key)
        value.encode(to: &self)
    }

    /// Writes every member of `object` (the unknown members a model kept).
    public mutating func members(_ object: JSONObject) {
        for (key, value) in object {
            writeKey(key)
            writeValue(value)
        }
    }

    /// Writes every member of `map`, sorted by name.
    public mutating func members<T: JSONEncodable>(_ map: [String: T]) {
        for key in map.keys.sorted() {
            writeKey(key)
            map[key]!.encode(to: &self)
        }
    }

    /// Writes a string, escaping `"`, `\` and control characters.
    public mutating func writeString(_ value: String) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            var runStart = 0
            for (offset, byte) in utf8.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<offset]))
                appendEscape(byte)
                runStart = offset + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func appendEscape(_ byte: UInt8) {
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        default:
            let hex: [UInt8] = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: [UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
        }
    }

    /// Writes an integer.
    public mutating func writeInt64(_ value: Int64) {
        separate()
        bytes.append(contentsOf: String(value).utf8)
    }

    /// Writes an unsigned integer.
    public mutating func writeUInt64(_ value: UInt64) {
        separate()
        bytes.append(contentsOf: String(value).utf8)
    }

    /// Writes a double in its shortest form that reads back to the same value; JSON has no
    /// infinities or NaN, so a non-finite value is written as `null`.
    public mutating func writeDouble(_ value: Double) {
        guard value.isFinite else { return writeNull() }
        separate()
        bytes.append(contentsOf: JSONNumber(value).literal.utf8)
    }

    /// Writes `true` or `false`.
    public mutating func writeBool(_ value: Bool) {
        separate()
        bytes.append(contentsOf: value ? [0x74, 0x72, 0x75, 0x65] : [0x66, 0x61, 0x6C, 0x73, 0x65])
    }

    /// Writes `null`.
    public mutating func writeNull() {
        separate()
        bytes.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C])
    }

    /// Writes a number literal as it is.
    public mutating func writeNumber(_ value: JSONNumber) {
        separate()
        bytes.append(contentsOf: value.literal.utf8)
    }

    /// Writes any JSON value, keeping object member order and number literals.
    public mutating func writeValue(_ value: JSONValue) {
        switch value {
        case .null: writeNull()
        case .bool(let flag): writeBool(flag)
        case .number(let number): writeNumber(number)
        case .string(let text): writeString(text)
        case .array(let elements):
            beginArray()
            for element in elements { writeValue(element) }
            endArray()
        case .object(let object):
            beginObject()
            for (key, member) in object {
                writeKey(key)
                writeValue(member)
            }
            endObject()
        }
    }
}
