/// Frame opcodes (RFC 6455 §5.2).
enum Opcode: UInt8 {
    case continuation = 0x0
    case text = 0x1
    case binary = 0x2
    case close = 0x8
    case ping = 0x9
    case pong = 0xA

    /// Whether this is a control frame (close, ping, pong).
    var isControl: Bool { rawValue & 0x8 != 0 }
}
