/// A small regular-expression engine for the common subset of ECMA-262 patterns: literals, `.`,
/// classes with ranges and `\d \w \s`, groups, alternation, every quantifier, `^ $ \b \B`.
///
/// Only "does it match anywhere" is asked, so greediness does not matter and no captures are kept.
/// Matching is a backtracking machine that remembers every (instruction, position) pair it has
/// tried, so its work is bounded by program size × text length: no pattern can make it hang.
/// Patterns outside the subset (lookaround, backreferences, `\p{…}`) return `nil` from `init` and
/// are run by ICU instead.
struct RegexProgram: Sendable {
    private enum Instruction: Sendable {
        case scalar(UInt32)
        case anyButLineTerminator
        case set(Int)
        case split(Int, Int)
        case jump(Int)
        case assertStart
        case assertEnd
        case wordBoundary(Bool)
        case match
    }

    private indirect enum Node {
        case empty
        case scalar(UInt32)
        case any
        case set(ScalarSet)
        case sequence([Node])
        case alternation([Node])
        case repetition(Node, min: Int, max: Int?)
        case start, end
        case wordBoundary(Bool)
    }

    private let instructions: [Instruction]
    private let sets: [ScalarSet]
    private let anchoredAtStart: Bool

    /// Compiles `pattern`, or returns `nil` when it uses syntax outside the subset (or is malformed;
    /// the caller's ICU compilation reports that).
    init?(_ pattern: String) {
        var parser = Parser(scalars: Array(pattern.unicodeScalars.map(\.value)))
        guard let node = parser.parseAlternation(), parser.index == parser.scalars.count else { return nil }
        var builder = Builder()
        guard builder.emit(node) else { return nil }
        builder.code.append(.match)
        instructions = builder.code
        sets = builder.sets
        if case .sequence(let parts) = node, case .start = parts.first { anchoredAtStart = true } else if case .start = node {
            anchoredAtStart = true
        } else {
            anchoredAtStart = false
        }
    }

    /// Whether the pattern matches somewhere in `text`, or `nil` when the text is so long that the
    /// engine's bookkeeping would be large (the caller then asks ICU).
    func matches(_ text: String) -> Bool? {
        guard instructions.count * (text.utf8.count + 1) <= 1 << 21 else { return nil }
        var copy = text
        let asciiResult: Bool? = copy.withUTF8 { bytes in
            bytes.contains(where: { $0 >= 0x80 }) ? nil : run(bytes)
        }
        return asciiResult ?? run(text.unicodeScalars.map(\.value))
    }

    private func run<Text: RandomAccessCollection>(_ text: Text) -> Bool where Text.Element: BinaryInteger, Text.Index == Int {
        let width = text.count + 1
        let states = instructions.count * width
        // Every (instruction, position) state runs at most once, and each pushes at most one
        // alternative, so `states` bounds both the visited bits and the backtracking stack.
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: (states + 63) / 64) { visited in
            visited.initialize(repeating: 0)
            return withUnsafeTemporaryAllocation(of: (Int32, Int32).self, capacity: states) { stack in
                search(text, visited: visited, stack: stack)
            }
        }
    }

    private func search<Text: RandomAccessCollection>(
        _ text: Text, visited: UnsafeMutableBufferPointer<UInt64>, stack: UnsafeMutableBufferPointer<(Int32, Int32)>
    ) -> Bool where Text.Element: BinaryInteger, Text.Index == Int {
        let count = text.count
        let width = count + 1
        let base = text.startIndex
        var depth = 0
        let lastStart = anchoredAtStart ? 0 : count
        for start in 0...lastStart {
            stack[0] = (0, Int32(start))
            depth = 1
            while depth > 0 {
                depth -= 1
                var pc = Int(stack[depth].0)
                var position = Int(stack[depth].1)
                while true {
                    let bit = pc * width + position
                    if visited[bit >> 6] & (1 << UInt64(bit & 63)) != 0 { break }
                    visited[bit >> 6] |= 1 << UInt64(bit & 63)
                    switch instructions[pc] {
                    case .scalar(let expected):
                        guard position < count, UInt32(text[base + position]) == expected else { break }
                        pc += 1
                        position += 1
                        continue
                    case .anyButLineTerminator:
                        guard position < count, !ScalarSet.isLineTerminator(UInt32(text[base + position])) else { break }
                        pc += 1
                        position += 1
                        continue
                    case .set(let index):
                        guard position < count, sets[index].contains(UInt32(text[base + position])) else { break }
                        pc += 1
                        position += 1
                        continue
                    case .split(let first, let second):
                        stack[depth] = (Int32(second), Int32(position))
                        depth += 1
                        pc = first
                        continue
                    case .jump(let target):
                        pc = target
                        continue
                    case .assertStart:
                        guard position == 0 else { break }
                        pc += 1
                        continue
                    case .assertEnd:
                        guard position == count else { break }
                        pc += 1
                        continue
                    case .wordBoundary(let wanted):
                        let before = position > 0 && ScalarSet.isWord(UInt32(text[base + position - 1]))
                        let after = position < count && ScalarSet.isWord(UInt32(text[base + position]))
                        guard (before != after) == wanted else { break }
                        pc += 1
                        continue
                    case .match:
                        return true
                    }
                    break
                }
            }
        }
        return false
    }

    // MARK: Code generation

    private struct Builder {
        var code: [Instruction] = []
        var sets: [ScalarSet] = []

        /// Emits `node`; `false` when the expansion of counted repeats would be too large.
        mutating func emit(_ node: Node) -> Bool {
            guard code.count < 20_000 else { return false }
            switch node {
            case .empty:
                return true
            case .scalar(let value):
                code.append(.scalar(value))
            case .any:
                code.append(.anyButLineTerminator)
            case .set(let set):
                sets.append(set.withASCIITable())
                code.append(.set(sets.count - 1))
            case .start:
                code.append(.assertStart)
            case .end:
                code.append(.assertEnd)
            case .wordBoundary(let wanted):
                code.append(.wordBoundary(wanted))
            case .sequence(let parts):
                for part in parts where !emit(part) { return false }
            case .alternation(let branches):
                var jumps: [Int] = []
                for (offset, branch) in branches.enumerated() {
                    if offset < branches.count - 1 {
                        let split = code.count
                        code.append(.split(split + 1, -1))
                        guard emit(branch) else { return false }
                        jumps.append(code.count)
                        code.append(.jump(-1))
                        code[split] = .split(split + 1, code.count)
                    } else {
                        guard emit(branch) else { return false }
                    }
                }
                for jump in jumps { code[jump] = .jump(code.count) }
            case .repetition(let body, let min, let max):
                for _ in 0..<min where !emit(body) { return false }
                if let max {
                    var splits: [Int] = []
                    for _ in min..<max {
                        splits.append(code.count)
                        code.append(.split(code.count + 1, -1))
                        guard emit(body) else { return false }
                    }
                    for split in splits { code[split] = .split(split + 1, code.count) }
                } else {
                    let loop = code.count
                    code.append(.split(loop + 1, -1))
                    guard emit(body) else { return false }
                    code.append(.jump(loop))
                    code[loop] = .split(loop + 1, code.count)
                }
            }
            return true
        }
    }

    // MARK: Parsing

    private struct Parser {
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
