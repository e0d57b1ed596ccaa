import SchemaWire

/// A channel whose subscription yields each routed message as received; the CLI decodes it itself
/// (with `MessageCatalog`) so it can print frames raw, show a decode error inline and go on.
struct FrameChannel: ChannelDescriptor {
    /// The wire channel (address, route keys, sub-request).
    let spec: ChannelSpec

    /// The message itself, undecoded.
    func decodeEvents(_ message: TransportMessage) throws(JSONDecodingError) -> [TransportMessage] {
        [message]
    }
}
