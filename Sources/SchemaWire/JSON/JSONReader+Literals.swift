extension JSONReader {
    /// Reads `true` or `false`.
    @inlinable
    public mutating func readBool() throws(JSONDecodingError) -> Bool {
        switch try peekByte() {
        case UInt8(ascii: "t"): try expectLiteral(0x74_72_75_65, length: 4); return true
        case UInt8(ascii: "f"):
            index += 1
            try expectLiteral(0x61_6C_73_65, length: 4)
            return false
        default: throw typeMismatch(expected: "boolean")
        }
    }

    /// Consumes a `null` and returns `true`; otherwise leaves the reader where it was and returns `false`.
    @inlinable
    public mutating func readNullIfPresent() throws(JSONDecodingError) -> Bool {
        guard try peekByte() == UInt8(ascii: "n") else { return false }
        try expectLiteral(0x6E_75_6C_6C, length: 4)
        return true
    }

    /// Reads `null`.
    public mutating func readNull() throws(JSONDecodingError) {
        guard try readNullIfPresent() else { throw typeMismatch(expected: "null") }
    }

    /// Consumes four bytes that must equal `literal` (big-endian packed ASCII).
    @inlinable
    mutating func expectLiteral(_ literal: UInt32, length: Int) throws(JSONDecodingError) {
        guard index + length <= bytes.count else { throw syntaxError("truncated literal") }
        var shift = UInt32(8 * (length - 1))
        for offset in 0..<length {
            if bytes[index + offset] != UInt8(truncatingIfNeeded: literal >> shift) {
                index += offset
                throw syntaxError("invalid literal")
            }
            shift &-= 8
        }
        index += length
    }
}
