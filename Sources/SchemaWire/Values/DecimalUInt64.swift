/// An unsigned 64-bit integer carried on the wire as a decimal string, e.g. `"18446744073709551615"`.
///
/// Used where JSON numbers would lose precision (JavaScript servers such as Symbol's REST gateway
/// print `uint64` heights, amounts and timestamps this way). Parsing is strict: ASCII digits only,
/// no sign, no leading zeros, no overflow. The value re-encodes as the same string.
public struct DecimalUInt64: JSONStringRepresentable, Comparable, ExpressibleByIntegerLiteral {
    /// The number.
    public let value: UInt64

    /// Wraps a number.
    public init(_ value: UInt64) {
        self.value = value
    }

    /// Wraps an integer literal.
    public init(integerLiteral value: UInt64) {
        self.value = value
    }

    /// Parses the decimal wire form.
    public init(jsonString: String) throws(DecimalUInt64Error) {
        self.value = try DecimalUInt64.parse(jsonString)
    }

    /// The phrase used in decoding errors.
    public static var expectedFormat: String { "a decimal uint64 string" }

    /// The decimal wire form.
    public var jsonString: String { String(value) }

    /// The decimal digits.
    public var description: String { jsonString }

    /// Orders by numeric value.
    public static func < (lhs: DecimalUInt64, rhs: DecimalUInt64) -> Bool {
        lhs.value < rhs.value
    }

    /// Parses `text` as a canonical decimal `UInt64`, working on its UTF-8 bytes.
    public static func parse(_ text: String) throws(DecimalUInt64Error) -> UInt64 {
        try parse(bytes: text.utf8, text: text)
    }

    /// Parses the bytes of `text`; `text` is only used to build error messages.
    static func parse(bytes: some Collection<UInt8>, text: String) throws(DecimalUInt64Error) -> UInt64 {
        guard let first = bytes.first else { throw .empty }
        if first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            throw .sign(Character(Unicode.Scalar(first)))
        }
        var result: UInt64 = 0
        var offset = 0
        for byte in bytes {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else {
                let index = text.index(text.startIndex, offsetBy: min(offset, text.count - 1))
                throw .invalidCharacter(text[index], offset: offset)
            }
            let (times10, overflow1) = result.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times10.addingReportingOverflow(UInt64(byte - UInt8(ascii: "0")))
            if overflow1 || overflow2 { throw .overflow(text) }
            result = sum
            offset += 1
        }
        if first == UInt8(ascii: "0"), bytes.count > 1 { throw .leadingZero(text) }
        return result
    }
}
