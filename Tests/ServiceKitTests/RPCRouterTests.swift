import Contracts
import Foundation
import Logging
import Streams
import TestSupport
import Testing

@testable import ServiceKit

/// The parameters of a made-up `orders.place` method, with nesting, arrays, optionals and a date.
private struct PlaceOrder: Codable, Sendable, Equatable {
    struct Address: Codable, Sendable, Equatable {
        var postal_code: String
        var city: String?
    }

    struct Item: Codable, Sendable, Equatable {
        var sku: String
        var quantity: Int
    }

    var customer: String
    var address: Address
    var items: [Item]
    var deliverBy: Date?
    var gift: Bool?
}

/// A method whose parameters are all optional.
private struct Filter: Codable, Sendable, Equatable {
    var stream: String?
    var seq: UInt64?
}

private struct Placed: Codable, Sendable, Equatable {
    var order: String
    var items: Int
    var at: Date
}

private let validAddress = #""address":{"postal_code":"75001"}"#

/// RPC parameters: refusals name the field and the reason (docs/architecture.md §3).
@Suite struct RPCParamsTests {
    struct RefusalCase: Sendable, CustomTestStringConvertible {
        var name: String
        var body: String
        var message: String
        var field: String?
        var testDescription: String { name }
    }

    static let refusals: [RefusalCase] = [
        RefusalCase(name: "missing top-level field", body: "{}", message: "is required", field: "customer"),
        RefusalCase(
            name: "missing nested field", body: #"{"customer":"c1","address":{"city":"Paris"},"items":[]}"#,
            message: "is required", field: "address.postal_code"),
        RefusalCase(
            name: "missing field in an array element",
            body: #"{"customer":"c1",\#(validAddress),"items":[{"sku":"a","quantity":1},{"quantity":2}]}"#,
            message: "is required", field: "items[1].sku"),
        RefusalCase(
            name: "string where an integer is expected",
            body: #"{"customer":"c1",\#(validAddress),"items":[{"sku":"a","quantity":"two"}]}"#,
            message: "must be an integer", field: "items[0].quantity"),
        RefusalCase(
            name: "number where a string is expected", body: #"{"customer":42,\#(validAddress),"items":[]}"#,
            message: "must be a string", field: "customer"),
        RefusalCase(
            name: "nested number where a string is expected",
            body: #"{"customer":"c1","address":{"postal_code":75001},"items":[]}"#,
            message: "must be a string", field: "address.postal_code"),
        RefusalCase(
            name: "null where a string is required", body: #"{"customer":null,\#(validAddress),"items":[]}"#,
            message: "must be a string, not null", field: "customer"),
        RefusalCase(
            name: "string where a boolean is expected",
            body: #"{"customer":"c1",\#(validAddress),"items":[],"gift":"yes"}"#,
            message: "must be true or false", field: "gift"),
        RefusalCase(
            name: "malformed date", body: #"{"customer":"c1",\#(validAddress),"items":[],"deliverBy":"tomorrow"}"#,
            message: "not an ISO 8601 time: tomorrow", field: "deliverBy"),
        RefusalCase(name: "not JSON", body: "customer=c1", message: "the body is not valid JSON", field: nil),
        RefusalCase(
            name: "truncated JSON", body: #"{"customer":"c1","#, message: "the body is not valid JSON", field: nil),
    ]

    @Test(arguments: refusals)
    func refusalNamesTheFieldAndTheReason(_ refusal: RefusalCase) {
        // Given a request body with one fault
        let body = Data(refusal.body.utf8)

        // When it is decoded as the method's parameters
        // Then the refusal is invalid_request naming the field and why
        #expect(throws: RPCFailure.invalidRequest(refusal.message, field: refusal.field)) {
            try RPCParams.decode(PlaceOrder.self, from: body)
        }
    }

    /// Regression: a body that is JSON but not an object (`[1]`, `"s"`, `42`, `null`) fails at the top level, where the
    /// coding path is empty: the refusal says "must be a Dictionary<String, Any>" with `field` "" (not nil).
    @Test(arguments: ["[1]", #""orders""#, "42", "null"])
    func bodyThatIsNotAnObjectIsRefusedWithoutAField(_ body: String) throws {
        // Given a JSON body that is not an object
        // When it is decoded as the method's parameters
        let error = #expect(throws: RPCFailure.self) { try RPCParams.decode(PlaceOrder.self, from: Data(body.utf8)) }

        // Then it is invalid_request about the body as a whole: no (empty) field, no Swift type names
        let failure = try #require(error)
        #expect(failure.code == "invalid_request")
        #expect(failure.field == nil)
        #expect(!failure.message.contains("Dictionary"))
    }

    @Test func validBodyDecodes() throws {
        // Given a complete request body
        let body = Data(
            #"""
            {"customer":"c1","address":{"postal_code":"75001","city":"Paris"},
             "items":[{"sku":"a","quantity":1},{"sku":"b","quantity":2}],"deliverBy":"2026-11-21T12:00:00.000Z"}
            """#.utf8)

        // When it is decoded
        let params = try RPCParams.decode(PlaceOrder.self, from: body)

        // Then every field is there, the date in DomainTime's format
        #expect(
            params
                == PlaceOrder(
                    customer: "c1", address: .init(postal_code: "75001", city: "Paris"),
                    items: [.init(sku: "a", quantity: 1), .init(sku: "b", quantity: 2)],
                    deliverBy: DomainTime.parse("2026-11-21T12:00:00.000Z"), gift: nil))
    }

    @Test func emptyBodyDecodesAsAnEmptyObject() throws {
        // Given an empty request body
        // When it is decoded for methods without required fields
        // Then it is `{}`
        #expect(try RPCParams.decode(Filter.self, from: Data()) == Filter())
        _ = try RPCParams.decode(Empty.self, from: Data())
    }

    @Test func emptyBodyStillMissesRequiredFields() {
        // Given an empty request body
        // When it is decoded for a method with a required field
        // Then the field is named as missing, as for `{}`
        #expect(throws: RPCFailure.invalidRequest("is required", field: "customer")) {
            try RPCParams.decode(PlaceOrder.self, from: Data())
        }
    }

    @Test func errorBodyIsTheWireShape() throws {
        // Given refusals with and without a field
        let withField = RPCParams.errorBody(.invalidRequest("is required", field: "customer"))
        let withoutField = RPCParams.errorBody(.unknownMethod("nope"))

        // Then they encode as {"error":{...}} with sorted keys, the field omitted when there is none
        #expect(
            String(decoding: withField, as: UTF8.self)
                == #"{"error":{"code":"invalid_request","field":"customer","message":"is required"}}"#)
        #expect(
            String(decoding: withoutField, as: UTF8.self)
                == #"{"error":{"code":"unknown_method","message":"No method named nope."}}"#)
    }
}

/// Method dispatch and the mapping of handler errors to replies.
@Suite struct RPCRouterTests {
    let logs = LogRecorder()

    private func call(_ router: RPCRouter, _ method: String, _ body: String = "") async -> (ok: Bool, body: Data) {
        await router.handle(method: method, body: Data(body.utf8), logger: logs.logger)
    }

    private func failure(_ reply: (ok: Bool, body: Data)) throws -> RPCFailure {
        #expect(!reply.ok)
        return try JSONDecoder().decode(RPCErrorBody.self, from: reply.body).error
    }

    @Test func unknownMethodIsRefused() async throws {
        // Given a router without `orders.cancel`
        var router = RPCRouter()
        router.register("orders.place") { _ in Data("{}".utf8) }

        // When it is called
        let reply = await call(router, "orders.cancel")

        // Then the reply is unknown_method naming it
        #expect(try failure(reply) == RPCFailure(code: "unknown_method", message: "No method named orders.cancel."))
    }

    @Test func rawMethodGetsTheBodyAndReturnsItsResult() async throws {
        // Given a raw method that echoes its body
        var router = RPCRouter()
        router.register("echo") { body in body }

        // When it is called
        let reply = await call(router, "echo", #"{"x":1}"#)

        // Then the reply is ok with the method's bytes
        #expect(reply.ok)
        #expect(String(decoding: reply.body, as: UTF8.self) == #"{"x":1}"#)
    }

    @Test func typedMethodDecodesParamsAndEncodesTheResult() async throws {
        // Given a typed method
        var router = RPCRouter()
        let at = try #require(DomainTime.parse("2026-11-21T12:00:00.000Z"))
        router.register("orders.place", params: PlaceOrder.self) { params in
            Placed(order: "ord_\(params.customer)", items: params.items.count, at: at)
        }

        // When it is called with valid parameters
        let reply = await call(
            router, "orders.place", #"{"customer":"c1",\#(validAddress),"items":[{"sku":"a","quantity":1}]}"#)

        // Then the result is encoded with DomainTime's encoder (sorted keys, ISO 8601 milliseconds)
        #expect(reply.ok)
        #expect(
            String(decoding: reply.body, as: UTF8.self)
                == #"{"at":"2026-11-21T12:00:00.000Z","items":1,"order":"ord_c1"}"#)
    }

    @Test func typedMethodRefusesBadParamsWithTheField() async throws {
        // Given a typed method
        var router = RPCRouter()
        router.register("orders.place", params: PlaceOrder.self) { _ in Empty() }

        // When it is called with a bad array element
        let reply = await call(router, "orders.place", #"{"customer":"c1",\#(validAddress),"items":[{"sku":"a"}]}"#)

        // Then the reply is invalid_request naming the nested field, and nothing is logged as an error
        #expect(try failure(reply) == .invalidRequest("is required", field: "items[0].quantity"))
        #expect(logs.messages.isEmpty)
    }

    @Test func typedMethodWithoutParamsAcceptsAnEmptyBody() async throws {
        // Given a method taking no parameters
        var router = RPCRouter()
        router.register("health", params: Empty.self) { _ in ["ok": true] }

        // When it is called with an empty body
        let reply = await call(router, "health")

        // Then it answers
        #expect(reply.ok)
        #expect(String(decoding: reply.body, as: UTF8.self) == #"{"ok":true}"#)
    }

    @Test func handlerRPCFailureIsReturnedUnchanged() async throws {
        // Given a method that refuses with its own code and field
        var router = RPCRouter()
        let refusal = RPCFailure(code: "not_found", message: "No order ord_1.", field: "order")
        router.register("orders.get") { _ in throw refusal }

        // When it is called
        let reply = await call(router, "orders.get")

        // Then the reply carries that refusal as is, and nothing is logged as an error
        #expect(try failure(reply) == refusal)
        #expect(logs.messages.isEmpty)
    }

    @Test func downstreamRPCFailureIsPassedThrough() async throws {
        // Given a method whose call to another service was refused
        var router = RPCRouter()
        let inner = RPCFailure(code: "conflict", message: "Already shipped.")
        router.register("orders.cancel") { _ in throw RPCCallError.failed(inner) }

        // When it is called
        let reply = await call(router, "orders.cancel")

        // Then the caller sees the downstream refusal
        #expect(try failure(reply) == inner)
    }

    @Test func unreachableDownstreamIsUnavailable() async throws {
        // Given a method whose call to another service timed out
        var router = RPCRouter()
        let callError = RPCCallError.timedOut(method: "stock.reserve", endpoint: "ipc:///tmp/x.rpc")
        router.register("orders.place") { _ in throw callError }

        // When it is called
        let reply = await call(router, "orders.place")

        // Then the reply is unavailable with the call error's sentence
        #expect(try failure(reply) == RPCFailure(code: "unavailable", message: callError.description))
    }

    @Test func anyOtherErrorIsInternalAndLogged() async throws {
        // Given a method that fails with an ordinary error
        var router = RPCRouter()
        router.register("orders.place") { _ in throw InjectedFailure(message: "disk on fire") }

        // When it is called
        let reply = await call(router, "orders.place")

        // Then the reply is internal with the error's description, and the error is logged with the method
        #expect(try failure(reply) == RPCFailure(code: "internal", message: "disk on fire"))
        let logged = logs.messages
        #expect(logged.count == 1)
        #expect(logged.first?.level == .error)
        #expect(logged.first?.metadata["rpc.method"] == "orders.place")
    }

    @Test func registeringANameAgainReplacesItAndNamesAreSorted() async throws {
        // Given methods registered out of order, one twice
        var router = RPCRouter()
        router.register("zeta") { _ in Data("1".utf8) }
        router.register("alpha") { _ in Data("1".utf8) }
        router.register("zeta") { _ in Data("2".utf8) }

        // When the router is inspected and the replaced method called
        let reply = await call(router, "zeta")

        // Then names are sorted and unique, and the last registration answers
        #expect(router.names == ["alpha", "zeta"])
        #expect(String(decoding: reply.body, as: UTF8.self) == "2")
    }
}
