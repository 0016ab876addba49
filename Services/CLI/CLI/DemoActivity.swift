/// What the demo's customers and reviewer did: placements and their refusals, cancellations, review decisions,
/// confirmations of receipt.
public struct DemoActivity: Sendable, Equatable {
    /// Orders the orders service accepted.
    public var placed = 0
    /// Refused placements by error code (`sold_out`, `invalid_request`, …).
    public var refusals: [String: Int] = [:]
    /// The first refusal of each code, for the summary.
    public var firstRefusal: [String: String] = [:]
    /// Orders placed with two fraud signals on purpose (R4).
    public var risky = 0
    /// Orders placed by a customer who ordered before, with the same email, address and card.
    public var returning = 0
    /// Countries the placed orders ship to.
    public var countries: Set<String> = []
    /// Customers' cancellations during the hold (R4, R15), and those refused because the order had moved on.
    public var cancelled = 0
    public var cancelRefused = 0
    /// The reviewer's decisions on orders under review (R4).
    public var approved = 0
    public var rejected = 0
    /// R11: customers who confirmed receipt of a parcel the carrier never delivered (`orders.confirm_delivery`).
    public var confirmedReceipt = 0

    public init() {}

    /// Refusals of every code.
    public var refused: Int { refusals.values.reduce(0, +) }

    /// Counts a refused placement.
    mutating func refuse(code: String, message: String) {
        refusals[code, default: 0] += 1
        if firstRefusal[code] == nil { firstRefusal[code] = message }
    }
}
