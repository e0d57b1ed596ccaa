import Testing
import SymbolAPI

/// Each of the nine channel descriptors renders the subscribe string that the gateway echoes as
/// `topic`, and its message type decodes a real-shaped message of that channel.
@Suite struct ChannelDescriptorTests {
    typealias Samples = SymbolSamples
    static let account = try! AddressFilter(parameter: "TAHNZXQBC57AA7KJTMGS3PJPZBXN7DV5JHJU42A")
    static let namespace = try! AddressFilter(parameter: "C0FB8AA409916260")

    /// Decodes `sample` as the channel's message type and checks that its topic is `address`.
    func expectTopic<Message: JSONCodable & Equatable>(
        _ address: String, _ type: Message.Type, _ sample: String, _ topic: (Message) -> String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let message = try decodeRoundTrip(Message.self, sample, sourceLocation: sourceLocation)
        #expect(topic(message) == address, sourceLocation: sourceLocation)
    }

    @Test func block() throws {
        try expectTopic(Symbol.Channels.Block().address, Symbol.Channels.Block.Messages.BlockNotification.self, Samples.block, \.topic)
    }

    @Test func finalizedBlock() throws {
        try expectTopic(Symbol.Channels.FinalizedBlock().address, Symbol.Channels.FinalizedBlock.Messages.FinalizedBlockNotification.self,
                        Samples.finalizedBlock, \.topic)
    }

    @Test func confirmedAdded() throws {
        let channel = Symbol.Channels.ConfirmedAdded(Self.account)
        try expectTopic(channel.address, Symbol.Channels.ConfirmedAdded.Messages.TransactionNotification.self, Samples.confirmedAdded, \.topic)
    }

    @Test func unconfirmedAddedByNamespace() throws {
        let channel = Symbol.Channels.UnconfirmedAdded(Self.namespace)
        try expectTopic(channel.address, Symbol.Channels.UnconfirmedAdded.Messages.TransactionNotification.self, Samples.unconfirmedAdded, \.topic)
    }

    @Test func unconfirmedRemoved() throws {
        let channel = Symbol.Channels.UnconfirmedRemoved(Self.account)
        try expectTopic(channel.address, Symbol.Channels.UnconfirmedRemoved.Messages.RemovedTransactionNotification.self,
                        Samples.unconfirmedRemoved, \.topic)
    }

    @Test func partialAdded() throws {
        let channel = Symbol.Channels.PartialAdded(Self.account)
        try expectTopic(channel.address, Symbol.Channels.PartialAdded.Messages.TransactionNotification.self, Samples.partialAdded, \.topic)
    }

    @Test func partialRemoved() throws {
        let channel = Symbol.Channels.PartialRemoved(Self.account)
        try expectTopic(channel.address, Symbol.Channels.PartialRemoved.Messages.RemovedTransactionNotification.self,
                        Samples.partialRemoved, \.topic)
    }

    @Test func cosignature() throws {
        let channel = Symbol.Channels.Cosignature(Self.account)
        try expectTopic(channel.address, Symbol.Channels.Cosignature.Messages.CosignatureNotification.self, Samples.cosignature, \.topic)
    }

    @Test func status() throws {
        let channel = Symbol.Channels.Status(Self.account)
        try expectTopic(channel.address, Symbol.Channels.Status.Messages.StatusNotification.self, Samples.status, \.topic)
    }

    @Test func channelsWithoutAFilterCarryEveryAccount() throws {
        let all = [
            Symbol.Channels.AllConfirmedAdded().address, Symbol.Channels.AllUnconfirmedAdded().address,
            Symbol.Channels.AllUnconfirmedRemoved().address, Symbol.Channels.AllPartialAdded().address,
            Symbol.Channels.AllPartialRemoved().address, Symbol.Channels.AllCosignature().address, Symbol.Channels.AllStatus().address,
        ]
        #expect(all == ["confirmedAdded", "unconfirmedAdded", "unconfirmedRemoved", "partialAdded", "partialRemoved", "cosignature", "status"])
        try expectTopic(Symbol.Channels.AllConfirmedAdded().address, Symbol.Channels.AllConfirmedAdded.Messages.TransactionNotification.self,
                        Samples.aggregateComplete, \.topic)
        try expectTopic(Symbol.Channels.AllStatus().address, Symbol.Channels.AllStatus.Messages.StatusNotification.self,
                        Samples.statusUnknownCode, \.topic)
    }

    @Test func typedParametersAreValidatedBeforeUse() throws {
        #expect(try Symbol.Channels.Status(validating: "C0FB8AA409916260").address == "status/C0FB8AA409916260")
        #expect(throws: AddressError.checksumMismatch(expected: "5F220E", found: "D34E68")) {
            try Symbol.Channels.Status(validating: "TAHNZYQBC57AA7KJTMGS3PJPZBXN7DV5JHJU42A")
        }
        #expect(throws: AddressError.invalidChannelParameter(length: 48)) {
            try Symbol.Channels.ConfirmedAdded(validating: "980EDCDE01177E007D499B0D2DBD2FC86EDF8EBD49D34E68")
        }
        #expect(Symbol.Channels.Cosignature(Self.account).addressFilter == Self.account)
        #expect(Symbol.Channels.Cosignature(filter: "garbage").addressFilter == nil)
    }

    @Test func addressTemplatesMatchTheDocumentedChannelNames() {
        #expect(Symbol.Channels.Block.addressTemplate == "block")
        #expect(Symbol.Channels.FinalizedBlock.addressTemplate == "finalizedBlock")
        #expect([
            Symbol.Channels.ConfirmedAdded.addressTemplate, Symbol.Channels.UnconfirmedAdded.addressTemplate,
            Symbol.Channels.UnconfirmedRemoved.addressTemplate, Symbol.Channels.PartialAdded.addressTemplate,
            Symbol.Channels.PartialRemoved.addressTemplate, Symbol.Channels.Cosignature.addressTemplate,
            Symbol.Channels.Status.addressTemplate,
        ] == ["confirmedAdded", "unconfirmedAdded", "unconfirmedRemoved", "partialAdded", "partialRemoved", "cosignature", "status"].map { $0 + "/{address}" })
        #expect(Symbol.Channels.Session.sentMessageNames == ["SubscribeRequest", "UnsubscribeRequest"])
        #expect(Symbol.Channels.Session.receivedMessageNames == ["Greeting"])
    }
}
