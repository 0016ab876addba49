import Contracts
import Foundation

/// Units of one SKU held for one order, keyed by the order id, and by the placement's idempotency key when it
/// had one (docs/architecture.md §2).
///
/// `pending` from the placement RPC until Inventory sees `order.placed` (`firm`). A pending reservation
/// that no `order.placed` confirms within its time-to-live is released (the orphan of Medusa issue #16825).
/// A firm one ends `sold` (to a purchase order) or `released` (the order was cancelled, declined, rejected).
public struct Reservation: Sendable, Equatable, Codable {
    public let orderID: OrderID
    public let sku: String
    public let quantity: Int
    /// The idempotency key of the placement that made the reservation, if its client gave one: a retried placement
    /// with this key gets this reservation back (`Listing.reserve`). One reservation per key.
    public let idempotencyKey: String?
    /// When a still-pending reservation is released.
    public internal(set) var expiresAt: Date
    public internal(set) var state: State

    /// Where a reservation stands.
    public enum State: Sendable, Equatable, Codable {
        /// Held for a placement in progress; expires at `expiresAt`.
        case pending
        /// The order exists; held until sold or released.
        case firm
        /// The units went back to available.
        case released(reason: ReleaseReason)
        /// The units went to a purchase order.
        case sold
    }

    /// Whether the reservation still holds its units (pending or firm).
    public var isHolding: Bool { state == .pending || state == .firm }
}

extension Reservation.State {
    /// Not released: a retried `reserve` returns the reservation instead of making a new one.
    var isLive: Bool {
        if case .released = self { false } else { true }
    }
}
