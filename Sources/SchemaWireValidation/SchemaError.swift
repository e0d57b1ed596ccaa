import SchemaWire

/// Why a schema could not be loaded or compiled. Locations are absolute URIs with a JSON-pointer fragment.
public enum SchemaError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A file or folder could not be read.
    case unreadableFile(path: String, reason: String)
    /// A schema document is not well-formed JSON.
    case malformedDocument(uri: String, error: JSONDecodingError)
    /// Two different documents were added under the same URI.
    case duplicateURI(String)
    /// A `$ref`, `$dynamicRef` or `$schema` names something no loaded document defines.
    case unresolvableReference(String, at: String)
    /// A keyword's value has the wrong shape, e.g. `"minLength": "3"`.
    case invalidKeyword(String, at: String, expected: String)
    /// A `pattern` or `patternProperties` key is not a regular expression the validator accepts.
    case invalidPattern(String, at: String, reason: String)

    /// One line naming what is wrong and where.
    public var description: String {
        switch self {
        case .unreadableFile(let path, let reason):
            "cannot read \(path): \(reason)"
        case .malformedDocument(let uri, let error):
            "schema \(uri) is not valid JSON: \(error)"
        case .duplicateURI(let uri):
            "two different schema documents claim the URI \(uri)"
        case .unresolvableReference(let reference, let location):
            "reference \"\(reference)\" at \(location) points at nothing loaded in the registry"
        case .invalidKeyword(let keyword, let location, let expected):
            "keyword \"\(keyword)\" at \(location) must be \(expected)"
        case .invalidPattern(let pattern, let location, let reason):
            "pattern \"\(pattern)\" at \(location) is not a valid ECMA-262 regular expression: \(reason)"
        }
    }
}
