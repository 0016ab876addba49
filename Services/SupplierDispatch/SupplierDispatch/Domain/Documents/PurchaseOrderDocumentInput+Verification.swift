import Contracts

extension PurchaseOrderDocumentInput {
    /// Checks every field the documents need and returns what the commercial invoice declares; throws the first
    /// refusal, in the order brand, quantity, unit price, HS code, origin, destination.
    func verify() throws(DocumentError) -> CustomsFacts {
        guard !brand.isBlank else { throw .missingBrand }  // R6: never an unbranded document
        guard quantity >= 1 else { throw .invalidQuantity(quantity) }
        guard unitPrice.minorUnits >= 0 else { throw .negativeUnitPrice(unitPrice) }
        // Money is integer minor units, never floats, and its arithmetic is checked.
        let declaredValue: Money
        do {
            declaredValue = try unitPrice.multiplied(by: quantity, for: "declared value")
        } catch {
            throw .declaredValueTooLarge(unitPrice, quantity: quantity)
        }
        let (hsCode, hsDescription) = try verifiedHSCode()
        let origin = try verifiedOrigin()
        guard let destination = CountryCode(shipTo.country) else { throw .invalidDestinationCountry(shipTo.country) }
        return CustomsFacts(
            hsCode: hsCode, hsDescription: hsDescription, origin: origin, destination: destination,
            declaredValue: declaredValue)
    }

    /// R9: a 6-digit HS code that the nomenclature lists, with its description.
    private func verifiedHSCode() throws(DocumentError) -> (code: String, description: String) {
        guard let hsCode, !hsCode.isBlank else { throw .missingHSCode }
        guard hsCode.utf8.count == 6, hsCode.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
        else { throw .malformedHSCode(hsCode) }
        guard let description = HarmonizedSystem.description(ofSubheading: hsCode) else {
            throw .unknownHSCode(hsCode)
        }
        return (hsCode, description)
    }

    /// R9: the country the goods are made in, ISO 3166-1 alpha-2.
    private func verifiedOrigin() throws(DocumentError) -> CountryCode {
        guard let originCountry, !originCountry.isBlank else { throw .missingOriginCountry }
        guard let origin = CountryCode(originCountry) else { throw .invalidOriginCountry(originCountry) }
        return origin
    }
}

extension String {
    /// Empty or only white space.
    fileprivate var isBlank: Bool { allSatisfy(\.isWhitespace) }
}
