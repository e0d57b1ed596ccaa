import Testing
import SymbolAPI

/// The `cosignature` and `status` channels.
@Suite struct AccountChannelTests {
    typealias Samples = SymbolSamples

    @Test func cosignatureDecodes() throws {
        let message = try decodeRoundTrip(Symbol.Notifications.CosignatureNotification.self, Samples.cosignature)
        #expect(message.topic == "cosignature/TAHNZXQBC57AA7KJTMGS3PJPZBXN7DV5JHJU42A")
        #expect(message.data.version == 0)
        #expect(message.data.signerPublicKey.hex.hasPrefix("3A537D5A"))
        #expect(message.data.signature.hex.hasSuffix("20E2B606"))
        #expect(message.data.parentHash.hex == "702090BA31CEF9E90C62BBDECC0CCCC0F88192B6625839382850357F70DD68A0")
    }

    @Test func statusDecodesTheCodeByName() throws {
        let message = try decodeRoundTrip(Symbol.Notifications.StatusNotification.self, Samples.status)
        #expect(message.topic == "status/TAHNZXQBC57AA7KJTMGS3PJPZBXN7DV5JHJU42A")
        #expect(message.data.hash.hex == "24E92B511B54EDB48A4850F9B42485FDD1A30589D92C775632DDDD71D7D1D691")
        #expect(message.data.code == .failureCoreInsufficientBalance)
        #expect(message.data.deadline == 39_834_000_000)
    }

    @Test func unknownStatusCodeIsKept() throws {
        let message = try decodeRoundTrip(Symbol.Notifications.StatusNotification.self, Samples.statusUnknownCode)
        #expect(message.data.code == .unknown("Failure_RestrictionMosaic_Account_Unauthorized"))
        #expect(message.data.code.rawValue == "Failure_RestrictionMosaic_Account_Unauthorized")
        #expect(message.data.deadline == 1010)
    }

    /// The SDK's status mock uses placeholder strings ("transaction-hash"); a typed client refuses it
    /// at the hash, where a real gateway sends 64 hex characters.
    @Test func sdkStatusMockIsRejectedAtTheHash() {
        let error = expectDecodingError(Symbol.Notifications.StatusNotification.self, Samples.statusSDKMock, at: "/data/hash")
        #expect(error?.description.contains("transaction-hash") == true)
    }

    @Test(.enabled(if: SharedMaterial.shouldRun, "../shared is not present"))
    func researchStatusMockIsRejectedAtTheHash() throws {
        let samples = try SharedMaterial.jsonSamples("research/symbol-and-eventshub.md")
        let status = try #require(samples.first { $0.contains("\"error-message\"") })
        expectDecodingError(Symbol.Notifications.StatusNotification.self, status, at: "/data/hash")
    }
}
