import Contracts
import Foundation

// R7: what a supplier reports about its purchase order: acknowledged, shipped, refused.
extension DispatchJob {
    /// R7: a supplier's report is taken only from the supplier that holds the purchase order, the one it was sent
    /// to: `.unknownPurchaseOrder` when it is not one of this job's, `.notHeld` when it went to another supplier.
    /// Checked before any report is applied, so a refused one changes nothing.
    public func requireHolder(_ id: PurchaseOrderID, is supplier: SupplierID) throws(DispatchError) {
        guard try existingPurchaseOrder(id).supplierID == supplier else {
            throw .notHeld(orderID: orderID, purchaseOrderID: id, supplierID: supplier)
        }
    }

    /// R7: the supplier acknowledged the open purchase order (`PurchaseOrderAcknowledged`, scored with the time it
    /// took). A repeat, or an acknowledgement of a purchase order that shipped, is a no-op; a purchase order not
    /// yet reported delivered, closed or being withdrawn without acknowledgement refuses it.
    public mutating func acknowledge(_ id: PurchaseOrderID, at now: Date) throws(DispatchError) -> [DispatchEffect] {
        let record = try existingPurchaseOrder(id)
        if case .awaitingAcknowledgement(var open) = state, open.id == id, let sentAt = open.sentAt {
            open.acknowledgedAt = now
            state = .awaitingShipment(open)
            let seconds = Int(now.timeIntervalSince(sentAt).rounded())
            return [
                .publish(acknowledged(open, at: now)), .score(open.supplierID, .acknowledged(afterSeconds: seconds)),
            ]
        }
        if record.acknowledgedAt != nil || record.shipment != nil { return [] }
        if case .sending = state, record.closure == nil { throw notAllowed(.acknowledge) }
        throw closedError(id, .acknowledge)
    }

    /// R7, R9: the supplier shipped the purchase order with `carrier` and `trackingNumber`.
    ///
    /// - The open purchase order: the order's shipment (`PurchaseOrderShipped`, state `shipped`), on time when by
    ///   its ship deadline and never withdrawn; while the order is `cancelling`, a shipment after cancel that the
    ///   merchant bears, since the supplier shipped before confirming the cancellation (R15). Awaiting its
    ///   acknowledgement, it is refused (`.notAcknowledged`) unless the offer it was priced from lets the supplier
    ///   ship unacknowledged (`shipsWithoutAcknowledgement`). While it is being withdrawn or cancelled it is taken
    ///   acknowledged or not: the supplier may have shipped before it saw the withdrawal.
    /// - A closed purchase order (failed or cancelled): a shipment after cancel that the supplier bears, since it
    ///   had confirmed the cancellation or refused the purchase order first; the job's state does not change.
    ///
    /// A repeat of the first report is a no-op; a report naming another shipment throws `.conflictingShipment`.
    /// A normal shipment with another carrier than the purchase order's shipping choice is taken (the parcel is
    /// real) and recorded: `PurchaseOrderShipped.isCarrierMismatch`, counted against the supplier (R9).
    public mutating func ship(
        _ id: PurchaseOrderID, carrier: String, trackingNumber: String, at now: Date
    ) throws(DispatchError) -> [DispatchEffect] {
        var record = try existingPurchaseOrder(id)
        if let shipment = record.shipment {
            guard shipment.carrier == carrier, shipment.trackingNumber == trackingNumber else {
                throw .conflictingShipment(
                    orderID: orderID, purchaseOrderID: id, trackingNumber: shipment.trackingNumber)
            }
            return []
        }
        var shipment = PurchaseOrderShipment(
            carrier: carrier, trackingNumber: trackingNumber, at: now, isOnTime: false, costBearer: nil)
        switch state {
        case .sending(let open) where open.id == id:
            throw notAllowed(.ship)
        case .awaitingAcknowledgement(let open) where open.id == id, .awaitingShipment(let open) where open.id == id:
            if open.acknowledgedAt == nil, open.plan.offer.shipsWithoutAcknowledgement != true {
                throw .notAcknowledged(orderID: orderID, purchaseOrderID: id)
            }
            shipment.isOnTime = open.shipBy.map { now <= $0 } ?? false
            return shipNormally(open, shipment)
        case .withdrawing(let open) where open.id == id, .awaitingLateShipment(let open) where open.id == id:
            return shipNormally(open, shipment)
        case .cancelling(let open) where open.id == id:
            shipment.costBearer = .merchant
            record.shipment = shipment
            close(record, as: .cancelled, then: .cancelled)
            return [.publish(shippedAfterCancel(record, shipment, bearer: .merchant))]
        default:
            shipment.costBearer = .supplier
            record.shipment = shipment
            updateClosed(record)
            return [.publish(shippedAfterCancel(record, shipment, bearer: .supplier))]
        }
    }

    /// R6, R7: the supplier refused the open purchase order: it fails (`PurchaseOrderFailed`, scored) and the
    /// next supplier is to be chosen (`.chooseSupplier`). While the order is `cancelling`, a refusal settles the
    /// cancellation instead. A repeat is a no-op.
    public mutating func reject(
        _ id: PurchaseOrderID, reason: SupplierRejection, detail: String?, at now: Date
    ) throws(DispatchError) -> [DispatchEffect] {
        let record = try existingPurchaseOrder(id)
        switch state {
        case .sending(let open) where open.id == id, .awaitingLateShipment(let open) where open.id == id:
            throw notAllowed(.reject)
        case .awaitingAcknowledgement(let open) where open.id == id, .awaitingShipment(let open) where open.id == id,
            .withdrawing(let open) where open.id == id:
            return fail(open, reason.failure, detail: detail, at: now)
        case .cancelling(let open) where open.id == id:
            return confirmCancellation(open, at: now)
        default:
            if record.closure == .failed(reason.failure) { return [] }
            throw closedError(id, .reject)
        }
    }

    /// Closes the open purchase order as failed and asks for the next supplier (R6).
    mutating func fail(
        _ record: PurchaseOrderRecord, _ failure: PurchaseOrderFailure, detail: String?, at now: Date
    ) -> [DispatchEffect] {
        close(record, as: .failed(failure), then: .choosing)
        return [
            .publish(failed(record, failure, detail: detail, at: now)), .score(record.supplierID, .failed(failure)),
            .chooseSupplier,
        ]
    }

    private mutating func shipNormally(
        _ record: PurchaseOrderRecord, _ shipment: PurchaseOrderShipment
    ) -> [DispatchEffect] {
        var record = record
        record.shipment = shipment
        close(record, as: .shipped, then: .shipped)
        let mismatch: [DispatchEffect] = record.isCarrierMismatch ? [.score(record.supplierID, .carrierMismatch)] : []
        return [.publish(shipped(record, shipment)), .score(record.supplierID, .shipped(onTime: shipment.isOnTime))]
            + mismatch
    }
}
