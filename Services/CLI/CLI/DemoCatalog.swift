import Contracts

/// The demo's shop window: three merchants in three languages and currencies, six suppliers, and six listings
/// whose variations each name three suppliers (one four) in the merchant's order of preference, with costs, verified HS
/// codes and origin countries (R6, R9); and how three of the suppliers misbehave, so that failovers happen.
enum DemoCatalog {
    static let brl = CurrencyCode("BRL")!
    static let eur = CurrencyCode("EUR")!
    static let jpy = CurrencyCode("JPY")!

    /// Units of every variation at the start.
    static let stock = 500

    static let merchants = [
        MerchantRecord(
            id: "mer_azul", name: "Loja Azul", email: "vendas@lojaazul.example",
            returnAddress: Address(
                name: "Loja Azul Devoluções", line1: "Rua Augusta, 1500", line2: "Sala 12", city: "São Paulo",
                region: "SP", postalCode: "01304-001", country: "BR"),
            language: "pt"),
        MerchantRecord(
            id: "mer_lumiere", name: "Maison Lumière", email: "commandes@maisonlumiere.example",
            returnAddress: Address(
                name: "Maison Lumière Retours", line1: "12 rue de la Charité", city: "Lyon", postalCode: "69002",
                country: "FR"),
            language: "fr"),
        MerchantRecord(
            id: "mer_sakura", name: "さくら雑貨店", email: "info@sakura-zakka.example",
            returnAddress: Address(
                name: "さくら雑貨店 返品係", line1: "神宮前4丁目12-10", city: "渋谷区", region: "東京都",
                postalCode: "150-0001", country: "JP"),
            language: "ja"),
    ]

    static let suppliers = [
        SupplierRecord(id: "sup_sz", name: "Shenzhen Apparel Co.", email: "ops@szapparel.example"),
        SupplierRecord(id: "sup_gz", name: "Guangzhou Textile Works", email: "sales@gztextile.example"),
        SupplierRecord(id: "sup_yw", name: "Yiwu Home Supply", email: "orders@ywhome.example"),
        SupplierRecord(id: "sup_nb", name: "Ningbo Lighting Factory", email: "po@nblighting.example"),
        SupplierRecord(id: "sup_rhone", name: "Atelier Rhône", email: "atelier@rhone.example"),
        SupplierRecord(id: "sup_kansai", name: "関西工芸 Kansai Craft Works", email: "sales@kansaicraft.example"),
    ]

    /// The whole load for `inventory.load`.
    static var load: CatalogLoad { CatalogLoad(merchants: merchants, suppliers: suppliers, listings: listings) }

    /// How the misbehaving suppliers treat their purchase orders (`simulator.suppliers.set`); the others follow
    /// the mesh config's defaults.
    static let behaviours: [(supplier: SupplierID, change: SupplierBehaviourChange, description: String)] = [
        ("sup_sz", SupplierBehaviourChange(rejectRate: 0.35), "rejects 35% of its purchase orders"),
        ("sup_yw", SupplierBehaviourChange(outOfStockRate: 0.2), "is out of stock for 20%"),
        (
            "sup_nb",
            SupplierBehaviourChange(
                ackDelayMinutes: DelayRange(min: 360, max: 1_800), shipDelayHours: DelayRange(min: 12, max: 40)),
            "is slow: acknowledges after 6-30 h, ships 12-40 h later"
        ),
    ]

    /// A variation's supplier: its costs in the listing's currency, in major units.
    static func offer(
        _ supplier: SupplierID, _ product: Double, shipping: Double, fee: Double = 0, _ currency: CurrencyCode
    ) -> SupplierOfferRecord {
        SupplierOfferRecord(
            supplierID: supplier, productCost: money(product, currency), shippingCost: money(shipping, currency),
            processingFee: money(fee, currency), referenceLevel: 200)
    }

    /// `amount` major units (`79.90`) of `currency`.
    static func money(_ amount: Double, _ currency: CurrencyCode) -> Money {
        let scale = (0..<currency.minorUnits).reduce(1.0) { value, _ in value * 10 }
        return Money(minorUnits: Int64((amount * scale).rounded()), currency: currency)
    }
}
