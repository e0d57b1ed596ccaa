import Foundation
import SchemaWire
import SchemaWireSocket

/// The typed Navixy client: a `ChannelClient` speaking `NavixyProtocol`.
public typealias NavixyClient = ChannelClient<NavixyProtocol>

extension ChannelClient where Adapter == NavixyProtocol {
    /// A client for the API at `baseURL` (e.g. `https://api.eu.navixy.com/v2`) authenticated by `hash`.
    public init(
        baseURL: URL,
        hash: String,
        requestForm: NavixyRequestForm = .requests,
        isoDateTime: Bool = false,
        transport: any ClientTransport = SocketClientTransport(),
        configuration: ClientConfiguration = ClientConfiguration()
    ) {
        self.init(
            adapter: NavixyProtocol(baseURL: baseURL, hash: hash, requestForm: requestForm, isoDateTime: isoDateTime),
            transport: transport, configuration: configuration
        )
    }
}

extension Subscription where Channel: NavixyChannel {
    /// The per-tracker statuses (`normal`, `blocked`, `unknown`, `disallowed`) the server returned for
    /// this subscription's kind, keyed by tracker id; `nil` when no answer is available (the channel was
    /// already active, or is waiting for a connection). Both answer forms are read.
    public func trackerStatuses() throws(JSONDecodingError) -> [Int: Navixy.Responses.TrackerStatus]? {
        guard let receipt else { return nil }
        let response = try WireProbe.decode(Navixy.Responses.SubscribeResponse.self, from: receipt)
        guard let result = response.data?[Channel.eventName] else { return nil }
        let statuses: Navixy.Responses.TrackerStatuses
        switch result {
        case .subscriptionOutcome(let outcome): statuses = outcome.value
        case .trackerStatuses(let map): statuses = map
        }
        return Dictionary(uniqueKeysWithValues: statuses.compactMap { key, value in Int(key).map { ($0, value) } })
    }
}
