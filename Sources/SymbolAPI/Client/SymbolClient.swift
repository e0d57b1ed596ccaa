import Foundation
import SchemaWire
import SchemaWireSocket

/// The typed Symbol `/ws` client: a `ChannelClient` speaking `SymbolProtocol`.
///
/// ```swift
/// let client = SymbolClient(url: URL(string: "ws://localhost:3000/ws")!)
/// for try await block in try await client.subscribe(SymbolChannel.raw(.block)) { print(block) }
/// ```
public typealias SymbolClient = ChannelClient<SymbolProtocol>

extension ChannelClient where Adapter == SymbolProtocol {
    /// A client for the gateway at `url` (e.g. `ws://localhost:3000/ws`), over SchemaWireSocket by default.
    public init(url: URL, transport: any ClientTransport = SocketClientTransport(), configuration: ClientConfiguration = ClientConfiguration()) {
        self.init(adapter: SymbolProtocol(url: url), transport: transport, configuration: configuration)
    }
}

extension SymbolChannel where Payload == JSONValue {
    /// Any channel with its payload kept as raw JSON (for channels or fields the typed models do not cover).
    public static func raw(_ name: SymbolChannelName, filter: AddressFilter? = nil) -> SymbolChannel<JSONValue> {
        SymbolChannel(name, filter: filter)
    }
}
