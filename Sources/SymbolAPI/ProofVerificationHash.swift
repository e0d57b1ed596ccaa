/// Marks VRF proof verification hashs: 16 bytes, 32 hex characters.
public enum ProofVerificationHashKind: FixedHexKind {
    /// The length in bytes.
    public static var byteCount: Int { 16 }
    /// The noun used in errors.
    public static var name: String { "VRF proof verification hash" }
}

/// The 16-byte verification hash of a block's VRF proof, as 32 hex characters.
public typealias ProofVerificationHash = FixedHex<ProofVerificationHashKind>
