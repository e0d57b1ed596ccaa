/// A value type whose wire form is one JSON string in a fixed textual format (a decimal `UInt64`,
/// a hex hash, an encoded address, …).
///
/// Conforming types only say how to parse and render the text; this protocol supplies the
/// `Codable` conformance (a single string) and the fast `JSONDecodable`/`JSONEncodable` one, so
/// each such type is written once. A parse failure becomes an `invalidValue` error at the string.
public protocol JSONStringRepresentable: JSONCodable, Hashable, Codable, CustomStringConvertible {
    /// The typed error the parser throws; its `description` says what is wrong with the text.
    associatedtype ParseError: Error & CustomStringConvertible

    /// A short phrase naming the expected format, used in decoding errors (e.g. "a 64-character hex hash").
    static var expectedFormat: String { get }

    /// Parses the wire text, throwing a typed error when it is not in the expected format.
    init(jsonString: String) throws(ParseError)

    /// The wire text; parsing it again gives an equal value.
    var jsonString: String { get }
}

extension JSONStringRepresentable {
    /// Reads the value from a single string (for `JSONDecoder` and other `Codable` coders).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            try self.init(jsonString: text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }

    /// Writes the wire text as a single string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(jsonString)
    }
}

extension JSONStringRepresentable {
    /// Reads one JSON string and parses it; a parse failure is an `invalidValue` error located at
    /// the string, naming the expected format and quoting (the start of) the text.
    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        _ = try reader.peekKind()
        let start = reader.offset
        let text = try reader.readString()
        do {
            try self.init(jsonString: text)
        } catch {
            let quoted = "\"\(text.count <= 80 ? text : String(text.prefix(80)) + "…")\""
            throw reader.invalidValue(expected: Self.expectedFormat, found: "\(quoted) (\(error.description))", at: start)
        }
    }

    /// Writes the wire text as one JSON string.
    public func encode(to writer: inout JSONWriter) {
        writer.writeString(jsonString)
    }
}
