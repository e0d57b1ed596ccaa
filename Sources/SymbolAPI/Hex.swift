/// Hex encoding as Symbol's REST gateway prints it: uppercase on output, either case on input.
enum Hex {
    /// The uppercase digits.
    static let digits = Array("0123456789ABCDEF".utf8)

    /// Uppercase hex of `bytes`.
    static func encode(_ bytes: some Sequence<UInt8>) -> String {
        var text: [UInt8] = []
        text.reserveCapacity(bytes.underestimatedCount * 2)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The bytes `text` encodes; any character outside the hex alphabet is an error.
    static func decode(_ text: some StringProtocol) throws(HexDecodingError) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count / 2)
        var high: UInt8?
        var offset = 0
        for character in text {
            guard let ascii = character.asciiValue, let nibble = value(ofDigit: ascii) else {
                throw .invalidCharacter(character, offset: offset)
            }
            if let pendingHigh = high {
                bytes.append(pendingHigh << 4 | nibble)
                high = nil
            } else {
                high = nibble
            }
            offset += 1
        }
        if high != nil { throw .oddLength(offset) }
        return bytes
    }

    /// The value of one ASCII hex digit, or `nil`.
    static func value(ofDigit ascii: UInt8) -> UInt8? {
        switch ascii {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return ascii - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return ascii - UInt8(ascii: "A") + 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return ascii - UInt8(ascii: "a") + 10
        default: return nil
        }
    }

    /// The bytes of `text` when it has exactly `byteCount * 2` hex characters.
    static func decode(_ text: some StringProtocol, byteCount: Int, type: String) throws(HexDecodingError) -> [UInt8] {
        let count = text.count
        guard count == byteCount * 2 else {
            throw .wrongLength(type: type, expected: byteCount * 2, found: count)
        }
        return try decode(text)
    }
}
