import Contracts
import SupplierDispatch
import Testing

/// The label tables of the six document languages (R9).
@Suite("Document strings")
struct DocumentStringsTests {
    @Test("R9: every language has every label", arguments: DocumentLanguage.allCases)
    func complete(language: DocumentLanguage) {
        let strings = DocumentStrings.of(language)
        for child in Mirror(reflecting: strings).children {
            let value = child.value as? String
            #expect(value?.isEmpty == false, "\(language): \(child.label ?? "?")")
        }
        if language != .english {
            // Translated, not copied: the titles differ from English.
            for kind in DocumentKind.allCases {
                #expect(strings.title(of: kind) != DocumentStrings.of(.english).title(of: kind))
            }
        }
    }

    @Test(
        "R9: the document titles of each language",
        arguments: [
            (DocumentLanguage.english, ["Packing list", "Invoice", "Commercial invoice"]),
            (.chinese, ["装箱单", "发票", "商业发票"]),
            (.spanish, ["Lista de empaque", "Factura", "Factura comercial"]),
            (.french, ["Liste de colisage", "Facture", "Facture commerciale"]),
            (.german, ["Packliste", "Rechnung", "Handelsrechnung"]),
            (.portuguese, ["Lista de embalagem", "Fatura", "Fatura comercial"]),
        ])
    func titles(language: DocumentLanguage, titles: [String]) {
        #expect(DocumentKind.allCases.map(DocumentStrings.of(language).title(of:)) == titles)
    }

    @Test("R9: a shipment to CN carries Simplified Chinese labels")
    func chineseLabelsForChina() throws {
        let shanghai = Address(
            name: "王伟", line1: "上海市浦东新区世纪大道100号", city: "上海市", postalCode: "200120", country: "CN")
        let records = try PurchaseOrderDocuments.make(DocumentFixtures.input(merchantLanguage: "en", shipTo: shanghai))
        #expect(records.map(\.language) == ["en", "zh", "en", "zh", "en", "zh"])
        let chinese = records.filter { $0.language == "zh" }
        #expect(chinese.allSatisfy { $0.html.contains("<html lang=\"zh-Hans\">") })
        let packingList = try #require(chinese.first { $0.kind == "packing_list" })
        for label in ["<h1>装箱单</h1>", "收货地址", "退货地址", "数量", "包装说明", "订单", "采购订单"] {
            #expect(packingList.html.contains(label))
        }
        let invoice = try #require(chinese.first { $0.kind == "invoice" })
        for label in ["<h1>发票</h1>", "卖方", "客户", "单价", "总计"] {
            #expect(invoice.html.contains(label))
        }
        let customs = try #require(chinese.first { $0.kind == "commercial_invoice" })
        for label in ["<h1>商业发票</h1>", "出口商", "收货人", "HS编码", "原产国", "目的国", "申报价值", "币种", "出口原因", "销售"] {
            #expect(customs.html.contains(label))
        }
    }
}
