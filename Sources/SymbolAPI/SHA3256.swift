/// SHA3-256 (FIPS 202): the Keccak-f[1600] sponge with a 1088-bit rate and the SHA-3 domain
/// padding (`0x06 … 0x80`).
///
/// Symbol uses it for address checksums. Feed bytes with ``update(_:)`` and read the 32-byte digest
/// with ``finalize()``, or call ``hash(_:)`` for a one-shot digest.
public struct SHA3256: Sendable {
    /// The digest length in bytes.
    public static let digestByteCount = 32
    /// The sponge rate in bytes (1600 − 2 × 256 bits).
    static let rateByteCount = 136

    private var state = [UInt64](repeating: 0, count: 25)
    private var pending: [UInt8] = []

    /// Starts an empty hash.
    public init() {
        pending.reserveCapacity(SHA3256.rateByteCount)
    }

    /// The SHA3-256 digest of `bytes`.
    public static func hash(_ bytes: some Sequence<UInt8>) -> [UInt8] {
        var hasher = SHA3256()
        hasher.update(bytes)
        return hasher.finalize()
    }

    /// Absorbs more input.
    public mutating func update(_ bytes: some Sequence<UInt8>) {
        for byte in bytes {
            pending.append(byte)
            if pending.count == SHA3256.rateByteCount {
                absorbPendingBlock()
            }
        }
    }

    /// Pads the input, runs the last permutation and returns the 32-byte digest.
    public consuming func finalize() -> [UInt8] {
        pending.append(0x06)
        while pending.count < SHA3256.rateByteCount { pending.append(0) }
        pending[SHA3256.rateByteCount - 1] |= 0x80
        absorbPendingBlock()
        var digest: [UInt8] = []
        digest.reserveCapacity(SHA3256.digestByteCount)
        for lane in state.prefix(SHA3256.digestByteCount / 8) {
            for shift in stride(from: 0, to: 64, by: 8) {
                digest.append(UInt8(truncatingIfNeeded: lane >> UInt64(shift)))
            }
        }
        return digest
    }

    /// XORs one full block into the state (little-endian lanes) and permutes.
    private mutating func absorbPendingBlock() {
        for lane in 0..<(SHA3256.rateByteCount / 8) {
            var word: UInt64 = 0
            for byte in 0..<8 {
                word |= UInt64(pending[lane * 8 + byte]) << UInt64(byte * 8)
            }
            state[lane] ^= word
        }
        pending.removeAll(keepingCapacity: true)
        state.withUnsafeMutableBufferPointer { KeccakF1600.permute($0) }
    }
}
