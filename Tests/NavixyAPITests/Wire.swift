import Testing
import SchemaWire

/// Decoding helpers shared by the Navixy sample tests.
enum Wire {
    /// Decodes `text` as `T` through the generated decoder.
    static func decode<T: JSONDecodable>(_ type: T.Type, _ text: String) throws -> T {
        try JSONDecoding.decode(type, from: text)
    }

    /// Decodes `text`, then checks that nothing was lost: re-encoding gives JSON that decodes to an
    /// equal value, and that JSON equals the sample once `null` members (which mean "absent") are
    /// dropped from both, so every member of the sample is modelled.
    static func decodeLosslessly<T: JSONCodable & Equatable>(
        _ type: T.Type, _ text: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> T {
        let value = try JSONDecoding.decode(type, from: text)
        let encoded = JSONEncoding.encode(value)
        #expect(try JSONDecoding.decode(type, from: encoded) == value, "re-encoded value differs", sourceLocation: sourceLocation)
        let original = withoutNullMembers(try JSONValue(parsing: text))
        let reencoded = withoutNullMembers(try JSONValue(parsing: encoded))
        #expect(reencoded == original, "re-encoded JSON differs from the sample", sourceLocation: sourceLocation)
        return value
    }

    /// `value` with every object member whose value is `null` removed, at every depth.
    static func withoutNullMembers(_ value: JSONValue) -> JSONValue {
        switch value {
        case .object(let object):
            return .object(JSONObject(object.compactMap { member in
                member.value.isNull ? nil : (member.key, withoutNullMembers(member.value))
            }))
        case .array(let elements):
            return .array(elements.map(withoutNullMembers))
        default:
            return value
        }
    }

    /// The error decoding `text` as `T` throws; records an issue when it decodes.
    static func decodingError<T: JSONDecodable>(
        _ type: T.Type, _ text: String, sourceLocation: SourceLocation = #_sourceLocation
    ) -> JSONDecodingError? {
        do {
            _ = try JSONDecoding.decode(type, from: text)
            Issue.record("decoded although it should not", sourceLocation: sourceLocation)
            return nil
        } catch {
            return error
        }
    }
}
