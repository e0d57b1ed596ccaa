/// Any JSON value, kept losslessly: object member order and number literals are preserved.
///
/// Used for raw and unknown parts of messages (`unknown(tag:raw:)`), for schema documents and by the
/// validator. Equality is JSON equality: objects compare without regard to member order and numbers
/// compare by mathematical value (`1`, `1.0` and `1e0` are equal).
public enum JSONValue: Sendable, Hashable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number, kept as its literal so nothing is lost.
    case number(JSONNumber)
    /// A string.
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object, with its members in document order.
    case object(JSONObject)
}

extension JSONValue {
    /// The member named `key` when this is an object, otherwise `nil`.
    public subscript(key: String) -> JSONValue? {
        if case .object(let object) = self { return object[key] }
        return nil
    }

    /// The element at `index` when this is an array and the index is in range, otherwise `nil`.
    public subscript(index: Int) -> JSONValue? {
        if case .array(let elements) = self, elements.indices.contains(index) { return elements[index] }
        return nil
    }

    /// The string payload, if this is a string.
    public var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The object payload, if this is an object.
    public var objectValue: JSONObject? {
        if case .object(let value) = self { return value }
        return nil
    }

    /// The array payload, if this is an array.
    public var arrayValue: [JSONValue]? {
        if case .array(let value) = self { return value }
        return nil
    }

    /// The Boolean payload, if this is a Boolean.
    public var boolValue: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    /// The number payload, if this is a number.
    public var numberValue: JSONNumber? {
        if case .number(let value) = self { return value }
        return nil
    }

    /// `true` for `null`.
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }
}

/// A JSON object: members in document order, looked up by key.
///
/// Equality ignores member order. When a document repeats a key, the last occurrence wins (as in
/// JavaScript's `JSON.parse`).
public struct JSONObject: Sendable, Hashable, RandomAccessCollection, ExpressibleByDictionaryLiteral {
    /// One member of an object.
    public typealias Element = (key: String, value: JSONValue)

    /// The member names, in document order.
    public private(set) var keys: [String]
    /// The member values, parallel to `keys`.
    public private(set) var values: [JSONValue]

    /// An empty object.
    public init() {
        keys = []
        values = []
    }

    /// An object with the given members; a repeated key keeps its first position and its last value.
    public init(_ members: some Sequence<(String, JSONValue)>) {
        self.init()
        for (key, value) in members { self[key] = value }
    }

    /// An object written as a dictionary literal, in the literal's order.
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self.init(elements)
    }

    /// The first index.
    public var startIndex: Int { 0 }
    /// One past the last index.
    public var endIndex: Int { keys.count }
    /// The member at `position`.
    public subscript(position: Int) -> Element { (keys[position], values[position]) }

    /// The value of the member named `key`, or `nil`; setting `nil` removes the member.
    public subscript(key: String) -> JSONValue? {
        get {
            guard let index = keys.firstIndex(of: key) else { return nil }
            return values[index]
        }
        set {
            if let index = keys.firstIndex(of: key) {
                if let newValue {
                    values[index] = newValue
                } else {
                    keys.remove(at: index)
                    values.remove(at: index)
                }
            } else if let newValue {
                keys.append(key)
                values.append(newValue)
            }
        }
    }

    /// Appends a member without looking for an existing one; for readers that have already
    /// checked the key is new.
    public mutating func appendUnchecked(key: String, value: JSONValue) {
        keys.append(key)
        values.append(value)
    }

    /// Equality without regard to member order.
    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        guard lhs.keys.count == rhs.keys.count else { return false }
        for (key, value) in lhs where rhs[key] != value { return false }
        return true
    }

    /// Hashes without regard to member order.
    public func hash(into hasher: inout Hasher) {
        var combined = 0
        for (key, value) in self {
            var member = Hasher()
            member.combine(key)
            member.combine(value)
            combined ^= member.finalize()
        }
        hasher.combine(keys.count)
        hasher.combine(combined)
    }
}

/// A JSON number, kept as its literal text so that integers of any size and doubles round-trip.
///
/// Equality is by mathematical value: `1`, `1.0`, `10e-1` and `1E0` are equal.
public struct JSONNumber: Sendable, Hashable, CustomStringConvertible {
    /// The literal as written in the document (or as produced for a Swift value).
    public let literal: String

    /// Wraps a literal. The caller promises it is valid JSON number syntax.
    public init(literal: String) {
        self.literal = literal
    }

    /// The number for a Swift integer.
    public init(_ value: Int64) { literal = String(value) }
    /// The number for a Swift unsigned integer.
    public init(_ value: UInt64) { literal = String(value) }
    /// The number for a Swift integer.
    public init(_ value: Int) { literal = String(value) }
    /// The number for a finite Swift double, written in its shortest round-tripping form.
    public init(_ value: Double) {
        precondition(value.isFinite, "JSON has no representation for \(value)")
        if abs(value) < 1e15, let integer = Int64(exactly: value) {
            literal = String(integer)
        } else {
            literal = "\(value)"
        }
    }

    /// The literal.
    public var description: String { literal }

    /// The exact value when the number is an integer that fits `Int64` (`2.0` and `2e0` count).
    public var int64Value: Int64? {
        if let exact = Int64(literal) { return exact }
        guard let parts = decimalParts, parts.isInteger else { return nil }
        return Int64(parts.integerDigits(negative: parts.negative))
    }

    /// The exact value when the number is a non-negative integer that fits `UInt64`.
    public var uint64Value: UInt64? {
        if let exact = UInt64(literal) { return exact }
        guard let parts = decimalParts, parts.isInteger, !parts.negative || parts.isZero else { return nil }
        return UInt64(parts.integerDigits(negative: false))
    }

    /// The nearest double.
    public var doubleValue: Double { Double(literal) ?? .nan }

    /// `true` when the value is mathematically an integer (`3`, `3.0`, `3e2`).
    public var isInteger: Bool { decimalParts?.isInteger ?? false }

    /// Equality by value.
    public static func == (lhs: JSONNumber, rhs: JSONNumber) -> Bool {
        if lhs.literal == rhs.literal { return true }
        guard let l = lhs.decimalParts, let r = rhs.decimalParts else { return false }
        return l == r
    }

    /// Hashes the value, consistently with `==`.
    public func hash(into hasher: inout Hasher) {
        if let parts = decimalParts { hasher.combine(parts) } else { hasher.combine(literal) }
    }

    /// The value as sign, significant digits (no leading or trailing zeros) and a base-10 exponent:
    /// value = digits × 10^exponent. Zero is `("", 0)` with a positive sign.
    private var decimalParts: DecimalParts? { DecimalParts(literal) }
}

/// A normalised decimal: `negative`, `digits` without leading/trailing zeros, `exponent`.
private struct DecimalParts: Hashable {
    var negative: Bool
    var digits: [UInt8]
    var exponent: Int

    init?(_ literal: String) {
        var bytes = Array(literal.utf8)[...]
        negative = bytes.first == UInt8(ascii: "-")
        if negative { bytes = bytes.dropFirst() }
        var mantissa: [UInt8] = []
        var exponent = 0
        var seenPoint = false
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                mantissa.append(byte - UInt8(ascii: "0"))
                if seenPoint { exponent -= 1 }
            } else if byte == UInt8(ascii: ".") {
                guard !seenPoint else { return nil }
                seenPoint = true
            } else if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
                guard let explicit = Int(String(decoding: bytes[(index + 1)...], as: UTF8.self)
                    .replacingPrefix("+")) else { return nil }
                exponent += explicit
                break
            } else {
                return nil
            }
            index += 1
        }
        while let first = mantissa.first, first == 0 { mantissa.removeFirst() }
        while let last = mantissa.last, last == 0 {
            mantissa.removeLast()
            exponent += 1
        }
        if mantissa.isEmpty {
            negative = false
            exponent = 0
        }
        digits = mantissa
        self.exponent = exponent
    }

    var isZero: Bool { digits.isEmpty }
    var isInteger: Bool { exponent >= 0 }

    /// The integer as decimal text (only meaningful when `isInteger`); capped to avoid huge strings.
    func integerDigits(negative: Bool) -> String {
        guard exponent <= 40 else { return "overflow" }
        let text = digits.map { String($0) }.joined() + String(repeating: "0", count: exponent)
        return (negative ? "-" : "") + (text.isEmpty ? "0" : text)
    }
}

extension String {
    fileprivate func replacingPrefix(_ prefix: String) -> String {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self
    }
}
