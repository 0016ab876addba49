import Contracts
import Testing

/// R9: a ship report names a carrier Dropline knows and a tracking number valid for it (Finding 4: `FAKE123` is
/// nobody's tracking number).
///
/// The UPS numbers are the `test_numbers` of jkeen/tracking_number_data's couriers/ups.json (MIT, by Jeff Keen;
/// the licence is `Deploy/data/licenses/tracking_number_data-MIT.txt`).
struct CarrierTests {
    static let validUPS = ["1Z5R89390357567127", "1Z879E930346834440", "1Z410E7W0392751591", "1Z8V92A70367203024"]
    static let invalidUPS = ["2Z5R89390357567127", "1A5R89390357567127", "1Z1111111111111111"]

    @Test("R9: UPS numbers are checked by their mod-10 check digit", arguments: validUPS + invalidUPS)
    func upsCheckDigit(_ number: String) {
        #expect(UPSTrackingNumber.isValid(number) == Self.validUPS.contains(number))
    }

    @Test("R9: an S10 number reads back as written, and a wrong check digit, length or country is refused")
    func s10Parsing() throws {
        let number = try #require(S10TrackingNumber("LZ123456785CN"))
        #expect(number.serviceIndicator == "LZ" && number.serial == 12_345_678 && number.country.code == "CN")
        #expect(number.description == "LZ123456785CN")
        for wrong in ["LZ123456784CN", "LZ12345678CN", "LZ123456785ZZ", "lz123456785cn", "L1123456785CN", ""] {
            #expect(S10TrackingNumber(wrong) == nil, "\(wrong)")
        }
    }

    @Test("Finding 4: each carrier takes only its own tracking numbers, naming the form it expects")
    func finding4_trackingNumberMustBeValidForTheCarrier() throws {
        let catalogue = TrackingNumberVerdictTests.catalogue
        #expect(TrackingNumberVerdict("LZ123456785CN", carrier: " china post ", in: catalogue).isValid)
        #expect(
            TrackingNumberVerdict("FAKE123", carrier: "China Post", in: catalogue).refusal
                == .invalidNumber("is not a tracking number of China Post: expected a UPU S10 number posted in CN"))
        #expect(TrackingNumberVerdict("1Z5R89390357567127", carrier: "UPS", in: catalogue).isValid)
        #expect(!TrackingNumberVerdict("LZ123456785CN", carrier: "UPS", in: catalogue).isValid)
        #expect(catalogue.carrier(named: "Fake Express") == nil)
    }
}
