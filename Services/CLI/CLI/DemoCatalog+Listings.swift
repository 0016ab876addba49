import Contracts

extension DemoCatalog {
    /// Six listings, two per merchant, each variation with three ranked suppliers, the chopsticks' with four (a first
    /// choice and three backups, R6); every HS code is an HS 2022 subheading (R9). Each per-order limit is worth at
    /// least the fraud hold's first-order floor, about 200 US dollars (1000.00 BRL, 200.00 EUR, 30000 JPY), so
    /// that a generated customer's large first order (the per-order limit) is one fraud signal (R4).
    static var listings: [ListingRecord] {
        [
            listing(
                "lst_tee", "mer_azul", "Camiseta de algodão orgânico", hsCode: "610910", origin: "CN", limit: 15,
                packaging: "Embalar em saco de papel kraft; não incluir nota do fornecedor.",
                skus: [("TEE-P", 79.90), ("TEE-M", 79.90), ("TEE-G", 84.90)], brl,
                [
                    offer("sup_sz", 22, shipping: 15, fee: 2, brl), offer("sup_gz", 24, shipping: 14, fee: 1.5, brl),
                    offer("sup_yw", 26, shipping: 16, brl),
                ]),
            listing(
                "lst_ecobag", "mer_azul", "Ecobag de lona estampada", hsCode: "420222", origin: "CN", limit: 25,
                packaging: "Dobrar a bolsa; etiqueta Loja Azul visível.",
                skus: [("BAG-NATURAL", 49.90), ("BAG-AZUL", 54.90)], brl,
                [
                    offer("sup_yw", 11, shipping: 12, brl), offer("sup_sz", 12, shipping: 12, fee: 1, brl),
                    offer("sup_gz", 13, shipping: 11, brl),
                ]),
            listing(
                "lst_lampe", "mer_lumiere", "Lampe de chevet LED en laiton", hsCode: "940521", origin: "CN", limit: 4,
                packaging: "Double carton, calage en papier ; notice en français.",
                skus: [("LAMPE-LAITON", 89), ("LAMPE-NOIRE", 84)], eur,
                [
                    offer("sup_nb", 28, shipping: 9, fee: 1, eur), offer("sup_yw", 31, shipping: 10, eur),
                    offer("sup_rhone", 45, shipping: 6, fee: 2, eur),
                ]),
            listing(
                "lst_bougie", "mer_lumiere", "Bougie parfumée à la figue", hsCode: "340600", origin: "FR", limit: 10,
                packaging: "Papier de soie et ruban Maison Lumière.",
                skus: [("BOUGIE-FIGUE", 24), ("BOUGIE-CEDRE", 24)], eur,
                [
                    offer("sup_rhone", 7, shipping: 4, fee: 0.5, eur), offer("sup_yw", 4, shipping: 8, eur),
                    offer("sup_gz", 4.5, shipping: 8, eur),
                ]),
            listing(
                "lst_kyusu", "mer_sakura", "南部鉄器 急須 0.6L", hsCode: "732391", origin: "JP", limit: 5,
                packaging: "緩衝材で包み、さくら雑貨店のカードを同封してください。",
                skus: [("KYUSU-KURO", 8_800), ("KYUSU-AKA", 9_200)], jpy,
                [
                    offer("sup_kansai", 3_500, shipping: 900, fee: 100, jpy),
                    offer("sup_yw", 2_900, shipping: 1_400, jpy),
                    offer("sup_nb", 3_100, shipping: 1_300, jpy),
                ]),
            listing(
                "lst_hashi", "mer_sakura", "竹箸 5膳セット", hsCode: "441912", origin: "CN", limit: 20,
                packaging: "箸袋に入れ、輪ゴムは使わないでください。",
                skus: [("HASHI-5", 1_980)], jpy,
                [
                    offer("sup_yw", 400, shipping: 500, jpy), offer("sup_kansai", 650, shipping: 300, fee: 50, jpy),
                    offer("sup_gz", 420, shipping: 520, jpy), offer("sup_sz", 380, shipping: 560, fee: 20, jpy),
                ]),
        ]
    }

    /// A listing whose variations (SKU and price in major units) share the same ranked suppliers.
    private static func listing(
        _ id: ListingID, _ merchant: MerchantID, _ title: String, hsCode: String, origin: String, limit: Int,
        packaging: String, skus: [(sku: String, price: Double)], _ currency: CurrencyCode,
        _ offers: [SupplierOfferRecord]
    ) -> ListingRecord {
        ListingRecord(
            id: id, merchantID: merchant, title: title, perOrderLimit: limit,
            variations: skus.map { sku in
                VariationRecord(sku: sku.sku, price: money(sku.price, currency), stock: stock, suppliers: offers)
            },
            hsCode: hsCode, originCountry: origin, packagingInstructions: packaging)
    }
}
