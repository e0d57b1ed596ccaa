/// The official-suite tests this validator is known to get wrong, each with the reason.
///
/// Keys are `dialect/file.json | case description | test description`. A key ending in `| *` covers
/// every test of the case (some of which pass); an exact key that starts passing fails the run, so
/// the list stays honest.
enum KnownFailures {
    private static let punycode = "A-labels are not Punycode-decoded, so the IDNA2008 rules (RFC 5891/5892) are not applied to them"
    private static let idna = "the IDNA2008 contextual and Bidi rules (RFC 5892 appendix A, RFC 5893) are not implemented"
    private static let lookbehind = "ICU, which runs the patterns, rejects unbounded lookbehind that ECMA-262 allows"

    static let list: [String: String] = {
        var list: [String: String] = [:]
        for dialect in ["draft2020-12", "draft7"] {
            list["\(dialect)/optional/format/hostname.json | validation of A-label (punycode) host names | *"] = punycode
            list["\(dialect)/optional/format/idn-hostname.json | validation of internationalized host names | *"] = idna
            list["\(dialect)/optional/format/ecmascript-regex.json | ECMA 262 lookbehind is valid, including variable width | a variable-width lookbehind (ES2018)"] = lookbehind
        }
        return list
    }()

    /// The reason `test` is expected to fail, and whether the entry covers the whole case.
    static func reason(dialect: String, file: String, testCase: String, test: String) -> (reason: String, wholeCase: Bool)? {
        if let reason = list["\(dialect)/\(file) | \(testCase) | \(test)"] { return (reason, false) }
        return list["\(dialect)/\(file) | \(testCase) | *"].map { ($0, true) }
    }
}
