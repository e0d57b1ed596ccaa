import Foundation
@testable import SchemaWireValidation
import Testing

/// The built-in regex engine against ICU (`NSRegularExpression`, an independent engine) on the same
/// patterns and strings, plus the ECMA-262 points where ICU's defaults differ.
@Suite("Regex engine")
struct RegexEngineTests {
    static let patterns = [
        #"^[0-9]{4}-[0-9]{2}-[0-9]{2}[ Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:?[0-9]{2})?$"#,
        #"^[0-9a-fA-F]{32}$"#, #"a|b|cd"#, #"^(ab)+$"#, #"x*y"#, #"^a{2,3}$"#, #"^a{2,}b?$"#, #"\bword\b"#, #"\Bor\B"#,
        #"^\w+@\w+\.\w{2,}$"#, #"[^\s]+"#, #"^[\d\-]+$"#, #"colou?r"#, #"^(a|ab)(c|bcd)(d*)$"#, #"^.$"#, #"(?:x|y)z"#,
        #"^\t\n$"#, #"^[a-c-e]+$"#, #"^$"#,
    ]
    static let texts = [
        "2025-10-08 18:31:53", "2025-10-08T18:31:53.123-06:00", "2025-10-08 18:31", "f4bf1b75403d851653dad99c78c4b237",
        "F4BF1B75403D851653DAD99C78C4B23", "a", "b", "cd", "abab", "aba", "xxy", "y", "aa", "aaa", "aaaa", "aab", "a word here",
        "swords", "for", "me@host.io", "me@host.i", "  x ", "12-3", "12a", "color", "colour", "abcd", "abcdd", "é", "\t\n", "a-e",
        "", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaac", "ß-ü", "z",
    ]

    @Test("the built-in engine agrees with ICU on every pattern and string", arguments: patterns)
    func agreesWithICU(_ pattern: String) throws {
        let program = try #require(RegexProgram(pattern), "the pattern should be within the built-in subset")
        let icu = try NSRegularExpression(pattern: try ECMARegex.translate(pattern))
        for text in Self.texts {
            let expected = icu.firstMatch(in: text, range: NSRange(location: 0, length: text.utf16.count)) != nil
            #expect(program.matches(text) == .some(expected), "/\(pattern)/ on \(text.debugDescription)")
        }
    }

    @Test("ECMA-262 meaning where ICU differs: \\d is ASCII, $ is the very end, . skips line terminators")
    func ecmaSemantics() throws {
        #expect(try !ECMARegex(#"^\d$"#).matches("٣"))
        #expect(try !ECMARegex("^abc$").matches("abc\n"))
        #expect(try !ECMARegex("^.$").matches("\n"))
        #expect(try ECMARegex("^.$").matches("\u{1F600}"))
        #expect(try ECMARegex(#"\p{Letter}cole"#).matches("école"))
        #expect(try ECMARegex(#"^\cC$"#).matches("\u{3}"))
    }

    @Test("patterns ECMA-262 rejects are errors")
    func rejectsInvalidPatterns() {
        for pattern in ["(?i)abc", #"\a"#, "(?P<name>x)", "[a", "(?#comment)", "^(abc]"] {
            #expect(throws: ECMARegexError.self, "\(pattern)") { try ECMARegex(pattern) }
        }
    }

    @Test("catastrophic patterns finish: the engine remembers what it already tried (ICU takes exponential time on these)")
    func noCatastrophicBacktracking() throws {
        let program = try #require(RegexProgram("^(a+)+$"))
        #expect(program.matches(String(repeating: "a", count: 5_000) + "!") == false)
        let nested = try #require(RegexProgram("(a*)*b"))
        #expect(nested.matches(String(repeating: "a", count: 200) + "c") == false)
        #expect(nested.matches(String(repeating: "a", count: 200) + "b") == true)
    }

    @Test("syntax outside the subset falls back to ICU")
    func fallsBackOutsideSubset() throws {
        #expect(RegexProgram(#"(?=a)a"#) == nil)
        #expect(RegexProgram(#"(a)\1"#) == nil)
        #expect(try ECMARegex(#"(a)\1"#).matches("aa"))
        #expect(try ECMARegex(#"^(?<!x)y"#).matches("y"))
    }
}
