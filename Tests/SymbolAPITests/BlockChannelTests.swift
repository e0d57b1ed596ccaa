import Testing
import SymbolAPI

/// The `block` and `finalizedBlock` channels.
@Suite struct BlockChannelTests {
    typealias Samples = SymbolSamples

    @Test func blockNotificationDecodesEveryHeaderField() throws {
        let message = try decodeRoundTrip(Symbol.Notifications.BlockNotification.self, Samples.block)
        #expect(message.topic == "block")
        let header = message.data.block
        #expect(header.signature?.hex.hasPrefix("939673209A13FF82") == true)
        #expect(header.signerPublicKey == (try PublicKey(hex: "B4F12E7C9F6946091E2CB8B6D3A12B50D17CCBBF646386EA27CE2946A7423DCF")))
        #expect(header.version == 1)
        #expect(header.network == .privateTestnet)
        #expect(header.type == .unknown(32768))
        #expect(header.size == nil)
        #expect(header.height == 100)
        #expect(header.timestamp == 0)
        #expect(header.difficulty == 1)
        #expect(header.proofGamma.hex == "AC1A6E1D8DE5B17D2C6B1293F1CAD3829EEACF38D09311BB3C8E5A880092DE26")
        #expect(header.proofScalar.bytes.count == 32)
        #expect(header.proofVerificationHash.hex == "AC1A6E1D8DE5B17D2C6B1293F1CAD382")
        #expect(header.previousBlockHash.bytes == [UInt8](repeating: 0, count: 32))
        #expect(header.transactionsHash.hex == "702090BA31CEF9E90C62BBDECC0CCCC0F88192B6625839382850357F70DD68A0")
        #expect(header.receiptsHash == header.transactionsHash)
        #expect(header.stateHash == header.transactionsHash)
        #expect(header.beneficiaryAddress.plain == "TATNE7Q5BITMUTRRN6IB4I7FLSDRDWZA37JGO5Q")
        #expect(header.feeMultiplier == 1)
        #expect(header.votingEligibleAccountsCount == nil)
        #expect(header.previousImportanceBlockHash == nil)
        #expect(message.data.meta.hash.hex == "24E92B511B54EDB48A4850F9B42485FDD1A30589D92C775632DDDD71D7D1D691")
        #expect(message.data.meta.generationHash.hex == "57F7DA205008026C776CB6AED843393F04CD458E0AA2D9F1D5F31A402072B2D6")
    }

    @Test func importanceBlockCarriesItsExtraFields() throws {
        let header = try decodeRoundTrip(Symbol.Notifications.BlockNotification.self, Samples.importanceBlock).data.block
        #expect(header.type == .importance)
        #expect(header.network == .testnet)
        #expect(header.size == 856)
        #expect(header.height == 1440)
        #expect(header.timestamp == 48_124_567_890)
        #expect(header.difficulty == 100_000_000_000_000)
        #expect(header.feeMultiplier == 100)
        #expect(header.votingEligibleAccountsCount == 42)
        #expect(header.harvestingEligibleAccountsCount == 1234)
        #expect(header.totalVotingBalance == DecimalUInt64(.max))
        #expect(header.previousImportanceBlockHash?.hex == "702090BA31CEF9E90C62BBDECC0CCCC0F88192B6625839382850357F70DD68A0")
    }

    @Test func unknownBlockTypeAndNetworkAreKept() throws {
        let text = Samples.importanceBlock.replacingOccurrences(of: "33347", with: "33603")
            .replacingOccurrences(of: "\"network\": 152", with: "\"network\": 120")
        let header = try decodeRoundTrip(Symbol.Notifications.BlockNotification.self, text).data.block
        #expect(header.type == .unknown(33603))
        #expect(header.network == .unknown(120))
        #expect(JSONEncoding.encodeToString(header).contains("\"type\":33603"))
    }

    @Test func finalizedBlockDecodes() throws {
        let message = try decodeRoundTrip(Symbol.Notifications.FinalizedBlockNotification.self, Samples.finalizedBlock)
        #expect(message.topic == "finalizedBlock")
        #expect(message.data.height == 100)
        #expect(message.data.hash.hex == "24E92B511B54EDB48A4850F9B42485FDD1A30589D92C775632DDDD71D7D1D691")
        #expect(message.data.finalizationPoint == 1)
        #expect(message.data.finalizationEpoch == 1)
    }

    /// The SDK's mocks as the research notes quote them (the block mock without its signature).
    @Test(.enabled(if: SharedMaterial.shouldRun, "../shared is not present"))
    func researchMocksDecode() throws {
        let samples = try SharedMaterial.jsonSamples("research/symbol-and-eventshub.md")
        let block = try #require(samples.first { $0.contains("\"topic\": \"block\"") })
        let decoded = try decodeRoundTrip(Symbol.Notifications.BlockNotification.self, block)
        #expect(decoded.data.block.signature == nil)
        #expect(decoded.data.block.height == 100)
        #expect(decoded.data.block.beneficiaryAddress.hex == "9826D27E1D0A26CA4E316F901E23E55C8711DB20DFD26776")
        #expect(decoded.data.meta.generationHash.hex.hasPrefix("57F7DA20"))
        let finalized = try #require(samples.first { $0.contains("\"topic\": \"finalizedBlock\"") })
        let round = try decodeRoundTrip(Symbol.Notifications.FinalizedBlockNotification.self, finalized)
        #expect(round.data.height == 100)
        #expect(round.data.finalizationEpoch == 1)
    }

    @Test func malformedHeaderValuesNameTheirPointer() {
        let badHeight = Samples.finalizedBlock.replacingOccurrences(of: "\"height\": \"100\"", with: "\"height\": \"12a\"")
        let heightError = expectDecodingError(Symbol.Notifications.FinalizedBlockNotification.self, badHeight, at: "/data/height")
        #expect(heightError?.description.contains("decimal uint64") == true)
        let badAddress = Samples.block.replacingOccurrences(of: "DFD26776", with: "DFD26777")
        let addressError = expectDecodingError(Symbol.Notifications.BlockNotification.self, badAddress, at: "/data/block/beneficiaryAddress")
        #expect(addressError?.description.contains("checksum") == true)
        let shortHash = Samples.block.replacingOccurrences(of: "D7D1D691", with: "D7D1D69")
        expectDecodingError(Symbol.Notifications.BlockNotification.self, shortHash, at: "/data/meta/hash")
    }
}
