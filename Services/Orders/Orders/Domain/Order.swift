import Contracts
import Foundation

/// An order as the Orders service tracks it through placement, payment, fraud hold and release (R1–R5), on to its
/// supplier (R6, R7, R15), and to the customer's door (R8, R10, R11).
///
/// A pure state machine in NIO's shape: each input (`Order+Inputs.swift`, `Order+Fulfilment.swift`,
/// `Order+Tracking.swift`, `Order+Delivery.swift`) takes a fact and its domain time, and returns the facts to
/// publish, whole, one `OrderEvent` each (tracking facts also the notices to mail, `OrderOutcome`); a status change
/// is also written to `timeline`, and so is a fact that changes no status, as a note. A repeated or late input returns no fact. Release is not a fixed sequence: the inputs
/// set `conditions`, and the order is released at whichever input meets the last of them.
public struct Order: Sendable, Equatable, Codable {
    public let id: OrderID
    public let merchantID: MerchantID
    public let listingID: ListingID
    /// The ordered variation.
    public let sku: String
    public let quantity: Int
    /// The price the customer saw and accepted (R1), in minor units.
    public let unitPrice: Money
    /// `unitPrice × quantity`.
    public let total: Money
    public let customerName: String
    public let customerEmail: String
    public let shippingAddress: Address
    public let placedAt: Date
    public internal(set) var status: OrderStatus
    /// The facts R5 waits for.
    public internal(set) var conditions: ReleaseConditions
    /// One entry per status change, oldest first; the first is the placement.
    public internal(set) var timeline: [TimelineEntry]
    /// How many purchase orders had failed when Dispatch last reported the order's supplier list exhausted (R6);
    /// 0 until it does. A report with no more failures than this one is a redelivery.
    public internal(set) var exhaustedAttempts: Int = 0

    /// R1, R2: creates the order after Inventory reserved its stock (placement is the one synchronous hop,
    /// docs/architecture.md §2). The request was validated before (R1 bounds the price and the quantity, so the
    /// total fits); this checks only what the domain relies on: at least one unit, and a total that fits.
    /// - Parameter paymentToken: the gateway token Payments authorises, carried by `order.placed` (never a card
    ///   number); the order does not keep it.
    /// - Returns: the order in `placed` and its `order.placed`.
    public static func place(
        id: OrderID, merchantID: MerchantID, listingID: ListingID, sku: String, quantity: Int, unitPrice: Money,
        customerName: String, customerEmail: String, shippingAddress: Address, paymentToken: String, at: Date
    ) throws(OrderError) -> (order: Order, events: [OrderEvent]) {
        guard quantity >= 1 else { throw .invalidQuantity(id, quantity) }
        let total: Money
        do {
            total = try unitPrice.multiplied(by: quantity, for: "order total")
        } catch {
            throw .amountOverflow(id, error)
        }
        let order = Order(
            id: id, merchantID: merchantID, listingID: listingID, sku: sku, quantity: quantity,
            unitPrice: unitPrice, total: total, customerName: customerName,
            customerEmail: customerEmail, shippingAddress: shippingAddress, placedAt: at, status: .placed,
            conditions: ReleaseConditions(stockReserved: true),
            timeline: [TimelineEntry(at: at, status: .placed, cause: .placement)])
        let placed = OrderPlaced(
            orderID: id, merchantID: merchantID, listingID: listingID, sku: sku, quantity: quantity,
            unitPrice: unitPrice, total: order.total, customerName: customerName, customerEmail: customerEmail,
            shippingAddress: shippingAddress, paymentToken: paymentToken, at: at)
        return (order, [.placed(placed)])
    }

    /// When the order was released, if it was.
    public var releasedAt: Date? {
        timeline.last { $0.status == .released && $0.isStatusChange }?.at
    }

    /// Until when the customer may cancel (R4, R15): the hold's end, once known, while the order is in its hold.
    public var cancelUntil: Date? { status.isInHold ? conditions.holdUntil : nil }

    /// Moves to the status that `conditions` now imply, if it differs from the current one. (An order enters
    /// `under_review` only in `reviewOpened`, so a review pending never makes a difference here.)
    mutating func settle(at: Date, cause: TransitionCause) -> [OrderEvent] {
        let next = conditions.impliedStatus
        guard next != status else { return [] }
        enter(next, at: at, cause: cause)
        switch next {
        case .released:
            let entry = UnfulfilledOrder(
                orderID: id, merchantID: merchantID, listingID: listingID, sku: sku, quantity: quantity,
                unitPrice: unitPrice, customerName: customerName, shippingAddress: shippingAddress, releasedAt: at)
            return [.released(OrderReleased(orderID: id, cause: cause, unfulfilled: entry, at: at))]
        case .held:
            return [.held(OrderHeld(orderID: id, holdUntil: conditions.holdUntil, at: at))]
        default:  // `placed`: a review was approved before the payment was authorised
            return [.awaitingPayment(OrderAwaitingPayment(orderID: id, at: at))]
        }
    }

    /// Sets the status and records the change on the timeline.
    mutating func enter(_ next: OrderStatus, at: Date, cause: TransitionCause) {
        status = next
        timeline.append(TimelineEntry(at: at, status: next, cause: cause))
    }

    /// Records a fact that changes no status on the timeline (R10: a scan, a stall, an infraction), unless the same
    /// note of the same time is there already, whatever the status was then (a repeated fact).
    /// - Returns: whether the note was added.
    @discardableResult
    mutating func note(_ text: String, cause: TransitionCause, scan: ScanKind? = nil, at: Date) -> Bool {
        let entry = TimelineEntry(at: at, status: status, cause: cause, note: text, scan: scan)
        guard !timeline.contains(where: { $0.at == at && $0.cause == cause && $0.note == text && $0.scan == scan })
        else { return false }
        timeline.append(entry)
        return true
    }
}
