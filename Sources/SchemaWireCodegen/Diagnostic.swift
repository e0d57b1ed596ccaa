/// One problem the generator found in a schema, located by file and JSON pointer.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// How bad it is: errors stop generation, warnings do not.
    public enum Severity: String, Sendable, Hashable {
        /// Generation cannot produce correct code.
        case error
        /// Worth fixing, but the output is still correct.
        case warning
    }

    /// How bad it is.
    public var severity: Severity
    /// The schema file, relative to the schema root (e.g. `navixy/events.schema.json`).
    public var file: String
    /// The RFC 6901 pointer inside the file.
    public var pointer: String
    /// What is wrong and how to fix it.
    public var message: String

    /// Creates a diagnostic.
    public init(_ severity: Severity, file: String, pointer: String, _ message: String) {
        self.severity = severity
        self.file = file
        self.pointer = pointer
        self.message = message
    }

    /// `file#/pointer: error: message`, the form compilers print.
    public var description: String { "\(file)#\(pointer): \(severity.rawValue): \(message)" }
}
