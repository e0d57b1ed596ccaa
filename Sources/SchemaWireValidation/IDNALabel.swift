/// The parts of IDNA2008 a host-name check can apply without Unicode tables Swift does not ship:
/// Punycode (RFC 3492) for `xn--` labels, and the RFC 5892 exceptions and contextual rules for
/// U-labels. (The Bidi rule of RFC 5893 and the ZWNJ joining-type rule are not applied.)
enum IDNALabel {
    /// The scalars of an A-label's payload (after `xn--`), or `nil` when it is not valid Punycode.
    static func decodePunycode(_ payload: Substring) -> [UInt32]? {
        let base = 36, tMin = 1, tMax = 26
        let bytes = Array(payload.utf8)
        var output: [UInt32] = []
        var position = 0
        if let dash = bytes.lastIndex(of: UInt8(ascii: "-")) {
            for byte in bytes[..<dash] {
                guard byte < 0x80 else { return nil }
                output.append(UInt32(byte))
            }
            position = dash + 1
        }
        var code = 128
        var index = 0
        var bias = 72
        while position < bytes.count {
            let oldIndex = index
            var weight = 1
            var k = base
            while true {
                guard position < bytes.count else { return nil }
                let byte = bytes[position]
                position += 1
                let digit: Int
                if byte.isDigit { digit = Int(byte - UInt8(ascii: "0")) + 26 } else if byte.isLetter { digit = Int((byte | 0x20) - UInt8(ascii: "a")) } else { return nil }
                index += digit * weight
                guard index < 0x10FFFF * 64 else { return nil }
                let threshold = k <= bias ? tMin : (k >= bias + tMax ? tMax : k - bias)
                if digit < threshold { break }
                weight *= base - threshold
                k += base
            }
            bias = adapt(index - oldIndex, points: output.count + 1, first: oldIndex == 0)
            code += index / (output.count + 1)
            index %= output.count + 1
            guard code <= 0x10FFFF, !(0xD800...0xDFFF).contains(code) else { return nil }
            output.insert(UInt32(code), at: index)
            index += 1
        }
        return output
    }

    private static func adapt(_ delta: Int, points: Int, first: Bool) -> Int {
        var delta = first ? delta / 700 : delta / 2
        delta += delta / points
        var k = 0
        while delta > (35 * 26) / 2 {
            delta /= 35
            k += 36
        }
        return k + (36 * delta) / (delta + 38)
    }

    /// Whether the scalars form an acceptable U-label.
    static func isValidULabel(_ label: [UInt32]) -> Bool {
        guard !label.isEmpty, label.count <= 63, label.first != 0x2D, label.last != 0x2D else { return false }
        if label.count >= 4, label[2] == 0x2D, label[3] == 0x2D { return false }
        let scalars = label.compactMap(Unicode.Scalar.init)
        guard scalars.count == label.count else { return false }
        if isMark(scalars[0]) { return false }
        let arabicIndic = label.contains { (0x0660...0x0669).contains($0) }
        let extendedArabicIndic = label.contains { (0x06F0...0x06F9).contains($0) }
        if arabicIndic, extendedArabicIndic { return false }
        for (offset, scalar) in scalars.enumerated() {
            let value = scalar.value
            let before = offset > 0 ? scalars[offset - 1] : nil
            let after = offset + 1 < scalars.count ? scalars[offset + 1] : nil
            switch value {
            case 0x00DF, 0x03C2, 0x06FD, 0x06FE, 0x0F0B, 0x3007, 0x0660...0x0669, 0x06F0...0x06F9:
                continue
            case 0x0640, 0x07FA, 0x302E, 0x302F, 0x3031...0x3035, 0x303B:
                return false
            case 0x00B7:
                guard before?.value == 0x6C, after?.value == 0x6C else { return false }
            case 0x0375:
                guard let after, isGreek(after.value) else { return false }
            case 0x05F3, 0x05F4:
                guard let before, (0x0590...0x05FF).contains(before.value) else { return false }
            case 0x30FB:
                guard scalars.contains(where: { $0.value != 0x30FB && isKanaOrHan($0.value) }) else { return false }
            case 0x200D, 0x200C:
                guard let before, before.properties.canonicalCombiningClass.rawValue == 9 else { return false }
            case 0x2D, 0x30...0x39, 0x61...0x7A:
                continue
            default:
                guard value >= 0x80 else { return false }
                switch scalar.properties.generalCategory {
                case .lowercaseLetter, .otherLetter, .modifierLetter, .decimalNumber, .nonspacingMark, .spacingMark:
                    continue
                default:
                    return false
                }
            }
        }
        return true
    }

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }

    private static func isGreek(_ value: UInt32) -> Bool {
        (0x0370...0x03FF).contains(value) || (0x1F00...0x1FFF).contains(value)
    }

    private static func isKanaOrHan(_ value: UInt32) -> Bool {
        (0x3040...0x30FF).contains(value) || (0x3400...0x4DBF).contains(value) || (0x4E00...0x9FFF).contains(value)
            || (0xF900...0xFAFF).contains(value) || (0x20000...0x2FA1F).contains(value)
    }
}
