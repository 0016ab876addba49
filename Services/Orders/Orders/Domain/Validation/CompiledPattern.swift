import Synchronization

/// A postal-code pattern of the address tables (`\d{5}(?:-\d{4})?`, a region's prefix `1[0-4]|06390`), compiled
/// on first use and then reused.
///
/// `Regex` is not `Sendable`, so the compiled pattern lives behind a lock; matching a short code under it costs
/// far less than compiling the pattern for every address. Character classes match ASCII only (`\d` is 0-9): a
/// code is matched after its digits are made ASCII (`PostalCodeRule.normalize`).
final class CompiledPattern: Sendable {
    /// The pattern as the table writes it.
    let source: String
    private let compiled = Mutex<Regex<AnyRegexOutput>?>(nil)

    init(_ source: String) {
        self.source = source
    }

    /// The one compiled pattern of `source` in this process: the tables repeat patterns (`\d{5}`) and each
    /// region's prefix is looked up per address.
    static func shared(_ source: String) -> CompiledPattern {
        cache.withLock { cache in
            if let pattern = cache[source] { return pattern }
            let pattern = CompiledPattern(source)
            cache[source] = pattern
            return pattern
        }
    }

    private static let cache = Mutex<[String: CompiledPattern]>([:])

    /// Whether the pattern matches the whole of `text`.
    func wholeMatches(_ text: String) -> Bool {
        withRegex { text.wholeMatch(of: $0) != nil }
    }

    /// Whether the pattern matches at the start of `text` (a region's postal-code prefix).
    func matchesPrefix(of text: String) -> Bool {
        withRegex { text.prefixMatch(of: $0) != nil }
    }

    private func withRegex(_ body: (Regex<AnyRegexOutput>) -> Bool) -> Bool {
        compiled.withLock { compiled in
            let regex = compiled ?? Self.compile(source)
            compiled = regex
            return body(regex)
        }
    }

    /// The tables' patterns are generated from reviewed data and each is compiled by a test
    /// (`ValidationCountryRuleTests`), so a pattern that does not compile is a build defect, not an input error.
    private static func compile(_ source: String) -> Regex<AnyRegexOutput> {
        do {
            return try Regex(source).asciiOnlyCharacterClasses()
        } catch {
            preconditionFailure("postal-code pattern \(source) does not compile: \(error)")
        }
    }
}
