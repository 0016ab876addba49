import Foundation

/// A carrier suppliers ship with, and the form of its tracking numbers (R9). Dispatch takes a ship report only for
/// a carrier of `all`, with a tracking number valid for it (format and check digit): a number that is not one of
/// the carrier's cannot be tracked, so the order would show shipped with nothing to follow.
public struct Carrier: Sendable, Hashable {
    /// How a carrier's tracking numbers are written and checked.
    public enum TrackingFormat: Sendable, Hashable {
        /// A UPU S10 number (`S10TrackingNumber`) of a parcel posted by the postal operator of `postedFrom`.
        case s10(postedFrom: CountryCode)
        /// A UPS `1Z` number (`UPSTrackingNumber`).
        case ups
    }

    /// The carrier's name as ship reports and mails write it, e.g. `China Post`.
    public let name: String
    public let trackingFormat: TrackingFormat

    /// Every carrier a ship report may name: the postal services Chinese suppliers post with (China Post, and
    /// Wish Post Standard and Express, posted by China Post), Hongkong Post, Singapore Post, and UPS.
    public static let all: [Carrier] = {
        func posted(from code: String) -> TrackingFormat {
            guard let country = CountryCode(code) else { preconditionFailure("ISO 3166-1 lost \(code)") }
            return .s10(postedFrom: country)
        }
        return [
            Carrier(name: "China Post", trackingFormat: posted(from: "CN")),
            Carrier(name: "Wish Post Standard", trackingFormat: posted(from: "CN")),
            Carrier(name: "Wish Post Express", trackingFormat: posted(from: "CN")),
            Carrier(name: "Hongkong Post", trackingFormat: posted(from: "HK")),
            Carrier(name: "Singapore Post", trackingFormat: posted(from: "SG")),
            Carrier(name: "UPS", trackingFormat: .ups),
        ]
    }()

    /// The carrier called `name`, in any case and with surrounding spaces ignored; nil when it is not one of `all`.
    public static func named(_ name: String) -> Carrier? {
        let wanted = name.trimmingCharacters(in: .whitespaces).lowercased()
        return all.first { $0.name.lowercased() == wanted }
    }

    /// Why `trackingNumber` (upper case, without spaces) is not one of this carrier's, or nil when it is.
    public func refusal(ofTrackingNumber trackingNumber: String) -> String? {
        switch trackingFormat {
        case .s10(let country):
            guard let number = S10TrackingNumber(trackingNumber) else {
                return "must be a UPU S10 number of \(name): two letters, eight digits, the check digit and "
                    + "\(country.code), as LZ123456785\(country.code)"
            }
            return number.country == country ? nil : "must end in \(country.code), the country \(name) posts from"
        case .ups:
            return UPSTrackingNumber.isValid(trackingNumber)
                ? nil : "must be a UPS number: 1Z, 15 letters and digits and the check digit, as 1Z5R89390357567127"
        }
    }
}
