import Foundation

/// A date and time as Navixy writes it, kept exactly as it came over the wire.
///
/// Two forms are read:
/// - `2018-10-17 12:51:55` — Navixy's default. It has no zone: the wall-clock time is in the user's
///   time zone (set in the user's account), so `utcOffset` is `nil` and converting to a `Date`
///   needs that `TimeZone`.
/// - `2025-10-08T18:31:53-06:00`, `2025-02-11T15:12:58Z`, `2025-02-11T15:12:58.250+0100` — ISO 8601
///   (RFC 3339), sent when the request carries `iso_datetime`. The offset fixes the instant.
///
/// Parsing is hand-written over the UTF-8 bytes (no `DateFormatter`), and the value remembers every
/// detail of the spelling (separator, number of fractional digits, `Z` or `+00:00`, colon in the
/// offset), so ``text`` reproduces the original exactly and re-encoding is lossless. Two values are
/// equal when their texts are equal.
public struct DateTime: Hashable, Sendable, CustomStringConvertible {
    /// How date and time were separated in the text.
    enum Separator: UInt8, Sendable {
        case space, upperT, lowerT
    }

    /// How the zone was written in the text.
    enum Zone: UInt8, Sendable {
        case none, upperZ, lowerZ, colon, compact, negativeZeroColon, negativeZeroCompact
    }

    private let storedYear: UInt16
    private let storedMonth: UInt8
    private let storedDay: UInt8
    private let storedHour: UInt8
    private let storedMinute: UInt8
    private let storedSecond: UInt8
    private let storedFractionDigits: UInt8
    private let storedNanosecond: UInt32
    private let storedOffsetMinutes: Int16
    let separator: Separator
    let zone: Zone

    /// Builds a value from already-checked fields (the parser and the `Date` initialisers do the checks).
    init(
        year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int,
        nanosecond: Int, fractionDigits: Int, offsetMinutes: Int, separator: Separator, zone: Zone
    ) {
        storedYear = UInt16(year)
        storedMonth = UInt8(month)
        storedDay = UInt8(day)
        storedHour = UInt8(hour)
        storedMinute = UInt8(minute)
        storedSecond = UInt8(second)
        storedNanosecond = UInt32(nanosecond)
        storedFractionDigits = UInt8(fractionDigits)
        storedOffsetMinutes = Int16(offsetMinutes)
        self.separator = separator
        self.zone = zone
    }

    /// Parses either Navixy form; anything else throws a `JSONDecodingError` with reason
    /// `invalidValue` naming the part that is wrong.
    public init(parsing text: String) throws(JSONDecodingError) {
        var text = text
        let result = text.withUTF8 { bytes in Result { () throws(DateTimeParser.Failure) in try DateTimeParser.parse(bytes) } }
        switch result {
        case .success(let value): self = value
        case .failure(let failure): throw Self.invalid(text, failure)
        }
    }

    /// Parses either Navixy form from UTF-8 bytes (the hot path of the JSON decoder).
    public init(utf8 bytes: UnsafeBufferPointer<UInt8>) throws(JSONDecodingError) {
        do {
            self = try DateTimeParser.parse(bytes)
        } catch {
            throw Self.invalid(String(decoding: bytes, as: UTF8.self), error)
        }
    }

    private static func invalid(_ text: String, _ failure: DateTimeParser.Failure) -> JSONDecodingError {
        let excerpt = text.count > 40 ? String(text.prefix(40)) + "…" : text
        return JSONDecodingError(
            .invalidValue(expected: "a date-time (yyyy-MM-dd HH:mm:ss or ISO 8601): \(failure.message)", found: "\"\(excerpt)\""),
            typeName: "DateTime"
        )
    }

    /// The year, 0000–9999.
    public var year: Int { Int(storedYear) }
    /// The month, 1–12.
    public var month: Int { Int(storedMonth) }
    /// The day of the month, 1–31.
    public var day: Int { Int(storedDay) }
    /// The hour, 0–23.
    public var hour: Int { Int(storedHour) }
    /// The minute, 0–59.
    public var minute: Int { Int(storedMinute) }
    /// The second, 0–59.
    public var second: Int { Int(storedSecond) }
    /// The fraction of the second in nanoseconds (0 when the text has no fraction).
    public var nanosecond: Int { Int(storedNanosecond) }
    /// The offset from UTC in seconds (east positive) when the text has one, `nil` for the zone-less form.
    public var utcOffset: Int? { zone == .none ? nil : Int(storedOffsetMinutes) * 60 }
    /// How many fractional-second digits the text has (0–9).
    var fractionDigits: Int { Int(storedFractionDigits) }
    /// Whether the text carries its own offset (ISO 8601 form) and so names one instant by itself.
    public var hasUTCOffset: Bool { zone != .none }

    /// The original text, byte for byte.
    public var text: String { DateTimeRenderer.render(self) }
    /// The original text.
    public var description: String { text }
}
