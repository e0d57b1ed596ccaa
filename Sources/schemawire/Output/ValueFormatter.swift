import SchemaWire

/// Renders typed models for people, by reflection over the generated structs and enums.
///
/// Leaf values print through their own `description` (so hand-written types that hide secrets, such
/// as the Navixy session hash, stay hidden); open enums print their wire value; absent optionals are
/// left out.
enum ValueFormatter {
    /// The Swift name of a type without its module, e.g. `Navixy.Events.StateEvent`.
    static func typeName(of value: Any) -> String {
        let full = String(reflecting: type(of: value))
        guard let dot = full.firstIndex(of: "."), full[..<dot].hasSuffix("API") || full[..<dot] == "SchemaWire" else { return full }
        return String(full[full.index(after: dot)...])
    }

    /// Follows single-payload enum cases (unions) down to the value they hold; `unknown` cases stay.
    static func unwrapUnion(_ value: any JSONEncodable) -> (value: any JSONEncodable, typeName: String) {
        var current = value
        while let (label, payload) = singlePayload(of: current), label != "unknown", let inner = payload as? any JSONEncodable {
            current = inner
        }
        return (current, typeName(of: current))
    }

    /// An indented, multi-line listing of every present field.
    static func tree(_ value: Any, indent: String = "") -> String {
        var lines: [String] = []
        appendFields(of: value, indent: indent + "  ", to: &lines)
        return ([indent + typeName(of: value)] + lines).joined(separator: "\n")
    }

    /// One line of `name=value` pairs for the leaves, in field order, cut to `width` characters.
    static func summary(_ value: Any, skipping skipped: Set<String> = [], width: Int = 96) -> String {
        var pairs: [String] = []
        var length = 0
        collectLeaves(of: value, label: nil, skipping: skipped) { label, text in
            guard length < width else { return false }
            let limit = text.hasPrefix("\"") ? 40 : 26
            let short = text.count > limit ? String(text.prefix(limit / 2)) + "…" + String(text.suffix(6)) : text
            let pair = label.map { "\($0)=\(short)" } ?? short
            pairs.append(pair)
            length += pair.count + 1
            return true
        }
        let line = pairs.joined(separator: " ")
        return line.count > width ? String(line.prefix(width - 1)) + "…" : line
    }

    // MARK: - Reflection

    private enum Shape {
        case absent
        case leaf(String)
        case list([Any])
        case record([(String, Any)])
    }

    private static func shape(of value: Any) -> Shape {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            guard let first = mirror.children.first else { return .absent }
            return shape(of: first.value)
        case .collection, .set:
            return .list(mirror.children.map(\.value))
        case .dictionary:
            let entries: [(String, Any)] = mirror.children.compactMap { entry in
                let pair = Array(Mirror(reflecting: entry.value).children)
                guard pair.count == 2 else { return nil }
                return ("\(pair[0].value)", pair[1].value)
            }
            return .record(entries.sorted { $0.0 < $1.0 })
        default:
            break
        }
        if let text = value as? String { return .leaf(quoted(text)) }
        if let json = value as? JSONValue { return .leaf(JSONEncoding.encodeToString(json)) }
        if let object = value as? JSONObject { return .leaf(JSONEncoding.encodeToString(JSONValue.object(object))) }
        if let raw = value as? any RawRepresentable { return .leaf(rawText(raw)) }
        if let described = value as? any CustomStringConvertible, mirror.displayStyle != .enum || mirror.children.isEmpty {
            return .leaf(described.description)
        }
        if mirror.displayStyle == .enum {
            guard let (label, payload) = singlePayload(of: value) else { return .leaf("\(value)") }
            if label == "unknown" { return .leaf("unknown(\(leafText(payload)))") }
            return shape(of: payload)
        }
        if mirror.displayStyle == .tuple {
            return .leaf(mirror.children.map { leafText($0.value) }.joined(separator: ", "))
        }
        let fields = mirror.children.compactMap { child in child.label.map { ($0, child.value) } }
        return fields.isEmpty ? .leaf("\(value)") : .record(fields)
    }

    private static func singlePayload(of value: Any) -> (String, Any)? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .enum, mirror.children.count == 1, let child = mirror.children.first, let label = child.label else { return nil }
        return (label, child.value)
    }

    private static func rawText(_ raw: any RawRepresentable) -> String {
        let value = raw.rawValue
        return value is String ? quoted("\(value)") : "\(value)"
    }

    private static func quoted(_ text: String) -> String { "\"\(text)\"" }

    private static func leafText(_ value: Any) -> String {
        switch shape(of: value) {
        case .absent: return "null"
        case .leaf(let text): return text
        case .list(let items): return "[" + items.map(leafText).joined(separator: ", ") + "]"
        case .record(let fields): return "{" + fields.map { "\($0.0): \(leafText($0.1))" }.joined(separator: ", ") + "}"
        }
    }

    private static func appendFields(of value: Any, indent: String, to lines: inout [String]) {
        guard case .record(let fields) = shape(of: value) else {
            lines.append(indent + leafText(value))
            return
        }
        for (label, field) in fields {
            switch shape(of: field) {
            case .absent:
                continue
            case .leaf(let text):
                lines.append("\(indent)\(label): \(text)")
            case .list(let items) where items.allSatisfy(isLeaf):
                lines.append("\(indent)\(label): [" + items.map(leafText).joined(separator: ", ") + "]")
            case .list(let items):
                lines.append("\(indent)\(label): [\(items.count)]")
                for (index, item) in items.enumerated() {
                    lines.append("\(indent)  [\(index)] \(typeName(of: unwrapped(item)))")
                    appendFields(of: unwrapped(item), indent: indent + "    ", to: &lines)
                }
            case .record:
                lines.append("\(indent)\(label): \(typeName(of: unwrapped(field)))")
                appendFields(of: field, indent: indent + "  ", to: &lines)
            }
        }
    }

    private static func unwrapped(_ value: Any) -> Any {
        var current = value
        while true {
            let mirror = Mirror(reflecting: current)
            if mirror.displayStyle == .optional, let first = mirror.children.first {
                current = first.value
            } else if let (label, payload) = singlePayload(of: current), label != "unknown", Mirror(reflecting: payload).displayStyle != .tuple {
                current = payload
            } else {
                return current
            }
        }
    }

    private static func isLeaf(_ value: Any) -> Bool {
        if case .leaf = shape(of: value) { return true }
        return false
    }

    /// Calls `emit` with each leaf in field order until it returns false.
    @discardableResult
    private static func collectLeaves(of value: Any, label: String?, skipping skipped: Set<String>, _ emit: (String?, String) -> Bool) -> Bool {
        switch shape(of: value) {
        case .absent:
            return true
        case .leaf(let text):
            return emit(label, text)
        case .list(let items):
            if items.allSatisfy(isLeaf) || items.isEmpty {
                return emit(label, "[" + items.map(leafText).joined(separator: ",") + "]")
            }
            if !emit(label, "[\(items.count)]") { return false }
            return items.first.map { collectLeaves(of: $0, label: nil, skipping: skipped, emit) } ?? true
        case .record(let fields):
            for (name, field) in fields where !skipped.contains(name) && !name.hasSuffix("Update") {
                if !collectLeaves(of: field, label: name, skipping: skipped, emit) { return false }
            }
            return true
        }
    }
}
