import Contracts
import Streams
import Testing

@testable import CLI

/// One shape for every failed RPC the CLI reports: a refusal lists every field at fault and ends with its code
/// (exit 2); a service that could not carry the request out has the same shape (exit 1); a call with no reply says
/// whether its request went out and, if it did, whether running the command again is safe.
struct CallFailureTests {
    /// The line and whether it is a refusal (exit 2) or a failure (exit 1).
    static func report(_ error: RPCCallError, retry: RetryAdvice = .read) -> (line: String, isRefusal: Bool) {
        switch Calls.failure(for: error, retry: retry) {
        case let refusal as CommandRefusal: (refusal.description, true)
        case let failure as CommandFailure: (failure.description, false)
        case let other: ("\(other)", false)
        }
    }

    @Test("A refusal with several fields lists every one, then the code")
    func everyField() {
        let failure = RPCFailure.invalidFields([
            FieldError(field: "shippingAddress.city", reason: "is required"),
            FieldError(field: "shippingAddress.region", reason: "must be a Brazilian state such as SP"),
        ])
        let report = Self.report(.failed(failure))
        #expect(report.isRefusal)
        #expect(
            report.line
                == "shippingAddress.city: is required; shippingAddress.region: must be a Brazilian state such as SP "
                + "(invalid_request)")
    }

    @Test(
        "Every refusal has the same shape and exits 2; a service's failure has it too and exits 1",
        arguments: [
            (
                RPCFailure.invalidRequest("is required", field: "orderID"), "orderID: is required (invalid_request)",
                true
            ),
            (
                RPCFailure(code: "not_found", message: "No order ord_x.", field: "orderID"),
                "orderID: No order ord_x. (not_found)", true
            ),
            (
                RPCFailure(code: "conflict", message: "Order ord_x is shipped; it can no longer be cancelled."),
                "Order ord_x is shipped; it can no longer be cancelled. (conflict)", true
            ),
            (
                RPCFailure(code: "sold_out", message: "Listing lst_a is sold out.", field: "quantity"),
                "quantity: Listing lst_a is sold out. (sold_out)", true
            ),
            (
                RPCFailure(code: "unavailable", message: "inventory.reserve timed out."),
                "inventory.reserve timed out. (unavailable)", false
            ),
            (RPCFailure(code: "internal", message: "disk I/O error"), "disk I/O error (internal)", false),
            (
                RPCFailure.unknownMethod("orders.frobnicate"), "No method named orders.frobnicate. (unknown_method)",
                false
            ),
        ])
    func oneShape(_ failure: RPCFailure, _ line: String, _ isRefusal: Bool) {
        let report = Self.report(.failed(failure))
        #expect(report.line == line && report.isRefusal == isRefusal)
    }

    @Test("A call that went out and got no reply says it timed out, and whether running it again is safe")
    func timedOut() {
        let error = RPCCallError.timedOut(method: "orders.place", endpoint: "ipc:///s/run/orders.rpc")
        let prefix =
            "orders.place timed out: the request went out to ipc:///s/run/orders.rpc but no reply came in time, so it "
            + "may or may not have been carried out. "
        let cases: [(RetryAdvice, String)] = [
            (
                .placement(idempotencyKey: "first"),
                "Placing again with the same idempotency key (first) is safe: it answers with the first order if one "
                    + "was placed."
            ),
            (
                .placement(idempotencyKey: nil),
                "It may have placed an order: check with `dropline orders list` before placing again (with an "
                    + "--idempotency-key a retry is always safe)."
            ),
            (.read, "Asking again is safe."),
            (.idempotent, "Running it again is safe: if it went through, the repeat is refused or changes nothing."),
            (
                .unsafe(check: "`dropline clock now`"),
                "It may have been carried out: check with `dropline clock now` before running it again."
            ),
        ]
        for (retry, advice) in cases {
            let report = Self.report(error, retry: retry)
            #expect(report.line == prefix + advice && !report.isRefusal)
            #expect(!report.line.contains("dropline up"))
        }
    }

    @Test("A request nothing was connected to take says the service does not answer, and how to start it")
    func unreachable() {
        let never = Self.report(
            .unreachable(method: "supervisor.status", endpoint: "ipc:///s/run/supervisor.rpc", hadReachedServer: false))
        #expect(
            never.line
                == "Nothing answers at ipc:///s/run/supervisor.rpc (supervisor.status was not sent); is the service "
                + "running? Start it with `dropline up`.")
        let gone = Self.report(
            .unreachable(method: "status", endpoint: "ipc:///s/run/orders.rpc", hadReachedServer: true))
        #expect(
            gone.line
                == "ipc:///s/run/orders.rpc stopped answering and has not come back (status was not sent); is the "
                + "service running? See `dropline status`.")
        #expect(!never.isRefusal && !gone.isRefusal)
    }
}
