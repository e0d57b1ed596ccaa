import SchemaWire

/// One failed assertion, in the JSON Schema "basic" output shape.
public struct ValidationError: Sendable, Hashable, CustomStringConvertible {
    /// The JSON pointer of the offending value in the instance (`""` is the whole document).
    public let instanceLocation: String
    /// The path of keywords evaluated to get here, through any `$ref`s (e.g. `/properties/data/items/$ref/type`).
    public let keywordLocation: String
    /// The failing keyword's own absolute URI (schema resource + pointer).
    public let absoluteKeywordLocation: String
    /// What is wrong and what was expected, in words a person can act on.
    public let message: String

    /// Creates an error.
    public init(instanceLocation: String, keywordLocation: String, absoluteKeywordLocation: String, message: String) {
        self.instanceLocation = instanceLocation
        self.keywordLocation = keywordLocation
        self.absoluteKeywordLocation = absoluteKeywordLocation
        self.message = message
    }

    /// `at /data/0/gps/speed: expected integer, found string "fast" (keyword /properties/…/type)`.
    public var description: String {
        "at \(instanceLocation.isEmpty ? "/" : instanceLocation): \(message) (keyword \(keywordLocation.isEmpty ? "/" : keywordLocation))"
    }

    /// The error as a basic-output unit object.
    public var jsonValue: JSONValue {
        .object([
            "instanceLocation": .string(instanceLocation),
            "keywordLocation": .string(keywordLocation),
            "absoluteKeywordLocation": .string(absoluteKeywordLocation),
            "error": .string(message),
        ])
    }
}
