import Contracts

extension PlacementValidator {
    /// The R1 refusals that need the listing, as the caller looked it up (`nil`: no such listing).
    ///
    /// An unknown or inactive listing is the only refusal: its SKUs, limit and price say nothing then. Terms for
    /// another listing than the request's count as no such listing. Quantities below 1 are `validateRequest`'s.
    /// The price is compared only for one of the listing's variations: an unknown SKU has no price to change.
    public func validateAgainstListing(_ request: PlacementRequest, terms: ListingTerms?) -> [FieldError] {
        var errors: [FieldError] = []
        guard let terms, terms.listingID == request.listingID else {
            errors.refuse(.listingID, "no such listing")
            return errors
        }
        guard terms.isActive else {
            errors.refuse(.listingID, "listing is not active")
            return errors
        }
        let isVariation = terms.skus.contains(request.sku)
        errors.refuse(.sku, isVariation ? nil : "no such variation of this listing")
        errors.refuse(
            .quantity, request.quantity > terms.perOrderLimit ? "must be at most \(terms.perOrderLimit) per order" : nil
        )
        guard isVariation else { return errors }
        let shown = request.unitPrice
        let changed = shown.minorUnits != terms.unitPrice.minorUnits || shown.currency != terms.unitPrice.currency.code
        errors.refuse(.unitPrice, changed ? "the price changed to \(terms.unitPrice) since it was shown" : nil)
        return errors
    }
}
