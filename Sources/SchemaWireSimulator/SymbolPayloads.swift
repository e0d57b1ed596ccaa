import SymbolAPI

/// Synthetic payloads in the exact shapes catapult-rest pushes (uint64 as decimal strings, hex ids,
/// hex-encoded addresses), numbered by a sequence so tests can check values.
enum SymbolPayloads {
    /// A fresh 32-character base32 uid.
    static func uid() -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
        return String((0..<32).map { _ in alphabet.randomElement()! })
    }

    /// 64 hex digits derived from `sequence` and a salt.
    static func hash(_ sequence: Int, salt: Int = 0) -> String {
        let head = String(UInt64(truncatingIfNeeded: sequence &* 2_654_435_761 &+ salt), radix: 16, uppercase: true)
        let body = String(repeating: "0", count: 16 - head.count) + head
        return String(repeating: body, count: 4)
    }

    /// The simulator's demo account (testnet, a fixed account hash), with a valid checksum.
    static let demoAccount: Address? = try? Address(network: 0x98, accountHash: (0..<20).map { UInt8($0 * 7 + 3) })

    /// The demo account in hex, as payloads carry addresses.
    static var recipientHex: String { demoAccount?.hex ?? "" }

    /// The `{topic, data}` message for `topic` at `sequence`, or `nil` for an unknown channel.
    static func message(topic: String, sequence: Int) -> String? {
        let name = topic.split(separator: "/", maxSplits: 1).first.map(String.init) ?? topic
        guard let channel = SymbolChannelName(rawValue: name), let data = data(channel, sequence: sequence) else { return nil }
        return "{\"topic\":\"\(topic)\",\"data\":\(data)}"
    }

    private static func data(_ channel: SymbolChannelName, sequence: Int) -> String? {
        switch channel {
        case .block:
            return """
            {"block":{"signature":"\(hash(sequence, salt: 1))\(hash(sequence, salt: 2))","signerPublicKey":"\(hash(sequence, salt: 3))",\
            "version":1,"network":152,"type":33091,"height":"\(sequence)","timestamp":"\(sequence * 30_000)","difficulty":"100000000000000",\
            "proofGamma":"\(hash(sequence, salt: 4))","proofVerificationHash":"\(hash(sequence, salt: 5).prefix(32))",\
            "proofScalar":"\(hash(sequence, salt: 6))","previousBlockHash":"\(hash(sequence - 1, salt: 9))",\
            "transactionsHash":"\(hash(sequence, salt: 7))","receiptsHash":"\(hash(sequence, salt: 8))","stateHash":"\(hash(sequence, salt: 10))",\
            "beneficiaryAddress":"\(recipientHex)","feeMultiplier":100},\
            "meta":{"hash":"\(hash(sequence, salt: 9))","generationHash":"\(hash(sequence, salt: 11))"}}
            """
        case .finalizedBlock:
            return "{\"finalizationEpoch\":\(sequence / 10),\"finalizationPoint\":\(sequence % 10),\"height\":\"\(sequence)\",\"hash\":\"\(hash(sequence, salt: 9))\"}"
        case .confirmedAdded, .unconfirmedAdded, .partialAdded:
            let height = channel == .confirmedAdded ? sequence : 0
            return """
            {"transaction":{"size":176,"signature":"\(hash(sequence, salt: 12))\(hash(sequence, salt: 13))",\
            "signerPublicKey":"\(hash(sequence, salt: 3))","version":1,"network":152,"type":16724,"maxFee":"17600",\
            "deadline":"\(sequence * 1000)","recipientAddress":"\(recipientHex)","message":"0048656C6C6F",\
            "mosaics":[{"id":"3A8416DB2D53B6C8","amount":"\(sequence)"}]},\
            "meta":{"hash":"\(hash(sequence, salt: 14))","merkleComponentHash":"\(hash(sequence, salt: 15))","height":"\(height)"}}
            """
        case .unconfirmedRemoved, .partialRemoved:
            return "{\"meta\":{\"hash\":\"\(hash(sequence, salt: 14))\"}}"
        case .cosignature:
            return """
            {"version":"0","signerPublicKey":"\(hash(sequence, salt: 16))","signature":"\(hash(sequence, salt: 17))\(hash(sequence, salt: 18))",\
            "parentHash":"\(hash(sequence, salt: 14))"}
            """
        case .status:
            return "{\"hash\":\"\(hash(sequence, salt: 14))\",\"code\":\"Failure_Core_Insufficient_Balance\",\"deadline\":\"\(sequence * 1000)\"}"
        }
    }
}
