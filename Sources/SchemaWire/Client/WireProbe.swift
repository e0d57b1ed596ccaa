/// Cheap looks into a message for routing: find a discriminator or one member without decoding the
/// rest. Built on `JSONReader`, so nothing goes through `JSONValue` or Foundation.
public enum WireProbe {
    /// The string value of the top-level member `key`, or `nil` when the message is not a JSON object,
    /// lacks the member, or the member is not a string.
    public static func stringMember(_ key: String, of message: TransportMessage) -> String? {
        message.bytes.withUnsafeBytes { buffer -> String? in
            var reader = JSONReader(bytes: buffer)
            return try? reader.peekStringMember(key)
        }
    }

    /// Decodes the whole message as `T`.
    @inlinable
    public static func decode<T: JSONDecodable>(_ type: T.Type, from message: TransportMessage) throws(JSONDecodingError) -> T {
        try JSONDecoding.decode(type, from: message.bytes)
    }

    /// Decodes the value of the top-level member `key` as `T`; `nil` when the member is absent.
    /// The rest of the message is checked for well-formedness but not decoded.
    @inlinable
    public static func decodeMember<T: JSONDecodable>(_ key: String, as type: T.Type, from message: TransportMessage) throws(JSONDecodingError) -> T? {
        let result: Result<T?, JSONDecodingError> = message.bytes.withUnsafeBytes { buffer in
            Result { () throws(JSONDecodingError) -> T? in
                var reader = JSONReader(bytes: buffer)
                var found: T?
                var cursor = try reader.beginObject()
                while let name = try reader.nextKey(&cursor) {
                    if name == key, found == nil {
                        do throws(JSONDecodingError) {
                            found = try T(from: &reader)
                        } catch {
                            throw JSONDecoding.locate(error, in: buffer, maxDepth: reader.maxDepth, type: T.self)
                        }
                    } else {
                        try reader.skipValue()
                    }
                }
                try reader.finish()
                return found
            }
        }
        return try result.get()
    }
}
