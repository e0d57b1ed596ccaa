/// Marks VRF proof scalars: 32 bytes, 64 hex characters.
public enum ProofScalarKind: FixedHexKind {
    /// The length in bytes.
    public static var byteCount: Int { 32 }
    /// The noun used in errors.
    public static var name: String { "VRF proof scalar" }
}

/// The 32-byte scalar of a block's VRF proof, as 64 hex characters.
public typealias ProofScalar = FixedHex<ProofScalarKind>
