/// SplitMix64 (Steele, Lea and Flood, 2014): a small, fast generator whose whole output is fixed by its seed, so
/// that a rerun with the same seed gives every purchase order the same fate (the supplier simulator) and every
/// customer the same order (the customer simulator).
///
/// The mappings to a unit interval and to a bounded integer are written out here rather than taken from the
/// standard library's `random(in:using:)`, whose algorithm is not promised to stay the same across releases.
public struct SplitMix64: Sendable {
    private var state: UInt64

    /// A generator for one thing the simulation decides about (a purchase order, a customer's order): the
    /// simulation's seed mixed with a stable hash of the thing's key, so that each gets the same draws whatever
    /// else is drawn, and in whatever order.
    public init(seed: UInt64, key: String) {
        var mixer = SplitMix64(state: seed)
        state = mixer.next() ^ Self.stableHash(key)
    }

    private init(state: UInt64) {
        self.state = state
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// A number in `0 ..< 1` with 53 random bits.
    public mutating func nextUnit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// An integer in `0 ..< bound` (the modulo bias, below 2⁻³⁷ for the bounds used here, does not matter).
    public mutating func nextInt(below bound: Int) -> Int {
        precondition(bound > 0, "an empty range has no random member")
        return Int(next() % UInt64(bound))
    }

    /// FNV-1a 64 of the UTF-8 bytes: the same on every platform and run (unlike `Hasher`, seeded per process).
    public static func stableHash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}
