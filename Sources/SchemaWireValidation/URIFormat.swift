/// RFC 3986 URIs and references, RFC 3987 IRIs (the same grammar, plus non-ASCII characters), and
/// RFC 6570 URI templates (checked for well-formed expressions).
enum URIFormat {
    /// Whether `text` is a URI (`requireScheme`) or a URI reference; IRIs with `international`.
    static func isValid(_ text: String, requireScheme: Bool, international: Bool) -> Bool {
        var rest = Substring(text)
        if let hash = rest.firstIndex(of: "#") {
            guard isComponent(rest[rest.index(after: hash)...], international: international, extra: "/?") else { return false }
            rest = rest[..<hash]
        }
        if let question = rest.firstIndex(of: "?") {
            guard isComponent(rest[rest.index(after: question)...], international: international, extra: "/?") else { return false }
            rest = rest[..<question]
        }
        let firstDelimiter = rest.firstIndex { $0 == "/" }
        if let colon = rest.firstIndex(of: ":"), firstDelimiter.map({ colon < $0 }) ?? true {
            let scheme = rest[..<colon]
            guard let first = scheme.utf8.first, first.isLetter,
                  scheme.utf8.allSatisfy({ $0.isLetter || $0.isDigit || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") })
            else { return false }
            rest = rest[rest.index(after: colon)...]
        } else if requireScheme {
            return false
        }
        if rest.hasPrefix("//") {
            let authorityAndPath = rest.dropFirst(2)
            let end = authorityAndPath.firstIndex(of: "/") ?? authorityAndPath.endIndex
            guard isAuthority(authorityAndPath[..<end], international: international) else { return false }
            rest = authorityAndPath[end...]
        }
        return isComponent(rest, international: international, extra: "/")
    }

    /// `[userinfo@]host[:port]`.
    private static func isAuthority(_ authority: Substring, international: Bool) -> Bool {
        var hostAndPort = authority
        if let at = authority.lastIndex(of: "@") {
            guard isComponent(authority[..<at], international: international, extra: "", allowAt: false) else { return false }
            hostAndPort = authority[authority.index(after: at)...]
        }
        if hostAndPort.hasPrefix("[") {
            guard let close = hostAndPort.firstIndex(of: "]") else { return false }
            let literal = hostAndPort[hostAndPort.index(after: hostAndPort.startIndex)..<close]
            let after = hostAndPort[hostAndPort.index(after: close)...]
            guard after.isEmpty || (after.first == ":" && after.dropFirst().utf8.allSatisfy(\.isDigit)) else { return false }
            return NetworkFormat.isIPv6(literal) || ((literal.first == "v" || literal.first == "V") && literal.contains("."))
        }
        var host = hostAndPort
        if let colon = hostAndPort.lastIndex(of: ":") {
            guard hostAndPort[hostAndPort.index(after: colon)...].utf8.allSatisfy(\.isDigit) else { return false }
            host = hostAndPort[..<colon]
        }
        return isComponent(host, international: international, extra: "", allowColon: false, allowAt: false)
    }

    /// Whether every character is unreserved, a sub-delimiter, `:`/`@`, `extra`, or a `%XX` escape.
    private static func isComponent(
        _ text: Substring, international: Bool, extra: String, allowColon: Bool = true, allowAt: Bool = true
    ) -> Bool {
        let subDelimiters = Set("!$&'()*+,;=".unicodeScalars)
        let unreserved = Set("-._~".unicodeScalars)
        let extraScalars = Set(extra.unicodeScalars)
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            if scalar == "%" {
                guard let high = scalars.next(), high.isASCII, UInt8(high.value).isHexDigit,
                      let low = scalars.next(), low.isASCII, UInt8(low.value).isHexDigit
                else { return false }
                continue
            }
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                guard byte.isLetter || byte.isDigit || unreserved.contains(scalar) || subDelimiters.contains(scalar)
                    || extraScalars.contains(scalar) || (allowColon && scalar == ":") || (allowAt && scalar == "@")
                else { return false }
            } else if !international || scalar.properties.generalCategory == .control || scalar.properties.isWhitespace {
                return false
            }
        }
        return true
    }

    /// RFC 6570: literals without spaces, quotes or angle brackets; expressions `{[op]var[:n|*],…}`.
    static func isTemplate(_ text: String) -> Bool {
        var scalars = text.unicodeScalars[...]
        let forbiddenLiterals = Set("\"<>\\^`|}".unicodeScalars)
        while let scalar = scalars.first {
            scalars = scalars.dropFirst()
            if scalar == "{" {
                guard let close = scalars.firstIndex(of: "}"), isExpression(scalars[..<close]) else { return false }
                scalars = scalars[scalars.index(after: close)...]
            } else if scalar == "%" {
                guard let high = scalars.first, high.isASCII, UInt8(high.value).isHexDigit,
                      let low = scalars.dropFirst().first, low.isASCII, UInt8(low.value).isHexDigit else { return false }
                scalars = scalars.dropFirst(2)
            } else if scalar.value <= 0x20 || scalar.value == 0x7F || forbiddenLiterals.contains(scalar) {
                return false
            }
        }
        return true
    }

    private static func isExpression(_ body: Substring.UnicodeScalarView.SubSequence) -> Bool {
        var body = body
        if let first = body.first, "+#./;?&".unicodeScalars.contains(first) { body = body.dropFirst() }
        let specs = body.split(separator: ",", omittingEmptySubsequences: false)
        return specs.allSatisfy { spec in
            var name = spec
            if name.last == "*" {
                name = name.dropLast()
            } else if let colon = name.firstIndex(of: ":") {
                let length = name[name.index(after: colon)...]
                guard (1...4).contains(length.count), length.first != "0",
                      length.allSatisfy({ $0.isASCII && UInt8($0.value).isDigit }) else { return false }
                name = name[..<colon]
            }
            guard !name.isEmpty, name.first != ".", name.last != "." else { return false }
            var previousDot = false
            var characters = name.makeIterator()
            while let scalar = characters.next() {
                if scalar == "." {
                    if previousDot { return false }
                    previousDot = true
                    continue
                }
                previousDot = false
                if scalar == "%" {
                    guard let high = characters.next(), high.isASCII, UInt8(high.value).isHexDigit,
                          let low = characters.next(), low.isASCII, UInt8(low.value).isHexDigit else { return false }
                    continue
                }
                guard scalar.isASCII, UInt8(scalar.value).isLetter || UInt8(scalar.value).isDigit || scalar == "_" else { return false }
            }
            return true
        }
    }
}
