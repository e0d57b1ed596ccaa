import Foundation

/// A regular expression with ECMA-262 (unicode mode) meaning: run by `RegexProgram` when the pattern
/// is within its subset, otherwise by ICU through `NSRegularExpression`.
///
/// The pattern is translated first so ICU's different defaults do not leak through: `\d`, `\w`, `\s`
/// and `.` get their ECMA-262 sets, `$` matches only at the very end, `\v` and `\cX` are the control
/// characters, and escapes ECMA-262 rejects in unicode mode (`\a`, `\Z`, …) are errors.
final class ECMARegex: Sendable {
    /// The pattern as written in the schema.
    let source: String
    private let expression: NSRegularExpression
    /// Set when the pattern is plain text with no metacharacters: a substring test is enough.
    private let literal: String?
    /// The built-in engine's program, when the pattern is within its subset (much faster than ICU).
    private let program: RegexProgram?

    /// Compiles `pattern`; throws a reason when ECMA-262 or ICU rejects it.
    init(_ pattern: String) throws(ECMARegexError) {
        source = pattern
        let translated = try Self.translate(pattern)
        do {
            expression = try NSRegularExpression(pattern: translated, options: [])
        } catch {
            throw ECMARegexError(reason: "rejected by the regular-expression engine")
        }
        let metacharacters: Set<Character> = ["\\", "^", "$", ".", "|", "?", "*", "+", "(", ")", "[", "]", "{", "}"]
        literal = pattern.contains(where: { metacharacters.contains($0) }) ? nil : pattern
        program = literal == nil ? RegexProgram(pattern) : nil
    }

    /// Whether the pattern matches anywhere in `text` (patterns are not implicitly anchored).
    func matches(_ text: String) -> Bool {
        if let literal { return literal.isEmpty || text.contains(literal) }
        if let program, let matched = program.matches(text) { return matched }
        let range = NSRange(location: 0, length: text.utf16.count)
        return expression.firstMatch(in: text, options: [], range: range) != nil
    }

    private static let digit = "0-9"
    private static let word = "a-zA-Z0-9_"
    private static let space = "\\t\\n\\x{0B}\\f\\r \\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}"

    /// The ICU pattern with the ECMA-262 meaning of `pattern`.
    static func translate(_ pattern: String) throws(ECMARegexError) -> String {
        let scalars = Array(pattern.unicodeScalars)
        var output = ""
        var index = 0
        var inClass = false
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            if scalar == "\\" {
                guard index < scalars.count else { throw ECMARegexError(reason: "a trailing backslash") }
                let escaped = scalars[index]
                index += 1
                output += try translateEscape(escaped, inClass: inClass, scalars: scalars, index: &index)
                continue
            }
            if inClass {
                if scalar == "]" {
                    inClass = false
                    output += "]"
                } else if scalar == "[" || scalar == "&" {
                    output += "\\" + String(scalar)
                } else {
                    output.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "(" where index < scalars.count && scalars[index] == "?":
                // ECMA-262 groups: (?: (?= (?! (?<= (?<! (?<name>; no inline flags or comments.
                let next = index + 1 < scalars.count ? scalars[index + 1] : " "
                let afterNext = index + 2 < scalars.count ? scalars[index + 2] : " "
                let valid = next == ":" || next == "=" || next == "!"
                    || (next == "<" && (afterNext == "=" || afterNext == "!" || afterNext.properties.isAlphabetic || afterNext == "_" || afterNext == "$"))
                guard valid else { throw ECMARegexError(reason: "(?\(next) is not a group ECMA-262 allows") }
                output += "("
            case "[":
                let negated = index < scalars.count && scalars[index] == "^"
                if negated { index += 1 }
                if index < scalars.count, scalars[index] == "]" {
                    // `[]` matches nothing and `[^]` anything in ECMA-262; ICU rejects both spellings.
                    index += 1
                    output += negated ? "[\\s\\S]" : "(?!)"
                } else {
                    inClass = true
                    output += negated ? "[^" : "["
                }
            case "$":
                output += "\\z"
            case ".":
                output += "[^\\n\\r\\x{2028}\\x{2029}]"
            default:
                output.unicodeScalars.append(scalar)
            }
        }
        guard !inClass else { throw ECMARegexError(reason: "an unterminated character class") }
        return output
    }

    private static func translateEscape(
        _ escaped: Unicode.Scalar, inClass: Bool, scalars: [Unicode.Scalar], index: inout Int
    ) throws(ECMARegexError) -> String {
        func set(_ members: String, negated: Bool) -> String {
            if inClass { return negated ? "[^\(members)]" : members }
            return negated ? "[^\(members)]" : "[\(members)]"
        }
        switch escaped {
        case "d": return set(digit, negated: false)
        case "D": return set(digit, negated: true)
        case "w": return set(word, negated: false)
        case "W": return set(word, negated: true)
        case "s": return set(space, negated: false)
        case "S": return set(space, negated: true)
        case "v": return "\\x{0B}"
        case "0": return "\\x{00}"
        case "b": return inClass ? "\\x{08}" : "\\b"
        case "B" where !inClass: return "\\B"
        case "t", "n", "r", "f": return "\\" + String(escaped)
        case "c":
            guard index < scalars.count, scalars[index].isASCII, scalars[index].properties.isAlphabetic else { throw ECMARegexError(reason: "\\c must be followed by a letter") }
            let code = scalars[index].value % 32
            index += 1
            return "\\x{" + String(code, radix: 16) + "}"
        case "x", "u", "p", "P", "k":
            return "\\" + String(escaped)
        case "1"..."9" where !inClass:
            return "\\" + String(escaped)
        case "-" where inClass:
            return "\\-"
        default:
            let syntax: Set<Unicode.Scalar> = ["^", "$", "\\", ".", "*", "+", "?", "(", ")", "[", "]", "{", "}", "|", "/"]
            guard syntax.contains(escaped) else {
                throw ECMARegexError(reason: "\\\(escaped) is not an escape ECMA-262 allows")
            }
            return "\\" + String(escaped)
        }
    }
}

/// Why a pattern is not an ECMA-262 regular expression the validator can run.
struct ECMARegexError: Error, Sendable {
    /// What is wrong with it.
    let reason: String
}
