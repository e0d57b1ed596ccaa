/// Strict UTF-8 validation (Unicode 15, table 3-7): no overlong forms, no surrogates, nothing past
/// U+10FFFF. ASCII runs are checked eight bytes at a time.
enum UTF8Validator {
    /// Whether `bytes` is well-formed UTF-8.
    static func isValid(_ bytes: UnsafeRawBufferPointer) -> Bool {
        let count = bytes.count
        guard let base = bytes.baseAddress else { return true }
        var i = 0
        while i < count {
            if i + 8 <= count {
                let word = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 { i += 8; continue }
            }
            let b0 = base.load(fromByteOffset: i, as: UInt8.self)
            if b0 < 0x80 { i += 1; continue }
            func byte(_ offset: Int) -> UInt8? { i + offset < count ? base.load(fromByteOffset: i + offset, as: UInt8.self) : nil }
            func isContinuation(_ value: UInt8?) -> Bool { value.map { $0 & 0xC0 == 0x80 } ?? false }
            switch b0 {
            case 0xC2...0xDF:
                guard isContinuation(byte(1)) else { return false }
                i += 2
            case 0xE0...0xEF:
                guard let b1 = byte(1), isContinuation(byte(2)) else { return false }
                let range: ClosedRange<UInt8> = b0 == 0xE0 ? 0xA0...0xBF : (b0 == 0xED ? 0x80...0x9F : 0x80...0xBF)
                guard range.contains(b1) else { return false }
                i += 3
            case 0xF0...0xF4:
                guard let b1 = byte(1), isContinuation(byte(2)), isContinuation(byte(3)) else { return false }
                let range: ClosedRange<UInt8> = b0 == 0xF0 ? 0x90...0xBF : (b0 == 0xF4 ? 0x80...0x8F : 0x80...0xBF)
                guard range.contains(b1) else { return false }
                i += 4
            default:
                return false
            }
        }
        return true
    }

    /// Whether `bytes` is well-formed UTF-8.
    static func isValid(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { isValid($0) }
    }
}
