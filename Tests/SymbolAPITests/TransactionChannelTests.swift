import Testing
import SymbolAPI

/// The transaction channels: `confirmedAdded`, `unconfirmedAdded`, `partialAdded` (a transaction and
/// its meta) and `unconfirmedRemoved`, `partialRemoved` (only the hash).
@Suite struct TransactionChannelTests {
    typealias Samples = SymbolSamples
    static let hash1 = "24E92B511B54EDB48A4850F9B42485FDD1A30589D92C775632DDDD71D7D1D691"
    static let hash3 = "702090BA31CEF9E90C62BBDECC0CCCC0F88192B6625839382850357F70DD68A0"

    @Test func confirmedTransferDecodesEveryField() throws {
        let message = try decodeRoundTrip(Symbol.Notifications.TransactionNotification.self, Samples.confirmedAdded)
        #expect(message.topic == "confirmedAdded/TAHNZXQBC57AA7KJTMGS3PJPZBXN7DV5JHJU42A")
        let transfer = try unwrap(message.data.transaction, "expected a transfer, got \(message.data.transaction)") {
            if case .transfer(let value) = $0 { value } else { nil }
        }
        #expect(transfer.size == 176)
        #expect(transfer.signature.bytes.count == 64)
        #expect(transfer.signerPublicKey.hex.hasPrefix("B4F12E7C"))
        #expect(transfer.version == 1)
        #expect(transfer.network == .testnet)
        #expect(transfer.type == 16724)
        #expect(transfer.maxFee == 17600)
        #expect(transfer.deadline == 39_834_000_000)
        #expect(transfer.recipientAddress == .address(try Address(plain: "TATWP4K4RLZPFRZCLVJHH7OWQPW4OFARBK6ED5Y")))
        #expect(transfer.message?.bytes == [0x00] + Array("Hello".utf8))
        #expect(transfer.mosaics == [Symbol.Transactions.Mosaic(id: MosaicID(0x3A84_16DB_2D53_B6C8), amount: 1_000_000)])
        #expect(message.data.meta.hash.hex == Self.hash1)
        #expect(message.data.meta.merkleComponentHash.hex.hasPrefix("57F7DA20"))
        #expect(message.data.meta.height == 123_456)
    }

    @Test func unconfirmedTransferToANamespaceAlias() throws {
        let message = try decodeRoundTrip(Symbol.Notifications.TransactionNotification.self, Samples.unconfirmedAdded)
        #expect(message.topic == "unconfirmedAdded/C0FB8AA409916260")
        let transfer = try unwrap(message.data.transaction, "expected a transfer") {
            if case .transfer(let value) = $0 { value } else { nil }
        }
        #expect(transfer.recipientAddress == .alias(NamespaceID(0xC0FB_8AA4_0991_6260), network: 152))
        #expect(transfer.message == nil)
        #expect(transfer.mosaics.map(\.id.isNamespaceAlias) == [true, false])
        #expect(transfer.mosaics.map(\.amount) == [5, 0])
        #expect(message.data.meta.height == 0)
    }

    @Test func partialBondedAggregateWithInnerTransactionsAndCosignatures() throws {
        let message = try decodeRoundTrip(Symbol.Notifications.TransactionNotification.self, Samples.partialAdded)
        let aggregate = try unwrap(message.data.transaction, "expected an aggregate bonded transaction") {
            if case .aggregateBonded(let value) = $0 { value } else { nil }
        }
        #expect(aggregate.type == 16961)
        #expect(aggregate.version == 2)
        #expect(aggregate.maxFee == 48000)
        #expect(aggregate.transactionsHash.hex == Self.hash3)
        #expect(aggregate.transactions.count == 2)
        let inner = try unwrap(aggregate.transactions[0].transaction, "expected an inner transfer") {
            if case .embeddedTransfer(let value) = $0 { value } else { nil }
        }
        #expect(inner.size == nil)
        #expect(inner.mosaics.first?.amount == 10)
        #expect(inner.recipientAddress == .address(try Address(hex: "982767F15C8AF2F2C7225D5273FDD683EDC714110ABC41F7")))
        let (tag, raw) = try unwrap(aggregate.transactions[1].transaction, "expected the key link to stay unknown") {
            if case .unknown(let a, let b) = $0 { (a, b) } else { nil }
        }
        #expect(tag == "16716")
        #expect(aggregate.transactions[1].transaction.transactionType == .accountKeyLink)
        #expect(aggregate.transactions[0].transaction.transactionType == .transfer)
        #expect(message.data.transaction.transactionType == .aggregateBonded)
        #expect(raw["linkAction"] == .number(JSONNumber(1)))
        #expect(aggregate.cosignatures.count == 1)
        #expect(aggregate.cosignatures[0].version == 0)
        #expect(aggregate.cosignatures[0].signerPublicKey.hex.hasPrefix("3A537D5A"))
    }

    @Test func completeAggregateWithNoInnerTransactions() throws {
        let message = try decodeRoundTrip(Symbol.Notifications.TransactionNotification.self, Samples.aggregateComplete)
        #expect(message.topic == "confirmedAdded")
        let aggregate = try unwrap(message.data.transaction, "expected an aggregate complete transaction") {
            if case .aggregateComplete(let value) = $0 { value } else { nil }
        }
        #expect(aggregate.network == .mainnet)
        #expect(aggregate.transactions.isEmpty)
        #expect(aggregate.cosignatures.isEmpty)
        #expect(message.data.meta.height == 77)
    }

    @Test func otherTransactionTypesAreKeptRawWithTheirTypeNumber() throws {
        let message = try decodeRoundTrip(Symbol.Notifications.TransactionNotification.self, Samples.unknownTransaction)
        let (tag, raw) = try unwrap(message.data.transaction, "expected an unknown transaction type") {
            if case .unknown(let a, let b) = $0 { (a, b) } else { nil }
        }
        #expect(tag == "16718")
        #expect(message.data.transaction.transactionType == .namespaceRegistration)
        #expect(raw["name"] == .string("6D79636F6D70616E79"))
        #expect(raw["duration"] == .string("86400"))
        #expect(message.data.meta.height == 9)
        #expect(JSONEncoding.encodeToString(message).contains("\"registrationType\":0"))
    }

    @Test func transactionTypeNumbersUnknownToThisVersionStayNumbers() throws {
        let text = Samples.unknownTransaction.replacingOccurrences(of: "16718", with: "17999")
        let transaction = try decodeRoundTrip(Symbol.Notifications.TransactionNotification.self, text).data.transaction
        #expect(transaction.transactionType == .unknown(17999))
        #expect(Symbol.Transactions.TransactionType(rawValue: 16724) == .transfer)
    }

    @Test func removedTransactionsCarryOnlyTheHash() throws {
        let unconfirmed = try decodeRoundTrip(Symbol.Notifications.RemovedTransactionNotification.self, Samples.unconfirmedRemoved)
        #expect(unconfirmed.topic == "unconfirmedRemoved/TAHNZXQBC57AA7KJTMGS3PJPZBXN7DV5JHJU42A")
        #expect(unconfirmed.data.meta.hash.hex == Self.hash1)
        let partial = try decodeRoundTrip(Symbol.Notifications.RemovedTransactionNotification.self, Samples.partialRemoved)
        #expect(partial.topic == "partialRemoved/TAHNZXQBC57AA7KJTMGS3PJPZBXN7DV5JHJU42A")
        #expect(partial.data.meta.hash.hex == Self.hash3)
    }

    @Test func malformedTransactionValuesNameTheirPointer() {
        let badRecipient = Samples.confirmedAdded.replacingOccurrences(of: "0ABC41F7", with: "0ABC41F8")
        expectDecodingError(Symbol.Notifications.TransactionNotification.self, badRecipient, at: "/data/transaction/recipientAddress")
        let badAmount = Samples.confirmedAdded.replacingOccurrences(of: "\"1000000\"", with: "\"-1\"")
        expectDecodingError(Symbol.Notifications.TransactionNotification.self, badAmount, at: "/data/transaction/mosaics/0/amount")
        let badMosaic = Samples.confirmedAdded.replacingOccurrences(of: "3A8416DB2D53B6C8", with: "3A8416DB2D53B6C")
        expectDecodingError(Symbol.Notifications.TransactionNotification.self, badMosaic, at: "/data/transaction/mosaics/0/id")
    }
}
