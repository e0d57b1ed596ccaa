extension DateTime: JSONStringRepresentable, JSONCodable {
    /// Names the two accepted forms in decoding errors.
    public static var expectedFormat: String { "a date-time (yyyy-MM-dd HH:mm:ss or ISO 8601)" }

    /// Parses either Navixy form (the `Codable` conformance comes from ``JSONStringRepresentable``).
    public init(jsonString: String) throws(JSONDecodingError) {
        try self.init(parsing: jsonString)
    }

    /// The original text.
    public var jsonString: String { text }

    /// Reads a JSON string holding either Navixy form, parsing its bytes in place (no `String` is
    /// made unless the text contains escapes). A string in neither form throws `invalidValue`
    /// located at the string. Replaces ``JSONStringRepresentable``'s default, which builds a `String` first.
    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        if let plain = Self.readPlain(&reader) {
            self = plain
            return
        }
        let (start, end, escaped) = try reader.scanString()
        let quote = start - 1
        if escaped {
            reader.index = quote
            let text = try reader.readString()
            do {
                try self.init(parsing: text)
            } catch {
                throw error.at(byteOffset: quote)
            }
            return
        }
        let bytes = UnsafeRawBufferPointer(rebasing: reader.bytes[start..<end]).assumingMemoryBound(to: UInt8.self)
        do {
            try self.init(utf8: bytes)
        } catch {
            throw error.at(byteOffset: quote)
        }
    }
}

extension DateTime {
    /// The common case read in one pass: a string of 19 to 35 bytes that parses as a date-time. The
    /// grammar admits no quote, backslash or control byte, so a successful parse up to the first quote
    /// at or after byte 19 has read the whole string. Anything else leaves the reader untouched and
    /// returns `nil`, for the general path to read (and to report precisely).
    private static func readPlain(_ reader: inout JSONReader) -> DateTime? {
        guard (try? reader.peekByte()) == UInt8(ascii: "\"") else { return nil }
        let start = reader.index + 1
        let limit = min(reader.bytes.count, start + 36)
        var end = start + 19
        while end < limit, reader.bytes[end] != UInt8(ascii: "\"") { end += 1 }
        guard end < limit else { return nil }
        let text = UnsafeRawBufferPointer(rebasing: reader.bytes[start..<end]).assumingMemoryBound(to: UInt8.self)
        guard let value = try? DateTimeParser.parse(text) else { return nil }
        reader.index = end + 1
        return value
    }
}

extension JSONDecodingError {
    /// This error placed at `byteOffset` in the document being decoded.
    fileprivate func at(byteOffset: Int) -> JSONDecodingError {
        var copy = self
        copy.byteOffset = byteOffset
        return copy
    }
}
