/// Reads frames from a stream and joins them into messages, enforcing RFC 6455's rules and the
/// configured limits. Used only on a connection's reader thread.
///
/// Frame headers are parsed in place in the receive buffer. A message's payload is copied once,
/// from the receive buffer (or straight from the socket, for the part not yet received) into the
/// message's own array; unmasking happens in place, a word at a time.
final class FrameReader {
    /// A control frame the connection must act on.
    enum Control {
        /// A ping with its payload.
        case ping([UInt8])
        /// A pong with its payload.
        case pong([UInt8])
        /// A close frame; `code` nil when it carried none (1005).
        case close(code: WebSocketCloseCode?, reason: String)
    }

    private static let bufferSize = 256 << 10
    private let stream: any ByteStream
    private let expectsMaskedFrames: Bool
    private let options: WebSocketOptions
    private let buffer: UnsafeMutableRawBufferPointer
    private var head = 0
    private var tail = 0
    private var fragmentKind: WebSocketMessage.Kind?
    private var fragments: [UInt8] = []
    /// After a payload larger than the buffer, the next header is read on its own, so the large
    /// payload that follows it goes straight into its message instead of through the buffer.
    private var readsHeaderAlone = false

    init(stream: any ByteStream, expectsMaskedFrames: Bool, options: WebSocketOptions, leftover: [UInt8]) {
        self.stream = stream
        self.expectsMaskedFrames = expectsMaskedFrames
        self.options = options
        buffer = .allocate(byteCount: max(Self.bufferSize, leftover.count), alignment: 16)
        leftover.withUnsafeBytes { buffer.copyMemory(from: $0) }
        tail = leftover.count
    }

    deinit { buffer.deallocate() }

    /// Reads until a control handler returns false (after a close frame) or the stream ends.
    /// `message` gets each complete message; `flush` runs before any read that may block.
    func run(message: (WebSocketMessage) -> Void, control: (Control) -> Bool, flush: () -> Void) throws(WebSocketError) {
        let base = buffer.baseAddress!
        while true {
            let available = tail - head
            if available < 2 { try fill(minimum: 2, flush: flush); continue }
            let b0 = base.load(fromByteOffset: head, as: UInt8.self)
            let b1 = base.load(fromByteOffset: head + 1, as: UInt8.self)
            let masked = b1 & 0x80 != 0
            let length7 = b1 & 0x7F
            let headerSize = 2 + (length7 == 126 ? 2 : (length7 == 127 ? 8 : 0)) + (masked ? 4 : 0)
            if available < headerSize { try fill(minimum: headerSize, flush: flush); continue }

            guard b0 & 0x70 == 0 else { throw .protocolViolation(reason: "reserved bits set, but no extension was negotiated") }
            guard let opcode = Opcode(rawValue: b0 & 0x0F) else { throw .protocolViolation(reason: "unknown opcode \(b0 & 0x0F)") }
            guard masked == expectsMaskedFrames else {
                throw .protocolViolation(reason: expectsMaskedFrames ? "client frame is not masked" : "server frame is masked")
            }
            let fin = b0 & 0x80 != 0
            var length = UInt64(length7)
            if length7 == 126 {
                length = UInt64(base.load(fromByteOffset: head + 2, as: UInt8.self)) << 8 | UInt64(base.load(fromByteOffset: head + 3, as: UInt8.self))
            } else if length7 == 127 {
                length = 0
                for index in 0..<8 { length = length << 8 | UInt64(base.load(fromByteOffset: head + 2 + index, as: UInt8.self)) }
                guard length >> 63 == 0 else { throw .protocolViolation(reason: "frame length has its most significant bit set") }
            }
            var key: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
            if masked {
                let at = head + headerSize - 4
                key = (base.load(fromByteOffset: at, as: UInt8.self), base.load(fromByteOffset: at + 1, as: UInt8.self),
                       base.load(fromByteOffset: at + 2, as: UInt8.self), base.load(fromByteOffset: at + 3, as: UInt8.self))
            }

            if opcode.isControl {
                guard fin else { throw .protocolViolation(reason: "fragmented control frame") }
                guard length <= 125 else { throw .protocolViolation(reason: "control frame payload of \(length) bytes (limit 125)") }
                let total = headerSize + Int(length)
                if available < total { try fill(minimum: total, flush: flush); continue }
                var payload = Array(UnsafeRawBufferPointer(start: base + head + headerSize, count: Int(length)))
                head += total
                if masked { payload.withUnsafeMutableBytes { Masking.apply(key: key, to: $0) } }
                if !control(try decodeControl(opcode, payload)) { return }
                continue
            }

            let kind: WebSocketMessage.Kind
            if opcode == .continuation {
                guard let current = fragmentKind else { throw .protocolViolation(reason: "continuation frame without a message to continue") }
                kind = current
            } else {
                guard fragmentKind == nil else { throw .protocolViolation(reason: "new data frame before the fragmented message ended") }
                kind = opcode == .text ? .text : .binary
            }
            guard length <= UInt64(options.maximumFrameSize) else {
                throw .messageTooLarge(size: Int(clamping: length), limit: options.maximumFrameSize)
            }
            let size = Int(length)
            guard fragments.count + size <= options.maximumMessageSize else {
                throw .messageTooLarge(size: fragments.count + size, limit: options.maximumMessageSize)
            }
            head += headerSize

            if opcode != .continuation, fin {
                var bytes = try readPayload(size, flush: flush)
                if masked { bytes.withUnsafeMutableBytes { Masking.apply(key: key, to: $0) } }
                guard kind == .binary || UTF8Validator.isValid(bytes) else { throw .invalidUTF8 }
                message(WebSocketMessage(kind: kind, bytes: bytes))
                continue
            }
            if opcode != .continuation {
                fragmentKind = kind
                fragments = []
            }
            let start = fragments.count
            try appendPayload(size, flush: flush)
            if masked {
                fragments.withUnsafeMutableBytes { Masking.apply(key: key, to: UnsafeMutableRawBufferPointer(rebasing: $0[start...])) }
            }
            if fin {
                guard kind == .binary || UTF8Validator.isValid(fragments) else { throw .invalidUTF8 }
                message(WebSocketMessage(kind: kind, bytes: fragments))
                fragments = []
                fragmentKind = nil
            }
        }
    }

    /// Reads and discards whatever the peer still sends, until it closes or `timeout` passes.
    func drain(timeout: Duration) {
        stream.setTimeout(timeout)
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline, let count = try? stream.read(into: buffer), count > 0 {}
    }

    private func decodeControl(_ opcode: Opcode, _ payload: [UInt8]) throws(WebSocketError) -> Control {
        switch opcode {
        case .ping: return .ping(payload)
        case .pong: return .pong(payload)
        default:
            if payload.isEmpty { return .close(code: nil, reason: "") }
            guard payload.count >= 2 else { throw .protocolViolation(reason: "close frame with a 1-byte payload") }
            let code = WebSocketCloseCode(UInt16(payload[0]) << 8 | UInt16(payload[1]))
            guard code.isSendable else { throw .protocolViolation(reason: "close code \(code.rawValue) is not allowed on the wire") }
            let reason = Array(payload[2...])
            guard UTF8Validator.isValid(reason) else { throw .invalidUTF8 }
            return .close(code: code, reason: String(decoding: reason, as: UTF8.self))
        }
    }

    /// Makes at least `minimum` unread bytes available, moving unread bytes to the front first.
    private func fill(minimum: Int, flush: () -> Void) throws(WebSocketError) {
        if head > 0 {
            let unread = tail - head
            if unread > 0 { buffer.baseAddress!.copyMemory(from: buffer.baseAddress! + head, byteCount: unread) }
            head = 0
            tail = unread
        }
        while tail < minimum {
            flush()
            let end = readsHeaderAlone ? tail + max(minimum - tail, 14) : buffer.count
            let count = try stream.read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[tail..<end]))
            guard count > 0 else { throw .connectionLost(reason: "the peer closed the TCP connection without a close frame") }
            tail += count
        }
    }

    /// Copies `count` payload bytes out: first what is buffered, the rest read straight into place.
    private func copyPayload(into destination: UnsafeMutableRawBufferPointer, flush: () -> Void) throws(WebSocketError) {
        readsHeaderAlone = destination.count > Self.bufferSize
        let buffered = min(tail - head, destination.count)
        if buffered > 0 {
            destination.baseAddress!.copyMemory(from: buffer.baseAddress! + head, byteCount: buffered)
            head += buffered
        }
        var filled = buffered
        while filled < destination.count {
            flush()
            let count = try stream.read(into: UnsafeMutableRawBufferPointer(rebasing: destination[filled...]))
            guard count > 0 else { throw .connectionLost(reason: "the peer closed the TCP connection in the middle of a frame") }
            filled += count
        }
    }

    private func readPayload(_ count: Int, flush: () -> Void) throws(WebSocketError) -> [UInt8] {
        var failure: WebSocketError?
        let bytes = [UInt8](unsafeUninitializedCapacity: count) { destination, initialized in
            do throws(WebSocketError) {
                try copyPayload(into: UnsafeMutableRawBufferPointer(destination), flush: flush)
            } catch {
                failure = error
            }
            initialized = failure == nil ? count : 0
        }
        if let failure { throw failure }
        return bytes
    }

    private func appendPayload(_ count: Int, flush: () -> Void) throws(WebSocketError) {
        let start = fragments.count
        fragments.append(contentsOf: repeatElement(0, count: count))
        var failure: WebSocketError?
        fragments.withUnsafeMutableBytes { all in
            do throws(WebSocketError) {
                try copyPayload(into: UnsafeMutableRawBufferPointer(rebasing: all[start...]), flush: flush)
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
    }
}
