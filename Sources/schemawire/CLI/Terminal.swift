#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Output helpers: colour only on a terminal and never when `NO_COLOR` is set.
enum Terminal {
    /// Whether standard output is a terminal that may be coloured.
    static let colourEnabled: Bool = {
        if let noColour = ProcessInfo.processInfo.environment["NO_COLOR"], !noColour.isEmpty { return false }
        return isatty(STDOUT_FILENO) == 1
    }()

    /// Whether standard error is a terminal (for one-line live status).
    static let statusLineEnabled: Bool = isatty(STDERR_FILENO) == 1

    /// An ANSI style.
    enum Style: String {
        case bold = "1", dim = "2", red = "31", green = "32", yellow = "33", blue = "34", magenta = "35", cyan = "36"
    }

    /// `text` in `style` when colour is enabled, otherwise unchanged.
    static func styled(_ text: String, _ style: Style) -> String {
        colourEnabled ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }

    /// Writes a line to standard error.
    static func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Replaces the one-line live status on standard error (only on a terminal).
    static func status(_ text: String) {
        guard statusLineEnabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K\(text)".utf8))
    }

    /// Clears the live status line.
    static func clearStatus() {
        guard statusLineEnabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }

    /// Rows as aligned columns (left-aligned text, right-aligned numbers).
    static func table(_ header: [String], _ rows: [[String]]) -> String {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 0 }
        func render(_ row: [String]) -> String {
            row.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: max(0, widths[column] - cell.count))
                let numeric = Double(cell.filter { $0 != "×" && $0 != "%" }) != nil
                return numeric ? pad + cell : cell + pad
            }.joined(separator: "  ")
        }
        var lines = [styled(render(header), .bold)]
        lines += rows.map(render)
        return lines.joined(separator: "\n")
    }
}
