/// RFC 4648 base32 (alphabet `A-Z2-7`) without padding, as Symbol prints addresses.
///
/// A 24-byte address is 192 bits, which fill 38 characters and 2 bits of a 39th; the 3 spare bits of
/// the last character are zero in the canonical form, and ``decode(_:byteCount:)`` rejects any other.
enum Base32 {
    /// The 32 symbols, in value order.
    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".utf8)

    /// Why a string is not canonical unpadded base32 of the expected length.
    enum Failure: Error, Equatable {
        /// A character outside the uppercase alphabet, at the given character offset.
        case invalidCharacter(Character, offset: Int)
        /// The spare bits of the last character are not zero.
        case nonCanonical
        /// The string's length does not encode `byteCount` bytes.
        case wrongLength(Int)
    }

    /// The unpadded encoding of `bytes`.
    static func encode(_ bytes: some Sequence<UInt8>) -> String {
        var text: [UInt8] = []
        var buffer: UInt32 = 0
        var bitCount = 0
        for byte in bytes {
            buffer = buffer << 8 | UInt32(byte)
            bitCount += 8
            while bitCount >= 5 {
                bitCount -= 5
                text.append(alphabet[Int((buffer >> UInt32(bitCount)) & 0x1F)])
            }
        }
        if bitCount > 0 {
            text.append(alphabet[Int((buffer << UInt32(5 - bitCount)) & 0x1F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The number of characters the unpadded encoding of `byteCount` bytes has.
    static func encodedLength(byteCount: Int) -> Int {
        (byteCount * 8 + 4) / 5
    }

    /// Decodes exactly `byteCount` bytes from the canonical unpadded encoding.
    static func decode(_ text: some StringProtocol, byteCount: Int) throws(Failure) -> [UInt8] {
        let count = text.count
        guard count == encodedLength(byteCount: byteCount) else { throw .wrongLength(count) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(byteCount)
        var buffer: UInt32 = 0
        var bitCount = 0
        var offset = 0
        for character in text {
            guard let ascii = character.asciiValue, let value = value(ofSymbol: ascii) else {
                throw .invalidCharacter(character, offset: offset)
            }
            buffer = (buffer << 5 | UInt32(value)) & 0xFFFF
            bitCount += 5
            if bitCount >= 8 {
                bitCount -= 8
                bytes.append(UInt8(truncatingIfNeeded: buffer >> UInt32(bitCount)))
            }
            offset += 1
        }
        if buffer & ((1 << UInt32(bitCount)) - 1) != 0 { throw .nonCanonical }
        return bytes
    }

    /// The value of one uppercase base32 symbol, or `nil`.
    static func value(ofSymbol ascii: UInt8) -> UInt8? {
        switch ascii {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return ascii - UInt8(ascii: "A")
        case UInt8(ascii: "2")...UInt8(ascii: "7"): return ascii - UInt8(ascii: "2") + 26
        default: return nil
        }
    }
}
