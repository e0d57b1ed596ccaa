/// Finds the JSON pointer of the value at a byte offset by walking the document again, tracking the
/// path this time. Only runs after an error, so decoding itself never tracks a path.
enum JSONPointerLocator {
    /// The pointer of the innermost value that starts at or contains `offset`.
    static func pointer(at offset: Int, in bytes: UnsafeRawBufferPointer, maxDepth: Int) -> String {
        var reader = JSONReader(bytes: bytes, maxDepth: maxDepth)
        var path: [String] = []
        _ = walk(&reader, target: offset, path: &path)
        return path.map { "/" + $0.replacingOccurrencesForPointer() }.joined()
    }

    /// Walks one value. Returns true once `path` names the value at `target` (or the walk cannot go on).
    private static func walk(_ reader: inout JSONReader, target: Int, path: inout [String]) -> Bool {
        guard let kind = try? reader.peekKind() else { return true }
        if reader.offset >= target { return true }
        switch kind {
        case .object:
            guard var cursor = try? reader.beginObject() else { return true }
            while true {
                let next: String?
                do { next = try reader.nextKey(&cursor) } catch { return true }
                guard let key = next else { break }
                path.append(key)
                if walk(&reader, target: target, path: &path) { return true }
                path.removeLast()
            }
        case .array:
            guard var cursor = try? reader.beginArray() else { return true }
            while true {
                guard let more = try? reader.nextElement(&cursor) else { return true }
                guard more else { break }
                path.append(String(cursor.count - 1))
                if walk(&reader, target: target, path: &path) { return true }
                path.removeLast()
            }
        default:
            guard (try? reader.skipValue()) != nil else { return true }
        }
        return reader.offset > target
    }
}

extension String {
    /// Escapes `~` and `/` in a pointer token (RFC 6901).
    fileprivate func replacingOccurrencesForPointer() -> String {
        var result = ""
        for character in self {
            switch character {
            case "~": result += "~0"
            case "/": result += "~1"
            default: result.append(character)
            }
        }
        return result
    }
}
