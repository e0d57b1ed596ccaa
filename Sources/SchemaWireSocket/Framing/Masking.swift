/// The RFC 6455 §5.3 masking transform, XOR-ing a machine word at a time.
enum Masking {
    /// XORs `bytes` in place with the 4-byte `key`, the first byte using key byte `phase % 4`.
    static func apply(key: (UInt8, UInt8, UInt8, UInt8), to bytes: UnsafeMutableRawBufferPointer, phase: Int = 0) {
        guard let base = bytes.baseAddress else { return }
        let keyBytes = [key.0, key.1, key.2, key.3]
        var rotated: UInt32 = 0
        for index in 0..<4 {
            rotated |= UInt32(keyBytes[(index + phase) & 3]) << (UInt32(index) * 8)
        }
        // Little- or big-endian, loading the 4 key bytes as they lie in memory gives the right word.
        var littleKey = rotated.littleEndian
        let key32 = withUnsafeBytes(of: &littleKey) { $0.loadUnaligned(as: UInt32.self) }
        let key64 = UInt64(key32) | UInt64(key32) << 32
        let count = bytes.count
        var i = 0
        while i + 8 <= count {
            let word = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            base.storeBytes(of: word ^ key64, toByteOffset: i, as: UInt64.self)
            i += 8
        }
        while i < count {
            let byte = base.load(fromByteOffset: i, as: UInt8.self)
            base.storeBytes(of: byte ^ keyBytes[(i + phase) & 3], toByteOffset: i, as: UInt8.self)
            i += 1
        }
    }
}
