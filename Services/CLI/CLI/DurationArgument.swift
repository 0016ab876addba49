import ArgumentParser
import ServiceKit

/// The durations the CLI takes (`clock advance 8h`, `demo --speed 10m --tick 100ms`): positive, written as
/// `DurationText` reads them. Anything else, a negative or zero duration included, is refused in the CLI's
/// refusal shape, `field: reason (invalid_request)`, with exit status 2.
enum DurationArgument {
    /// What a duration must be.
    static let rule = "must be a positive duration such as 8h, 90m or 1d12h"

    /// Reads `text` given for `field`, or throws the refusal.
    static func parse(_ text: String, field: String) throws -> Duration {
        guard let duration = DurationText.parse(text) else { throw refusal(field: field, text: text) }
        return duration
    }

    /// The refusal of `text` for `field` (one line, as the CLI prints every refusal).
    static func refusal(field: String, text: String, rule: String = rule) -> ValidationError {
        ValidationError("\(field): \(rule), got \(String(reflecting: text)) (invalid_request)")
    }
}
