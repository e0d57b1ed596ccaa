extension JSONValue {
    /// Parses one complete JSON document (RFC 8259, strict).
    ///
    /// - Parameter maxDepth: how deep arrays and objects may nest (default 512).
    /// - Throws: `JSONDecodingError` with the byte offset and pointer of the first problem.
    public init(parsing bytes: some Collection<UInt8>, maxDepth: Int = 512) throws(JSONDecodingError) {
        self = try JSONDecoding.decode(JSONValue.self, from: Array(bytes), maxDepth: maxDepth)
    }

    /// Parses one complete JSON document from a string.
    public init(parsing text: String, maxDepth: Int = 512) throws(JSONDecodingError) {
        try self.init(parsing: Array(text.utf8), maxDepth: maxDepth)
    }
}
