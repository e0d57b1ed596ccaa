/// The Keccak-f[1600] permutation (FIPS 202 section 3): 24 rounds of θ, ρ, π, χ and ι over a
/// 5 × 5 array of 64-bit lanes, lane (x, y) at index `x + 5 * y`.
///
/// The rounds are written out over 25 local variables (the usual way to let the compiler keep the
/// state in registers); the rotation offsets are those of the specification's table.
enum KeccakF1600 {
    /// ι round constants.
    static let roundConstants: [UInt64] = [
        0x0000_0000_0000_0001, 0x0000_0000_0000_8082, 0x8000_0000_0000_808A, 0x8000_0000_8000_8000,
        0x0000_0000_0000_808B, 0x0000_0000_8000_0001, 0x8000_0000_8000_8081, 0x8000_0000_0000_8009,
        0x0000_0000_0000_008A, 0x0000_0000_0000_0088, 0x0000_0000_8000_8009, 0x0000_0000_8000_000A,
        0x0000_0000_8000_808B, 0x8000_0000_0000_008B, 0x8000_0000_0000_8089, 0x8000_0000_0000_8003,
        0x8000_0000_0000_8002, 0x8000_0000_0000_0080, 0x0000_0000_0000_800A, 0x8000_0000_8000_000A,
        0x8000_0000_8000_8081, 0x8000_0000_0000_8080, 0x0000_0000_8000_0001, 0x8000_0000_8000_8008,
    ]

    /// Applies the 24 rounds to the 25 lanes in `state`.
    static func permute(_ state: UnsafeMutableBufferPointer<UInt64>) {
        precondition(state.count == 25, "Keccak-f[1600] works on 25 lanes")
        var a00 = state[0], a01 = state[1], a02 = state[2], a03 = state[3], a04 = state[4]
        var a05 = state[5], a06 = state[6], a07 = state[7], a08 = state[8], a09 = state[9]
        var a10 = state[10], a11 = state[11], a12 = state[12], a13 = state[13], a14 = state[14]
        var a15 = state[15], a16 = state[16], a17 = state[17], a18 = state[18], a19 = state[19]
        var a20 = state[20], a21 = state[21], a22 = state[22], a23 = state[23], a24 = state[24]
        for round in 0..<24 {
            // θ: XOR each lane with the parities of the two neighbouring columns.
            let c0: UInt64 = a00 ^ a05 ^ a10 ^ a15 ^ a20
            let c1: UInt64 = a01 ^ a06 ^ a11 ^ a16 ^ a21
            let c2: UInt64 = a02 ^ a07 ^ a12 ^ a17 ^ a22
            let c3: UInt64 = a03 ^ a08 ^ a13 ^ a18 ^ a23
            let c4: UInt64 = a04 ^ a09 ^ a14 ^ a19 ^ a24
            let d0: UInt64 = c4 ^ rotateLeft(c1, by: 1)
            let d1: UInt64 = c0 ^ rotateLeft(c2, by: 1)
            let d2: UInt64 = c1 ^ rotateLeft(c3, by: 1)
            let d3: UInt64 = c2 ^ rotateLeft(c4, by: 1)
            let d4: UInt64 = c3 ^ rotateLeft(c0, by: 1)
            a00 ^= d0; a01 ^= d1; a02 ^= d2; a03 ^= d3; a04 ^= d4
            a05 ^= d0; a06 ^= d1; a07 ^= d2; a08 ^= d3; a09 ^= d4
            a10 ^= d0; a11 ^= d1; a12 ^= d2; a13 ^= d3; a14 ^= d4
            a15 ^= d0; a16 ^= d1; a17 ^= d2; a18 ^= d3; a19 ^= d4
            a20 ^= d0; a21 ^= d1; a22 ^= d2; a23 ^= d3; a24 ^= d4
            // ρ and π: rotate every lane and move it to (y, 2x + 3y).
            let b00: UInt64 = a00
            let b10: UInt64 = rotateLeft(a01, by: 1)
            let b20: UInt64 = rotateLeft(a02, by: 62)
            let b05: UInt64 = rotateLeft(a03, by: 28)
            let b15: UInt64 = rotateLeft(a04, by: 27)
            let b16: UInt64 = rotateLeft(a05, by: 36)
            let b01: UInt64 = rotateLeft(a06, by: 44)
            let b11: UInt64 = rotateLeft(a07, by: 6)
            let b21: UInt64 = rotateLeft(a08, by: 55)
            let b06: UInt64 = rotateLeft(a09, by: 20)
            let b07: UInt64 = rotateLeft(a10, by: 3)
            let b17: UInt64 = rotateLeft(a11, by: 10)
            let b02: UInt64 = rotateLeft(a12, by: 43)
            let b12: UInt64 = rotateLeft(a13, by: 25)
            let b22: UInt64 = rotateLeft(a14, by: 39)
            let b23: UInt64 = rotateLeft(a15, by: 41)
            let b08: UInt64 = rotateLeft(a16, by: 45)
            let b18: UInt64 = rotateLeft(a17, by: 15)
            let b03: UInt64 = rotateLeft(a18, by: 21)
            let b13: UInt64 = rotateLeft(a19, by: 8)
            let b14: UInt64 = rotateLeft(a20, by: 18)
            let b24: UInt64 = rotateLeft(a21, by: 2)
            let b09: UInt64 = rotateLeft(a22, by: 61)
            let b19: UInt64 = rotateLeft(a23, by: 56)
            let b04: UInt64 = rotateLeft(a24, by: 14)
            // χ: the only non-linear step, row by row.
            a00 = b00 ^ (~b01 & b02)
            a01 = b01 ^ (~b02 & b03)
            a02 = b02 ^ (~b03 & b04)
            a03 = b03 ^ (~b04 & b00)
            a04 = b04 ^ (~b00 & b01)
            a05 = b05 ^ (~b06 & b07)
            a06 = b06 ^ (~b07 & b08)
            a07 = b07 ^ (~b08 & b09)
            a08 = b08 ^ (~b09 & b05)
            a09 = b09 ^ (~b05 & b06)
            a10 = b10 ^ (~b11 & b12)
            a11 = b11 ^ (~b12 & b13)
            a12 = b12 ^ (~b13 & b14)
            a13 = b13 ^ (~b14 & b10)
            a14 = b14 ^ (~b10 & b11)
            a15 = b15 ^ (~b16 & b17)
            a16 = b16 ^ (~b17 & b18)
            a17 = b17 ^ (~b18 & b19)
            a18 = b18 ^ (~b19 & b15)
            a19 = b19 ^ (~b15 & b16)
            a20 = b20 ^ (~b21 & b22)
            a21 = b21 ^ (~b22 & b23)
            a22 = b22 ^ (~b23 & b24)
            a23 = b23 ^ (~b24 & b20)
            a24 = b24 ^ (~b20 & b21)
            // ι: break the symmetry between rounds.
            a00 ^= roundConstants[round]
        }
        state[0] = a00
        state[1] = a01
        state[2] = a02
        state[3] = a03
        state[4] = a04
        state[5] = a05
        state[6] = a06
        state[7] = a07
        state[8] = a08
        state[9] = a09
        state[10] = a10
        state[11] = a11
        state[12] = a12
        state[13] = a13
        state[14] = a14
        state[15] = a15
        state[16] = a16
        state[17] = a17
        state[18] = a18
        state[19] = a19
        state[20] = a20
        state[21] = a21
        state[22] = a22
        state[23] = a23
        state[24] = a24
    }

    /// Rotates a lane left by `amount` bits (0 < amount < 64).
    @inline(__always)
    static func rotateLeft(_ lane: UInt64, by amount: UInt64) -> UInt64 {
        (lane << amount) | (lane >> (64 - amount))
    }
}
