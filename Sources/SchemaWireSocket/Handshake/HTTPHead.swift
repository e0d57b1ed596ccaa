/// The start line and header fields of an HTTP/1.1 message, parsed from bytes.
struct HTTPHead {
    /// The first line, e.g. `GET /x HTTP/1.1` or `HTTP/1.1 101 Switching Protocols`.
    var startLine: String
    /// The header fields.
    var headers: WebSocketHTTPHeaders

    /// The most bytes a head may take before the message is rejected.
    static let maximumSize = 16 << 10

    /// Parses a head (without its final empty line).
    init(bytes: ArraySlice<UInt8>) throws(WebSocketError) {
        let text = String(decoding: bytes, as: UTF8.self)
        var lines = text.split(separator: "\r\n", omittingEmptySubsequences: false).map(String.init)
        guard !lines.isEmpty, !lines[0].isEmpty else { throw .invalidHandshake(reason: "empty HTTP message") }
        startLine = lines.removeFirst()
        headers = [:]
        for line in lines where !line.isEmpty {
            guard let colon = line.firstIndex(of: ":") else { throw .invalidHandshake(reason: "malformed header line") }
            headers.add(name: String(line[..<colon]).trimmingASCIISpaces(), value: String(line[line.index(after: colon)...]).trimmingASCIISpaces())
        }
    }

    /// Reads a head from `stream`; returns it and the bytes that followed it.
    static func read(from stream: any ByteStream) throws(WebSocketError) -> (HTTPHead, [UInt8]) {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        var searchFrom = 0
        while true {
            let count = try readChunk(from: stream, into: &chunk, limit: chunk.count)
            guard count > 0 else { throw .invalidHandshake(reason: "connection closed before the HTTP head was complete") }
            bytes += chunk[0..<count]
            if let end = findTerminator(bytes, from: searchFrom), end <= maximumSize {
                return (try HTTPHead(bytes: bytes[0..<end]), Array(bytes[(end + 4)...]))
            }
            searchFrom = max(0, bytes.count - 3)
            guard bytes.count <= maximumSize else { throw .invalidHandshake(reason: "HTTP head larger than \(maximumSize) bytes") }
        }
    }

    /// Reads a body of `Content-Length` bytes (or until the stream ends when there is none), keeping
    /// at most `limit` bytes; `leftover` holds body bytes read with the head.
    static func readBody(from stream: any ByteStream, headers: WebSocketHTTPHeaders, leftover: [UInt8], limit: Int, untilEnd: Bool) throws(WebSocketError) -> [UInt8] {
        let declared = headers["Content-Length"].flatMap { Int($0) }
        guard declared != nil || untilEnd else { return [] }
        let wanted = min(declared ?? limit, limit)
        var body = Array(leftover.prefix(wanted))
        var chunk = [UInt8](repeating: 0, count: 16 << 10)
        while body.count < wanted {
            let count: Int
            do throws(WebSocketError) {
                count = try readChunk(from: stream, into: &chunk, limit: wanted - body.count)
            } catch {
                if declared == nil { break }
                throw error
            }
            if count == 0 { break }
            body += chunk[0..<count]
        }
        return body
    }

    private static func readChunk(from stream: any ByteStream, into chunk: inout [UInt8], limit: Int) throws(WebSocketError) -> Int {
        var result: Result<Int, WebSocketError> = .success(0)
        chunk.withUnsafeMutableBytes { raw in
            do throws(WebSocketError) {
                result = .success(try stream.read(into: UnsafeMutableRawBufferPointer(rebasing: raw[0..<min(raw.count, limit)])))
            } catch {
                result = .failure(error)
            }
        }
        return try result.get()
    }

    private static func findTerminator(_ bytes: [UInt8], from start: Int) -> Int? {
        guard bytes.count >= 4 else { return nil }
        var index = start
        while index + 3 < bytes.count {
            if bytes[index] == 13, bytes[index + 1] == 10, bytes[index + 2] == 13, bytes[index + 3] == 10 { return index }
            index += 1
        }
        return nil
    }
}
