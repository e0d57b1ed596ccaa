extension JSONReader {
    /// Reads a string, unescaping it; rejects control characters, bad escapes, lone surrogates and
    /// invalid UTF-8.
    @inlinable
    public mutating func readString() throws(JSONDecodingError) -> String {
        let scan = try scanStringRange()
        if scan.escaped {
            index = scan.start
            return try readEscapedString(from: scan.start)
        }
        return try makeString(scan.start, scan.end, ascii: scan.ascii)
    }

    /// Consumes a string and returns the range of its raw bytes (between the quotes), whether it
    /// contained escapes and whether it is all ASCII, without building a `String`. Non-ASCII text
    /// is checked to be valid UTF-8.
    ///
    /// Plain runs are checked eight bytes at a time: a word with no quote, backslash or control
    /// byte is skipped whole.
    @usableFromInline
    mutating func scanStringRange() throws(JSONDecodingError) -> (start: Int, end: Int, escaped: Bool, ascii: Bool) {
        guard try peekByte() == UInt8(ascii: "\"") else { throw typeMismatch(expected: "string") }
        index += 1
        let start = index
        var bits: UInt64 = 0
        var escaped = false
        let count = bytes.count
        while true {
            while index + 8 <= count {
                let word = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                let special = JSONReader.specialByteMask(word)
                if special != 0 {
                    // The lowest flagged byte is exact (false positives only appear above it):
                    // step straight to it, keeping the plain bytes before it for the ASCII check.
                    let plainBytes = special.trailingZeroBitCount >> 3
                    bits |= word & ((1 &<< UInt64(plainBytes &* 8)) &- 1)
                    index += plainBytes
                    break
                }
                bits |= word
                index += 8
            }
            guard index < count else { throw syntaxError("unterminated string") }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let end = index
                let ascii = bits & 0x8080_8080_8080_8080 == 0
                if !ascii { _ = try makeString(start, end, ascii: false) }
                index += 1
                return (start, end, escaped, ascii)
            }
            if byte == UInt8(ascii: "\\") {
                escaped = true
                index += 1
                try skipEscape()
                continue
            }
            if byte < 0x20 { throw controlCharacterError(byte) }
            bits |= UInt64(byte)
            index += 1
        }
    }

    /// ``scanStringRange()`` without the ASCII flag, for value types that parse the bytes in place.
    @usableFromInline
    mutating func scanString() throws(JSONDecodingError) -> (start: Int, end: Int, escaped: Bool) {
        let scan = try scanStringRange()
        return (scan.start, scan.end, scan.escaped)
    }

    /// The high bit of each byte of `word` that may be `"`, `\` or below 0x20 (a classic SWAR test):
    /// zero when there is none, and the lowest set bit always marks the first such byte
    /// (little-endian order).
    @inlinable @inline(__always)
    static func specialByteMask(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        let hasQuote = (quote &- ones) & ~quote & high
        let hasBackslash = (backslash &- ones) & ~backslash & high
        let hasControl = (word &- ones &* 0x20) & ~word & high
        return hasQuote | hasBackslash | hasControl
    }

    /// Builds a String from raw bytes known to contain no escapes, validating UTF-8 unless ASCII.
    @usableFromInline
    func makeString(_ start: Int, _ end: Int, ascii: Bool) throws(JSONDecodingError) -> String {
        let slice = UnsafeRawBufferPointer(rebasing: bytes[start..<end])
        if ascii { return String(decoding: slice, as: UTF8.self) }
        guard let text = String(validating: slice.bindMemory(to: UInt8.self), as: UTF8.self) else {
            throw JSONDecodingError(.syntax("invalid UTF-8 in string"), byteOffset: start)
        }
        return text
    }

    @usableFromInline
    func controlCharacterError(_ byte: UInt8) -> JSONDecodingError {
        syntaxError("unescaped control character \(JSONReader.describe(byte: byte)) in string")
    }

    /// The slow path: the string has at least one escape; `index` is at the first backslash.
    @usableFromInline
    mutating func readEscapedString(from start: Int) throws(JSONDecodingError) -> String {
        var utf8: [UInt8] = []
        utf8.reserveCapacity(index - start + 16)
        utf8.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[start..<index]))
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                guard let text = String(validating: utf8, as: UTF8.self) else {
                    throw JSONDecodingError(.syntax("invalid UTF-8 in string"), byteOffset: start)
                }
                return text
            case UInt8(ascii: "\\"):
                index += 1
                try appendEscape(to: &utf8)
            case 0..<0x20:
                throw controlCharacterError(byte)
            default:
                utf8.append(byte)
                index += 1
            }
        }
        throw syntaxError("unterminated string")
    }

    /// Decodes one escape (after its backslash) and appends its UTF-8.
    mutating func appendEscape(to utf8: inout [UInt8]) throws(JSONDecodingError) {
        guard index < bytes.count else { throw syntaxError("unterminated escape") }
        let escape = bytes[index]
        index += 1
        switch escape {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(escape)
        case UInt8(ascii: "b"): utf8.append(0x08)
        case UInt8(ascii: "f"): utf8.append(0x0C)
        case UInt8(ascii: "n"): utf8.append(0x0A)
        case UInt8(ascii: "r"): utf8.append(0x0D)
        case UInt8(ascii: "t"): utf8.append(0x09)
        case UInt8(ascii: "u"):
            let scalar = try readUnicodeEscape()
            utf8.append(contentsOf: UTF8.encode(scalar)!)
        default:
            index -= 1
            throw syntaxError("invalid escape \\\(JSONReader.describe(byte: escape))")
        }
    }

    /// Validates one escape (after its backslash) without decoding it.
    @usableFromInline
    mutating func skipEscape() throws(JSONDecodingError) {
        guard index < bytes.count else { throw syntaxError("unterminated escape") }
        switch bytes[index] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
             UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            index += 1
        case UInt8(ascii: "u"):
            index += 1
            _ = try readUnicodeEscape()
        default:
            throw syntaxError("invalid escape \\\(JSONReader.describe(byte: bytes[index]))")
        }
    }

    /// Reads the four hex digits after `\u` (and a following low surrogate escape when needed).
    mutating func readUnicodeEscape() throws(JSONDecodingError) -> Unicode.Scalar {
        let unit = try readHex4()
        switch unit {
        case 0xD800...0xDBFF:
            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                throw syntaxError("lone high surrogate \\u\(String(unit, radix: 16, uppercase: true))")
            }
            index += 2
            let low = try readHex4()
            guard (0xDC00...0xDFFF).contains(low) else {
                index -= 6
                throw syntaxError("high surrogate not followed by a low surrogate")
            }
            return Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))!
        case 0xDC00...0xDFFF:
            index -= 6
            throw syntaxError("lone low surrogate \\u\(String(unit, radix: 16, uppercase: true))")
        default:
            return Unicode.Scalar(unit)!
        }
    }

    mutating func readHex4() throws(JSONDecodingError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw syntaxError("truncated \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte &- UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte &- UInt8(ascii: "a") &+ 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte &- UInt8(ascii: "A") &+ 10
            default: throw syntaxError("invalid hex digit \(JSONReader.describe(byte: byte)) in \\u escape")
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }
}
