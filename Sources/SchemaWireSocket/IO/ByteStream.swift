/// A connected, bidirectional byte stream (plain TCP or TLS over TCP), driven from the connection's
/// own threads with blocking calls.
protocol ByteStream: Sendable {
    /// Reads up to `buffer.count` bytes; returns 0 at end of stream.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws(WebSocketError) -> Int
    /// Writes all of `bytes`.
    func write(_ bytes: UnsafeRawBufferPointer) throws(WebSocketError)
    /// Wakes any thread blocked in `read` or `write` and makes further calls fail; idempotent and
    /// callable from any thread. The descriptor stays allocated until `close`.
    func shutdown()
    /// Makes `read` and `write` fail with `timedOut` when they wait longer than `timeout`; nil waits forever.
    func setTimeout(_ timeout: Duration?)
    /// Releases the descriptor (and TLS state). Called exactly once, after all reads and writes.
    func close()
}

extension ByteStream {
    /// Writes all of `bytes`.
    func write(_ bytes: [UInt8]) throws(WebSocketError) {
        var failure: WebSocketError?
        bytes.withUnsafeBytes { raw in
            do throws(WebSocketError) { try write(raw) } catch { failure = error }
        }
        if let failure { throw failure }
    }
}
