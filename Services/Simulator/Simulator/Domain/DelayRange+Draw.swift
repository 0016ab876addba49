import Contracts

extension DelayRange {
    /// `min + unit × (max − min)` for a `unit` in `0 ..< 1`: the delay a draw gives.
    func value(at unit: Double) -> Double {
        min + unit * (max - min)
    }
}
