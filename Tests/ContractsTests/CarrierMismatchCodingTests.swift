import Contracts
import Foundation
import Testing

/// R9: the fields added for carrier mismatches read as "none" from JSON written before them.
struct CarrierMismatchCodingTests {
    @Test("R9: a purchase_order.shipped of an earlier version is no carrier mismatch")
    func earlierShipment() throws {
        let json = #"""
            {"purchaseOrderID":"po_ord_1_1","orderID":"ord_1","supplierID":"sup_1","carrier":"China Post",
             "trackingNumber":"LZ123456785CN","isOnTime":true,"at":"2026-11-22T00:00:00Z"}
            """#
        let shipped = try DomainTime.makeDecoder().decode(PurchaseOrderShipped.self, from: Data(json.utf8))
        #expect(!shipped.isCarrierMismatch && shipped.requiredCarrier == nil)
    }

    @Test("R9: a scorecard of an earlier version counts no carrier mismatch")
    func earlierScorecard() throws {
        let json = #"""
            {"purchaseOrders":3,"acknowledged":3,"acknowledgeSecondsTotal":60,"shipped":2,"shippedOnTime":2,
             "rejected":1,"outOfStock":0,"notAcknowledged":0,"shipDeadlineMissed":0,"problemReports":0}
            """#
        let card = try JSONDecoder().decode(ScorecardCounts.self, from: Data(json.utf8))
        #expect(
            card
                == ScorecardCounts(
                    purchaseOrders: 3, acknowledged: 3, acknowledgeSecondsTotal: 60, shipped: 2, shippedOnTime: 2,
                    rejected: 1))
        #expect(card.carrierMismatches == 0)
        #expect(ScorecardCounts(shipped: 4, carrierMismatches: 1).accuracy == 0.75)
    }
}
