/// What every generated model conforms to: fast JSON through ``JSONReader``/``JSONWriter`` and,
/// for interop, `Codable` bridged through the same code (so `JSONDecoder` sees the wire names).
///
/// The `Codable` requirements are implemented once here, not in generated code: decoding reads a
/// ``JSONValue`` from the `Decoder`, writes it as bytes and decodes those; encoding goes the other way.
public protocol JSONModel: JSONCodable, Codable, Hashable {}

extension JSONModel {
    /// Decodes through the JSON wire form (see ``JSONModel``).
    public init(from decoder: any Decoder) throws {
        let value = try JSONValue(from: decoder)
        self = try JSONDecoding.decode(Self.self, from: JSONEncoding.encode(value))
    }

    /// Encodes through the JSON wire form (see ``JSONModel``).
    public func encode(to encoder: any Encoder) throws {
        try JSONDecoding.decode(JSONValue.self, from: JSONEncoding.encode(self)).encode(to: encoder)
    }
}

/// A generated string enum: the wire value is its `rawValue`.
///
/// Open enums (the default) have an `unknown(String)` case, so their `init(rawValue:)` never fails;
/// closed ones (`x-open-enum: false`) fail, and decoding reports the allowed values.
public protocol JSONStringEnum: JSONModel, RawRepresentable where RawValue == String {
    /// Every known wire value, for error messages and documentation.
    static var knownValues: [String] { get }
}

extension JSONStringEnum {
    /// Reads a string and maps it to a case.
    @inlinable
    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        let start = try reader.peekStart()
        let text = try reader.readString()
        guard let value = Self(rawValue: text) else {
            throw reader.invalidValue(expected: "one of \(Self.knownValues.joined(separator: ", "))", found: "\"\(text.prefix(40))\"", at: start)
        }
        self = value
    }

    /// Writes the wire value.
    public func encode(to writer: inout JSONWriter) { writer.writeString(rawValue) }
}

/// A generated integer enum (e.g. API error codes): the wire value is its `rawValue`.
public protocol JSONIntegerEnum: JSONModel, RawRepresentable where RawValue == Int {
    /// Every known wire value.
    static var knownValues: [Int] { get }
}

extension JSONIntegerEnum {
    /// Reads an integer and maps it to a case.
    @inlinable
    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        let start = try reader.peekStart()
        let number = try reader.readInt()
        guard let value = Self(rawValue: number) else {
            throw reader.invalidValue(expected: "one of \(Self.knownValues.map(String.init).joined(separator: ", "))", found: String(number), at: start)
        }
        self = value
    }

    /// Writes the wire value.
    public func encode(to writer: inout JSONWriter) { writer.writeInt64(Int64(rawValue)) }
}
