/// Names one kind of 64-bit identifier (a mosaic id, a namespace id) for ``HexIdentifier``.
public protocol IdentifierKind: Sendable {
    /// A short noun for error messages, e.g. "namespace id".
    static var name: String { get }
}
