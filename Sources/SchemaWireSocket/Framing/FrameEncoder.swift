/// Builds frames: client frames masked with a fresh key from the system CSPRNG
/// (`SystemRandomNumberGenerator`, i.e. `getrandom` on Linux), server frames unmasked.
enum FrameEncoder {
    /// One frame carrying `payload`.
    static func frame(_ opcode: Opcode, payload: UnsafeRawBufferPointer, masked: Bool, fin: Bool = true) -> [UInt8] {
        let count = payload.count
        let lengthBytes = count < 126 ? 0 : (count <= 0xFFFF ? 2 : 8)
        let headerSize = 2 + lengthBytes + (masked ? 4 : 0)
        return [UInt8](unsafeUninitializedCapacity: headerSize + count) { out, initialized in
            out[0] = (fin ? 0x80 : 0) | opcode.rawValue
            let maskBit: UInt8 = masked ? 0x80 : 0
            switch lengthBytes {
            case 0: out[1] = maskBit | UInt8(count)
            case 2:
                out[1] = maskBit | 126
                out[2] = UInt8(count >> 8)
                out[3] = UInt8(truncatingIfNeeded: count)
            default:
                out[1] = maskBit | 127
                for index in 0..<8 { out[2 + index] = UInt8(truncatingIfNeeded: UInt64(count) >> UInt64(56 - index * 8)) }
            }
            let body = UnsafeMutableRawBufferPointer(UnsafeMutableBufferPointer(rebasing: out[headerSize...]))
            if count > 0 { body.copyMemory(from: payload) }
            if masked {
                var generator = SystemRandomNumberGenerator()
                let key = generator.next() as UInt32
                let keyBytes = (UInt8(truncatingIfNeeded: key), UInt8(truncatingIfNeeded: key >> 8), UInt8(truncatingIfNeeded: key >> 16), UInt8(truncatingIfNeeded: key >> 24))
                out[headerSize - 4] = keyBytes.0
                out[headerSize - 3] = keyBytes.1
                out[headerSize - 2] = keyBytes.2
                out[headerSize - 1] = keyBytes.3
                Masking.apply(key: keyBytes, to: body)
            }
            initialized = headerSize + count
        }
    }

    /// One frame carrying `payload`.
    static func frame(_ opcode: Opcode, payload: [UInt8], masked: Bool, fin: Bool = true) -> [UInt8] {
        payload.withUnsafeBytes { frame(opcode, payload: $0, masked: masked, fin: fin) }
    }

    /// A close frame; `code` nil sends an empty payload. The reason is cut to fit 125 bytes.
    static func closeFrame(code: WebSocketCloseCode?, reason: String, masked: Bool) -> [UInt8] {
        guard let code else { return frame(.close, payload: [], masked: masked) }
        var payload = [UInt8(code.rawValue >> 8), UInt8(truncatingIfNeeded: code.rawValue)]
        payload += truncatedUTF8(reason, limit: 123)
        return frame(.close, payload: payload, masked: masked)
    }

    /// The UTF-8 bytes of `text`, cut at a character boundary to at most `limit` bytes.
    static func truncatedUTF8(_ text: String, limit: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        for character in text {
            let encoded = Array(character.utf8)
            if bytes.count + encoded.count > limit { break }
            bytes += encoded
        }
        return bytes
    }
}
