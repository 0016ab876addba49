/// The figures of the differential test, per country and in all: how many sample addresses Google's validator and
/// R1 accept and refuse, how many verdicts agree, differ on purpose (`AddressSampleDifference`) or disagree.
struct AddressSampleFigures: Sendable {
    private struct Row: Sendable {
        var addresses = 0
        var googleAccepts = 0
        var r1Accepts = 0
        var agreements = 0
        var deliberate = 0
        var disagreements = 0

        mutating func add(_ comparison: AddressSampleComparison) {
            addresses += 1
            googleAccepts += comparison.googleAccepts ? 1 : 0
            r1Accepts += comparison.r1Accepts ? 1 : 0
            switch comparison.outcome {
            case .agreement: agreements += 1
            case .deliberate: deliberate += 1
            case .disagreement: disagreements += 1
            }
        }

        func line(_ label: String) -> String {
            [
                label, "\(addresses)", "\(googleAccepts)", "\(addresses - googleAccepts)", "\(r1Accepts)",
                "\(addresses - r1Accepts)", "\(agreements)", "\(deliberate)", "\(disagreements)",
            ]
            .joined(separator: "\t")
        }
    }

    private var byCountry: [String: Row] = [:]
    private var total = Row()
    private var byDifference: [AddressSampleDifference: Int] = [:]

    init(_ comparisons: [AddressSampleComparison]) {
        for comparison in comparisons {
            byCountry[comparison.entry.country, default: Row()].add(comparison)
            total.add(comparison)
            if case .deliberate(let differences) = comparison.outcome {
                for difference in differences { byDifference[difference, default: 0] += 1 }
            }
        }
    }

    var countries: Int { byCountry.count }
    var addresses: Int { total.addresses }
    var agreements: Int { total.agreements }
    var deliberate: Int { total.deliberate }
    var disagreements: Int { total.disagreements }

    /// How many addresses `difference` explains.
    func count(of difference: AddressSampleDifference) -> Int {
        byDifference[difference] ?? 0
    }

    /// The table as tab-separated values: one line per country, then all, then each deliberate difference.
    var table: String {
        let header =
            "country\taddresses\tgoogle_accepts\tgoogle_refuses\tr1_accepts\tr1_refuses\tagree\tdeliberate\tdisagree"
        var lines = [header]
        lines += byCountry.keys.sorted().map { byCountry[$0, default: Row()].line($0) }
        lines.append(total.line("all"))
        lines += AddressSampleDifference.allCases.map { "# deliberate \($0.rawValue)\t\(count(of: $0))" }
        return lines.joined(separator: "\n") + "\n"
    }
}
