import SchemaWire

/// A typed Symbol channel: the channel name, the optional address filter, and (by its type) the
/// payload every subscription to it yields — the `data` member of the pushed `{topic, data}` message.
///
/// Create channels with the static factories (`.block`, `.confirmedAdded(_:)`, …), which pair each
/// channel with its payload type, so a wrong pairing does not compile.
public struct SymbolChannel<Payload: JSONDecodable>: ChannelDescriptor {
    /// The channel name.
    public let name: SymbolChannelName
    /// The `/{address}` parameter, or `nil` for every address (and for the block channels).
    public let filter: AddressFilter?

    init(_ name: SymbolChannelName, filter: AddressFilter? = nil) {
        self.name = name
        self.filter = filter
    }

    /// Parses a channel string such as `confirmedAdded/TB…` or `block`, checking the name, that the
    /// block channels carry no parameter, and the address checksum; throws `ClientError.invalidChannel`.
    public init(address: String) throws(ClientError) {
        try SymbolProtocol.validate(address: address)
        let parts = address.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        guard let name = SymbolChannelName(rawValue: String(parts[0])) else {
            throw .invalidChannel(address: address, reason: "unknown channel name")
        }
        self.name = name
        self.filter = parts.count == 2 ? try? AddressFilter(parameter: parts[1]) : nil
    }

    /// The channel string sent on the wire and echoed as `topic`, e.g. `confirmedAdded/TB…`.
    public var address: String {
        guard let filter else { return name.rawValue }
        return "\(name.rawValue)/\(filter.parameter)"
    }

    /// The wire spec: the channel string is both the address and the route key.
    public var spec: ChannelSpec { ChannelSpec(address: address) }

    /// Decodes the message's `data` member.
    public func decodeEvents(_ message: TransportMessage) throws(JSONDecodingError) -> [Payload] {
        guard let payload = try WireProbe.decodeMember("data", as: Payload.self, from: message) else {
            throw JSONDecodingError(.missingKey("data"), typeName: "SymbolChannel<\(Payload.self)>")
        }
        return [payload]
    }
}
