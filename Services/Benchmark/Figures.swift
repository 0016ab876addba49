/// A measured number, how to print it, and the target for it (if any).
struct Figure: Sendable {
    enum Unit: Sendable {
        case eventsPerSecond
        case milliseconds
        /// One figure over another: `1.95×`.
        case ratio
        /// Wall time: `12.3 s`.
        case seconds
        /// How many: `1,234`.
        case count
    }

    /// The goal for a figure: met when the value is at least (or at most) `value`.
    struct Target: Sendable {
        enum Direction: Sendable {
            case atLeast
            case atMost
        }

        let direction: Direction
        let value: Double

        func isMet(by measured: Double) -> Bool {
            switch direction {
            case .atLeast: measured >= value
            case .atMost: measured <= value
            }
        }
    }

    let label: String
    let value: Double
    let unit: Unit
    var target: Target?

    static func rate(_ label: String, events: Int, seconds: Double, atLeast: Double? = nil) -> Figure {
        Figure(
            label: label, value: seconds > 0 ? Double(events) / seconds : 0, unit: .eventsPerSecond,
            target: atLeast.map { Target(direction: .atLeast, value: $0) })
    }

    static func latency(_ label: String, _ milliseconds: Double, atMost: Double? = nil) -> Figure {
        Figure(
            label: label, value: milliseconds, unit: .milliseconds,
            target: atMost.map { Target(direction: .atMost, value: $0) })
    }
}

/// The exactly-once verdict of one scenario, from the sink's `probe.summary`.
struct ExactlyOnce: Sendable {
    let expected: Int
    /// What the sink reported, or why it could not be read.
    let observed: String
    let holds: Bool
}

/// What one scenario measured.
struct ScenarioReport: Sendable {
    let name: String
    /// How it was run: sizes, batch sizes, rates.
    let setting: String
    let figures: [Figure]
    let exactlyOnce: ExactlyOnce
    /// Context for reading the figures (breakdowns, protocol counters).
    let notes: [String]
}
