/// A line buffer with indentation, for the Swift renderer.
struct SwiftText {
    private(set) var lines: [String] = []
    private var indent = 0

    /// Appends one line at the current indentation (an empty string is a blank line).
    mutating func line(_ text: String) {
        lines.append(text.isEmpty ? "" : String(repeating: "    ", count: indent) + text)
    }

    /// Appends `header {`, the body one level in, then `}`.
    mutating func block(_ header: String, _ body: (inout SwiftText) -> Void) {
        line(header + " {")
        indent += 1
        body(&self)
        indent -= 1
        line("}")
    }

    /// `///` lines for `documentation`, then a blank `///` and the provenance remark.
    mutating func documentation(_ documentation: String?, provenance: String?) {
        let text = documentation?.trimmedWhitespace ?? ""
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            line("///" + (paragraph.isEmpty ? "" : " " + paragraph))
        }
        if let provenance {
            if !text.isEmpty { line("///") }
            line("/// - Remark: Generated from `\(provenance)`.")
        }
    }

    /// The text, ending with a newline.
    var text: String { lines.joined(separator: "\n") + "\n" }
}

extension String {
    /// Swift string literal text: `"…"` with `\`, `"` and control characters escaped.
    var swiftLiteral: String {
        var result = "\""
        for scalar in unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 { result += "\\u{\(String(scalar.value, radix: 16))}" } else { result.unicodeScalars.append(scalar) }
            }
        }
        return result + "\""
    }

    /// Without leading and trailing whitespace.
    var trimmedWhitespace: String {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }
}
