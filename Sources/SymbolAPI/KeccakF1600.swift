/// The Keccak-f[1600] permutation (FIPS 202 section 3): 24 rounds of θ, ρ, π, χ and ι over a
/// 5 × 5 array of 64-bit lanes, lane `x + 5y` at index `x + 5 * y`.
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
    /// ρ rotation amounts, in the order π visits the lanes.
    static let rotations: [UInt64] = [
        1, 3, 6, 10, 15, 21, 28, 36, 45, 55, 2, 14, 27, 41, 56, 8, 25, 43, 62, 18, 39, 61, 20, 44,
    ]
    /// The lane each π step moves to, starting from lane 1.
    static let piLanes: [Int] = [
        10, 7, 11, 17, 18, 3, 5, 16, 8, 21, 24, 4, 15, 23, 19, 13, 12, 2, 20, 14, 22, 9, 6, 1,
    ]

    /// Applies the 24 rounds to the 25 lanes in `state`.
    static func permute(_ state: UnsafeMutableBufferPointer<UInt64>) {
        precondition(state.count == 25, "Keccak-f[1600] works on 25 lanes")
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 5) { parities in
            for round in 0..<24 {
                theta(state, parities)
                rhoPiChiIota(state, round: round)
            }
        }
    }

    /// θ: XOR each lane with the parities of the two neighbouring columns.
    @inline(__always)
    static func theta(_ state: UnsafeMutableBufferPointer<UInt64>, _ parities: UnsafeMutableBufferPointer<UInt64>) {
        for x in 0..<5 {
            var parity = state[x]
            for y in stride(from: 5, to: 25, by: 5) { parity ^= state[y + x] }
            parities[x] = parity
        }
        for x in 0..<5 {
            let d = parities[(x + 4) % 5] ^ rotateLeft(parities[(x + 1) % 5], by: 1)
            for y in stride(from: 0, to: 25, by: 5) { state[y + x] ^= d }
        }
    }

    /// ρ, π, χ and ι of one round.
    @inline(__always)
    static func rhoPiChiIota(_ state: UnsafeMutableBufferPointer<UInt64>, round: Int) {
        // ρ and π: rotate each lane and move it to its new position.
        var carried = state[1]
        for step in 0..<24 {
            let target = piLanes[step]
            let displaced = state[target]
            state[target] = rotateLeft(carried, by: rotations[step])
            carried = displaced
        }
        // χ: the only non-linear step, row by row.
        for y in stride(from: 0, to: 25, by: 5) {
            let row = (state[y], state[y + 1], state[y + 2], state[y + 3], state[y + 4])
            state[y] = row.0 ^ (~row.1 & row.2)
            state[y + 1] = row.1 ^ (~row.2 & row.3)
            state[y + 2] = row.2 ^ (~row.3 & row.4)
            state[y + 3] = row.3 ^ (~row.4 & row.0)
            state[y + 4] = row.4 ^ (~row.0 & row.1)
        }
        // ι: break the symmetry between rounds.
        state[0] ^= roundConstants[round]
    }

    /// Rotates a lane left by `amount` bits (0 < amount < 64).
    @inline(__always)
    static func rotateLeft(_ lane: UInt64, by amount: UInt64) -> UInt64 {
        (lane << amount) | (lane >> (64 - amount))
    }
}
