// Real-shaped samples built from the field lists in the research notes (our own values,
// checked against the schemas with Python's jsonschema when they were written).

/// One sample per channel and kind of payload, plus edge cases.
enum SymbolSamples {
    /// A `BlockNotification` (`notifications.schema.json`).
    static let block = #"""
        {
          "topic": "block",
          "data": {
            "block": {
              "signature": "939673209A13FF82397578D22CC96EB8516A6760C894D9B7535E3A1E068007B9255CFA9A914C97142A7AE18533E381C846B69D2AE0D60D1DC8A55AD120E2B606",
              "transactionsHash": "702090BA31CEF9E90C62BBDECC0CCCC0F88192B6625839382850357F70DD68A0",
              "receiptsHash": "702090BA31CEF9E90C62BBDECC0CCCC0F88192B6625839382850357F70DD68A0",
              "stateHash": "702090BA31CEF9E90C62BBDECC0CCCC0F88192B6625839382850357F70DD68A0",
              "difficulty": "1",
              "proofGamma": "AC1A6E1D8DE5B17D2C6B1293F1CAD3829EEACF38D09311BB3C8E5A880092DE26",
              "proofScalar": "AC1A6E1D8DE5B17D2C6B1293F1CAD3829EEACF38D09311BB3C8E5A880092DE26",
              "proofVerificationHash": "AC1A6E1D8DE5B17D2C6B1293F1CAD382",
              "feeMultiplier": 1,
              "height": "100",
              "previousBlockHash": "0000000000000000000000000000000000000000000000000000000000000000",
              "signerPublicKey": "B4F12E7C9F6946091E2CB8B6D3A12B50D17CCBBF646386EA27CE2946A7423DCF",
              "beneficiaryAddress": "9826D27E1D0A26CA4E316F901E23E55C8711DB20DFD26776",
              "timestamp": "0",
              "type": 32768,
              "version": 1,
              "network": 144
            },
            "meta": {
              "generationHash": "57F7DA205008026C776CB6AED843393F04CD458E0AA2D9F1D5F31A402072B2D6",
              "hash": "24E92B511B54EDB48A4850F9B42485FDD1A30589D92C775632DDDD71D7D1D691"
            }
          }
        }
        """#
    /// A `BlockNotification` (`notifications.schema.json`).
    static let importanceBlock = #"""
        {
          "topic": "block",
          "data": {
            "block": {
              "size": 856,
              "signature": "939673209A13FF82397578D22CC96EB8516A6760C894D9B7535E3A1E068007B9255CFA9A914C97142A7AE18533E381C846B69D2AE0D60D1DC8A55AD120E2B606",
              "signerPublicKey": "B4F12E7C9F6946091E2CB8B6D3A12B50D17CCBBF646386EA27CE2946A7423DCF",
              "version": 1,
              "network": 152,
              "type": 33347,
              "height": "1440",
              "timestamp": "48124567890",
              "difficulty": "100000000000000",
              "proofGamma": "AC1A6E1D8DE5B17D2C6B1293F1CAD3829EEACF38D09311BB3C8E5A880092DE26",
              "proofVerificationHash": "AC1A6E1D8DE5B17D2C6B1293F1CAD382",
              "proofScalar": "AC1A6E1D8DE5B17D2C6B1293F1CAD3829EEACF38D09311BB3C8E5A880092DE26",
              "previousBlockHash": "24E92B511B54EDB48A4850F9B42485FDD1A30589D92C775632DDDD71D7D1D691",
              "transactionsHash": "702090BA31CEF9E90C62BBDECC0CCCC0F88192B6625839382850357F70DD68A0",
              "receiptsHash": "702090BA31CEF9E90C62BBDECC0CCCC0F88192B6625839382850357F70DD68A0",
              "stateHash": "57F7DA205008026C776CB6AED843393F04CD458E0AA2D9F1D5F31A402072B2D6",
              "beneficiaryAddress": "9826D27E1D0A26CA4E316F901E23E55C8711DB20DFD26776",
              "feeMultiplier": 100,
              "votingEligibleAccountsCount": 42,
              "harvestingEligibleAccountsCount": "1234",
              "totalVotingBalance": "18446744073709551615",
              "previousImportanceBlockHash": "702090BA31CEF9E90C62BBDECC0CCCC0F88192B6625839382850357F70DD68A0"
            },
            "meta": {
              "hash": "57F7DA205008026C776CB6AED843393F04CD458E0AA2D9F1D5F31A402072B2D6",
              "generationHash": "24E92B511B54EDB48A4850F9B42485FDD1A30589D92C775632DDDD71D7D1D691"
            }
          }
        }
        """#
    /// A `FinalizedBlockNotification` (`notifications.schema.json`).
    static let finalizedBlock = #"""
        {
          "topic": "finalizedBlock",
          "data": {
            "height": "100",
            "hash": "24E92B511B54EDB48A4850F9B42485FDD1A30589D92C775632DDDD71D7D1D691",
            "finalizationPoint": 1,
            "finalizationEpoch": 1
          }
        }
        """#
    /// A `TransactionNotification` (`notifications.schema.json`).
    static let confirmedAdded = #"""
        {
          "topic": "confirmedAdded/TAHNZXQBC57AA7KJTMGS3PJPZBXN7DV5JHJU42A",
          "data": {
            "transaction": {
              "size": 176,
              "signature": "939673209A13FF82397578D22CC96EB8516A6760C894D9B7535E3A1E068007B9255CFA9A914C97142A7AE18533E381C846B69D2AE0D60D1DC8A55AD120E2B606",
              "signerPublicKey": "B4F12E7C9F6946091E2CB8B6D3A12B50D17CCBBF646386EA27CE2946A7423DCF",
              "version": 1,
              "network": 152,
              "type": 16724,
              "maxFee": "17600",
              "deadline": "39834000000",
              "recipientAddress": "982767F15C8AF2F2C7225D5273FDD683EDC714110ABC41F7",
              "message": "0048656C6C6F",
              "mosaics": [
                {
                  "id": "3A8416DB2D53B6C8",
                  "amount": "1000000"
                }
              ]
            },
            "meta": {
              "hash": "24E92B511B54EDB48A4850F9B42485FDD1A30589D92C775632DDDD71D7D1D691",
              "merkleComponentHash": "57F7DA205008026C776CB6AED843393F04CD458E0AA2D9F1D5F31A402072B2D6",
              "height": "123456"
            }
          }
        }
        """#
    /// A `TransactionNotification` (`notifications.schema.json`).
    static let unconfirmedAdded = #"""
        {
          "topic": "unconfirmedAdded/C0FB8AA409916260",
          "data": {
            "transaction": {
              "size": 160,
              "signature": "939673209A13FF82397578D22CC96EB8516A6760C894D9B7535E3A1E068007B9255CFA9A914C97142A7AE18533E381C846B69D2AE0D60D1DC8A55AD120E2B606",
              "signerPublicKey": "B4F12E7C9F6946091E2CB8B6D3A12B50D17CCBBF646386EA27CE2946A7423DCF",
              "version": 1,
              "network": 152,
              "type": 16724,
              "maxFee": "16000",
              "deadline": "39834000001",
              "recipientAddress": "9960629109A48AFBC0000000000000000000000000000000",
              "mosaics": [
                {
                  "id": "E74B99BA41F4AFEE",
                  "amount": "5"
                },
                {
                  "id": "3A8416DB2D53B6C8",
                  "amount": "0"
                }
              ]
            },
            "meta": {
              "hash": "57F7DA205008026C776CB6AED843393F04CD458E0AA2D9F1D5F31A402072B2D6",
              "merkleComponentHash": "57F7DA205008026C776CB6AED843393F04CD458E0AA2D9F1D5F31A402072B2D6",
              "height": "0"
            }
          }
        }
        """#
    /// A `TransactionNotification` (`notifications.schema.json`).
    static let partialAdded = #"""
        {
          "topic": "partialAdded/TAHNZXQBC57AA7KJTMGS3PJPZBXN7DV5JHJU42A",
          "data": {
            "transaction": {
              "size": 480,
              "signature": "939673209A13FF82397578D22CC96EB8516A6760C894D9B7535E3A1E068007B9255CFA9A914C97142A7AE18533E381C846B69D2AE0D60D1DC8A55AD120E2B606",
              "signerPublicKey": "B4F12E7C9F6946091E2CB8B6D3A12B50D17CCBBF646386EA27CE2946A7423DCF",
              "version": 2,
              "network": 152,
              "type": 16961,
              "maxFee": "48000",
              "deadline": "39834000002",
              "transactionsHash": "702090BA31CEF9E90C62BBDECC0CCCC0F88192B6625839382850357F70DD68A0",
              "transactions": [
                {
                  "transaction": {
                    "signerPublicKey": "B4F12E7C9F6946091E2CB8B6D3A12B50D17CCBBF646386EA27CE2946A7423DCF",
                    "version": 1,
                    "network": 152,
                    "type": 16724,
                    "recipientAddress": "982767F15C8AF2F2C7225D5273FDD683EDC714110ABC41F7",
                    "mosaics": [
                      {
                        "id": "3A8416DB2D53B6C8",
                        "amount": "10"
                      }
                    ]
                  }
                },
                {
                  "transaction": {
                    "signerPublicKey": "3A537D5A1AF916D1D8A9F2D3E9A3C5B7C1B1B8F7C0D5E4A3B2C1D0E9F8A7B6C5",
                    "version": 1,
                    "network": 152,
                    "type": 16716,
                    "linkedPublicKey": "B4F12E7C9F6946091E2CB8B6D3A12B50D17CCBBF646386EA27CE2946A7423DCF",
                    "linkAction": 1
                  }
                }
              ],
              "cosignatures": [
                {
                  "version": "0",
                  "signerPublicKey": "3A537D5A1AF916D1D8A9F2D3E9A3C5B7C1B1B8F7C0D5E4A3B2C1D0E9F8A7B6C5",
                  "signature": "939673209A13FF82397578D22CC96EB8516A6760C894D9B7535E3A1E068007B9255CFA9A914C97142A7AE18533E381C846B69D2AE0D60D1DC8A55AD120E2B606"
                }
              ]
            },
            "meta": {
              "hash": "702090BA31CEF9E90C62BBDECC0CCCC0F88192B6625839382850357F70DD68A0",
              "merkleComponentHash": "702090BA31CEF9E90C62BBDECC0CCCC0F88192B6625839382850357F70DD68A0",
              "height": "0"
            }
          }
        }
        """#
    /// A `TransactionNotification` (`notifications.schema.json`).
    static let aggregateComplete = #"""
        {
          "topic": "confirmedAdded",
          "data": {
            "transaction": {
              "size": 296,
              "signature": "939673209A13FF82397578D22CC96EB8516A6760C894D9B7535E3A1E068007B9255CFA9A914C97142A7AE18533E381C846B69D2AE0D60D1DC8A55AD120E2B606",
              "signerPublicKey": "B4F12E7C9F6946091E2CB8B6D3A12B50D17CCBBF646386EA27CE2946A7423DCF",
              "version": 2,
              "network": 104,
              "type": 16705,
              "maxFee": "29600",
              "deadline": "39834000003",
              "transactionsHash": "702090BA31CEF9E90C62BBDECC0CCCC0F88192B6625839382850357F70DD68A0",
              "transactions": [],
              "cosignatures": []
            },
            "meta": {
              "hash": "702090BA31CEF9E90C62BBDECC0CCCC0F88192B6625839382850357F70DD68A0",
              "merkleComponentHash": "24E92B511B54EDB48A4850F9B42485FDD1A30589D92C775632DDDD71D7D1D691",
              "height": "77"
            }
          }
        }
        """#
    /// A `TransactionNotification` (`notifications.schema.json`).
    static let unknownTransaction = #"""
        {
          "topic": "confirmedAdded/TAHNZXQBC57AA7KJTMGS3PJPZBXN7DV5JHJU42A",
          "data": {
            "transaction": {
              "size": 161,
              "signature": "939673209A13FF82397578D22CC96EB8516A6760C894D9B7535E3A1E068007B9255CFA9A914C97142A7AE18533E381C846B69D2AE0D60D1DC8A55AD120E2B606",
              "signerPublicKey": "B4F12E7C9F6946091E2CB8B6D3A12B50D17CCBBF646386EA27CE2946A7423DCF",
              "version": 1,
              "network": 152,
              "type": 16718,
              "maxFee": "16100",
              "deadline": "39834000004",
              "duration": "86400",
              "id": "C0FB8AA409916260",
              "registrationType": 0,
              "name": "6D79636F6D70616E79"
            },
            "meta": {
              "hash": "24E92B511B54EDB48A4850F9B42485FDD1A30589D92C775632DDDD71D7D1D691",
              "merkleComponentHash": "24E92B511B54EDB48A4850F9B42485FDD1A30589D92C775632DDDD71D7D1D691",
              "height": "9"
            }
          }
        }
        """#
    /// A `RemovedTransactionNotification` (`notifications.schema.json`).
    static let unconfirmedRemoved = #"""
        {
          "topic": "unconfirmedRemoved/TAHNZXQBC57AA7KJTMGS3PJPZBXN7DV5JHJU42A",
          "data": {
            "meta": {
              "hash": "24E92B511B54EDB48A4850F9B42485FDD1A30589D92C775632DDDD71D7D1D691"
            }
          }
        }
        """#
    /// A `RemovedTransactionNotification` (`notifications.schema.json`).
    static let partialRemoved = #"""
        {
          "topic": "partialRemoved/TAHNZXQBC57AA7KJTMGS3PJPZBXN7DV5JHJU42A",
          "data": {
            "meta": {
              "hash": "702090BA31CEF9E90C62BBDECC0CCCC0F88192B6625839382850357F70DD68A0"
            }
          }
        }
        """#
    /// A `CosignatureNotification` (`notifications.schema.json`).
    static let cosignature = #"""
        {
          "topic": "cosignature/TAHNZXQBC57AA7KJTMGS3PJPZBXN7DV5JHJU42A",
          "data": {
            "version": "0",
            "signerPublicKey": "3A537D5A1AF916D1D8A9F2D3E9A3C5B7C1B1B8F7C0D5E4A3B2C1D0E9F8A7B6C5",
            "signature": "939673209A13FF82397578D22CC96EB8516A6760C894D9B7535E3A1E068007B9255CFA9A914C97142A7AE18533E381C846B69D2AE0D60D1DC8A55AD120E2B606",
            "parentHash": "702090BA31CEF9E90C62BBDECC0CCCC0F88192B6625839382850357F70DD68A0"
          }
        }
        """#
    /// A `StatusNotification` (`notifications.schema.json`).
    static let status = #"""
        {
          "topic": "status/TAHNZXQBC57AA7KJTMGS3PJPZBXN7DV5JHJU42A",
          "data": {
            "hash": "24E92B511B54EDB48A4850F9B42485FDD1A30589D92C775632DDDD71D7D1D691",
            "code": "Failure_Core_Insufficient_Balance",
            "deadline": "39834000000"
          }
        }
        """#
    /// A `StatusNotification` (`notifications.schema.json`).
    static let statusUnknownCode = #"""
        {
          "topic": "status",
          "data": {
            "hash": "57F7DA205008026C776CB6AED843393F04CD458E0AA2D9F1D5F31A402072B2D6",
            "code": "Failure_RestrictionMosaic_Account_Unauthorized",
            "deadline": "1010"
          }
        }
        """#
    /// A `Greeting` (`session.schema.json`).
    static let greeting = #"""
        {
          "uid": "MVJZIQ3PXIRZ6L5BU6ZPDZG6A5JNJ7WV"
        }
        """#
    /// A `SubscribeRequest` (`session.schema.json`).
    static let subscribe = #"""
        {
          "uid": "MVJZIQ3PXIRZ6L5BU6ZPDZG6A5JNJ7WV",
          "subscribe": "confirmedAdded/TAHNZXQBC57AA7KJTMGS3PJPZBXN7DV5JHJU42A"
        }
        """#
    /// A `UnsubscribeRequest` (`session.schema.json`).
    static let unsubscribe = #"""
        {
          "uid": "MVJZIQ3PXIRZ6L5BU6ZPDZG6A5JNJ7WV",
          "unsubscribe": "block"
        }
        """#
    /// A `StatusNotification` (`notifications.schema.json`).
    static let statusSDKMock = #"""
        {
          "topic": "status/TAHNZXQBC57AA7KJTMGS3PJPZBXN7DV5JHJU42A",
          "data": {
            "address": "9826D27E1D0A26CA4E316F901E23E55C8711DB20DFD26776",
            "deadline": "1010",
            "hash": "transaction-hash",
            "code": "error-message"
          }
        }
        """#
}
