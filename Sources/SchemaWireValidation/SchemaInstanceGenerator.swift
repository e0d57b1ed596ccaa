import Foundation
import SchemaWire

/// Makes varied, deterministic JSON instances of a schema, for property-style tests: decode an
/// instance into a generated model, encode it again and check the output against the same schema.
///
/// It understands the keywords of the SchemaWire dialect (`type`, `properties`, `required`,
/// `additionalProperties`, `items`, `enum`, `const`, `oneOf`, `$ref`, `minimum`/`maximum`,
/// `minLength`/`maxLength`, `minItems`/`maxItems`, `format`) and its union extensions
/// (`x-dispatch-by-key`, `x-keep-unknown-properties`, a `required` list beside a `$ref`). Strings
/// with a `pattern` or a hand-written `x-swift-type` come from `values` (keyed by the `x-swift-type` name or the pattern text), then from
/// the schema's `examples`, then from the fixed-length hex and decimal patterns it recognises itself;
/// anything else is a ``SchemaInstanceGenerator/Failure``. Absent and `null` members are both chosen
/// sometimes, as the dialect treats them alike.
public struct SchemaInstanceGenerator: Sendable {
    /// Why no instance could be made, with the schema location.
    public enum Failure: Error, Sendable, CustomStringConvertible {
        /// A `$ref` that points at no loaded document or no value inside one.
        case unresolvedReference(String, at: String)
        /// A string pattern for which neither `values` nor `examples` nor the built-in forms give a value.
        case noValueForPattern(String, at: String)

        /// A one-line account naming the schema location.
        public var description: String {
            switch self {
            case .unresolvedReference(let reference, let location): "unresolved $ref \"\(reference)\" at \(location)"
            case .noValueForPattern(let pattern, let location): "no value for pattern \(pattern) at \(location) (add one to `values`)"
            }
        }
    }

    /// Schema documents by file name (`events.schema.json`).
    let documents: [String: JSONValue]
    /// Ready-made strings or values by `x-swift-type` name or pattern text.
    let values: [String: [String]]
    /// Below this depth objects get only their required members and arrays stay short.
    let maxDepth: Int

    /// A generator over `documents` (file name → parsed schema file) with ready-made `values`.
    public init(documents: [String: JSONValue], values: [String: [String]] = [:], maxDepth: Int = 6) {
        self.documents = documents
        self.values = values
        self.maxDepth = maxDepth
    }

    /// One instance of `file#pointer`, chosen by `seed`.
    public func instance(of file: String, pointer: String, seed: UInt64) throws(Failure) -> JSONValue {
        var random = SplitMix64(seed: seed)
        let (schema, location) = try resolve(file + "#" + pointer, from: file, at: "(root)")
        return try generate(schema, location: location, depth: 0, random: &random)
    }

    // MARK: Generation

    private func generate(_ schema: JSONValue, location: Location, depth: Int, random: inout SplitMix64) throws(Failure) -> JSONValue {
        guard case .object(let node) = schema else { return .null }
        if let reference = node["$ref"]?.stringValue {
            let (target, targetLocation) = try resolve(reference, from: location.file, at: location.text)
            // `required` beside a `$ref` adds to the target's own list (e.g. a tag a union variant needs).
            let extra = Set(node["required"]?.arrayValue?.compactMap(\.stringValue) ?? [])
            if !extra.isEmpty, case .object(let object) = target {
                return try self.object(object, location: targetLocation, depth: depth, forcing: extra, random: &random)
            }
            return try generate(target, location: targetLocation, depth: depth, random: &random)
        }
        if let constant = node["const"] { return constant }
        if case .array(let cases)? = node["enum"], !cases.isEmpty { return random.pick(cases) }
        if let swiftType = node["x-swift-type"]?.stringValue, let pool = values[swiftType], !pool.isEmpty {
            return .string(random.pick(pool))
        }
        if case .array(let variants)? = node["oneOf"] {
            return try generateVariant(of: variants, node: node, location: location, depth: depth, random: &random)
        }
        switch chooseType(node, random: &random) {
        case "null": return .null
        case "boolean": return .bool(random.next() & 1 == 0)
        case "integer": return .number(integer(node, random: &random))
        case "number": return .number(number(node, random: &random))
        case "string": return .string(try string(node, location: location, random: &random))
        case "array": return try array(node, location: location, depth: depth, random: &random)
        case "object": return try object(node, location: location, depth: depth, forcing: [], random: &random)
        default: return anyValue(random: &random)
        }
    }

    private func generateVariant(of variants: [JSONValue], node: JSONObject, location: Location, depth: Int, random: inout SplitMix64) throws(Failure) -> JSONValue {
        let candidates = variants.filter { $0["type"]?.stringValue != "null" }
        guard !candidates.isEmpty else { return .null }
        let index = Int(random.next() % UInt64(candidates.count))
        let chosen = location.child("oneOf/\(index)")
        guard let key = node["x-dispatch-by-key"]?.stringValue, index == 0,
              case .object(let variant) = candidates[0] else {
            return try generate(candidates[index], location: chosen, depth: depth, random: &random)
        }
        // The first variant of a dispatch-by-key union is the one that carries the key.
        var (target, targetLocation) = (JSONValue.object(variant), chosen)
        if let reference = variant["$ref"]?.stringValue {
            (target, targetLocation) = try resolve(reference, from: location.file, at: chosen.text)
        }
        guard case .object(let object) = target else { return .null }
        return try self.object(object, location: targetLocation, depth: depth, forcing: [key], random: &random)
    }

    private func chooseType(_ node: JSONObject, random: inout SplitMix64) -> String {
        switch node["type"] {
        case .string(let name)?: return name
        case .array(let names)?:
            let kinds = names.compactMap(\.stringValue)
            let concrete = kinds.filter { $0 != "null" }
            if concrete.isEmpty || (kinds.contains("null") && random.next() % 5 == 0) { return "null" }
            return random.pick(concrete)
        default:
            if node["properties"] != nil || node["additionalProperties"] != nil { return "object" }
            if node["items"] != nil { return "array" }
            return "any"
        }
    }

    private func object(_ node: JSONObject, location: Location, depth: Int, forcing forced: Set<String>, random: inout SplitMix64) throws(Failure) -> JSONValue {
        let required = Set(node["required"]?.arrayValue?.compactMap(\.stringValue) ?? [])
        var members = JSONObject()
        if case .object(let properties)? = node["properties"] {
            for (name, schema) in properties {
                if case .bool(false) = schema { continue }
                let present = required.contains(name) || forced.contains(name) || (depth < maxDepth && random.next() % 2 == 0)
                guard present else { continue }
                let value = try generate(schema, location: location.child("properties/\(name)"), depth: depth + 1, random: &random)
                members.appendUnchecked(key: name, value: value)
            }
        }
        let extras = depth < maxDepth ? Int(random.next() % 3) : 0
        if case .object(let additional)? = node["additionalProperties"] {
            for index in 0..<extras {
                let key = Self.extraKeys[Int(random.next() % UInt64(Self.extraKeys.count))] + String(index)
                guard members[key] == nil, !forced.contains(key) else { continue }
                let value = try generate(.object(additional), location: location.child("additionalProperties"), depth: depth + 1, random: &random)
                members.appendUnchecked(key: key, value: value)
            }
        } else if node["x-keep-unknown-properties"] == .bool(true) {
            for index in 0..<extras {
                members.appendUnchecked(key: "x_extra_\(index)", value: anyValue(random: &random))
            }
        }
        return .object(members)
    }

    private func array(_ node: JSONObject, location: Location, depth: Int, random: inout SplitMix64) throws(Failure) -> JSONValue {
        let minimum = node["minItems"]?.numberValue?.int64Value.map(Int.init) ?? 0
        let maximum = min(node["maxItems"]?.numberValue?.int64Value.map(Int.init) ?? 3, depth < maxDepth ? 3 : minimum)
        let count = minimum + Int(random.next() % UInt64(max(maximum - minimum, 0) + 1))
        var items: [JSONValue] = []
        for _ in 0..<count {
            var item = try generate(node["items"] ?? .object([:]), location: location.child("items"), depth: depth + 1, random: &random)
            if item == .null { item = try generate(node["items"] ?? .object([:]), location: location.child("items"), depth: maxDepth, random: &random) }
            items.append(item)
        }
        return .array(items)
    }

    private func integer(_ node: JSONObject, random: inout SplitMix64) -> JSONNumber {
        let unsigned = node["format"]?.stringValue == "uint64"
            || (node["maximum"]?.numberValue.map { $0.int64Value == nil && $0.uint64Value != nil } ?? false)
        let lower = node["minimum"]?.numberValue?.int64Value ?? (unsigned ? 0 : Self.lowerBound(node["format"]?.stringValue))
        if unsigned {
            let upper = node["maximum"]?.numberValue?.uint64Value ?? .max
            let floor = UInt64(max(lower, 0))
            let edges: [UInt64] = [floor, upper, floor + (upper - floor) / 2, min(floor + 1, upper)]
            return JSONNumber(random.next() % 3 == 0 ? random.pick(edges) : floor + random.next() % (upper - floor == .max ? .max : upper - floor + 1))
        }
        let upper = node["maximum"]?.numberValue?.int64Value ?? Self.upperBound(node["format"]?.stringValue)
        let span = UInt64(bitPattern: upper &- lower)
        let edges: [Int64] = [lower, upper, max(lower, min(0, upper)), max(lower, min(-1, upper)), max(lower, min(1, upper))]
        if random.next() % 3 == 0 { return JSONNumber(random.pick(edges)) }
        let offset = span == .max ? random.next() : random.next() % (span + 1)
        return JSONNumber(lower &+ Int64(bitPattern: offset))
    }

    private static func lowerBound(_ format: String?) -> Int64 { format == "int32" ? Int64(Int32.min) : Int64.min }
    private static func upperBound(_ format: String?) -> Int64 { format == "int32" ? Int64(Int32.max) : Int64.max }

    private func number(_ node: JSONObject, random: inout SplitMix64) -> JSONNumber {
        let lower = node["minimum"]?.numberValue?.doubleValue ?? -1e12
        let upper = node["maximum"]?.numberValue?.doubleValue ?? 1e12
        let edges = [lower, upper, 0, 0.1, -2.5, 1e-7, 123456.789, 37.61758333, -122.4194155]
        let usable = edges.filter { $0 >= lower && $0 <= upper }
        if random.next() % 2 == 0, !usable.isEmpty { return JSONNumber(random.pick(usable)) }
        let fraction = Double(random.next() >> 11) / Double(1 << 53)
        return JSONNumber(lower + (upper - lower) * fraction)
    }

    private func string(_ node: JSONObject, location: Location, random: inout SplitMix64) throws(Failure) -> String {
        if let pattern = node["pattern"]?.stringValue {
            if let pool = values[pattern], !pool.isEmpty { return random.pick(pool) }
            if let examples = node["examples"]?.arrayValue?.compactMap(\.stringValue), !examples.isEmpty { return random.pick(examples) }
            if let text = Self.builtIn(pattern, random: &random) { return text }
            throw .noValueForPattern(pattern, at: location.text)
        }
        if let format = node["format"]?.stringValue, let pool = values[format], !pool.isEmpty {
            return random.pick(pool)
        }
        let minimum = node["minLength"]?.numberValue?.int64Value.map(Int.init) ?? 0
        let maximum = node["maxLength"]?.numberValue?.int64Value.map(Int.init) ?? Int.max
        var text = random.pick(Self.texts)
        while text.count < minimum { text += "x" }
        if text.count > maximum { text = String(text.prefix(maximum)) }
        return text
    }

    /// Values for the fixed-length hex and decimal patterns the schemas use.
    private static func builtIn(_ pattern: String, random: inout SplitMix64) -> String? {
        if pattern == "^(0|[1-9][0-9]{0,19})$" || pattern == "^[0-9]+$" {
            return String(random.pick([0, 1, UInt64.max, random.next(), random.next() >> 40]))
        }
        for prefix in ["^[0-9A-Fa-f]{", "^[0-9a-fA-F]{", "^[0-9A-F]{", "^[0-9a-f]{"] where pattern.hasPrefix(prefix) && pattern.hasSuffix("}$") {
            guard let length = Int(pattern.dropFirst(prefix.count).dropLast(2)) else { return nil }
            let digits = prefix.contains("a-f") && !prefix.contains("A-F") ? Array("0123456789abcdef") : Array("0123456789ABCDEF")
            return String((0..<length).map { _ in digits[Int(random.next() % 16)] })
        }
        return nil
    }

    private func anyValue(random: inout SplitMix64) -> JSONValue {
        random.pick([
            .null, .bool(true), .number(JSONNumber(-7)), .number(JSONNumber(2.5)), .string(random.pick(Self.texts)),
            .array([.number(JSONNumber(1)), .string("two")]), .object(["nested": .object(["k": .string("ü\"\\")])]),
        ])
    }

    /// Strings with escapes, control characters and text outside ASCII.
    static let texts = [
        "", "plain", "quote \" and backslash \\", "line\nbreak\ttab", "control \u{01}\u{1F}", "slash / and <tag>",
        "Ünïcødé straße", "日本語のテキスト", "emoji 🚀👩‍💻", "\u{7F}\u{2028}\u{2029}",
    ]
    /// Map keys, some needing escapes or outside ASCII.
    static let extraKeys = ["key", "ключ", "with space", "quote\"", "emoji🚀"]

    // MARK: References

    /// Where a schema sits: its file and a readable location for messages.
    struct Location {
        let file: String
        let text: String
        func child(_ path: String) -> Location { Location(file: file, text: text + "/" + path) }
    }

    private func resolve(_ reference: String, from file: String, at location: String) throws(Failure) -> (JSONValue, Location) {
        let parts = reference.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let target = parts[0].isEmpty ? file : String(parts[0].split(separator: "/").last ?? "")
        guard var value = documents[target] else { throw .unresolvedReference(reference, at: location) }
        let pointer = parts.count > 1 ? String(parts[1]) : ""
        for token in pointer.split(separator: "/") {
            let key = token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            if let member = value[key] { value = member } else if let index = Int(key), let item = value[index] { value = item } else {
                throw .unresolvedReference(reference, at: location)
            }
        }
        return (value, Location(file: target, text: target + "#" + pointer))
    }
}
