/// A small, fast, seedable generator (SplitMix64): the same seed gives the same council on
/// every machine, which `Random`'s system generator would not.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }

    mutating func chance(_ p: Double) -> Bool { unit() < p }

    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.upperBound - range.lowerBound + 1))
    }

    /// Picks by weight; the weights need not sum to one.
    mutating func pick<T>(_ options: [(T, Double)]) -> T {
        let total = options.reduce(0) { $0 + $1.1 }
        var r = unit() * total
        for (value, weight) in options {
            r -= weight
            if r < 0 { return value }
        }
        return options[options.count - 1].0
    }

    mutating func element<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

    /// An exponential wait with the given mean, in whole days (at least `minimum`).
    mutating func days(mean: Double, minimum: Int = 0) -> Int {
        max(minimum, Int((-mean * log1p(-unit())).rounded()))
    }

    /// Splits off an independent generator, so one child's randomness does not shift the next's.
    mutating func split() -> SeededRandom { SeededRandom(seed: next()) }
}

import Foundation
