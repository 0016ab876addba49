import Contracts
import Foundation
import TestSupport
import Testing

extension MeshTests {
    /// Finding 8 with real processes: what placement accepts can always be mailed.
    @Suite(.timeLimit(.minutes(2))) struct InternationalisedMailMeshTests {
        @Test("Finding 8: an order placed for ána@exämple.com gets its .eml, written in UTF-8 and marked SMTPUTF8")
        func finding8_internationalisedAddressGetsItsMail() async throws {
            // Given the order domain, When a customer with a UTF-8 local part and an IDN domain places an order
            let orders = try await OrderMesh.start()
            let order = try await orders.place(orders.placement(email: "ána@exämple.com", key: "idn-1"))

            // Then the confirmation reaches the Maildir, to that address, marked as needing SMTPUTF8
            let name = "orders.\(order).confirmation.eml"
            try await waitUntil("the confirmation in the Maildir") { orders.mails().contains(name) }
            let text = try String(contentsOfFile: "\(orders.mesh.statePath)/maildir/new/\(name)", encoding: .utf8)
            let headers = text.components(separatedBy: "\r\n\r\n")[0].components(separatedBy: "\r\n")
            #expect(headers.contains { $0.hasPrefix("To: ") && $0.hasSuffix(" <ána@exämple.com>") }, "\(headers)")
            #expect(headers.contains("X-Dropline-SMTPUTF8: required"))
            #expect(try await orders.mesh.status().processes.allSatisfy { ($0.report?.deadLetters ?? 0) == 0 })
            await orders.mesh.tearDown()
        }
    }
}
