import Contracts

/// What `dropline tracking validate --json` prints for a valid number.
struct TrackingNumberValidation: Encodable {
    /// The number as checked: no spaces, upper case.
    var number: String
    /// Every format it is valid in.
    var formats: [TrackingNumberFormat]
    /// A UPU S10 number's posting country.
    var postingCountry: CountryCode?
    /// The carriers it is valid for, with the format of each.
    var carriers: [TrackingNumberMatch]
    /// `a UPU S10 number posted in China (CN)`.
    var summary: String?

    init(_ verdict: TrackingNumberVerdict) {
        number = verdict.number
        formats = verdict.formats
        postingCountry = verdict.postingCountry
        carriers = verdict.matches
        summary = verdict.summary
    }
}
