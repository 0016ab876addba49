import Synchronization

/// A postal-code pattern built from a literal the compiler checked, compiled on first use and then reused.
///
/// `Regex` is not `Sendable`, so the compiled pattern lives behind a lock; matching a short code under it costs
/// far less than building and compiling the pattern for every address.
final class CompiledPattern: Sendable {
    private let build: @Sendable () -> Regex<Substring>
    private let compiled = Mutex<Regex<Substring>?>(nil)

    init(build: @escaping @Sendable () -> Regex<Substring>) {
        self.build = build
    }

    /// Whether the pattern, with ASCII-only character classes, matches the whole of `text`.
    func wholeMatches(_ text: String) -> Bool {
        compiled.withLock { compiled in
            let regex = compiled ?? build().asciiOnlyCharacterClasses()
            compiled = regex
            return text.wholeMatch(of: regex) != nil
        }
    }
}
