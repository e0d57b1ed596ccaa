/// Entry points that decode a whole document into a ``JSONDecodable`` type.
public enum JSONDecoding {
    /// Decodes one complete document (only whitespace may follow the value).
    ///
    /// A thrown error names the type, the JSON pointer of the value at fault and the byte offset.
    @inlinable
    public static func decode<T: JSONDecodable>(
        _ type: T.Type, from bytes: UnsafeRawBufferPointer, maxDepth: Int = 512
    ) throws(JSONDecodingError) -> T {
        var reader = JSONReader(bytes: bytes, maxDepth: maxDepth)
        do {
            let value = try T(from: &reader)
            try reader.finish()
            return value
        } catch {
            throw locate(error, in: bytes, maxDepth: maxDepth, type: T.self)
        }
    }

    /// Decodes one complete document held in a byte array.
    @inlinable
    public static func decode<T: JSONDecodable>(_ type: T.Type, from bytes: [UInt8], maxDepth: Int = 512) throws(JSONDecodingError) -> T {
        let result: Result<T, JSONDecodingError> = bytes.withUnsafeBytes { buffer in
            Result { () throws(JSONDecodingError) -> T in try decode(type, from: buffer, maxDepth: maxDepth) }
        }
        return try result.get()
    }

    /// Decodes one complete document held in a string.
    public static func decode<T: JSONDecodable>(_ type: T.Type, from text: String, maxDepth: Int = 512) throws(JSONDecodingError) -> T {
        try decode(type, from: Array(text.utf8), maxDepth: maxDepth)
    }

    /// Fills in the JSON pointer (by re-walking the document to the failing byte) and the type name.
    @usableFromInline
    static func locate<T>(_ error: JSONDecodingError, in bytes: UnsafeRawBufferPointer, maxDepth: Int, type: T.Type) -> JSONDecodingError {
        var located = error
        if located.typeName == nil { located.typeName = String(reflecting: type).replacingSwiftModulePrefix() }
        if let offset = error.byteOffset, located.pointer.isEmpty {
            located.pointer = JSONPointerLocator.pointer(at: offset, in: bytes, maxDepth: maxDepth)
        }
        return located
    }
}

/// Entry points that encode a ``JSONEncodable`` value.
public enum JSONEncoding {
    /// The JSON text of `value`, as UTF-8 bytes.
    public static func encode<T: JSONEncodable>(_ value: T) -> [UInt8] {
        var writer = JSONWriter()
        value.encode(to: &writer)
        return writer.bytes
    }

    /// The JSON text of `value`, as a string.
    public static func encodeToString<T: JSONEncodable>(_ value: T) -> String {
        String(decoding: encode(value), as: UTF8.self)
    }
}

extension JSONDecodingError {
    /// This error with `typeName` set to `name` unless a more specific (inner) type already set it.
    public func inType(_ name: String) -> JSONDecodingError {
        guard typeName == nil else { return self }
        var copy = self
        copy.typeName = name
        return copy
    }
}

extension String {
    /// `Swift.Int` → `Int`, `SchemaWire.JSONValue` → `JSONValue`; nested names keep their path.
    func replacingSwiftModulePrefix() -> String {
        let name = replacing("Swift.", with: "")
        let head = name.prefix { $0 != "<" }
        guard let dot = head.firstIndex(of: ".") else { return name }
        return String(name[name.index(after: dot)...])
    }
}
