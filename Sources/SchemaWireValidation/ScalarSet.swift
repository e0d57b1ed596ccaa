/// A set of scalars as ranges, optionally negated, for character classes.
struct ScalarSet: Sendable {
    var ranges: [ClosedRange<UInt32>] = []
    var negated = false
    /// Membership of the 128 ASCII scalars (already accounting for `negated`), once computed.
    private var asciiTable: (low: UInt64, high: UInt64)?

    init(ranges: [ClosedRange<UInt32>] = [], negated: Bool = false) {
        self.ranges = ranges
        self.negated = negated
    }

    /// The same set with its ASCII lookup table filled in.
    func withASCIITable() -> ScalarSet {
        var copy = self
        copy.asciiTable = nil
        var low: UInt64 = 0
        var high: UInt64 = 0
        for scalar in UInt32(0)..<128 where copy.contains(scalar) {
            if scalar < 64 { low |= 1 << UInt64(scalar) } else { high |= 1 << UInt64(scalar - 64) }
        }
        copy.asciiTable = (low, high)
        return copy
    }

    /// Whether `scalar` is in the set.
    func contains(_ scalar: UInt32) -> Bool {
        if scalar < 128, let asciiTable {
            return (scalar < 64 ? asciiTable.low >> UInt64(scalar) : asciiTable.high >> UInt64(scalar - 64)) & 1 == 1
        }
        var found = false
        for range in ranges where range.contains(scalar) {
            found = true
            break
        }
        return found != negated
    }

    /// `\d \D \w \W \s \S` with their ECMA-262 meaning.
    static func shorthand(_ letter: UInt32) -> ScalarSet? {
        switch letter {
        case 0x64: ScalarSet(ranges: digit)
        case 0x44: ScalarSet(ranges: digit, negated: true)
        case 0x77: ScalarSet(ranges: word)
        case 0x57: ScalarSet(ranges: word, negated: true)
        case 0x73: ScalarSet(ranges: space)
        case 0x53: ScalarSet(ranges: space, negated: true)
        default: nil
        }
    }

    private static let digit: [ClosedRange<UInt32>] = [0x30...0x39]
    private static let word: [ClosedRange<UInt32>] = [0x30...0x39, 0x41...0x5A, 0x5F...0x5F, 0x61...0x7A]
    private static let space: [ClosedRange<UInt32>] = [
        0x09...0x0D, 0x20...0x20, 0xA0...0xA0, 0x1680...0x1680, 0x2000...0x200A,
        0x2028...0x2029, 0x202F...0x202F, 0x205F...0x205F, 0x3000...0x3000, 0xFEFF...0xFEFF,
    ]

    /// ECMA-262 line terminators, which `.` does not match.
    static func isLineTerminator(_ scalar: UInt32) -> Bool {
        scalar == 0x0A || scalar == 0x0D || scalar == 0x2028 || scalar == 0x2029
    }

    /// ECMA-262 word characters, for `\b`.
    static func isWord(_ scalar: UInt32) -> Bool {
        word.contains { $0.contains(scalar) }
    }
}
