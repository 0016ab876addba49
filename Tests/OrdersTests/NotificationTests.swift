import Contracts
import Foundation
import Logging
import Mail
import Orders
import TestSupport
import Testing

/// docs/architecture.md §6: notifications are RFC 5322 files in a Maildir, each written once, with UTF-8 text intact.
@Suite(.timeLimit(.minutes(1)))
struct NotificationTests {
    static let beijing = PlacementRequest.ShippingAddress(
        name: "王伟", line1: "景山前街4号", city: "东城区", region: "北京市", postalCode: "100009", country: "CN")

    @Test("§6: UTF-8 names survive into the .eml, delivered once to the Maildir")
    func utf8ConfirmationDeliveredOnce() async throws {
        // Given a merchant whose brand is not ASCII, and a customer in Beijing
        let harness = try OrdersHarness()
        var merchant = ServiceFixtures.merchant
        merchant.name = "Ateliê São João"
        try harness.deliver(MerchantUpserted(merchant: merchant, at: ServiceFixtures.t0))
        var request = ServiceFixtures.request()
        request.customer = .init(name: "王伟", email: "wang.wei@example.cn")
        request.shippingAddress = Self.beijing

        // When the order is placed
        let id = try await harness.place(request).orderID

        // Then the confirmation names the customer, brand and address as written
        let mail = try #require(try harness.queuedMails().only)
        #expect(mail.body.hasPrefix("Hello 王伟,") && mail.body.contains("from Ateliê São João"))
        #expect(mail.body.contains("景山前街4号") && mail.body.contains("东城区 北京市 100009") && mail.body.contains("China"))
        let from = try #require(mail.header("From"))
        #expect(from.hasSuffix("<noreply@dropline.local>"), "\(from)")
        #expect(from.lowercased().hasPrefix("=?utf-8?"), "\(from)")
        #expect(mail.header("Message-ID") == "<orders.\(id).confirmation@dropline.local>")

        // When the deliverer runs twice, then one file is in the Maildir
        let maildir = try Maildir(path: harness.folder.directory.file("maildir"))
        let deliverer = MailDeliverer(writer: harness.store, maildir: maildir, logger: .init(label: "mail-test"))
        #expect(try deliverer.deliverPending() == 1)
        #expect(try deliverer.deliverPending() == 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: "\(maildir.path)/new")
        #expect(files == ["orders.\(id).confirmation.eml"])
        let written = try Data(contentsOf: URL(fileURLWithPath: "\(maildir.path)/new/\(files[0])"))
        #expect(String(decoding: written, as: UTF8.self) == mail.message)
    }

    @Test("Finding 8: an internationalised address accepted at placement gets its mail, marked for SMTPUTF8")
    func finding8_internationalisedAddressIsMailed() async throws {
        // Given a customer whose address has a UTF-8 local part and an internationalised domain
        let harness = try OrdersHarness()
        var request = ServiceFixtures.request()
        request.customer.email = "ána@exämple.com"

        // When the order is placed
        let placed = try await harness.place(request)

        // Then it is placed, and its confirmation is queued to that address as UTF-8, marked as needing SMTPUTF8
        #expect(placed.status == .placed)
        let mail = try #require(try harness.queuedMails().only)
        #expect(mail.header("To")?.hasSuffix(" <ána@exämple.com>") == true, "\(mail.header("To") ?? "")")
        #expect(mail.header("X-Dropline-SMTPUTF8") == "required")
        #expect(mail.header("From")?.hasSuffix("<noreply@dropline.local>") == true)
        #expect(try harness.deadLetters().isEmpty)

        // And the deliverer writes it to the Maildir as queued
        let maildir = try Maildir(path: harness.folder.directory.file("maildir"))
        let deliverer = MailDeliverer(writer: harness.store, maildir: maildir, logger: .init(label: "mail-test"))
        #expect(try deliverer.deliverPending() == 1)
        let written = try Data(
            contentsOf: URL(fileURLWithPath: "\(maildir.path)/new/orders.\(placed.orderID).confirmation.eml"))
        #expect(String(decoding: written, as: UTF8.self) == mail.message)
    }

    @Test("R5: a merchant the catalogue does not know gets no mail, but the order is still released")
    func unknownMerchantSkipsTheMerchantMail() async throws {
        // Given a listing whose merchant was never published
        let harness = try OrdersHarness(catalogue: false)
        try harness.deliver(ListingUpserted(listing: ServiceFixtures.listing(), at: ServiceFixtures.t0))
        let id = try await harness.place().orderID

        // When it is released
        try harness.deliver(ServiceFixtures.authorised(id, at: ServiceFixtures.t(1)))
        try harness.deliver(ServiceFixtures.holdEnded(id, at: ServiceFixtures.t(480)))

        // Then it is queued, the customer's confirmation came from Dropline, and no merchant mail was queued
        #expect(try harness.count("unfulfilledOrder") == 1)
        let mails = try harness.queuedMails()
        #expect(mails.map(\.id) == ["orders.\(id).confirmation"])
        #expect(mails[0].header("From") == "Dropline <noreply@dropline.local>")

        // And the merchant's mail is a dead letter saying why, not only a log line (Finding 8)
        let letter = try #require(try harness.deadLetters().only)
        #expect(letter.stream == "mail" && letter.type == "orders.\(id).new-transaction")
        #expect(letter.error.contains("merchant mer_azul is not in the catalogue"), "\(letter.error)")
    }
}
