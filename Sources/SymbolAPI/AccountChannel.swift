/// A Symbol channel narrowed by an `{address}` parameter (`confirmedAdded/{address}`, …).
///
/// The generated descriptors take the parameter as text; these initializers take it typed, so a
/// malformed address or namespace id — which makes the gateway close the whole connection — is
/// refused before anything is sent. (`Symbol.Channels.All…` are the same channels without a filter.)
public protocol AccountChannel: Sendable {
    /// A descriptor whose `{address}` is `filter`, used as given.
    init(filter: String)
    /// The `{address}` part of the channel name.
    var filter: String { get }
}

extension AccountChannel {
    /// A descriptor for the account or namespace `filter` names.
    public init(_ filter: AddressFilter) {
        self.init(filter: filter.parameter)
    }

    /// A descriptor for the parameter text, after checking that it is a valid base32 address (with
    /// its checksum) or a 16-hex namespace id.
    public init(validating parameter: String) throws(AddressError) {
        self.init(try AddressFilter(parameter: parameter))
    }

    /// The parameter as an ``AddressFilter``, or `nil` when the descriptor was built from invalid text.
    public var addressFilter: AddressFilter? {
        try? AddressFilter(parameter: filter)
    }
}

extension Symbol.Channels.ConfirmedAdded: AccountChannel {}
extension Symbol.Channels.UnconfirmedAdded: AccountChannel {}
extension Symbol.Channels.UnconfirmedRemoved: AccountChannel {}
extension Symbol.Channels.PartialAdded: AccountChannel {}
extension Symbol.Channels.PartialRemoved: AccountChannel {}
extension Symbol.Channels.Cosignature: AccountChannel {}
extension Symbol.Channels.Status: AccountChannel {}
