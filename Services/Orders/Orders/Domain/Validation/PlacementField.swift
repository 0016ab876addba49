import Contracts

/// The fields of a placement request by their JSON paths, in the order the request lists them.
///
/// R1 refusals name one of these and come back sorted in this order, so that a client sees them top to bottom.
public enum PlacementField: String, CaseIterable, Sendable {
    case listingID
    case sku
    case quantity
    case unitPrice
    case unitPriceMinorUnits = "unitPrice.minorUnits"
    case unitPriceCurrency = "unitPrice.currency"
    case customerName = "customer.name"
    case customerEmail = "customer.email"
    case shippingName = "shippingAddress.name"
    case shippingLine1 = "shippingAddress.line1"
    case shippingLine2 = "shippingAddress.line2"
    case shippingCity = "shippingAddress.city"
    case shippingRegion = "shippingAddress.region"
    case shippingPostalCode = "shippingAddress.postalCode"
    case shippingCountry = "shippingAddress.country"
    case shippingPhone = "shippingAddress.phone"
    case paymentToken
    case idempotencyKey

    /// Position in the request; fields the request does not list sort last.
    static func rank(of path: String) -> Int {
        allCases.firstIndex { $0.rawValue == path } ?? allCases.count
    }
}

extension [FieldError] {
    /// Adds a refusal of `field` when there is a reason.
    mutating func refuse(_ field: PlacementField, _ reason: String?) {
        if let reason { append(FieldError(field: field.rawValue, reason: reason)) }
    }

    /// The same refusals in the request's field order; refusals of one field keep their order.
    func inFieldOrder() -> [FieldError] {
        enumerated()
            .sorted { lhs, rhs in
                (PlacementField.rank(of: lhs.element.field), lhs.offset)
                    < (PlacementField.rank(of: rhs.element.field), rhs.offset)
            }
            .map(\.element)
    }
}
