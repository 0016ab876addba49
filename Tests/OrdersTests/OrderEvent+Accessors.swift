import Contracts
import Orders

/// Each fact's payload when the event is of its kind, for the domain tests' expectations.
extension OrderEvent {
    var placedEvent: OrderPlaced? { if case .placed(let event) = self { event } else { nil } }
    var heldEvent: OrderHeld? { if case .held(let event) = self { event } else { nil } }
    var underReviewEvent: (fact: OrderUnderReview, review: ReviewRound)? {
        if case .underReview(let event, let review) = self { (event, review) } else { nil }
    }
    var releasedEvent: OrderReleased? { if case .released(let event) = self { event } else { nil } }
    var declinedEvent: OrderDeclined? { if case .declined(let event) = self { event } else { nil } }
    var cancelledEvent: OrderCancelled? { if case .cancelled(let event) = self { event } else { nil } }
    var dispatchedEvent: OrderDispatched? { if case .dispatched(let event) = self { event } else { nil } }
    var dispatchExhaustedEvent: OrderDispatchExhausted? {
        if case .dispatchExhausted(let event) = self { event } else { nil }
    }
}
