import Contracts

// The inputs of a scorecard: one method per fact, and `record(_:)` to apply a job's `.score` effect.
extension SupplierScorecard {
    /// Applies one fact that a dispatch job reported.
    public mutating func record(_ fact: SupplierScoreFact) {
        switch fact {
        case .sent: recordSent()
        case .acknowledged(let seconds): recordAcknowledged(after: seconds)
        case .shipped(let onTime): recordShipped(onTime: onTime)
        case .failed(let failure): recordFailure(failure)
        case .problemReported: recordProblem()
        case .carrierMismatch: carrierMismatches += 1
        }
    }

    /// A purchase order reached the supplier.
    public mutating func recordSent() {
        purchaseOrders += 1
    }

    /// The supplier acknowledged a purchase order `seconds` after it was sent (negative values count as 0).
    public mutating func recordAcknowledged(after seconds: Int) {
        acknowledged += 1
        acknowledgeSecondsTotal += max(0, seconds)
    }

    /// The supplier shipped a purchase order, within its 48 hours or not (R7).
    public mutating func recordShipped(onTime: Bool) {
        shipped += 1
        if onTime { shippedOnTime += 1 }
    }

    /// A purchase order closed without shipping; one that never reached the supplier (`undeliverable`) does not
    /// count against it.
    public mutating func recordFailure(_ failure: PurchaseOrderFailure) {
        switch failure {
        case .rejected: rejected += 1
        case .outOfStock: outOfStock += 1
        case .notAcknowledged: notAcknowledged += 1
        case .shipDeadlineMissed: shipDeadlineMissed += 1
        case .undeliverable: break
        }
    }

    /// A shipment was reported wrong or damaged (R7: counts against accuracy).
    public mutating func recordProblem() {
        problemReports += 1
    }
}
