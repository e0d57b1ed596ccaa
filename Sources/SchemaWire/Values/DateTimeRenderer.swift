/// Writes a `DateTime` back out exactly as it was spelled when parsed.
enum DateTimeRenderer {
    /// The text of `value`: the same separator, fractional digits and zone spelling it was read with.
    static func render(_ value: DateTime) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(35)
        append(value.year, width: 4, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        append(value.month, width: 2, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        append(value.day, width: 2, to: &bytes)
        switch value.separator {
        case .space: bytes.append(UInt8(ascii: " "))
        case .upperT: bytes.append(UInt8(ascii: "T"))
        case .lowerT: bytes.append(UInt8(ascii: "t"))
        }
        append(value.hour, width: 2, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        append(value.minute, width: 2, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        append(value.second, width: 2, to: &bytes)
        let fractionDigits = value.fractionDigits
        if fractionDigits > 0 {
            bytes.append(UInt8(ascii: "."))
            var fraction = value.nanosecond
            for _ in fractionDigits..<9 { fraction /= 10 }
            append(fraction, width: fractionDigits, to: &bytes)
        }
        let offset = (value.utcOffset ?? 0) / 60
        switch value.zone {
        case .none: break
        case .upperZ: bytes.append(UInt8(ascii: "Z"))
        case .lowerZ: bytes.append(UInt8(ascii: "z"))
        case .colon, .compact, .negativeZeroColon, .negativeZeroCompact:
            let negative = offset < 0 || value.zone == .negativeZeroColon || value.zone == .negativeZeroCompact
            bytes.append(negative ? UInt8(ascii: "-") : UInt8(ascii: "+"))
            append(abs(offset) / 60, width: 2, to: &bytes)
            if value.zone == .colon || value.zone == .negativeZeroColon { bytes.append(UInt8(ascii: ":")) }
            append(abs(offset) % 60, width: 2, to: &bytes)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `number` in decimal, zero-padded on the left to `width` digits.
    private static func append(_ number: Int, width: Int, to bytes: inout [UInt8]) {
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        var rest = number
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }
}
