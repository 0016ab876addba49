import Foundation
import Testing

/// One of the shared tracking-number vectors in `Fixtures/tracking_vectors.json` (a resource of this test target;
/// jkeen/tracking_number_data, MIT, see `Fixtures/README.md`): a number as written, the format that must give its
/// verdict, the verdict, and the other formats the number is valid for.
struct TrackingVector: Decodable, Sendable, CustomTestStringConvertible {
    let number: String
    let format: String
    let valid: Bool
    let alsoValidAs: [String]
    let derived: Bool

    enum CodingKeys: String, CodingKey {
        case number, format, valid, derived
        case alsoValidAs = "also_valid_as"
    }

    /// `usps_20 "0307 1790 0005 2348 3741" valid`: what a failing case names.
    var testDescription: String {
        "\(format) \"\(number)\" \(valid ? "valid" : "invalid")"
    }

    /// The committed vectors, read once.
    static let all: [TrackingVector] = {
        do {
            guard let url = Bundle.module.url(forResource: "tracking_vectors", withExtension: "json") else {
                preconditionFailure("tracking_vectors.json is not among the ContractsTests resources")
            }
            return try JSONDecoder().decode([TrackingVector].self, from: Data(contentsOf: url))
        } catch {
            preconditionFailure("tracking_vectors.json does not decode: \(error)")
        }
    }()
}
