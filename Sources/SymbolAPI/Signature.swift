/// Marks signatures: 64 bytes, 128 hex characters.
public enum SignatureKind: FixedHexKind {
    /// The length in bytes.
    public static var byteCount: Int { 64 }
    /// The noun used in errors.
    public static var name: String { "signature" }
}

/// A 64-byte Ed25519 signature, as 128 hex characters.
public typealias Signature = FixedHex<SignatureKind>
