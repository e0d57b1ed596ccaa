/// Why the generator could not produce its output.
public enum CodegenError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The configuration file is missing or malformed.
    case invalidConfiguration(path: String, reason: String)
    /// A schema file is not valid JSON.
    case unreadableSchema(file: String, reason: String)
    /// The schemas have errors; every diagnostic is listed.
    case invalidSchema([Diagnostic])
    /// Reading or writing a file failed.
    case fileSystem(path: String, reason: String)

    /// A message a build log can show.
    public var description: String {
        switch self {
        case .invalidConfiguration(let path, let reason): return "\(path): invalid schemawire configuration: \(reason)"
        case .unreadableSchema(let file, let reason): return "\(file): not a readable JSON document: \(reason)"
        case .invalidSchema(let diagnostics):
            let errors = diagnostics.filter { $0.severity == .error }
            return "the schema has \(errors.count) error(s):\n" + diagnostics.map(\.description).joined(separator: "\n")
        case .fileSystem(let path, let reason): return "\(path): \(reason)"
        }
    }
}
