import Contracts
import Foundation
import ProcessControl
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

        @Test("Finding 8: a mail the Maildir keeps refusing is an alert in status, until it is written")
        func finding8_unwritableMaildirRaisesAnAlert() async throws {
            // Given a Maildir whose tmp/ folder has become a file, so that no mail can be written
            let orders = try await OrderMesh.start()
            let tmp = "\(orders.mesh.statePath)/maildir/tmp"
            try FileManager.default.removeItem(atPath: tmp)
            try Data().write(to: URL(fileURLWithPath: tmp))

            // When an order is placed, Then its confirmation stays queued and orders' status soon says why
            let order = try await orders.place(orders.placement(key: "blocked-1"))
            var alert: String?
            try await waitUntil("an alert in orders' status", timeout: .seconds(30)) {
                let status = try await orders.mesh.status()
                alert = status.processes.first { $0.name == "orders" }?.report?.alerts?.first
                return alert != nil
            }
            #expect(
                alert?.hasPrefix("1 notification cannot be written to the Maildir; orders.\(order).confirmation failed")
                    == true)
            let (exit, table) = try await orders.mesh.runCLI(["status"])
            #expect(exit == .exited(0))
            #expect(table.contains { $0.hasPrefix("orders: ALERT 1 notification cannot be written to the Maildir") })

            // When the folder is back, Then the mail is written and the alert is gone
            try FileManager.default.removeItem(atPath: tmp)
            try FileManager.default.createDirectory(atPath: tmp, withIntermediateDirectories: false)
            try await waitUntil("the confirmation in the Maildir") {
                orders.mails().contains("orders.\(order).confirmation.eml")
            }
            try await waitUntil("the alert cleared") {
                try await orders.mesh.status().processes.first { $0.name == "orders" }?.report?.alerts == nil
            }
            await orders.mesh.tearDown()
        }
    }
}
