/// Marks hashs: 32 bytes, 64 hex characters.
public enum Hash256Kind: FixedHexKind {
    /// The length in bytes.
    public static var byteCount: Int { 32 }
    /// The noun used in errors.
    public static var name: String { "hash" }
}

/// A 32-byte SHA3-256 hash (transaction, block, state, receipts, generation hash), as 64 hex characters.
public typealias Hash256 = FixedHex<Hash256Kind>
