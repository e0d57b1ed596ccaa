/// A small, fast, deterministic random source (SplitMix64): the same seed always gives the same
/// sequence, so generated fixtures and test instances are identical on every run and machine.
/// The package's one seeded generator (benchmark fixtures, the schema instance generator).
package struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    /// A generator whose sequence is fixed by `seed`.
    package init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }

    /// The next 64 random bits.
    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// One of `items`, chosen by the next value; `items` must not be empty.
    package mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
}
