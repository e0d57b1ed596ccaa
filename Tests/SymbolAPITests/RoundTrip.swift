import Testing
import SchemaWire

/// Decodes `text` as `T`, re-encodes it and decodes that again, expecting an equal value.
func decodeRoundTrip<T: JSONCodable & Equatable>(_ type: T.Type, _ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> T {
    let value = try JSONDecoding.decode(T.self, from: text)
    let again = try JSONDecoding.decode(T.self, from: JSONEncoding.encode(value))
    #expect(again == value, "re-encoded value differs", sourceLocation: sourceLocation)
    return value
}

/// Expects decoding `text` as `T` to fail at `pointer`, returning the error for further checks.
@discardableResult
func expectDecodingError<T: JSONDecodable>(_ type: T.Type, _ text: String, at pointer: String, sourceLocation: SourceLocation = #_sourceLocation) -> JSONDecodingError? {
    do {
        _ = try JSONDecoding.decode(T.self, from: text)
        Issue.record("decoded although it should fail at \(pointer)", sourceLocation: sourceLocation)
        return nil
    } catch {
        #expect(error.pointer == pointer, "\(error)", sourceLocation: sourceLocation)
        return error
    }
}

/// Thrown by ``unwrap(_:_:sourceLocation:_:)`` after it has recorded the issue.
struct UnexpectedCase: Error {}

/// The payload of the one enum case `extract` recognises; any other case records an issue saying
/// what was `expected` and what came instead, and throws.
func unwrap<Value, Payload>(
    _ value: Value, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation, _ extract: (Value) -> Payload?
) throws -> Payload {
    guard let payload = extract(value) else {
        Issue.record("\(expected), got \(value)", sourceLocation: sourceLocation)
        throw UnexpectedCase()
    }
    return payload
}
