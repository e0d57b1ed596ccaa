/// The `format` values the validator can assert, and the check for each.
///
/// Formats the validator does not know are annotations only, as the specification allows.
enum FormatKind: String, Sendable, CaseIterable {
    case dateTime = "date-time"
    case date
    case time
    case duration
    case email
    case idnEmail = "idn-email"
    case hostname
    case idnHostname = "idn-hostname"
    case ipv4
    case ipv6
    case uri
    case uriReference = "uri-reference"
    case iri
    case iriReference = "iri-reference"
    case uriTemplate = "uri-template"
    case uuid
    case regex
    case jsonPointer = "json-pointer"
    case relativeJSONPointer = "relative-json-pointer"

    /// Whether `text` is in this format.
    func accepts(_ text: String) -> Bool {
        switch self {
        case .dateTime: DateTimeFormat.isDateTime(text)
        case .date: DateTimeFormat.isDate(Array(text.utf8)[...])
        case .time: DateTimeFormat.isTime(Array(text.utf8)[...])
        case .duration: DateTimeFormat.isDuration(text)
        case .email: NetworkFormat.isEmail(text, international: false)
        case .idnEmail: NetworkFormat.isEmail(text, international: true)
        case .hostname: NetworkFormat.isHostname(text, international: false)
        case .idnHostname: NetworkFormat.isHostname(text, international: true)
        case .ipv4: NetworkFormat.isIPv4(text)
        case .ipv6: NetworkFormat.isIPv6(text)
        case .uri: URIFormat.isValid(text, requireScheme: true, international: false)
        case .uriReference: URIFormat.isValid(text, requireScheme: false, international: false)
        case .iri: URIFormat.isValid(text, requireScheme: true, international: true)
        case .iriReference: URIFormat.isValid(text, requireScheme: false, international: true)
        case .uriTemplate: URIFormat.isTemplate(text)
        case .uuid: Self.isUUID(text)
        case .regex: (try? ECMARegex(text)) != nil
        case .jsonPointer: Self.isJSONPointer(text[...])
        case .relativeJSONPointer: Self.isRelativeJSONPointer(text)
        }
    }

    private static func isUUID(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 36 else { return false }
        for (index, byte) in bytes.enumerated() {
            if [8, 13, 18, 23].contains(index) {
                guard byte == UInt8(ascii: "-") else { return false }
            } else if !byte.isHexDigit {
                return false
            }
        }
        return true
    }

    private static func isJSONPointer(_ text: Substring) -> Bool {
        if text.isEmpty { return true }
        guard text.first == "/" else { return false }
        var bytes = text.utf8.makeIterator()
        while let byte = bytes.next() {
            guard byte == UInt8(ascii: "~") else { continue }
            guard let next = bytes.next(), next == UInt8(ascii: "0") || next == UInt8(ascii: "1") else { return false }
        }
        return true
    }

    private static func isRelativeJSONPointer(_ text: String) -> Bool {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits == "0" || !digits.hasPrefix("0") else { return false }
        let rest = text[digits.endIndex...]
        return rest == "#" || isJSONPointer(rest)
    }
}

extension UInt8 {
    /// Whether the byte is an ASCII digit.
    var isDigit: Bool { self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9") }
    /// Whether the byte is an ASCII hexadecimal digit.
    var isHexDigit: Bool {
        isDigit || (self >= UInt8(ascii: "a") && self <= UInt8(ascii: "f")) || (self >= UInt8(ascii: "A") && self <= UInt8(ascii: "F"))
    }
    /// Whether the byte is an ASCII letter.
    var isLetter: Bool { (self | 0x20) >= UInt8(ascii: "a") && (self | 0x20) <= UInt8(ascii: "z") }
}
