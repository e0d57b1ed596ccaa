/// Marks namespace ids.
public enum NamespaceIDKind: IdentifierKind {
    /// The noun used in errors.
    public static var name: String { "namespace id" }
}

/// A namespace id (16 hex characters), e.g. `C0FB8AA409916260`: a channel parameter that selects
/// the transactions using that alias, and the target of an alias recipient address.
public typealias NamespaceID = HexIdentifier<NamespaceIDKind>
