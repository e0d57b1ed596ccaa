/// The official-suite tests this validator is known to get wrong, each with the reason.
///
/// Keys are `dialect/file.json | case description | test description`. A listed test that starts
/// passing fails the run, so the list stays honest.
enum KnownFailures {
    private static let bidi = "the Bidi rule of IDNA2008 (RFC 5893) is not implemented"
    private static let joining = "the ZWNJ rule needs Unicode joining types (RFC 5892 A.1), which Swift does not expose"
    private static let lookbehind = "ICU, which runs patterns with lookbehind, rejects the unbounded lookbehind ECMA-262 allows"

    static let list: [String: String] = {
        var list: [String: String] = [:]
        for dialect in ["draft2020-12", "draft7"] {
            let hostname = "\(dialect)/optional/format/hostname.json | validation of A-label (punycode) host names | "
            list[hostname + "ZERO WIDTH NON-JOINER not preceded by Virama but matches regexp"] = joining
            let idn = "\(dialect)/optional/format/idn-hostname.json | validation of internationalized host names | "
            list[idn + "ZERO WIDTH NON-JOINER not preceded by Virama but matches regexp"] = joining
            for test in [
                "A-label that decodes to a Bidi rule violation is invalid", "Bidi domain name with a digit-first label is invalid",
                "label starting with a digit before a right-to-left letter is invalid", "left-to-right label containing a right-to-left letter is invalid",
                "right-to-left label mixing both digit types is invalid",
            ] {
                list[idn + test] = bidi
            }
            list[idn + "a U-label whose A-label form is longer than 63 octets is invalid"] = "U-labels are not Punycode-encoded, so the A-label length is not known"
            list[idn + "non-canonical Punycode that does not re-encode to itself is invalid"] = "A-labels are decoded but not re-encoded to check they are canonical"
            list["\(dialect)/optional/format/ecmascript-regex.json | ECMA 262 lookbehind is valid, including variable width | a variable-width lookbehind (ES2018)"] = lookbehind
        }
        return list
    }()

    /// The reason `test` is expected to fail, if it is listed.
    static func reason(dialect: String, file: String, testCase: String, test: String) -> String? {
        list["\(dialect)/\(file) | \(testCase) | \(test)"]
    }
}
