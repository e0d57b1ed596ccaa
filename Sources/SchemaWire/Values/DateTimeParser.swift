/// Reads the two date-time forms Navixy sends, straight from UTF-8 bytes.
///
/// Grammar (every field fixed-width, digits ASCII only):
///
///     date-time = date sep time [fraction] [zone]
///     date      = YYYY "-" MM "-" DD
///     sep       = " " / "T" / "t"
///     time      = hh ":" mm ":" ss
///     fraction  = "." 1*9DIGIT
///     zone      = "Z" / "z" / ("+" / "-") hh [":"] mm
///
/// `yyyy-MM-dd HH:mm:ss` (no zone) is Navixy's default, meaning the user's time zone; with
/// `iso_datetime` the server sends ISO 8601 / RFC 3339 with an offset. Ranges are checked (month
/// 1–12, the day against the month's length, leap years included, hour 0–23, minute and second 0–59,
/// offset up to ±23:59).
enum DateTimeParser {
    /// Why a text is not a date-time; the message says which part is wrong.
    struct Failure: Error {
        let message: String
    }

    /// Navixy's default form, exactly `yyyy-MM-dd HH:mm:ss`, read with fixed offsets and no cursor;
    /// `nil` for anything else, including out-of-range fields (``parse(_:)`` then says what is wrong).
    static func parseDefaultForm(_ bytes: UnsafeBufferPointer<UInt8>) -> DateTime? {
        guard bytes.count == 19, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"), bytes[10] == UInt8(ascii: " "),
              bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":") else { return nil }
        var valid = true
        func number(_ start: Int, _ count: Int) -> Int {
            var value = 0
            for index in start..<(start + count) {
                let digit = bytes[index] &- UInt8(ascii: "0")
                valid = valid && digit < 10
                value = value &* 10 &+ Int(digit)
            }
            return value
        }
        let year = number(0, 4), month = number(5, 2), day = number(8, 2)
        let hour = number(11, 2), minute = number(14, 2), second = number(17, 2)
        guard valid, month >= 1, month <= 12, day >= 1, day <= CivilCalendar.daysInMonth(year: year, month: month),
              hour < 24, minute < 60, second < 60 else { return nil }
        return DateTime(
            year: year, month: month, day: day, hour: hour, minute: minute, second: second,
            nanosecond: 0, fractionDigits: 0, offsetMinutes: 0, separator: .space, zone: .none
        )
    }

    /// Parses `bytes` completely; anything left over is an error.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(Failure) -> DateTime {
        if let value = parseDefaultForm(bytes) { return value }
        var cursor = Cursor(bytes: bytes)
        let year = try cursor.digits(4, "a four-digit year")
        try cursor.expect(UInt8(ascii: "-"), "'-' after the year")
        let month = try cursor.digits(2, "a two-digit month")
        try cursor.expect(UInt8(ascii: "-"), "'-' after the month")
        let day = try cursor.digits(2, "a two-digit day")
        guard (1...12).contains(month) else { throw Failure(message: "month \(month) is not 01-12") }
        guard (1...CivilCalendar.daysInMonth(year: year, month: month)).contains(day) else {
            throw Failure(message: "day \(day) does not exist in \(year)-\(month < 10 ? "0" : "")\(month)")
        }
        let separator: DateTime.Separator
        switch cursor.next() {
        case UInt8(ascii: " "): separator = .space
        case UInt8(ascii: "T"): separator = .upperT
        case UInt8(ascii: "t"): separator = .lowerT
        default: throw Failure(message: "expected ' ' or 'T' between date and time")
        }
        let hour = try cursor.digits(2, "a two-digit hour")
        try cursor.expect(UInt8(ascii: ":"), "':' after the hour")
        let minute = try cursor.digits(2, "two-digit minutes")
        try cursor.expect(UInt8(ascii: ":"), "':' after the minutes")
        let second = try cursor.digits(2, "two-digit seconds")
        guard hour < 24 else { throw Failure(message: "hour \(hour) is not 00-23") }
        guard minute < 60 else { throw Failure(message: "minute \(minute) is not 00-59") }
        guard second < 60 else { throw Failure(message: "second \(second) is not 00-59") }

        var nanosecond = 0
        var fractionDigits = 0
        if cursor.peek() == UInt8(ascii: ".") {
            _ = cursor.next()
            while let digit = cursor.peekDigit() {
                guard fractionDigits < 9 else { throw Failure(message: "more than 9 fractional digits") }
                _ = cursor.next()
                nanosecond = nanosecond * 10 + digit
                fractionDigits += 1
            }
            guard fractionDigits > 0 else { throw Failure(message: "expected digits after '.'") }
            for _ in fractionDigits..<9 { nanosecond *= 10 }
        }

        var zone = DateTime.Zone.none
        var offsetMinutes = 0
        if let marker = cursor.next() {
            switch marker {
            case UInt8(ascii: "Z"): zone = .upperZ
            case UInt8(ascii: "z"): zone = .lowerZ
            case UInt8(ascii: "+"), UInt8(ascii: "-"):
                let hours = try cursor.digits(2, "two-digit offset hours")
                let hasColon = cursor.peek() == UInt8(ascii: ":")
                if hasColon { _ = cursor.next() }
                let minutes = try cursor.digits(2, "two-digit offset minutes")
                guard hours < 24, minutes < 60 else { throw Failure(message: "offset \(hours):\(minutes) is out of range") }
                let negative = marker == UInt8(ascii: "-")
                offsetMinutes = (hours * 60 + minutes) * (negative ? -1 : 1)
                zone = switch (hasColon, negative && offsetMinutes == 0) {
                case (true, false): .colon
                case (false, false): .compact
                case (true, true): .negativeZeroColon
                case (false, true): .negativeZeroCompact
                }
            default:
                throw Failure(message: "expected 'Z', '+' or '-' after the time")
            }
            guard cursor.isAtEnd else { throw Failure(message: "unexpected text after the date-time") }
        }
        return DateTime(
            year: year, month: month, day: day, hour: hour, minute: minute, second: second,
            nanosecond: nanosecond, fractionDigits: fractionDigits, offsetMinutes: offsetMinutes,
            separator: separator, zone: zone
        )
    }

    /// A read position over the bytes.
    private struct Cursor {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        var isAtEnd: Bool { index == bytes.count }

        func peek() -> UInt8? { index < bytes.count ? bytes[index] : nil }

        func peekDigit() -> Int? {
            guard let byte = peek(), byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            return Int(byte &- UInt8(ascii: "0"))
        }

        mutating func next() -> UInt8? {
            guard index < bytes.count else { return nil }
            defer { index += 1 }
            return bytes[index]
        }

        mutating func expect(_ byte: UInt8, _ what: String) throws(Failure) {
            guard next() == byte else { throw Failure(message: "expected \(what)") }
        }

        mutating func digits(_ count: Int, _ what: String) throws(Failure) -> Int {
            var value = 0
            for _ in 0..<count {
                guard let digit = peekDigit() else { throw Failure(message: "expected \(what)") }
                index += 1
                value = value * 10 + digit
            }
            return value
        }
    }
}
