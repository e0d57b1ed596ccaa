import SchemaWire

/// Short descriptions of instance values for error messages, with secrets kept out.
enum InstanceDescription {
    /// Member names whose string values are never shown (session hashes, tokens, keys, passwords).
    private static let secretMarkers = ["hash", "token", "secret", "password", "authorization", "api_key", "apikey", "api-key", "session", "credential"]

    /// `string "abc"`, `number 5`, `an object with 3 properties`, …; strings under secret-looking
    /// member names (`key`) are replaced by their length.
    static func describe(_ value: JSONValue, key: String?) -> String {
        switch value {
        case .string(let text):
            if let key, isSecret(key) { return "a string of \(text.count) characters (value hidden: \"\(key)\" may hold a secret)" }
            return "string " + excerpt(value)
        case .number(let number): return "number \(number.literal)"
        case .bool(let flag): return "boolean \(flag)"
        case .null: return "null"
        case .array(let elements): return "an array of \(elements.count) item\(elements.count == 1 ? "" : "s")"
        case .object(let object): return "an object with \(object.count) propert\(object.count == 1 ? "y" : "ies")"
        }
    }

    /// A value as short JSON-like text (long strings cut at 60 characters).
    static func excerpt(_ value: JSONValue) -> String {
        switch value {
        case .string(let text):
            var shown = text.count > 60 ? String(text.prefix(60)) + "…" : text
            shown = shown.replacingAll("\\", with: "\\\\").replacingAll("\"", with: "\\\"").replacingAll("\n", with: "\\n")
            return "\"" + shown + "\""
        case .number(let number): return number.literal
        case .bool(let flag): return String(flag)
        case .null: return "null"
        case .array(let elements): return elements.isEmpty ? "[]" : "[…] (\(elements.count) items)"
        case .object(let object): return object.isEmpty ? "{}" : "{…} (\(object.count) properties)"
        }
    }

    private static func isSecret(_ key: String) -> Bool {
        let lowered = key.lowercased()
        return secretMarkers.contains { lowered.contains($0) }
    }
}
