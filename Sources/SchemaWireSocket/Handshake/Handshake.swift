/// The RFC 6455 §4 opening-handshake values shared by both roles.
enum Handshake {
    /// The GUID appended to the key before hashing (RFC 6455 §1.3).
    static let guid = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"

    /// `Sec-WebSocket-Accept` for a `Sec-WebSocket-Key`.
    static func acceptValue(forKey key: String) -> String {
        Base64.encode(SHA1.digest(Array((key + guid).utf8)))
    }

    /// A fresh `Sec-WebSocket-Key`: 16 bytes from the system CSPRNG, base64-encoded.
    static func makeKey() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<2).flatMap { _ in withUnsafeBytes(of: generator.next() as UInt64) { Array($0) } }
        return Base64.encode(bytes)
    }

    /// Serialises a response head plus body.
    static func serialize(_ response: WebSocketHTTPResponse, reason: String? = nil) -> [UInt8] {
        var text = "HTTP/1.1 \(response.status) \(reason ?? response.reasonPhrase)\r\n"
        for field in response.headers { text += "\(field.name): \(field.value)\r\n" }
        text += "\r\n"
        return Array(text.utf8) + response.body
    }
}
