extension HexBytes {
    /// A transfer message's text, when these bytes are a plain message: a first byte of `0`
    /// followed by valid UTF-8. `nil` for encrypted (`1`), delegation (`0xFE`) or other messages.
    public var plainMessageText: String? {
        guard bytes.first == 0 else { return nil }
        let body = bytes.dropFirst()
        let text = String(decoding: body, as: UTF8.self)
        // Decoding repairs invalid UTF-8 with U+FFFD; a repaired text no longer has the same bytes.
        return text.utf8.elementsEqual(body) ? text : nil
    }
}
