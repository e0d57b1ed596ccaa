import Foundation
import SchemaWire

/// Draft-07's `contentEncoding: base64` and `contentMediaType: application/json`, which that draft
/// lets a validator assert (draft 2020-12 makes them annotations only).
struct ContentKeyword: Sendable {
    /// Whether the string must be base64.
    let base64: Bool
    /// Whether the (decoded) string must be a JSON document.
    let json: Bool

    /// The keyword for a schema object, or `nil` when it asks for nothing checkable.
    init?(_ object: JSONObject) {
        base64 = object["contentEncoding"]?.stringValue?.lowercased() == "base64"
        json = object["contentMediaType"]?.stringValue?.lowercased() == "application/json"
        if !base64, !json { return nil }
    }

    /// The reason `text` breaks the keyword, or `nil` when it satisfies it.
    func problem(with text: String) -> String? {
        var bytes = Array(text.utf8)
        if base64 {
            guard let decoded = Data(base64Encoded: text) else { return "expected base64 content" }
            bytes = Array(decoded)
        }
        if json, (try? JSONValue(parsing: bytes)) == nil { return "expected the content to be a JSON document" }
        return nil
    }
}
