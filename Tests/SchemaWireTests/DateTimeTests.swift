import Foundation
import Testing
import SchemaWire

/// `DateTime` is checked against Foundation's own formatters, which serve here as the outside
/// reference (they are never used by `DateTime` itself).
@Suite struct DateTimeTests {
    /// A small deterministic generator so the sweeps below are the same on every run.
    struct Sweep {
        var state: UInt64
        mutating func next(_ range: ClosedRange<Int>) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return range.lowerBound + Int((state >> 33) % UInt64(range.count))
        }
    }

    static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    static func wallClockText(_ sweep: inout Sweep, separator: String = " ") -> String {
        let year = sweep.next(1971...2099)
        let month = sweep.next(1...12)
        let day = sweep.next(1...28)
        let time = [sweep.next(0...23), sweep.next(0...59), sweep.next(0...59)].map(two).joined(separator: ":")
        return "\(year)-\(two(month))-\(two(day))\(separator)\(time)"
    }

    static func formatter(_ format: String, _ zone: TimeZone) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.calendar = Calendar(identifier: .gregorian)
        formatter.timeZone = zone
        formatter.dateFormat = format
        return formatter
    }

    @Test func readsTheNavixyZoneLessFormAndItsFields() throws {
        let value = try DateTime(parsing: "2018-10-17 12:51:55")
        #expect(value.year == 2018)
        #expect(value.month == 10)
        #expect(value.day == 17)
        #expect(value.hour == 12)
        #expect(value.minute == 51)
        #expect(value.second == 55)
        #expect(value.nanosecond == 0)
        #expect(value.utcOffset == nil)
        #expect(value.date == nil)
        #expect(value.text == "2018-10-17 12:51:55")
    }

    @Test func theDefaultFormAcceptsExactlyTheDatesFoundationCallsValid() throws {
        // Years from 1600: Foundation's Gregorian calendar is Julian before 1582; ours is proleptic.
        var random = SystemRandomNumberGenerator()
        let calendar = Calendar(identifier: .gregorian)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        for _ in 0..<3_000 {
            let (year, month, day) = (Int.random(in: 1600...9999, using: &random), Int.random(in: 0...13, using: &random), Int.random(in: 0...32, using: &random))
            let (hour, minute, second) = (Int.random(in: 0...25, using: &random), Int.random(in: 0...61, using: &random), Int.random(in: 0...61, using: &random))
            let text = String(repeating: "0", count: 4 - String(year).count) + "\(year)-\(two(month))-\(two(day)) \(two(hour)):\(two(minute)):\(two(second))"
            let components = DateComponents(calendar: calendar, year: year, month: month, day: day)
            let valid = (1...12).contains(month) && components.isValidDate && hour < 24 && minute < 60 && second < 60
            let parsed = try? DateTime(parsing: text)
            #expect((parsed != nil) == valid, "\(text)")
            if let parsed {
                #expect(parsed.text == text)
                let fields: [Int] = [parsed.year, parsed.month, parsed.day, parsed.hour, parsed.minute, parsed.second]
                #expect(fields == [year, month, day, hour, minute, second])
            }
        }
    }

    @Test func readsIsoWithOffsetZuluAndFraction() throws {
        let wire = try DateTime(parsing: "2025-10-08T18:31:53-06:00")
        #expect(wire.utcOffset == -21_600)
        #expect(wire.hour == 18)
        let zulu = try DateTime(parsing: "2025-02-11T15:12:58Z")
        #expect(zulu.utcOffset == 0)
        let fraction = try DateTime(parsing: "2025-02-11T15:12:58.0507+0530")
        #expect(fraction.nanosecond == 50_700_000)
        #expect(fraction.utcOffset == 19_800)
    }

    @Test(arguments: [
        "2018-10-17 12:51:55", "2025-10-08T18:31:53-06:00", "2025-02-11T15:12:58Z", "2025-02-11t15:12:58z",
        "2025-02-11T15:12:58.250Z", "2025-02-11T15:12:58.000000001+01:00", "2025-02-11T15:12:58+0100",
        "2025-02-11T15:12:58-00:00", "2025-02-11T15:12:58-0000", "2025-02-11T15:12:58+00:00", "2018-10-17 12:51:55.5",
        "2000-02-29 00:00:00", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999+23:59",
    ])
    func textIsKeptByteForByte(text: String) throws {
        let value = try DateTime(parsing: text)
        #expect(value.text == text)
        #expect(value.description == text)
        #expect(try DateTime(parsing: value.text) == value)
    }

    @Test func valuesWithDifferentSpellingsAreNotEqual() throws {
        #expect(try DateTime(parsing: "2025-02-11T15:12:58Z") != DateTime(parsing: "2025-02-11T15:12:58+00:00"))
        #expect(try DateTime(parsing: "2025-02-11T15:12:58Z").date == DateTime(parsing: "2025-02-11T15:12:58+00:00").date)
    }

    @Test func isoInstantsMatchISO8601DateFormatter() throws {
        let reference = ISO8601DateFormatter()
        reference.formatOptions = [.withInternetDateTime]
        var sweep = Sweep(state: 7)
        for _ in 0..<500 {
            let offsetMinutes = sweep.next(-720...840) / 15 * 15
            let sign = offsetMinutes < 0 ? "-" : "+"
            let zone = offsetMinutes == 0 ? "Z" : sign + Self.two(abs(offsetMinutes) / 60) + ":" + Self.two(abs(offsetMinutes) % 60)
            let text = Self.wallClockText(&sweep, separator: "T") + zone
            let expected = try #require(reference.date(from: text), "reference rejected \(text)")
            let value = try DateTime(parsing: text)
            #expect(value.date == expected, "\(text)")
            #expect(value.date(in: TimeZone(identifier: "Asia/Tokyo")!) == expected, "the offset in \(text) must win")
        }
    }

    @Test func fractionalSecondsMatchISO8601DateFormatter() throws {
        let reference = ISO8601DateFormatter()
        reference.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        for text in ["2025-02-11T15:12:58.250Z", "1999-12-31T23:59:59.999-03:00", "2024-02-29T00:00:00.001+09:30"] {
            let expected = try #require(reference.date(from: text))
            let actual = try #require(try DateTime(parsing: text).date)
            #expect(abs(actual.timeIntervalSince(expected)) < 0.000_001, "\(text)")
        }
    }

    @Test(arguments: ["America/Guatemala", "America/Mexico_City", "Europe/Berlin", "Asia/Kolkata", "Australia/Lord_Howe", "UTC"])
    func zoneLessTextUsesTheGivenTimeZoneLikeDateFormatter(zoneName: String) throws {
        let zone = try #require(TimeZone(identifier: zoneName))
        let reference = Self.formatter("yyyy-MM-dd HH:mm:ss", zone)
        var sweep = Sweep(state: UInt64(zoneName.utf8.count))
        for _ in 0..<300 {
            let text = Self.wallClockText(&sweep)
            let expected = try #require(reference.date(from: text))
            // Wall-clock times inside a daylight-saving transition are covered by their own test.
            guard zone.secondsFromGMT(for: expected - 86_400) == zone.secondsFromGMT(for: expected + 86_400) else { continue }
            #expect(try DateTime(parsing: text).date(in: zone) == expected, "\(text) in \(zoneName)")
        }
    }

    @Test func daylightSavingEdgesPickTheEarlierInstantAndSkipTheGap() throws {
        let berlin = try #require(TimeZone(identifier: "Europe/Berlin"))
        let iso = ISO8601DateFormatter()
        // 2024-10-27 02:30 happens twice in Berlin (CEST, then CET): the earlier one is 00:30Z.
        #expect(try DateTime(parsing: "2024-10-27 02:30:00").date(in: berlin) == iso.date(from: "2024-10-27T00:30:00Z"))
        // 2024-03-31 02:30 never happens in Berlin: it is moved forward to 03:30 CEST, 01:30Z.
        #expect(try DateTime(parsing: "2024-03-31 02:30:00").date(in: berlin) == iso.date(from: "2024-03-31T01:30:00Z"))
    }

    @Test func leapYearsFollowTheGregorianRules() throws {
        #expect(throws: JSONDecodingError.self) { try DateTime(parsing: "1900-02-29 00:00:00") }
        #expect(throws: JSONDecodingError.self) { try DateTime(parsing: "2023-02-29 00:00:00") }
        #expect(try DateTime(parsing: "2000-02-29 00:00:00").day == 29)
        #expect(try DateTime(parsing: "2024-02-29 00:00:00").day == 29)
    }

    @Test(arguments: [
        "", "2018-10-17", "2018-10-17 12:51", "2018-10-17 12:51:5", "18-10-17 12:51:55", "2018/10/17 12:51:55",
        "2018-13-01 00:00:00", "2018-00-01 00:00:00", "2018-04-31 00:00:00", "2018-10-00 00:00:00",
        "2018-10-17 24:00:00", "2018-10-17 12:60:00", "2018-10-17 12:51:60", "2018-10-17_12:51:55",
        "2018-10-17 12:51:55.", "2018-10-17 12:51:55.1234567890", "2018-10-17T12:51:55+24:00", "2018-10-17T12:51:55+05:60",
        "2018-10-17T12:51:55+5:00", "2018-10-17T12:51:55 Z", "2018-10-17T12:51:55Zjunk", "2018-10-17T12:51:55+05:00x",
        "２０１８-10-17 12:51:55", "2018-10-17 12:51:55 ", " 2018-10-17 12:51:55",
    ])
    func rejectsMalformedTextWithATypedError(text: String) {
        do {
            _ = try DateTime(parsing: text)
            Issue.record("accepted \(text.debugDescription)")
        } catch {
            guard case .invalidValue(let expected, let found) = error.reason else {
                Issue.record("wrong reason \(error.reason)")
                return
            }
            #expect(expected.hasPrefix("a date-time"))
            #expect(found.hasPrefix("\""))
            #expect(error.typeName == "DateTime")
        }
    }

    @Test func errorNamesTheWrongPart() {
        #expect(throws: JSONDecodingError.self) { try DateTime(parsing: "2018-13-01 00:00:00") }
        do {
            _ = try DateTime(parsing: "2018-13-01 00:00:00")
        } catch {
            #expect(error.description.contains("month 13"))
        }
    }

    @Test func isoTextFromADateMatchesISO8601DateFormatter() throws {
        var sweep = Sweep(state: 99)
        for _ in 0..<200 {
            let date = Date(timeIntervalSince1970: Double(sweep.next(-1_000_000_000...4_000_000_000)))
            let offset = sweep.next(-48...56) * 900
            let reference = ISO8601DateFormatter()
            reference.timeZone = TimeZone(secondsFromGMT: offset)
            let value = try #require(DateTime(date, utcOffset: offset))
            #expect(value.text == reference.string(from: date), "offset \(offset)")
            #expect(value.date == date)
        }
    }

    @Test func zoneLessTextFromADateMatchesDateFormatter() throws {
        let zone = try #require(TimeZone(identifier: "America/Mexico_City"))
        let reference = Self.formatter("yyyy-MM-dd HH:mm:ss", zone)
        var sweep = Sweep(state: 5)
        for _ in 0..<200 {
            let date = Date(timeIntervalSince1970: Double(sweep.next(0...4_000_000_000)))
            let value = try #require(DateTime(date, localTimeIn: zone))
            #expect(value.text == reference.string(from: date))
            #expect(value.utcOffset == nil)
        }
    }

    @Test func millisecondsAreWrittenWhenPresent() throws {
        let value = try #require(DateTime(Date(timeIntervalSince1970: 1_739_286_778.25), utcOffset: 0))
        #expect(value.text == "2025-02-11T15:12:58.250Z")
        #expect(DateTime(Date(), utcOffset: 30) == nil, "offsets are whole minutes")
    }

    @Test func codableRoundTripsTheText() throws {
        let values = try ["2018-10-17 12:51:55", "2025-10-08T18:31:53-06:00"].map { try DateTime(parsing: $0) }
        let data = try JSONEncoder().encode(values)
        #expect(String(decoding: data, as: UTF8.self) == #"["2018-10-17 12:51:55","2025-10-08T18:31:53-06:00"]"#)
        #expect(try JSONDecoder().decode([DateTime].self, from: data) == values)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([DateTime].self, from: Data(#"["2018-10-17"]"#.utf8)) }
    }

    @Test func decodesFromJSONBytesIncludingEscapedText() throws {
        let values = try JSONDecoding.decode([DateTime].self, from: #"["2018-10-17 12:51:55", "2025-10-08T18:31:53-06:00", "2018-10-17\u002012:51:55"]"#)
        #expect(values.map(\.text) == ["2018-10-17 12:51:55", "2025-10-08T18:31:53-06:00", "2018-10-17 12:51:55"])
        #expect(values[1].utcOffset == -21_600)
        #expect(JSONEncoding.encodeToString(values) == #"["2018-10-17 12:51:55","2025-10-08T18:31:53-06:00","2018-10-17 12:51:55"]"#)
    }

    @Test func datesInAnArrayAreReadWholeAndNotAcrossTheirNeighbours() throws {
        let texts = ["2018-10-17 12:51:55", "2025-10-08T18:31:53-06:00", "2025-02-11T15:12:58.000000001+01:00", "2025-02-11T15:12:58Z"]
        let json = "[" + texts.map { "\"\($0)\"" }.joined(separator: ",") + "]"
        #expect(try JSONDecoding.decode([DateTime].self, from: json).map(\.text) == texts)
        // A short string followed by another must not be read as one date.
        let cases = [(#"["2018-10-17 12:51","55"]"#, "/0"), (#"["2018-10-17 12:51:5","5"]"#, "/0"), (#"["2018-10-17 12:51:55","Z"]"#, "/1")]
        for (json, pointer) in cases {
            do {
                _ = try JSONDecoding.decode([DateTime].self, from: json)
                Issue.record("accepted \(json)")
            } catch {
                #expect(error.pointer == pointer, "\(json)")
            }
        }
        // An escaped spelling still reads.
        #expect(try JSONDecoding.decode(DateTime.self, from: #""2018-10-17\u002012:51:55""#).text == "2018-10-17 12:51:55")
    }

    @Test func aBadDateInADocumentIsLocatedByItsPointer() {
        do {
            _ = try JSONDecoding.decode([String: [DateTime]].self, from: #"{"times": ["2018-10-17 12:51:55", "2018-13-01 00:00:00"]}"#)
            Issue.record("accepted a month 13")
        } catch {
            #expect(error.pointer == "/times/1")
            #expect(error.typeName == "DateTime")
            guard case .invalidValue(_, let found) = error.reason else {
                Issue.record("wrong reason \(error.reason)")
                return
            }
            #expect(found == #""2018-13-01 00:00:00""#)
        }
    }

    @Test func aNonStringIsATypeMismatch() {
        do {
            _ = try JSONDecoding.decode([DateTime].self, from: "[1539780715]")
            Issue.record("accepted a number")
        } catch {
            #expect(error.pointer == "/0")
            guard case .typeMismatch = error.reason else {
                Issue.record("wrong reason \(error.reason)")
                return
            }
        }
    }
}
