/// Marks public keys: 32 bytes, 64 hex characters.
public enum PublicKeyKind: FixedHexKind {
    /// The length in bytes.
    public static var byteCount: Int { 32 }
    /// The noun used in errors.
    public static var name: String { "public key" }
}

/// A 32-byte Ed25519 public key (a signer or cosigner), as 64 hex characters.
public typealias PublicKey = FixedHex<PublicKeyKind>
