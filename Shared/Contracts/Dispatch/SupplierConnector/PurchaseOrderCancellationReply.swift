import Foundation

/// The connector's answer to `supplier.cancel`.
public struct PurchaseOrderCancellationReply: Codable, Sendable, Equatable {
    /// `cancelled` (nothing will ship) or `already_shipped`.
    public var outcome: String
    public init(outcome: String) { self.outcome = outcome }
}
