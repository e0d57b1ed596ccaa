/// How a validator treats schemas and instances.
public struct ValidationOptions: Sendable, Hashable {
    /// The dialect of schemas that do not say (`$schema`); draft 2020-12 unless changed.
    public var defaultDialect: JSONSchemaDialect
    /// Whether `format` is asserted (`date-time`, `uuid`, `ipv4`, …) rather than only an annotation.
    /// Off by default, as both dialects specify.
    public var assertFormats: Bool

    /// Options; every argument has the specification's default.
    public init(defaultDialect: JSONSchemaDialect = .draft2020_12, assertFormats: Bool = false) {
        self.defaultDialect = defaultDialect
        self.assertFormats = assertFormats
    }
}
