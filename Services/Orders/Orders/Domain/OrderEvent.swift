import Contracts
import Foundation

/// Any fact the Orders domain returns, built whole: the outbox stores `payload` under `eventType`, and the desk
/// sends the notifications it calls for.
public enum OrderEvent: Sendable, Equatable {
    case placed(OrderPlaced)
    case awaitingPayment(OrderAwaitingPayment)
    case held(OrderHeld)
    /// Published as `order.under_review`; the round and its reasons are for the merchant's notice.
    case underReview(OrderUnderReview, ReviewRound)
    case released(OrderReleased)
    case declined(OrderDeclined)
    case cancelled(OrderCancelled)
    case dispatched(OrderDispatched)
    case dispatchExhausted(OrderDispatchExhausted)
    case shipped(OrderShipped)
    case refunded(OrderRefunded)
    case confirmedFulfilled(OrderConfirmedFulfilled)
    case delivered(OrderDelivered)
    case deliveryConfirmed(OrderDeliveryConfirmed)

    /// The event's data, to encode into the envelope.
    public var payload: any EventPayload {
        switch self {
        case .placed(let event): event
        case .awaitingPayment(let event): event
        case .held(let event): event
        case .underReview(let event, _): event
        case .released(let event): event
        case .declined(let event): event
        case .cancelled(let event): event
        case .dispatched(let event): event
        case .dispatchExhausted(let event): event
        case .shipped(let event): event
        case .refunded(let event): event
        case .confirmedFulfilled(let event): event
        case .delivered(let event): event
        case .deliveryConfirmed(let event): event
        }
    }

    /// `order.placed`, `order.released`, …
    public var eventType: String { type(of: payload).eventType }

    /// The domain time of the fact.
    public var at: Date {
        switch self {
        case .placed(let event): event.at
        case .awaitingPayment(let event): event.at
        case .held(let event): event.at
        case .underReview(let event, _): event.at
        case .released(let event): event.at
        case .declined(let event): event.at
        case .cancelled(let event): event.at
        case .dispatched(let event): event.at
        case .dispatchExhausted(let event): event.at
        case .shipped(let event): event.at
        case .refunded(let event): event.at
        case .confirmedFulfilled(let event): event.at
        case .delivered(let event): event.at
        case .deliveryConfirmed(let event): event.at
        }
    }
}
