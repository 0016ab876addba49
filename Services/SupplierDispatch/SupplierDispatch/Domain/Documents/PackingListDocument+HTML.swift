import Contracts

extension PackingListDocument {
    /// The print-ready page: brand, order references, ship-to and return addresses, articles and quantities,
    /// packaging instructions; no prices (R6).
    func html() -> String {
        let words = DocumentStrings.of(language)
        var page = HTMLPage(language: language, title: "\(words.packingList) \(orderID) · \(merchant.name)")
        page.header(brand: merchant.name, title: words.packingList)
        page.fields([
            (words.order, orderID.rawValue), (words.purchaseOrder, purchaseOrderID.rawValue),
            (words.date, DocumentFormat.date(issuedAt)),
        ])
        page.parties([
            (words.shipTo, DocumentFormat.lines(of: shipTo, words: words)),
            (words.returnAddress, DocumentFormat.lines(of: merchant, words: words)),
        ])
        page.table(
            [.init(label: words.sku), .init(label: words.item), .init(label: words.quantity, numeric: true)],
            rows: lines.map { [$0.sku, $0.title, String($0.quantity)] })
        if let instructions = packagingInstructions.nonBlank {
            page.section(words.packagingInstructions, text: instructions)
        }
        return page.render()
    }
}
