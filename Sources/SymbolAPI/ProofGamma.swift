/// Marks VRF proof gammas: 32 bytes, 64 hex characters.
public enum ProofGammaKind: FixedHexKind {
    /// The length in bytes.
    public static var byteCount: Int { 32 }
    /// The noun used in errors.
    public static var name: String { "VRF proof gamma" }
}

/// The 32-byte gamma point of a block's VRF proof, as 64 hex characters.
public typealias ProofGamma = FixedHex<ProofGammaKind>
