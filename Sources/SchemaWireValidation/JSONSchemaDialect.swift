/// The JSON Schema dialects the validator understands, chosen per schema resource by `$schema`.
public enum JSONSchemaDialect: String, Sendable, Hashable, CaseIterable {
    /// Draft 2020-12 (`https://json-schema.org/draft/2020-12/schema`), the default.
    case draft2020_12 = "https://json-schema.org/draft/2020-12/schema"
    /// Draft-07 (`http://json-schema.org/draft-07/schema#`).
    case draft7 = "http://json-schema.org/draft-07/schema"

    /// The dialect a `$schema` URI names, or `nil` when it names neither known meta-schema.
    public init?(metaSchemaURI uri: String) {
        var text = uri
        if text.hasSuffix("#") { text.removeLast() }
        if text.hasPrefix("https://json-schema.org/draft-07/") { text = "http://" + text.dropFirst("https://".count) }
        switch text {
        case Self.draft2020_12.rawValue: self = .draft2020_12
        case Self.draft7.rawValue: self = .draft7
        default: return nil
        }
    }
}
