import Contracts
import Foundation
import Glibc
import MeshConfig
import ProcessControl
import TestSupport
import Testing
import ZeroMQBus

extension MeshTests {
    /// The `dropline` executable's everyday commands against the whole mesh: a placement from the documented
    /// example file, `orders list` by pages, a refused request in one shape on every command path (exit 2), and
    /// a call whose reply is lost (exit 1, saying whether running it again is safe).
    @Suite(.timeLimit(.minutes(3))) struct CLICommandTests {
        static let decoder = DomainTime.makeDecoder()

        /// `Deploy/examples/<name>` in this checkout.
        static func example(_ name: String) -> String {
            URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .appendingPathComponent("../../Deploy/examples/\(name)").standardized.path
        }

        /// The JSON a command printed (its lines joined), decoded.
        static func decode<Value: Decodable>(_ type: Value.Type, _ lines: [String]) throws -> Value {
            try decoder.decode(type, from: Data(lines.joined(separator: "\n").utf8))
        }

        @Test func placesFromTheDocumentedExampleAndListsByPages() async throws {
            let dispatch = try await DispatchMesh.start()
            let mesh = dispatch.mesh

            // When the documented example is placed twice with its idempotency key, then it is one order
            let (placedExit, placed) = try await mesh.runCLI([
                "orders", "place", "--file", Self.example("placement.json"),
            ])
            #expect(placedExit == .exited(0), "\(placed)")
            let order = try Self.decode(OrderSummary.self, placed)
            #expect(order.status == .placed && order.sku == "TEE-M" && order.quantity == 2)
            #expect(order.total == OrderMesh.brl(15980) && order.merchantID == OrderMesh.merchant)
            let (_, again) = try await mesh.runCLI(["orders", "place", "--file", Self.example("placement.json")])
            #expect(try Self.decode(OrderSummary.self, again).orderID == order.orderID)

            // When two more are placed, then pages of two give all three once, newest first, with the total
            let later = [try await dispatch.place(1), try await dispatch.place(2)]
            let (_, first) = try await mesh.runCLI(["orders", "list", "--limit", "2"])
            let page1 = try Self.decode(OrderList.self, first)
            let cursor = try #require(page1.nextCursor)
            let (_, second) = try await mesh.runCLI(["orders", "list", "--limit", "2", "--after", cursor])
            let page2 = try Self.decode(OrderList.self, second)
            #expect((page1.orders + page2.orders).map(\.orderID) == [later[1], later[0], order.orderID])
            #expect(page1.total == 3 && page2.total == 3 && page2.nextCursor == nil)
            let (allExit, all) = try await mesh.runCLI(["orders", "list", "--all", "--limit", "1"])
            let everything = try Self.decode(OrderList.self, all)
            #expect(allExit == .exited(0) && everything.orders.count == 3 && everything.nextCursor == nil)

            // When orders is killed, then a command meanwhile waits for its restart instead of failing
            let pid = try #require(try await mesh.pid(of: "orders"))
            kill(pid, SIGKILL)
            let (showExit, shown) = try await mesh.runCLI(["orders", "show", order.orderID.rawValue])
            #expect(showExit == .exited(0), "\(shown)")
            #expect(try Self.decode(OrderDetail.self, shown).orderID == order.orderID)
            await dispatch.tearDown()
        }

        @Test func everyCommandPathRefusesInOneShape() async throws {
            let dispatch = try await DispatchMesh.start()
            let mesh = dispatch.mesh
            let badPlacement = mesh.directory.file("bad-placement.json")
            var placement = try Self.decoder.decode(
                PlacementRequest.self, from: try Data(contentsOf: URL(fileURLWithPath: Self.example("placement.json"))))
            placement.quantity = 0
            placement.shippingAddress.country = "br"
            try DomainTime.makeEncoder().encode(placement).write(to: URL(fileURLWithPath: badPlacement))
            let badCatalog = mesh.directory.file("bad-catalog.json")
            let listing = ListingRecord(
                id: "lst_bad", merchantID: "mer_none", title: "", perOrderLimit: 0,
                variations: [VariationRecord(sku: "X", price: OrderMesh.brl(100), stock: 1)], hsCode: "610910",
                originCountry: "CN")
            try DomainTime.makeEncoder().encode(CatalogLoad(merchants: [], suppliers: [], listings: [listing]))
                .write(to: URL(fileURLWithPath: badCatalog))
            let twoFields =
                "quantity: must be at least 1; shippingAddress.country: must be upper case: BR (invalid_request)"
            let flags = [
                "orders", "place", "--listing", "lst_tee", "--sku", "TEE-M", "--quantity", "0", "--price", "79.90",
                "--currency", "BRL", "--customer", "Ana Souza", "--email", "ana@example.com", "--line1",
                "Rua Augusta 1500", "--city", "São Paulo", "--region", "SP", "--postal-code", "01304-001",
                "--country", "br", "--token", "tok_visa_br",
            ]
            // Japan's format needs no city, so only the street line it requires is refused, by the service.
            let japanWithoutStreet = [
                "orders", "place", "--listing", "lst_tee", "--sku", "TEE-M", "--price", "79.90", "--currency", "BRL",
                "--customer", "Yamada Taro", "--email", "taro@example.jp", "--region", "Tokyo", "--postal-code",
                "100-8111", "--country", "JP", "--token", "tok_visa_br",
            ]
            let cases: [([String], String)] = [
                (["orders", "place", "--file", badPlacement], twoFields),
                (flags, twoFields),
                (japanWithoutStreet, "shippingAddress.line1: is required (invalid_request)"),
                (["orders", "cancel", "ord_nope"], "orderID: No order ord_nope. (not_found)"),
                (
                    ["orders", "list", "--after", "bogus"],
                    "after: must be the nextCursor of an earlier orders.list answer (invalid_request)"
                ),
                (["review", "approve", "ord_nope"], "(not_found)"),
                (["dispatch", "retry", "ord_nope"], "(not_found)"),
                (
                    ["dispatch", "report-problem", "ord_nope", "--problem", "damaged", "--reship", "backup"],
                    "(not_found)"
                ),
                (["suppliers", "behave", "sup_sz", "--carrier", "Nowhere Post"], "(invalid_request)"),
                (["payments", "show", "ord_nope"], "(not_found)"),
                (["catalog", "load", badCatalog], "listings[0].perOrderLimit: must be at least 1 (invalid_request)"),
                (["catalog", "show", "lst_nope"], "(not_found)"),
                (["streams", "reset", "inventory", "payments"], "inventory does not consume payments."),
                (
                    ["deadletters", "retry", "--process", "orders", "--stream", "inventory", "--seq", "999"],
                    "seq: matches no dead letter (invalid_request)"
                ),
            ]
            for (arguments, expected) in cases {
                let (exit, lines) = try await mesh.runCLI(arguments)
                #expect(exit == .exited(2), "\(arguments): \(lines)")
                #expect(lines.count == 1 && lines.first?.hasPrefix("dropline: ") == true, "\(arguments): \(lines)")
                let line = lines.first ?? ""
                #expect(line == "dropline: " + expected || line.hasSuffix(" " + expected), "\(arguments): \(line)")
                #expect(!line.contains("dropline: invalid_request:"), "\(arguments): \(line)")
            }

            // And a catalogue refusal lists every field at fault; a retry over every process finds nothing to do
            let (_, catalog) = try await mesh.runCLI(["catalog", "load", badCatalog])
            #expect(catalog.first?.contains("listings[0].merchantID: no merchant mer_none") == true)
            #expect(catalog.first?.contains("listings[0].title: is required") == true)
            #expect(catalog.first?.hasSuffix("(invalid_request)") == true)
            let (retryExit, retried) = try await mesh.runCLI([
                "deadletters", "retry", "--stream", "inventory", "--seq", "999",
            ])
            #expect(retryExit == .exited(0) && retried == ["No dead letters matched."])
            await dispatch.tearDown()
        }

        @Test func aLostReplySaysTheCallTimedOutAndWhetherRetryingIsSafe() async throws {
            // Given an orders endpoint that takes requests and never answers (a service that dies before replying)
            let mesh = try MeshHarness(.orderDomain(reviewThreshold: 50))
            let endpoint = try #require(mesh.configuration.instance(named: "orders")?.rpcEndpoint)
            try FileManager.default.createDirectory(
                atPath: "\(mesh.statePath)/run", withIntermediateDirectories: true)
            let router = try ZMQSocket(mesh.context, type: .router)
            try router.bind(endpoint)

            // When a placement with a key, one without, and a read are sent
            let flags = [
                "orders", "place", "--listing", "lst_tee", "--sku", "TEE-M", "--price", "79.90", "--currency", "BRL",
                "--customer", "Ana Souza", "--email", "ana@example.com", "--line1", "Rua Augusta 1500", "--city",
                "São Paulo", "--region", "SP", "--postal-code", "01304-001", "--country", "BR",
            ]
            async let keyed = mesh.runCLI(["orders", "place", "--file", Self.example("placement.json")])
            async let unkeyed = mesh.runCLI(flags)
            async let read = mesh.runCLI(["orders", "list"])
            let results = try await [keyed, unkeyed, read]

            // Then each says it timed out after its request went out, and what running it again would do
            let timedOut =
                "orders.place timed out: the request went out to \(endpoint) but no reply came in time, so it may or "
                + "may not have been carried out. "
            let expected = [
                "dropline: " + timedOut
                    + "Placing again with the same idempotency key (ana-2026-11-22-tee) is safe: it answers with the "
                    + "first order if one was placed.",
                "dropline: " + timedOut
                    + "It may have placed an order: check with `dropline orders list` before placing again (with an "
                    + "--idempotency-key a retry is always safe).",
                "dropline: orders.list timed out: the request went out to \(endpoint) but no reply came in time, so "
                    + "it may or may not have been carried out. Asking again is safe.",
            ]
            for ((exit, lines), line) in zip(results, expected) {
                #expect(exit == .exited(1) && lines == [line], "\(lines)")
            }
            router.close()
            await mesh.tearDown()
        }
    }
}
