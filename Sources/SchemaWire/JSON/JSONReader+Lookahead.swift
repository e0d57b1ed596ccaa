extension JSONReader {
    /// When the next value is an object with a string member `key`, returns that string without
    /// consuming anything; `nil` when the member is absent or not a string.
    ///
    /// Unions use this to find their tag wherever it sits in the object (often last) and then
    /// decode exactly one variant, never by trial.
    public mutating func peekStringMember(_ key: String) throws(JSONDecodingError) -> String? {
        var copy = self
        var found: String?
        var cursor = try copy.beginObject()
        while let name = try copy.nextKey(&cursor) {
            if name == key, try copy.peekKind() == .string {
                found = try copy.readString()
                break
            } else {
                try copy.skipValue()
            }
        }
        return found
    }

    /// Like ``peekStringMember(_:)``, but an integer member's value is returned as its decimal text
    /// (for unions tagged by a number, e.g. Symbol's transaction `type`).
    public mutating func peekTag(_ key: String) throws(JSONDecodingError) -> String? {
        var copy = self
        var cursor = try copy.beginObject()
        while try copy.advanceToKey(&cursor) {
            guard try copy.keyIs(key, cursor) else {
                try copy.skipValue()
                continue
            }
            switch try copy.peekKind() {
            case .string: return try copy.readString()
            case .number: return try copy.readNumber().int64Value.map { String($0) }
            default: return nil
            }
        }
        return nil
    }

    /// Whether the member the cursor is at is named `key`, compared as bytes when unescaped.
    func keyIs(_ key: String, _ cursor: JSONObjectCursor) throws(JSONDecodingError) -> Bool {
        if cursor.keyEscaped { return try keyString(cursor) == key }
        var key = key
        return key.withUTF8 { utf8 in
            utf8.count == cursor.keyEnd - cursor.keyStart
                && UnsafeRawBufferPointer(rebasing: bytes[cursor.keyStart..<cursor.keyEnd]).elementsEqual(utf8)
        }
    }

    /// Whether the next value is an object that has a member named `key` (not consuming anything).
    public mutating func peekHasMember(_ key: String) throws(JSONDecodingError) -> Bool {
        var copy = self
        var cursor = try copy.beginObject()
        while let name = try copy.nextKey(&cursor) {
            if name == key { return true }
            try copy.skipValue()
        }
        return false
    }
}
