import Contracts

/// A placement as a generated customer sends it to `orders.place`: the orders service's contract
/// `PlacementRequest` itself, with the listing's price as shown, a test-gateway token (`dropline payments
/// test-cards`) and no idempotency key (the caller sets it).
public typealias CustomerPlacement = PlacementRequest
