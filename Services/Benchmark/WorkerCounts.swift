import ArgumentParser

/// `--workers 1,2,4`: the dispatch group sizes to measure, in the order given.
struct WorkerCounts: ExpressibleByArgument, Equatable {
    let counts: [Int]

    init(_ counts: [Int]) { self.counts = counts }

    init?(argument: String) {
        let counts = argument.split(separator: ",", omittingEmptySubsequences: false).map { Int($0) }
        guard !counts.isEmpty, counts.allSatisfy({ $0 != nil }) else { return nil }
        self.counts = counts.compactMap { $0 }
    }

    var defaultValueDescription: String { argument }

    /// As the option takes it: `1,2,4`.
    var argument: String { counts.map(String.init).joined(separator: ",") }
}
