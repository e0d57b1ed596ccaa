/// A channel as the wire sees it, independent of its Swift message type.
///
/// - `address` is the channel's identity on the wire: subscriptions are reference-counted per address,
///   and one wire subscribe/unsubscribe is sent per address.
/// - `routeKeys` are the keys the adapter's router returns for messages this channel receives (a Symbol
///   `topic`, a Navixy `event` name, an Events Hub `event_type`).
/// - `request` is the adapter-specific body of the subscribe request (e.g. a Navixy sub-request object),
///   or `nil` when the address says it all.
public struct ChannelSpec: Sendable, Hashable {
    /// The wire identity of the channel.
    public let address: String
    /// The router keys whose messages belong to this channel.
    public let routeKeys: Set<String>
    /// Adapter-specific subscribe parameters.
    public let request: JSONValue?

    /// Creates a spec. `routeKeys` defaults to the address itself.
    public init(address: String, routeKeys: Set<String>? = nil, request: JSONValue? = nil) {
        self.address = address
        self.routeKeys = routeKeys ?? [address]
        self.request = request
    }
}
