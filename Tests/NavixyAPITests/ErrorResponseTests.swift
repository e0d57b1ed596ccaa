import Testing
import SchemaWire
import NavixyAPI

/// The error answer: `status.code` as a typed, open API error code, and `data` as a text or an object.
@Suite struct ErrorResponseTests {
    typealias Errors = Navixy.Errors

    @Test func errorWhoseDataEchoesTheRequest() throws {
        let error = try Wire.decodeLosslessly(Errors.ErrorResponse.self, NavixySamples.errorWithRequestData)
        #expect(error.type == "error")
        #expect(error.action == "subscription/subscribe")
        #expect(error.status.code == .wrongHash)
        #expect(error.status.description == "Wrong user hash")
        #expect(error.data == .errorDetailObject(["events": .array([.string("state")]), "trackers": .array([.number(JSONNumber(15_564))])]))
    }

    @Test func researchSampleOfAWrongHash() throws {
        let error = try Wire.decodeLosslessly(Errors.ErrorResponse.self, NavixySamples.errorWrongHash)
        #expect(error.status.code == .wrongHash)
        #expect(error.status.description == "Wrong hash")
        guard case .errorDetailObject(let details) = error.data else {
            Issue.record("expected an object, got \(String(describing: error.data))")
            return
        }
        #expect(details["trackers"] == .array([.number(JSONNumber(15_564))]))
        #expect(details["events"] == .array([.string("state")]))
    }

    @Test func unexpectedErrorWithNullActionAndTextData() throws {
        let error = try Wire.decodeLosslessly(Errors.ErrorResponse.self, NavixySamples.errorWithTextData)
        #expect(error.action == nil)
        #expect(error.status.code == .unexpectedError)
        #expect(error.data == .errorDetailText("request could not be parsed"))
    }

    @Test(arguments: [
        (1, Errors.ErrorCode.databaseError), (4, .userOrSessionNotFound), (7, .invalidParameters), (15, .tooManyRequests),
        (101, .disabledInDemoMode), (112, .wrongMethod), (201, .notFoundInDatabase), (208, .deviceBlocked),
        (236, .tariffRestricted), (271, .fileTooLarge), (284, .notEnoughPointsForZoneType),
    ])
    func knownCodesAreNamed(code: Int, expected: Errors.ErrorCode) throws {
        #expect(try Wire.decode(Errors.ErrorCode.self, "\(code)") == expected)
        #expect(JSONEncoding.encodeToString(expected) == "\(code)")
    }

    @Test func anUnlistedCodeIsKeptAsANumber() throws {
        let status = try Wire.decodeLosslessly(Errors.ErrorStatus.self, #"{"code":299,"description":"Something new"}"#)
        #expect(status.code == .unknown(299))
        #expect(JSONEncoding.encodeToString(status.code) == "299")
    }

    @Test func aStringCodeIsATypedErrorAtItsPointer() throws {
        let text = #"{"type":"error","action":"subscription/subscribe","status":{"code":"3","description":"Wrong hash"}}"#
        let error = try #require(Wire.decodingError(Errors.ErrorResponse.self, text))
        #expect(error.pointer == "/status/code")
        guard case .typeMismatch = error.reason else {
            Issue.record("expected a type mismatch, got \(error.reason)")
            return
        }
    }
}
