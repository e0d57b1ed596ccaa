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
