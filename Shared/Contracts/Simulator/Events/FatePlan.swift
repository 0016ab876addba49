import Foundation

/// What a simulated supplier will do with one purchase order, decided in full when it arrives (R6, R7), so that
/// `simulator.purchase_orders` can show it in advance and a rerun with the same seed repeats it. Published whole in
/// `sim.purchase_order_received`.
public struct FatePlan: Codable, Sendable, Equatable {
    /// The purchase order's end.
    public enum Outcome: String, Codable, Sendable, CaseIterable {
        /// Acknowledged, then shipped within the delays of its behaviour.
        case ships
        /// Acknowledged, then shipped 60 hours after receipt, beyond the 48-hour SLA (R7).
        case shipsLate = "ships_late"
        /// Refused with `rejected` instead of acknowledged.
        case rejected
        /// Refused with `out_of_stock` instead of acknowledged.
        case outOfStock = "out_of_stock"
        /// Never acknowledged: Dispatch's acknowledgement deadline passes.
        case silent
    }

    public var outcome: Outcome
    /// When it acknowledges; nil unless it ships.
    public var acknowledgeAt: Date?
    /// When it ships; nil unless it ships.
    public var shipAt: Date?
    /// When it refuses; nil unless rejected or out of stock.
    public var rejectAt: Date?
    /// The carrier and S10 tracking number it will ship with; nil unless it ships.
    public var carrier: String?
    public var trackingNumber: String?
    /// The supplier's words with a refusal.
    public var detail: String?

    public init(
        outcome: Outcome, acknowledgeAt: Date? = nil, shipAt: Date? = nil, rejectAt: Date? = nil,
        carrier: String? = nil, trackingNumber: String? = nil, detail: String? = nil
    ) {
        self.outcome = outcome
        self.acknowledgeAt = acknowledgeAt
        self.shipAt = shipAt
        self.rejectAt = rejectAt
        self.carrier = carrier
        self.trackingNumber = trackingNumber
        self.detail = detail
    }
}
