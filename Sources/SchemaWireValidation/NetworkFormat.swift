/// Host names (RFC 1123), IPv4 and IPv6 addresses (RFC 2673, RFC 4291) and e-mail addresses (RFC 5321).
enum NetworkFormat {
    /// Dot-separated labels of 1–63 letters, digits and inner hyphens, 253 characters at most.
    /// With `international`, labels may also hold non-ASCII letters (no IDNA table checks).
    static func isHostname(_ text: String, international: Bool) -> Bool {
        let separators: Set<Unicode.Scalar> = international ? [".", "\u{3002}", "\u{FF0E}", "\u{FF61}"] : ["."]
        let labels = text.unicodeScalars.split(omittingEmptySubsequences: false) { separators.contains($0) }
        guard !text.isEmpty, text.utf8.count <= 253 || (international && !text.unicodeScalars.allSatisfy(\.isASCII)) else { return false }
        for label in labels {
            guard (1...63).contains(label.count), label.first != "-", label.last != "-" else { return false }
            let scalars = Array(label)
            if scalars.count >= 4, scalars[2] == "-", scalars[3] == "-" {
                // Only `xn--` A-labels may have hyphens there, and they must decode to a valid U-label.
                guard scalars[0].properties.lowercaseMapping == "x", scalars[1].properties.lowercaseMapping == "n",
                      scalars.allSatisfy(\.isASCII),
                      let decoded = IDNALabel.decodePunycode(Substring(String(String.UnicodeScalarView(scalars.dropFirst(4))))),
                      IDNALabel.isValidULabel(decoded.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }) else { return false }
                continue
            }
            if international, !scalars.allSatisfy(\.isASCII) {
                guard IDNALabel.isValidULabel(scalars.map { $0.properties.lowercaseMapping.unicodeScalars.count == 1 ? $0.properties.lowercaseMapping.unicodeScalars.first!.value : $0.value }) else { return false }
                continue
            }
            for (offset, scalar) in scalars.enumerated() {
                if scalar.isASCII {
                    let byte = UInt8(scalar.value)
                    guard byte.isLetter || byte.isDigit || scalar == "-" else { return false }
                    continue
                }
                guard international else { return false }
                switch scalar.properties.generalCategory {
                case .uppercaseLetter, .lowercaseLetter, .otherLetter, .modifierLetter, .titlecaseLetter, .decimalNumber, .otherNumber, .letterNumber:
                    continue
                case .nonspacingMark, .spacingMark, .enclosingMark:
                    guard offset > 0 else { return false }
                default:
                    let contextual: Set<Unicode.Scalar> = ["\u{B7}", "\u{375}", "\u{5F3}", "\u{5F4}", "\u{30FB}", "\u{200C}", "\u{200D}"]
                    guard contextual.contains(scalar) else { return false }
                }
            }
        }
        return true
    }

    /// Four decimal octets 0–255 without leading zeros.
    static func isIPv4(_ text: some StringProtocol) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return false }
        return parts.allSatisfy { part in
            let bytes = Array(part.utf8)
            guard (1...3).contains(bytes.count), bytes.allSatisfy(\.isDigit), bytes.count == 1 || bytes[0] != UInt8(ascii: "0") else { return false }
            return Int(String(part))! <= 255
        }
    }

    /// Eight groups of 1–4 hex digits, one `::` standing for one or more zero groups, and an
    /// optional IPv4 tail counting as two groups. No zone, prefix length or brackets.
    static func isIPv6(_ text: some StringProtocol) -> Bool {
        var groups = 0
        var body = Substring(text)
        if let lastColon = body.lastIndex(of: ":"), body[body.index(after: lastColon)...].contains(".") {
            guard isIPv4(body[body.index(after: lastColon)...]) else { return false }
            groups += 2
            body = body[...lastColon]
            if !body.hasSuffix("::") { body = body.dropLast() }
        }
        let halves = body.components(separatedByDoubleColon: ())
        guard halves.count <= 2 else { return false }
        for half in halves where !half.isEmpty {
            for group in half.split(separator: ":", omittingEmptySubsequences: false) {
                guard (1...4).contains(group.utf8.count), group.utf8.allSatisfy(\.isHexDigit) else { return false }
                groups += 1
            }
        }
        return halves.count == 2 ? groups <= 7 : groups == 8
    }

    /// `local@domain`: a dot-atom or quoted local part; a host name or a bracketed address literal.
    static func isEmail(_ text: String, international: Bool) -> Bool {
        guard let at = text.lastIndex(of: "@") else { return false }
        let local = text[..<at]
        let domain = text[text.index(after: at)...]
        guard !local.isEmpty, !domain.isEmpty else { return false }
        if local.hasPrefix("\"") {
            guard local.count >= 2, local.hasSuffix("\"") else { return false }
            var escaped = false
            for scalar in local.unicodeScalars.dropFirst().dropLast() {
                if escaped { escaped = false; continue }
                if scalar == "\\" { escaped = true; continue }
                if scalar == "\"" || (scalar.value < 0x20 && scalar != "\t") { return false }
            }
            guard !escaped else { return false }
        } else {
            let atoms = local.split(separator: ".", omittingEmptySubsequences: false)
            let special: Set<Unicode.Scalar> = ["!", "#", "$", "%", "&", "'", "*", "+", "-", "/", "=", "?", "^", "_", "`", "{", "|", "}", "~"]
            for atom in atoms {
                guard !atom.isEmpty else { return false }
                for scalar in atom.unicodeScalars {
                    let ok = (scalar.isASCII && (UInt8(scalar.value).isLetter || UInt8(scalar.value).isDigit || special.contains(scalar)))
                        || (international && !scalar.isASCII)
                    guard ok else { return false }
                }
            }
        }
        if domain.hasPrefix("["), domain.hasSuffix("]") {
            let literal = domain.dropFirst().dropLast()
            if literal.hasPrefix("IPv6:") { return isIPv6(literal.dropFirst(5)) }
            return isIPv4(literal)
        }
        return isHostname(String(domain), international: international)
    }
}

extension Substring {
    /// The parts between `::` separators (an argument-free helper for IPv6 parsing).
    fileprivate func components(separatedByDoubleColon _: Void) -> [Substring] {
        var parts: [Substring] = []
        var rest = self
        while let range = rest.firstRange(of: "::") {
            parts.append(rest[..<range.lowerBound])
            rest = rest[range.upperBound...]
        }
        parts.append(rest)
        return parts
    }
}
