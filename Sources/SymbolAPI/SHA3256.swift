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
    /// Input not yet absorbed: always shorter than one block.
    private var pending: [UInt8] = []

    /// Starts an empty hash.
    public init() {}

    /// The SHA3-256 digest of `bytes`.
    public static func hash(_ bytes: some Sequence<UInt8>) -> [UInt8] {
        var hasher = SHA3256()
        hasher.update(bytes)
        return hasher.finalize()
    }

    /// Absorbs more input.
    public mutating func update(_ bytes: some Sequence<UInt8>) {
        let absorbed: Void? = bytes.withContiguousStorageIfAvailable { buffer in
            absorb(UnsafeRawBufferPointer(buffer))
        }
        if absorbed == nil {
            Array(bytes).withUnsafeBytes { absorb($0) }
        }
    }

    /// Pads the input, runs the last permutation and returns the 32-byte digest.
    public consuming func finalize() -> [UInt8] {
        var block = pending
        block.append(0x06)
        block += [UInt8](repeating: 0, count: SHA3256.rateByteCount - block.count)
        block[SHA3256.rateByteCount - 1] |= 0x80
        block.withUnsafeBytes { absorbBlock($0, at: 0) }
        var digest: [UInt8] = []
        digest.reserveCapacity(SHA3256.digestByteCount)
        for lane in state.prefix(SHA3256.digestByteCount / 8) {
            withUnsafeBytes(of: lane.littleEndian) { digest.append(contentsOf: $0) }
        }
        return digest
    }

    /// Absorbs whole blocks straight from `input` and keeps the rest for later.
    private mutating func absorb(_ input: UnsafeRawBufferPointer) {
        var offset = 0
        if !pending.isEmpty {
            let taken = min(SHA3256.rateByteCount - pending.count, input.count)
            pending.append(contentsOf: input[0..<taken])
            offset = taken
            guard pending.count == SHA3256.rateByteCount else { return }
            let block = pending
            pending.removeAll(keepingCapacity: true)
            block.withUnsafeBytes { absorbBlock($0, at: 0) }
        }
        while input.count - offset >= SHA3256.rateByteCount {
            absorbBlock(input, at: offset)
            offset += SHA3256.rateByteCount
        }
        pending.append(contentsOf: input[offset...])
    }

    /// XORs the block at `offset` into the state (little-endian lanes) and permutes.
    private mutating func absorbBlock(_ input: UnsafeRawBufferPointer, at offset: Int) {
        state.withUnsafeMutableBufferPointer { lanes in
            for lane in 0..<(SHA3256.rateByteCount / 8) {
                lanes[lane] ^= UInt64(littleEndian: input.loadUnaligned(fromByteOffset: offset + lane * 8, as: UInt64.self))
            }
            KeccakF1600.permute(lanes)
        }
    }
}
