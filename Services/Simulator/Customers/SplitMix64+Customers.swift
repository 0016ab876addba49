import SeededRandom

extension SplitMix64 {
    /// The generator of customer order `index`: the simulation's seed mixed with a stable hash of the index, so
    /// that each order is the same whatever else the generator is asked for, and in whatever order.
    init(seed: UInt64, customerOrder index: Int) {
        self.init(seed: seed, key: "customer-order-\(index)")
    }

    /// A uniformly chosen element of a non-empty array.
    mutating func pick<Element>(_ elements: [Element]) -> Element {
        elements[nextInt(below: elements.count)]
    }

    /// Whether an event of probability `share` happens.
    mutating func chance(_ share: Double) -> Bool {
        nextUnit() < share
    }
}
