/// Marks mosaic ids.
public enum MosaicIDKind: IdentifierKind {
    /// The noun used in errors.
    public static var name: String { "mosaic id" }
}

/// A mosaic id as it appears in a transaction (16 hex characters), e.g. `3A8416DB2D53B6C8`.
///
/// Transactions carry *unresolved* ids: when the highest bit is set, the value is a namespace id
/// that aliases a mosaic (see ``HexIdentifier/isNamespaceAlias``).
public typealias MosaicID = HexIdentifier<MosaicIDKind>

extension HexIdentifier where Kind == MosaicIDKind {
    /// Whether this unresolved mosaic id is a namespace alias (highest bit set).
    public var isNamespaceAlias: Bool { value & (1 << 63) != 0 }

    /// The namespace id this unresolved mosaic id names, when it is an alias.
    public var namespaceAlias: NamespaceID? { isNamespaceAlias ? NamespaceID(value) : nil }
}
