/// Whether running a command again is safe after its call timed out with the request sent (the service may have
/// carried it out without its answer reaching the CLI), and how to check.
enum RetryAdvice: Sendable, Equatable {
    /// A read: asking again is always safe.
    case read
    /// A command that the service refuses, or that changes nothing, once it was carried out (it names its target:
    /// cancel an order, approve a review, set a supplier's behaviour, scale a group).
    case idempotent
    /// `orders place`, with the request's idempotency key or without one.
    case placement(idempotencyKey: String?)
    /// A command that would act a second time; `check` says how to see whether the first one did.
    case unsafe(check: String)

    /// The sentence the CLI adds to a timed-out call.
    var sentence: String {
        switch self {
        case .read:
            "Asking again is safe."
        case .idempotent:
            "Running it again is safe: if it went through, the repeat is refused or changes nothing."
        case .placement(let key?):
            "Placing again with the same idempotency key (\(key)) is safe: it answers with the first order if one "
                + "was placed."
        case .placement(nil):
            "It may have placed an order: check with `dropline orders list` before placing again (with an "
                + "--idempotency-key a retry is always safe)."
        case .unsafe(let check):
            "It may have been carried out: check with \(check) before running it again."
        }
    }
}
