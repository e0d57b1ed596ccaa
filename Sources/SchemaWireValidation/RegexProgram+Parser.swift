/// Parsing: ECMA-262 pattern text into a tree, or `nil` outside the supported subset.
extension RegexProgram {

    struct Parser {
        let scalars: [UInt32]
        var index = 0

        private func peek(_ offset: Int = 0) -> UInt32? {
            index + offset < scalars.count ? scalars[index + offset] : nil
        }

        private static func ascii(_ character: Unicode.Scalar) -> UInt32 { character.value }

        mutating func parseAlternation() -> Node? {
            var branches: [Node] = []
            while true {
                guard let branch = parseSequence() else { return nil }
                branches.append(branch)
                guard peek() == Self.ascii("|") else { break }
                index += 1
            }
            return branches.count == 1 ? branches[0] : .alternation(branches)
        }

        private mutating func parseSequence() -> Node? {
            var parts: [Node] = []
            while let next = peek(), next != Self.ascii("|"), next != Self.ascii(")") {
                guard var atom = parseAtom() else { return nil }
                if let quantified = parseQuantifier(atom) { atom = quantified } else if index < 0 { return nil }
                parts.append(atom)
            }
            return parts.count == 1 ? parts[0] : (parts.isEmpty ? .empty : .sequence(parts))
        }

        private mutating func parseQuantifier(_ atom: Node) -> Node? {
            guard let next = peek() else { return nil }
            var minimum: Int
            var maximum: Int?
            switch next {
            case Self.ascii("*"): minimum = 0; maximum = nil; index += 1
            case Self.ascii("+"): minimum = 1; maximum = nil; index += 1
            case Self.ascii("?"): minimum = 0; maximum = 1; index += 1
            case Self.ascii("{"):
                guard let (low, high, length) = braces() else { return nil }
                minimum = low
                maximum = high
                index += length
            default:
                return nil
            }
            if peek() == Self.ascii("?") { index += 1 }
            if let maximum, maximum < minimum { index = -1; return nil }
            guard minimum <= 1_000, (maximum ?? 0) <= 1_000 else { index = -1; return nil }
            switch atom {
            case .start, .end, .wordBoundary: index = -1; return nil
            default: return .repetition(atom, min: minimum, max: maximum)
            }
        }

        /// `{n}`, `{n,}` or `{n,m}` at the cursor: bounds and length, or `nil`.
        private func braces() -> (Int, Int?, Int)? {
            var cursor = index + 1
            func number() -> Int? {
                var value: Int?
                while cursor < scalars.count, scalars[cursor] >= 0x30, scalars[cursor] <= 0x39 {
                    value = (value ?? 0) * 10 + Int(scalars[cursor] - 0x30)
                    if value! > 100_000 { return nil }
                    cursor += 1
                }
                return value
            }
            guard let low = number() else { return nil }
            var high: Int? = low
            if cursor < scalars.count, scalars[cursor] == Self.ascii(",") {
                cursor += 1
                high = number()
            }
            guard cursor < scalars.count, scalars[cursor] == Self.ascii("}") else { return nil }
            return (low, high, cursor - index + 1)
        }

        private mutating func parseAtom() -> Node? {
            guard let next = peek() else { return nil }
            index += 1
            switch next {
            case Self.ascii("^"): return .start
            case Self.ascii("$"): return .end
            case Self.ascii("."): return .any
            case Self.ascii("("):
                if peek() == Self.ascii("?") {
                    guard peek(1) == Self.ascii(":") else { return nil }
                    index += 2
                }
                guard let inner = parseAlternation(), peek() == Self.ascii(")") else { return nil }
                index += 1
                return inner
            case Self.ascii("["):
                return parseClass()
            case Self.ascii("\\"):
                guard let escaped = peek() else { return nil }
                index += 1
                if escaped == Self.ascii("b") { return .wordBoundary(true) }
                if escaped == Self.ascii("B") { return .wordBoundary(false) }
                if let set = ScalarSet.shorthand(escaped) { return .set(set) }
                guard let value = escapeValue(escaped, inClass: false) else { return nil }
                return .scalar(value)
            case Self.ascii("*"), Self.ascii("+"), Self.ascii("?"), Self.ascii(")"), Self.ascii("]"), Self.ascii("{"), Self.ascii("}"):
                return nil
            default:
                return .scalar(next)
            }
        }

        private mutating func parseClass() -> Node? {
            var set = ScalarSet()
            if peek() == Self.ascii("^") {
                set.negated = true
                index += 1
            }
            while let next = peek(), next != Self.ascii("]") {
                index += 1
                var low = next
                if next == Self.ascii("\\") {
                    guard let escaped = peek() else { return nil }
                    index += 1
                    if let shorthand = ScalarSet.shorthand(escaped) {
                        guard !shorthand.negated else { return nil }
                        set.ranges += shorthand.ranges
                        continue
                    }
                    guard let value = escapeValue(escaped, inClass: true) else { return nil }
                    low = value
                }
                var high = low
                if peek() == Self.ascii("-"), let after = peek(1), after != Self.ascii("]") {
                    index += 1
                    guard let end = peek() else { return nil }
                    index += 1
                    if end == Self.ascii("\\") {
                        guard let escaped = peek(), ScalarSet.shorthand(escaped) == nil, let value = escapeValue(escaped, inClass: true) else { return nil }
                        index += 1
                        high = value
                    } else {
                        high = end
                    }
                    guard low <= high else { return nil }
                }
                set.ranges.append(low...high)
            }
            guard peek() == Self.ascii("]") else { return nil }
            index += 1
            return .set(set)
        }

        /// The scalar an escape stands for, or `nil` for escapes this engine leaves to ICU.
        private mutating func escapeValue(_ escaped: UInt32, inClass: Bool) -> UInt32? {
            switch escaped {
            case Self.ascii("t"): return 0x09
            case Self.ascii("n"): return 0x0A
            case Self.ascii("v"): return 0x0B
            case Self.ascii("f"): return 0x0C
            case Self.ascii("r"): return 0x0D
            case Self.ascii("0") where !(peek().map { $0 >= 0x30 && $0 <= 0x39 } ?? false): return 0
            case Self.ascii("b") where inClass: return 0x08
            case Self.ascii("-") where inClass: return escaped
            case Self.ascii("c"):
                guard let letter = peek(), (0x41...0x5A).contains(letter) || (0x61...0x7A).contains(letter) else { return nil }
                index += 1
                return letter % 32
            case Self.ascii("x"):
                guard let value = hex(count: 2) else { return nil }
                return value
            case Self.ascii("u"):
                guard peek() != Self.ascii("{"), let value = hex(count: 4), !(0xD800...0xDFFF).contains(value) else { return nil }
                return value
            default:
                let syntax = "^$\\.*+?()[]{}|/".unicodeScalars.map(\.value)
                return syntax.contains(escaped) ? escaped : nil
            }
        }

        private mutating func hex(count: Int) -> UInt32? {
            var value: UInt32 = 0
            for offset in 0..<count {
                guard let digit = peek(offset), digit < 0x80, UInt8(digit).isHexDigit else { return nil }
                let byte = UInt8(digit)
                let nibble = byte.isDigit ? byte - 0x30 : (byte | 0x20) - 0x61 + 10
                value = value << 4 | UInt32(nibble)
            }
            index += count
            return value
        }
    }
}
