// JSONCodable conformances for the standard library types generated models use.

extension Bool: JSONCodable {
    /// Reads `true` or `false`.
    @inlinable public init(from reader: inout JSONReader) throws(JSONDecodingError) { self = try reader.readBool() }
    /// Writes `true` or `false`.
    public func encode(to writer: inout JSONWriter) { writer.writeBool(self) }
}

extension String: JSONCodable {
    /// Reads a string.
    @inlinable public init(from reader: inout JSONReader) throws(JSONDecodingError) { self = try reader.readString() }
    /// Writes an escaped string.
    public func encode(to writer: inout JSONWriter) { writer.writeString(self) }
}

extension Int: JSONCodable {
    /// Reads an integer.
    @inlinable public init(from reader: inout JSONReader) throws(JSONDecodingError) { self = try reader.readInt() }
    /// Writes an integer.
    public func encode(to writer: inout JSONWriter) { writer.writeInt64(Int64(self)) }
}

extension Int32: JSONCodable {
    /// Reads an integer within Int32.
    public init(from reader: inout JSONReader) throws(JSONDecodingError) { self = try reader.readInt32() }
    /// Writes an integer.
    public func encode(to writer: inout JSONWriter) { writer.writeInt64(Int64(self)) }
}

extension Int64: JSONCodable {
    /// Reads an integer within Int64.
    @inlinable public init(from reader: inout JSONReader) throws(JSONDecodingError) { self = try reader.readInt64() }
    /// Writes an integer.
    public func encode(to writer: inout JSONWriter) { writer.writeInt64(self) }
}

extension UInt64: JSONCodable {
    /// Reads a non-negative integer within UInt64.
    @inlinable public init(from reader: inout JSONReader) throws(JSONDecodingError) { self = try reader.readUInt64() }
    /// Writes an integer.
    public func encode(to writer: inout JSONWriter) { writer.writeUInt64(self) }
}

extension Double: JSONCodable {
    /// Reads a number as the nearest double.
    @inlinable public init(from reader: inout JSONReader) throws(JSONDecodingError) { self = try reader.readDouble() }
    /// Writes the shortest literal that reads back to this value (`null` if not finite).
    public func encode(to writer: inout JSONWriter) { writer.writeDouble(self) }
}

extension Float: JSONCodable {
    /// Reads a number as the nearest float.
    public init(from reader: inout JSONReader) throws(JSONDecodingError) { self = try reader.readFloat() }
    /// Writes the shortest literal that reads back to this value (`null` if not finite).
    public func encode(to writer: inout JSONWriter) {
        guard isFinite else { return writer.writeNull() }
        writer.writeNumber(JSONNumber(literal: "\(self)"))
    }
}

extension JSONValue: JSONCodable {
    /// Reads any value.
    public init(from reader: inout JSONReader) throws(JSONDecodingError) { self = try reader.readValue() }
    /// Writes the value as it is.
    public func encode(to writer: inout JSONWriter) { writer.writeValue(self) }
}

extension JSONObject: JSONCodable {
    /// Reads an object, keeping every member.
    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        guard try reader.peekKind() == .object, case .object(let object) = try reader.readValue() else {
            throw reader.typeMismatch(expected: "object")
        }
        self = object
    }
    /// Writes the object, members in order.
    public func encode(to writer: inout JSONWriter) { writer.writeValue(.object(self)) }
}

extension Optional: JSONDecodable where Wrapped: JSONDecodable {
    /// `null` is `nil`; anything else is read as `Wrapped`.
    @inlinable public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        self = try reader.readNullIfPresent() ? nil : try Wrapped(from: &reader)
    }
}

extension Optional: JSONEncodable where Wrapped: JSONEncodable {
    /// `nil` is written as `null`.
    public func encode(to writer: inout JSONWriter) {
        if let self { self.encode(to: &writer) } else { writer.writeNull() }
    }
}

extension Array: JSONDecodable where Element: JSONDecodable {
    /// Reads an array of `Element`s.
    @inlinable public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var cursor = try reader.beginArray()
        var elements: [Element] = []
        while try reader.nextElement(&cursor) { elements.append(try Element(from: &reader)) }
        self = elements
    }
}

extension Array: JSONEncodable where Element: JSONEncodable {
    /// Writes an array.
    public func encode(to writer: inout JSONWriter) {
        writer.beginArray()
        for element in self { element.encode(to: &writer) }
        writer.endArray()
    }
}

extension Dictionary: JSONDecodable where Key == String, Value: JSONDecodable {
    /// Reads an object whose member values are all `Value`s; a repeated name keeps the last value.
    @inlinable public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var cursor = try reader.beginObject()
        guard let firstKey = try reader.nextKey(&cursor) else {
            self = [:]
            return
        }
        // Room for a typical small object up front, instead of growing (and rehashing) from one slot.
        var members = [String: Value](minimumCapacity: 8)
        members[firstKey] = try Value(from: &reader)
        while let key = try reader.nextKey(&cursor) { members[key] = try Value(from: &reader) }
        self = members
    }
}

extension Dictionary: JSONEncodable where Key == String, Value: JSONEncodable {
    /// Writes an object with members sorted by name, so output is deterministic.
    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        for key in keys.sorted() {
            writer.writeKey(key)
            self[key]!.encode(to: &writer)
        }
        writer.endObject()
    }
}
