/// A JSON number as an exact decimal: sign, significant digits and a power of ten, plus its nearest
/// double for the fast path. Used where doubles would give wrong answers (`multipleOf: 0.01`,
/// bounds on integers beyond 2^53).
struct DecimalValue: Sendable, Comparable {
    /// Whether the value is below zero.
    let negative: Bool
    /// The significant digits (0...9), no leading or trailing zeros; empty for zero.
    let digits: [UInt8]
    /// value = digits (as an integer) × 10^exponent.
    let exponent: Int
    /// The nearest double.
    let double: Double

    /// Reads a JSON number literal; `nil` when it is not one.
    init?(literal: String) {
        var negative = false
        var digits: [UInt8] = []
        var exponent = 0
        var seenPoint = false
        var explicitExponent = 0
        var bytes = literal.utf8[...]
        if bytes.first == UInt8(ascii: "-") {
            negative = true
            bytes = bytes.dropFirst()
        }
        var sawDigit = false
        while let byte = bytes.first {
            if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                sawDigit = true
                if !(digits.isEmpty && byte == UInt8(ascii: "0")) { digits.append(byte - UInt8(ascii: "0")) }
                if seenPoint { exponent -= 1 }
            } else if byte == UInt8(ascii: "."), !seenPoint {
                seenPoint = true
            } else if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
                guard let value = Self.exponent(bytes.dropFirst()) else { return nil }
                explicitExponent = value
                bytes = bytes[bytes.endIndex...]
                break
            } else {
                return nil
            }
            bytes = bytes.dropFirst()
        }
        guard sawDigit else { return nil }
        exponent += explicitExponent
        while let last = digits.last, last == 0 {
            digits.removeLast()
            exponent += 1
        }
        if digits.isEmpty {
            negative = false
            exponent = 0
        }
        self.negative = negative
        self.digits = digits
        self.exponent = exponent
        self.double = Double(literal) ?? (negative ? -.infinity : .infinity)
    }

    /// The exponent digits after `e`, saturated far beyond any double's range instead of overflowing.
    private static func exponent(_ bytes: Substring.UTF8View.SubSequence) -> Int? {
        var rest = bytes
        var negative = false
        if rest.first == UInt8(ascii: "+") || rest.first == UInt8(ascii: "-") {
            negative = rest.first == UInt8(ascii: "-")
            rest = rest.dropFirst()
        }
        guard !rest.isEmpty, rest.allSatisfy(\.isDigit) else { return nil }
        var value = 0
        for digit in rest { value = min(value * 10 + Int(digit - UInt8(ascii: "0")), 1 << 40) }
        return negative ? -value : value
    }

    /// Whether the value is mathematically an integer.
    var isInteger: Bool { digits.isEmpty || exponent >= 0 }

    /// Whether the value is zero.
    var isZero: Bool { digits.isEmpty }

    /// Exact ordering.
    static func < (lhs: DecimalValue, rhs: DecimalValue) -> Bool {
        if lhs.double.isFinite, rhs.double.isFinite, lhs.double != rhs.double { return lhs.double < rhs.double }
        if lhs.negative != rhs.negative { return lhs.negative }
        let magnitude = compareMagnitude(lhs, rhs)
        return lhs.negative ? magnitude > 0 : magnitude < 0
    }

    /// Exact equality.
    static func == (lhs: DecimalValue, rhs: DecimalValue) -> Bool {
        lhs.negative == rhs.negative && lhs.digits == rhs.digits && lhs.exponent == rhs.exponent
    }

    /// -1, 0 or 1 comparing |lhs| with |rhs|.
    private static func compareMagnitude(_ lhs: DecimalValue, _ rhs: DecimalValue) -> Int {
        if lhs.isZero || rhs.isZero { return lhs.isZero ? (rhs.isZero ? 0 : -1) : 1 }
        let lhsOrder = lhs.digits.count + lhs.exponent
        let rhsOrder = rhs.digits.count + rhs.exponent
        if lhsOrder != rhsOrder { return lhsOrder < rhsOrder ? -1 : 1 }
        for index in 0..<max(lhs.digits.count, rhs.digits.count) {
            let left = index < lhs.digits.count ? lhs.digits[index] : 0
            let right = index < rhs.digits.count ? rhs.digits[index] : 0
            if left != right { return left < right ? -1 : 1 }
        }
        return 0
    }

    /// Whether `self` / `divisor` is an integer (the divisor is positive, as `multipleOf` requires).
    func isMultiple(of divisor: DecimalValue) -> Bool {
        if isZero { return true }
        guard !divisor.isZero else { return false }
        // With no trailing zeros in `digits`, a smaller exponent than the divisor's cannot divide out.
        guard exponent >= divisor.exponent else { return false }
        let shift = exponent - divisor.exponent
        guard divisor.digits.count <= 18, shift <= 100_000 else {
            let quotient = double / divisor.double
            return quotient.isFinite && quotient == quotient.rounded()
        }
        var modulus: UInt64 = 0
        for digit in divisor.digits { modulus = modulus * 10 + UInt64(digit) }
        var remainder: UInt64 = 0
        for digit in digits { remainder = (remainder * 10 + UInt64(digit)) % modulus }
        for _ in 0..<shift where remainder != 0 { remainder = remainder * 10 % modulus }
        return remainder == 0
    }
}
