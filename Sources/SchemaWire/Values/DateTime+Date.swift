import Foundation

extension DateTime {
    /// The instant this names.
    ///
    /// When the text has an offset, that offset decides and `timeZone` is not consulted. The
    /// zone-less form is a wall-clock time in `timeZone` (for Navixy: the user's zone). A wall-clock
    /// time that occurs twice (clocks turned back) gives the earlier instant; one that does not
    /// exist (clocks turned forward) is moved forward by the length of the gap.
    public func date(in timeZone: TimeZone) -> Date {
        let wallClock = wallClockSeconds
        return instant(utcSeconds: wallClock - (utcOffset ?? Self.offset(forWallClock: wallClock, in: timeZone)))
    }

    /// The instant this names when the text carries an offset; `nil` for the zone-less form, which
    /// needs a time zone (``date(in:)``).
    public var date: Date? {
        guard let utcOffset else { return nil }
        return instant(utcSeconds: wallClockSeconds - utcOffset)
    }

    /// The written date and time as seconds since 1970, counted as if it were UTC.
    private var wallClockSeconds: Int {
        CivilCalendar.secondsSinceEpoch(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
    }

    private func instant(utcSeconds: Int) -> Date {
        Date(timeIntervalSince1970: Double(utcSeconds) + Double(nanosecond) / 1_000_000_000)
    }

    /// The ISO 8601 text for `date` at `utcOffset` seconds east of UTC, e.g. `2025-10-08T18:31:53-06:00`,
    /// or with `Z` when the offset is 0. Milliseconds are written when the instant has them.
    ///
    /// `nil` when the offset is not a whole number of minutes within ±23:59, or the year falls
    /// outside 0000–9999.
    public init?(_ date: Date, utcOffset: Int = 0) {
        guard utcOffset % 60 == 0, abs(utcOffset) < 86_400 else { return nil }
        self.init(date, shiftedBy: utcOffset, separator: .upperT, zone: utcOffset == 0 ? .upperZ : .colon)
    }

    /// Navixy's zone-less text for `date` as a wall-clock time in `timeZone`, e.g. `2018-10-17 12:51:55`
    /// (the form the server uses for the user's time zone). Milliseconds are written when the instant
    /// has them. `nil` when the year falls outside 0000–9999.
    public init?(_ date: Date, localTimeIn timeZone: TimeZone) {
        self.init(date, shiftedBy: timeZone.secondsFromGMT(for: date), separator: .space, zone: .none)
    }

    private init?(_ date: Date, shiftedBy offset: Int, separator: Separator, zone: Zone) {
        let milliseconds = (date.timeIntervalSince1970 * 1000).rounded()
        guard milliseconds.isFinite, abs(milliseconds) < 1e15 else { return nil }
        let total = Int(milliseconds)
        let seconds = Self.floorDivide(total, 1000) + offset
        let millisecond = total - Self.floorDivide(total, 1000) * 1000
        let days = Self.floorDivide(seconds, 86_400)
        let secondOfDay = seconds - days * 86_400
        let civil = CivilCalendar.civilDate(daysSinceEpoch: days)
        guard (0...9999).contains(civil.year) else { return nil }
        self.init(
            year: civil.year, month: civil.month, day: civil.day,
            hour: secondOfDay / 3600, minute: secondOfDay / 60 % 60, second: secondOfDay % 60,
            nanosecond: millisecond * 1_000_000, fractionDigits: millisecond == 0 ? 0 : 3,
            offsetMinutes: offset / 60, separator: separator, zone: zone
        )
    }

    /// The offset of `timeZone` from UTC at the moment its clocks show `wallClock` (seconds since
    /// 1970 counted as if UTC).
    private static func offset(forWallClock wallClock: Int, in timeZone: TimeZone) -> Int {
        func offset(at utc: Int) -> Int {
            timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(utc)))
        }
        // The offsets a day either side bracket at most one transition; try both.
        let before = offset(at: wallClock - 86_400)
        let after = offset(at: wallClock + 86_400)
        let larger = max(before, after)
        let smaller = min(before, after)
        if offset(at: wallClock - larger) == larger { return larger }
        if offset(at: wallClock - smaller) == smaller { return smaller }
        return before
    }

    private static func floorDivide(_ value: Int, _ divisor: Int) -> Int {
        let quotient = value / divisor
        return (value % divisor != 0 && (value < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
