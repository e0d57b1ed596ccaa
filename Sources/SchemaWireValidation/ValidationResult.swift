import SchemaWire

/// The outcome of validating one instance: valid, or every located error.
public struct ValidationResult: Sendable, Hashable, CustomStringConvertible {
    /// Every failed assertion, in evaluation order; empty when valid.
    public let errors: [ValidationError]

    /// Whether the instance satisfies the schema.
    public var isValid: Bool { errors.isEmpty }

    /// Creates a result.
    public init(errors: [ValidationError]) {
        self.errors = errors
    }

    /// `valid`, or one line per error.
    public var description: String {
        if isValid { return "valid" }
        let noun = errors.count == 1 ? "error" : "errors"
        return "\(errors.count) validation \(noun):\n" + errors.map { "  - \($0)" }.joined(separator: "\n")
    }

    /// The result in the JSON Schema "basic" output format (`valid` plus a flat `errors` list).
    public var basicOutput: JSONValue {
        var object: JSONObject = ["valid": .bool(isValid)]
        if !isValid { object["errors"] = .array(errors.map(\.jsonValue)) }
        return .object(object)
    }
}
