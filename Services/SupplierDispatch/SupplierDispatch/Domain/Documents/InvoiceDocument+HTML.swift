import Contracts

extension InvoiceDocument {
    /// The print-ready page: the merchant's brand and address as seller, the customer, the articles with unit
    /// price and total in the order's currency (R6).
    func html() -> String {
        let words = DocumentStrings.of(language)
        var page = HTMLPage(language: language, title: "\(words.invoice) \(orderID) · \(seller.name)")
        page.header(brand: seller.name, title: words.invoice)
        page.fields([(words.order, orderID.rawValue), (words.date, DocumentFormat.date(issuedAt))])
        page.parties([
            (words.seller, DocumentFormat.lines(of: seller, words: words)),
            (words.customer, DocumentFormat.lines(of: customer, words: words)),
        ])
        page.table(
            [
                .init(label: words.sku), .init(label: words.item), .init(label: words.quantity, numeric: true),
                .init(label: words.unitPrice, numeric: true), .init(label: words.total, numeric: true),
            ],
            rows: lines.map {
                [$0.sku, $0.title, String($0.quantity), $0.unitPrice.description, $0.total.description]
            },
            total: (words.total, total.description))
        return page.render()
    }
}
