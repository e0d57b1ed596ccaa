/// Where a subschema sits: the URI of the document holding it and a JSON pointer into that document.
struct SchemaLocation: Hashable, Sendable {
    /// The document's URI (as stored in the registry).
    let document: String
    /// The RFC 6901 pointer from the document's root.
    let pointer: String

    /// The location of the member `token` below this one.
    func appending(_ token: String) -> SchemaLocation {
        SchemaLocation(document: document, pointer: pointer + "/" + JSONPointer.escape(token))
    }
}

/// The dialect of a schema resource and which vocabularies its meta-schema turns on.
struct DialectInfo: Hashable, Sendable {
    /// Which keyword set applies.
    var dialect: JSONSchemaDialect
    /// Whether the validation vocabulary (type, enum, bounds, …) is on.
    var validation = true
    /// Whether the meta-schema asks for `format` to be asserted.
    var formatAssertion = false
    /// Draft 2019-09 reached through a reference: array `items` and `additionalItems` as in draft-07.
    var tupleItems = false
}
