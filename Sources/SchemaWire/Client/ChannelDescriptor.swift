/// A typed channel: the value names the wire channel (with its parameters) and its type fixes the
/// element type of every subscription to it, so a wrong pairing does not compile.
///
/// Generated `<API>.Channels.<Name>` descriptors (and hand-written ones beside them) conform.
public protocol ChannelDescriptor: Sendable, Hashable {
    /// What the subscription yields.
    associatedtype Message: Sendable

    /// The channel as the wire sees it.
    var spec: ChannelSpec { get }

    /// Decodes one routed message of this channel into the events it carries: usually one, several
    /// for batch messages (e.g. Navixy `state_batch` yields each item), none for messages that carry
    /// nothing for consumers.
    func decodeEvents(_ message: TransportMessage) throws(JSONDecodingError) -> [Message]
}
