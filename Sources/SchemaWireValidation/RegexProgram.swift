/// A small regular-expression engine for the common subset of ECMA-262 patterns: literals, `.`,
/// classes with ranges and `\d \w \s`, groups, alternation, every quantifier, `^ $ \b \B`.
///
/// Only "does it match anywhere" is asked, so greediness does not matter and no captures are kept.
/// Matching is a backtracking machine that remembers every (instruction, position) pair it has
/// tried, so its work is bounded by program size × text length: no pattern can make it hang.
/// Patterns outside the subset (lookaround, backreferences, `\p{…}`) return `nil` from `init` and
/// are run by ICU instead.
struct RegexProgram: Sendable {
    enum Instruction: Sendable {
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

    indirect enum Node {
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
}
