import Contracts
import SupplierDispatch
import Testing

/// Every value interpolated into the HTML is escaped; non-ASCII text is kept as it is (R6, R9).
@Suite("Document HTML escaping")
struct DocumentEscapingTests {
    /// Markup that must never reach a page unescaped.
    static let hostile = "<b onmouseover=\"x\">O'Hara & Co</b>"
    static let escaped = "&lt;b onmouseover=&quot;x&quot;&gt;O&#39;Hara &amp; Co&lt;/b&gt;"

    /// Every text field of the input, set one at a time to `hostile`.
    static let fields: [(String, @Sendable (inout PurchaseOrderDocumentInput) -> Void)] = [
        ("brand", { $0.brand = hostile }),
        ("returnAddress.name", { $0.returnAddress.name = hostile }),
        ("returnAddress.line1", { $0.returnAddress.line1 = hostile }),
        ("returnAddress.line2", { $0.returnAddress.line2 = hostile }),
        ("returnAddress.city", { $0.returnAddress.city = hostile }),
        ("returnAddress.region", { $0.returnAddress.region = hostile }),
        ("returnAddress.postalCode", { $0.returnAddress.postalCode = hostile }),
        ("returnAddress.phone", { $0.returnAddress.phone = hostile }),
        ("customerName", { $0.customerName = hostile }),
        ("shipTo.name", { $0.shipTo.name = hostile }),
        ("shipTo.line1", { $0.shipTo.line1 = hostile }),
        ("shipTo.line2", { $0.shipTo.line2 = hostile }),
        ("shipTo.city", { $0.shipTo.city = hostile }),
        ("shipTo.region", { $0.shipTo.region = hostile }),
        ("shipTo.postalCode", { $0.shipTo.postalCode = hostile }),
        ("shipTo.phone", { $0.shipTo.phone = hostile }),
        ("sku", { $0.sku = hostile }),
        ("title", { $0.title = hostile }),
        ("packagingInstructions", { $0.packagingInstructions = hostile }),
        ("orderID", { $0.orderID = OrderID(rawValue: hostile) }),
        ("purchaseOrderID", { $0.purchaseOrderID = PurchaseOrderID(rawValue: hostile) }),
    ]

    @Test("R6: every interpolated field is HTML-escaped", arguments: 0..<fields.count)
    func everyFieldIsEscaped(index: Int) throws {
        let (field, set) = Self.fields[index]
        var input = DocumentFixtures.input()
        set(&input)
        let records = try PurchaseOrderDocuments.make(input)
        for record in records {
            #expect(!record.html.contains("<b onmouseover"), "\(field) in \(record.kind)/\(record.language)")
            #expect(!record.html.contains("</b>"), "\(field) in \(record.kind)/\(record.language)")
            #expect(!record.html.contains("O'Hara"), "\(field) in \(record.kind)/\(record.language)")
        }
        // Each field is printed somewhere, escaped (the packing list has no customer name, the invoice no
        // packaging instructions).
        #expect(records.contains { $0.html.contains(Self.escaped) }, "\(field)")
    }

    @Test("R6: a script in the title, O'Brien and non-Latin addresses")
    func scriptApostropheAndUnicode() throws {
        let beijing = Address(
            name: "Seán O'Brien", line1: "北京市朝阳区建国路88号", city: "北京市", postalCode: "100022", country: "CN")
        let input = DocumentFixtures.input(
            merchantLanguage: "es", customerName: "Seán O'Brien", shipTo: beijing,
            title: "<script>alert('x')</script> São Paulo tee")
        for record in try PurchaseOrderDocuments.make(input) {
            #expect(!record.html.contains("<script"))
            #expect(record.html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; São Paulo tee"))
            #expect(record.html.contains("Seán O&#39;Brien"))
            #expect(record.html.contains("北京市朝阳区建国路88号"))
            #expect(record.html.contains("100022 北京市"))
            // JSON carries the raw text.
            #expect(record.json.contains("Seán O'Brien"))
            #expect(record.json.contains("北京市朝阳区建国路88号"))
        }
    }

    @Test("R6: a combining mark after < cannot smuggle a tag past the escaper")
    func combiningMarkAfterLessThan() throws {
        let input = DocumentFixtures.input(title: "<\u{338}img src=x>")
        for record in try PurchaseOrderDocuments.make(input) {
            let scalars = Array(record.html.unicodeScalars)
            let smuggled = zip(scalars, scalars.dropFirst()).contains { $0 == "<" && $1 == "\u{338}" }
            #expect(!smuggled)
            #expect(record.html.unicodeScalars.contains("\u{338}"))
        }
    }

    @Test("R9: pages are standalone UTF-8 HTML with a lang attribute and print CSS")
    func standalonePage() throws {
        for record in try DocumentFixtures.documents() {
            #expect(record.html.hasPrefix("<!DOCTYPE html>\n<html lang=\"\(record.language)\">"))
            #expect(record.html.contains("<meta charset=\"utf-8\">"))
            #expect(record.html.contains("@page { size: A4;"))
            #expect(record.html.hasSuffix("</html>\n"))
            #expect(!record.html.contains("http://") && !record.html.contains("https://"))
        }
    }
}
