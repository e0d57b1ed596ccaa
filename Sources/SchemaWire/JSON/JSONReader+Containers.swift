extension JSONReader {
    /// Consumes `{` and returns a cursor for walking the object's members.
    @inlinable
    public mutating func beginObject() throws(JSONDecodingError) -> JSONObjectCursor {
        guard try peekByte() == UInt8(ascii: "{") else { throw typeMismatch(expected: "object") }
        try enterContainer()
        let cursor = JSONObjectCursor(start: index)
        index += 1
        return cursor
    }

    /// Moves to the next member and returns its index in `keys` (-1 for a name the table does not
    /// have), leaving the reader at the member's value; `nil` (after consuming `}`) at the end.
    ///
    /// The caller must consume the value of every member it is given, e.g. with ``skipValue()``.
    @inlinable
    public mutating func nextField(_ cursor: inout JSONObjectCursor, in keys: JSONKeyTable) throws(JSONDecodingError) -> Int? {
        guard try advanceToMember(&cursor) else { return nil }
        let hint = cursor.lastField + 1
        if let end = keys.plainMatchEnd(hint, in: bytes, at: index + 1) {
            cursor.keyStart = index + 1
            cursor.keyEnd = end
            cursor.keyEscaped = false
            cursor.keyASCII = false
            index = end + 1
            try expectColon()
            cursor.lastField = hint
            return hint
        }
        try readKey(&cursor)
        let field: Int
        if cursor.keyEscaped {
            field = keys.names.firstIndex(of: try keyString(cursor)) ?? -1
        } else {
            let key = UnsafeRawBufferPointer(rebasing: bytes[cursor.keyStart..<cursor.keyEnd])
            field = keys.index(of: key, hint: hint)
        }
        if field >= 0 { cursor.lastField = field }
        return field
    }

    /// Moves to the next member and returns its name, leaving the reader at its value; `nil` at
    /// the end of the object.
    public mutating func nextKey(_ cursor: inout JSONObjectCursor) throws(JSONDecodingError) -> String? {
        guard try advanceToKey(&cursor) else { return nil }
        return try keyString(cursor)
    }

    /// The name of the member the cursor is at.
    public func keyString(_ cursor: JSONObjectCursor) throws(JSONDecodingError) -> String {
        if !cursor.keyEscaped {
            return try makeString(cursor.keyStart, cursor.keyEnd, ascii: cursor.keyASCII)
        }
        var copy = self
        copy.index = cursor.keyStart - 1
        return try copy.readString()
    }

    /// Consumes `,` or `}` and the next key with its `:`; returns false at the end of the object.
    @usableFromInline
    mutating func advanceToKey(_ cursor: inout JSONObjectCursor) throws(JSONDecodingError) -> Bool {
        guard try advanceToMember(&cursor) else { return false }
        try readKey(&cursor)
        return true
    }

    /// Consumes `,` (or, at the end, `}` and returns false), leaving the reader at the next key's quote.
    @inlinable
    mutating func advanceToMember(_ cursor: inout JSONObjectCursor) throws(JSONDecodingError) -> Bool {
        var next = try peekByte()
        if next == UInt8(ascii: "}") {
            index += 1
            depth -= 1
            return false
        }
        if cursor.first {
            cursor.first = false
        } else {
            guard next == UInt8(ascii: ",") else { throw syntaxError("expected ',' or '}' after an object member") }
            index += 1
            next = try peekByte()
        }
        guard next == UInt8(ascii: "\"") else { throw syntaxError("expected a member name in double quotes") }
        return true
    }

    /// Scans the key at the reader (a quote) into the cursor and consumes the `:` after it.
    @usableFromInline
    mutating func readKey(_ cursor: inout JSONObjectCursor) throws(JSONDecodingError) {
        let key = try scanStringRange()
        cursor.keyStart = key.start
        cursor.keyEnd = key.end
        cursor.keyEscaped = key.escaped
        cursor.keyASCII = key.ascii
        try expectColon()
    }

    @inlinable
    mutating func expectColon() throws(JSONDecodingError) {
        guard try peekByte() == UInt8(ascii: ":") else { throw syntaxError("expected ':' after a member name") }
        index += 1
    }

    /// Consumes `[` and returns a cursor for walking the array's elements.
    @inlinable
    public mutating func beginArray() throws(JSONDecodingError) -> JSONArrayCursor {
        guard try peekByte() == UInt8(ascii: "[") else { throw typeMismatch(expected: "array") }
        try enterContainer()
        let cursor = JSONArrayCursor(start: index)
        index += 1
        return cursor
    }

    /// Moves to the next element and returns true with the reader at it, or consumes `]` and
    /// returns false.
    @inlinable
    public mutating func nextElement(_ cursor: inout JSONArrayCursor) throws(JSONDecodingError) -> Bool {
        let next = try peekByte()
        if next == UInt8(ascii: "]") {
            index += 1
            depth -= 1
            return false
        }
        if cursor.count > 0 {
            guard next == UInt8(ascii: ",") else { throw syntaxError("expected ',' or ']' after an array element") }
            index += 1
            if try peekByte() == UInt8(ascii: "]") { throw syntaxError("trailing comma in array") }
        }
        cursor.count += 1
        return true
    }

    @inlinable
    mutating func enterContainer() throws(JSONDecodingError) {
        depth += 1
        if depth > maxDepth {
            throw JSONDecodingError(.depthLimitExceeded(limit: maxDepth), byteOffset: index)
        }
    }

    /// Consumes one value of any kind, checking it as strictly as reading it would.
    public mutating func skipValue() throws(JSONDecodingError) {
        switch try peekByte() {
        case UInt8(ascii: "\""): _ = try scanString()
        case UInt8(ascii: "{"):
            var cursor = try beginObject()
            while try advanceToKey(&cursor) { try skipValue() }
        case UInt8(ascii: "["):
            var cursor = try beginArray()
            while try nextElement(&cursor) { try skipValue() }
        case UInt8(ascii: "t"), UInt8(ascii: "f"): _ = try readBool()
        case UInt8(ascii: "n"): _ = try readNullIfPresent()
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): _ = try scanNumber()
        default: throw syntaxError("unexpected character \(JSONReader.describe(byte: bytes[index]))")
        }
    }

    /// Reads one value of any kind into a ``JSONValue``.
    public mutating func readValue() throws(JSONDecodingError) -> JSONValue {
        switch try peekByte() {
        case UInt8(ascii: "\""): return .string(try readString())
        case UInt8(ascii: "{"):
            var cursor = try beginObject()
            var object = JSONObject()
            while let key = try nextKey(&cursor) {
                let value = try readValue()
                if object[key] == nil { object.appendUnchecked(key: key, value: value) } else { object[key] = value }
            }
            return .object(object)
        case UInt8(ascii: "["):
            var cursor = try beginArray()
            var elements: [JSONValue] = []
            while try nextElement(&cursor) { elements.append(try readValue()) }
            return .array(elements)
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return .bool(try readBool())
        case UInt8(ascii: "n"): _ = try readNullIfPresent(); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try readNumber())
        default: throw syntaxError("unexpected character \(JSONReader.describe(byte: bytes[index]))")
        }
    }
}
