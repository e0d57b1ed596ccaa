/// What ``JSONReader/scanNumber()`` learned about one number literal.
@usableFromInline
struct JSONNumberScan {
    /// Byte range of the literal.
    @usableFromInline var start: Int
    @usableFromInline var end: Int
    /// Whether it starts with `-`.
    @usableFromInline var negative: Bool
    /// The significant digits accumulated while scanning (exact when `digitCount <= 19`).
    @usableFromInline var mantissa: UInt64
    /// The number of digits accumulated in `mantissa` (leading zeros excluded).
    @usableFromInline var digitCount: Int
    /// The power of ten to apply to `mantissa` (fraction digits and exponent).
    @usableFromInline var exponent: Int
    /// Whether the literal had a fraction or an exponent.
    @usableFromInline var isPlainInteger: Bool

    @inlinable init(start: Int) {
        self.start = start
        end = start
        negative = false
        mantissa = 0
        digitCount = 0
        exponent = 0
        isPlainInteger = true
    }
}

extension JSONReader {
    /// Consumes one number, checking RFC 8259's grammar (no leading zeros, no `+`, digits after
    /// `.` and `e`), and collects its digits.
    @inlinable
    mutating func scanNumber() throws(JSONDecodingError) -> JSONNumberScan {
        let first = try peekByte()
        guard first == UInt8(ascii: "-") || (first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9")) else {
            throw typeMismatch(expected: "number")
        }
        var scan = JSONNumberScan(start: index)
        if first == UInt8(ascii: "-") {
            scan.negative = true
            index += 1
        }
        guard index < bytes.count, isDigit(bytes[index]) else { throw syntaxError("a digit must follow '-'") }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < bytes.count, isDigit(bytes[index]) { throw syntaxError("leading zero in number") }
        } else {
            accumulateDigits(&scan, fraction: false)
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            scan.isPlainInteger = false
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else { throw syntaxError("a digit must follow '.'") }
            accumulateDigits(&scan, fraction: true)
        }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            scan.isPlainInteger = false
            index += 1
            var negativeExponent = false
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
                negativeExponent = bytes[index] == UInt8(ascii: "-")
                index += 1
            }
            guard index < bytes.count, isDigit(bytes[index]) else { throw syntaxError("a digit must follow the exponent mark") }
            var explicit = 0
            while index < bytes.count, isDigit(bytes[index]) {
                if explicit < 100_000 { explicit = explicit * 10 + Int(bytes[index] &- UInt8(ascii: "0")) }
                index += 1
            }
            scan.exponent += negativeExponent ? -explicit : explicit
        }
        scan.end = index
        return scan
    }

    @inlinable
    func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }

    @inlinable
    mutating func accumulateDigits(_ scan: inout JSONNumberScan, fraction: Bool) {
        while index < bytes.count {
            let digit = bytes[index] &- UInt8(ascii: "0")
            guard digit < 10 else { return }
            if scan.digitCount < 19 {
                if scan.digitCount > 0 || digit != 0 {
                    scan.mantissa = scan.mantissa &* 10 &+ UInt64(digit)
                    scan.digitCount += 1
                }
                if fraction { scan.exponent -= 1 }
            } else {
                scan.digitCount += 1
                if !fraction { scan.exponent += 1 }
            }
            index += 1
        }
    }

    /// The literal text of a scanned number.
    @usableFromInline
    func literal(of scan: JSONNumberScan) -> String {
        String(decoding: UnsafeRawBufferPointer(rebasing: bytes[scan.start..<scan.end]), as: UTF8.self)
    }

    /// Reads a number that must be an integer within `Int64` (`2.0` and `2e0` count as 2).
    @inlinable
    public mutating func readInt64() throws(JSONDecodingError) -> Int64 {
        let scan = try scanNumber()
        if scan.isPlainInteger, scan.digitCount <= 18 {
            let magnitude = Int64(truncatingIfNeeded: scan.mantissa)
            return scan.negative ? -magnitude : magnitude
        }
        return try slowInteger(scan, Int64.self)
    }

    /// Reads a number that must be a non-negative integer within `UInt64`.
    @inlinable
    public mutating func readUInt64() throws(JSONDecodingError) -> UInt64 {
        let scan = try scanNumber()
        if scan.isPlainInteger, !scan.negative, scan.digitCount <= 19, scan.digitCount < 19 || scan.mantissa >= 1_000_000_000_000_000_000 {
            return scan.mantissa
        }
        return try slowInteger(scan, UInt64.self)
    }

    /// Reads a number that must be an integer within `Int`.
    @inlinable
    public mutating func readInt() throws(JSONDecodingError) -> Int {
        Int(try readInt64())
    }

    /// Reads a number that must be an integer within `Int32`.
    public mutating func readInt32() throws(JSONDecodingError) -> Int32 {
        let start = try peekStart()
        let value = try readInt64()
        guard let narrow = Int32(exactly: value) else {
            throw invalidValue(expected: "integer within Int32", found: String(value), at: start)
        }
        return narrow
    }

    /// Skips whitespace and returns the byte offset where the next value starts.
    @inlinable
    public mutating func peekStart() throws(JSONDecodingError) -> Int {
        _ = try peekByte()
        return index
    }

    /// The exact integer for literals the fast path does not take (long, fractional, exponent).
    @usableFromInline
    func slowInteger<T: FixedWidthInteger>(_ scan: JSONNumberScan, _: T.Type) throws(JSONDecodingError) -> T {
        let text = literal(of: scan)
        let number = JSONNumber(literal: text)
        let exact: T?
        if let value = T(text) {
            exact = value
        } else if T.isSigned {
            exact = number.int64Value.flatMap { T(exactly: $0) }
        } else {
            exact = number.uint64Value.flatMap { T(exactly: $0) }
        }
        guard let exact else {
            let expected = number.isInteger ? "integer within \(T.self)" : "integer"
            throw invalidValue(expected: expected, found: "number \(text.prefix(40))", at: scan.start)
        }
        return exact
    }

    /// Reads a number as the nearest `Double` (correctly rounded, so doubles round-trip exactly).
    @inlinable
    public mutating func readDouble() throws(JSONDecodingError) -> Double {
        let scan = try scanNumber()
        // Clinger's fast path: both the mantissa and the power of ten are exact doubles.
        if scan.digitCount <= 15, scan.exponent >= -22, scan.exponent <= 22 {
            var value = Double(scan.mantissa)
            if scan.exponent < 0 {
                value /= JSONReader.powersOfTen[-scan.exponent]
            } else {
                value *= JSONReader.powersOfTen[scan.exponent]
            }
            return scan.negative ? -value : value
        }
        return try slowDouble(scan)
    }

    @usableFromInline
    func slowDouble(_ scan: JSONNumberScan) throws(JSONDecodingError) -> Double {
        let text = literal(of: scan)
        guard let value = Double(text), value.isFinite else {
            throw invalidValue(expected: "number within Double's range", found: "number \(text.prefix(40))", at: scan.start)
        }
        return value
    }

    /// Reads a number as the nearest `Float`.
    public mutating func readFloat() throws(JSONDecodingError) -> Float {
        let scan = try scanNumber()
        let text = literal(of: scan)
        guard let value = Float(text), value.isFinite else {
            throw invalidValue(expected: "number within Float's range", found: "number \(text.prefix(40))", at: scan.start)
        }
        return value
    }

    /// Reads a number and keeps its literal exactly.
    public mutating func readNumber() throws(JSONDecodingError) -> JSONNumber {
        JSONNumber(literal: literal(of: try scanNumber()))
    }

    @usableFromInline
    static let powersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]
}
