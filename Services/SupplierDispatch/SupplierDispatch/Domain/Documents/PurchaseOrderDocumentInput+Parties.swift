import Contracts

extension PurchaseOrderDocumentInput {
    /// The merchant as every document names it: brand and return address, never the supplier (R6).
    var merchant: DocumentParty { DocumentParty(name: brand, address: returnAddress) }

    /// Who receives the parcel: the ship-to address's name, or the customer's when the address has none.
    var recipient: DocumentParty {
        let name = shipTo.name.allSatisfy(\.isWhitespace) ? customerName : shipTo.name
        return DocumentParty(name: name, address: shipTo)
    }
}
