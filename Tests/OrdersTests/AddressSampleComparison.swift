import Contracts
import Orders
import Testing

/// R1's verdict on one address of the generated sample (`AddressSample`) next to Google's validator's.
struct AddressSampleComparison: Sendable, CustomTestStringConvertible {
    /// How the two verdicts compare.
    enum Outcome: Sendable, Equatable {
        /// R1 refuses exactly the fields Google's validator refuses (none when both accept).
        case agreement
        /// They differ in ways Dropline chose (`AddressSampleDifference`), one or more.
        case deliberate([AddressSampleDifference])
        /// They differ, and nothing explains it.
        case disagreement
    }

    let entry: AddressSampleEntry
    /// The request paths of the fields R1 refuses.
    let r1: Set<String>
    let outcome: Outcome

    init(_ entry: AddressSampleEntry) {
        let r1 = Set(ValidationFixtures.refusals(of: entry.address).map(\.field))
        self.entry = entry
        self.r1 = r1
        var expected = entry.googleRefusals
        var differences: [AddressSampleDifference] = []
        for difference in AddressSampleDifference.allCases {
            let adjusted = difference.adjusted(expected, for: entry)
            if adjusted != expected { differences.append(difference) }
            expected = adjusted
        }
        if r1 == entry.googleRefusals {
            outcome = .agreement
        } else if r1 == expected, !differences.isEmpty {
            outcome = .deliberate(differences)
        } else {
            outcome = .disagreement
        }
    }

    /// Every address of the committed sample, compared once.
    static let all: [AddressSampleComparison] = AddressSample.shared.addresses.map(AddressSampleComparison.init)

    var googleAccepts: Bool { entry.google.isEmpty }
    var r1Accepts: Bool { r1.isEmpty }

    var testDescription: String { entry.testDescription }

    /// What each side said, for a failure message.
    var verdicts: String {
        let google = entry.google.isEmpty ? "accepts" : "refuses \(entry.google.keys.sorted())"
        let refusals = ValidationFixtures.refusals(of: entry.address).map { "\($0.field): \($0.reason)" }
        return "Google \(google); R1 \(r1.isEmpty ? "accepts" : "refuses \(refusals)")"
    }
}
