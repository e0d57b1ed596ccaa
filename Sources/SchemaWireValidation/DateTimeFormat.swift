/// RFC 3339 `date-time`, `full-date`, `full-time` and the appendix A `duration`.
enum DateTimeFormat {
    /// `date "T" time`, the separator in either case.
    static func isDateTime(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count > 11, bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: "t") else { return false }
        return isDate(bytes[0..<10]) && isTime(bytes[11...])
    }

    /// `YYYY-MM-DD` with a day that exists in that month.
    static func isDate(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard bytes.count == 10,
              let year = number(bytes, 0, 4), bytes[bytes.startIndex + 4] == UInt8(ascii: "-"),
              let month = number(bytes, 5, 2), bytes[bytes.startIndex + 7] == UInt8(ascii: "-"),
              let day = number(bytes, 8, 2), (1...12).contains(month), day >= 1
        else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= lengths[month - 1]
    }

    /// `HH:MM:SS[.frac](Z|±HH:MM)`; second 60 only where the UTC time is 23:59.
    static func isTime(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard bytes.count >= 9, let hour = number(bytes, 0, 2), bytes[bytes.startIndex + 2] == UInt8(ascii: ":"),
              let minute = number(bytes, 3, 2), bytes[bytes.startIndex + 5] == UInt8(ascii: ":"),
              let second = number(bytes, 6, 2), hour <= 23, minute <= 59, second <= 60
        else { return false }
        var index = bytes.startIndex + 8
        if bytes[index] == UInt8(ascii: ".") {
            index += 1
            let start = index
            while index < bytes.endIndex, bytes[index].isDigit { index += 1 }
            guard index > start else { return false }
        }
        guard index < bytes.endIndex else { return false }
        var offsetMinutes = 0
        switch bytes[index] {
        case UInt8(ascii: "Z"), UInt8(ascii: "z"):
            guard index + 1 == bytes.endIndex else { return false }
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            let offset = bytes[(index + 1)...]
            guard offset.count == 5, let offsetHour = number(offset, 0, 2), offset[offset.startIndex + 2] == UInt8(ascii: ":"),
                  let offsetMinute = number(offset, 3, 2), offsetHour <= 23, offsetMinute <= 59
            else { return false }
            offsetMinutes = (offsetHour * 60 + offsetMinute) * (bytes[index] == UInt8(ascii: "+") ? 1 : -1)
        default:
            return false
        }
        if second == 60 {
            let utc = ((hour * 60 + minute - offsetMinutes) % 1440 + 1440) % 1440
            return utc == 23 * 60 + 59
        }
        return true
    }

    /// `P` then date parts (`Y`, `M`, `D` in order, none skipped in between), an optional `T` with
    /// time parts (`H`, `M`, `S` likewise), or weeks alone.
    static func isDuration(_ text: String) -> Bool {
        var bytes = Array(text.utf8)[...]
        guard bytes.first == UInt8(ascii: "P") else { return false }
        bytes = bytes.dropFirst()
        guard !bytes.isEmpty else { return false }
        func components(_ units: [UInt8]) -> [UInt8]? {
            var found: [UInt8] = []
            while let first = bytes.first, first.isDigit {
                let digits = bytes.prefix { $0.isDigit }
                bytes = bytes.dropFirst(digits.count)
                guard let unit = bytes.first else { return nil }
                bytes = bytes.dropFirst()
                found.append(unit)
            }
            // Units must be consecutive members of `units`, in order.
            guard let first = found.first, let start = units.firstIndex(of: first) else { return found.isEmpty ? [] : nil }
            guard start + found.count <= units.count, Array(units[start..<start + found.count]) == found else { return nil }
            return found
        }
        if bytes.last == UInt8(ascii: "W") {
            let digits = bytes.dropLast()
            return !digits.isEmpty && digits.allSatisfy(\.isDigit)
        }
        guard let date = components(Array("YMD".utf8)) else { return false }
        if bytes.isEmpty { return !date.isEmpty }
        guard bytes.first == UInt8(ascii: "T") else { return false }
        bytes = bytes.dropFirst()
        guard let time = components(Array("HMS".utf8)), !time.isEmpty else { return false }
        return bytes.isEmpty
    }

    /// The decimal number in `count` ASCII digits at `offset`, or `nil`.
    private static func number(_ bytes: ArraySlice<UInt8>, _ offset: Int, _ count: Int) -> Int? {
        var value = 0
        for index in bytes.startIndex + offset..<bytes.startIndex + offset + count {
            guard index < bytes.endIndex, bytes[index].isDigit else { return nil }
            value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
        }
        return value
    }
}
