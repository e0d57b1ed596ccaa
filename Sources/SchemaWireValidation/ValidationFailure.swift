/// Thrown by `JSONSchemaValidator.requireValid(_:)`: the instance broke the schema. Its description
/// lists every located error, so a test failure message alone says what to fix.
public struct ValidationFailure: Error, Sendable, Hashable, CustomStringConvertible {
    /// What the instance was checked against (a file name or URI), for the message.
    public let schemaName: String
    /// The failed result.
    public let result: ValidationResult

    /// Creates the failure.
    public init(schemaName: String, result: ValidationResult) {
        self.schemaName = schemaName
        self.result = result
    }

    /// The schema's name and every error, one per line.
    public var description: String {
        "instance does not match \(schemaName): \(result)"
    }
}
