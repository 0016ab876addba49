import Contracts

/// Why a purchase order's documents cannot be made: an input field that the documents need and that is missing or
/// wrong. Each case names its field (`field`) and says why in `description`; Dispatch refuses the dispatch and
/// tells the merchant what to fix in the listing.
public enum DocumentError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The merchant's brand is empty: every document is branded with it (R6).
    case missingBrand
    /// Fewer than one unit.
    case invalidQuantity(Int)
    /// A negative unit price: nothing to invoice or declare.
    case negativeUnitPrice(Money)
    /// Unit price × quantity does not fit in 64-bit minor units.
    case declaredValueTooLarge(Money, quantity: Int)
    /// No HS code: the commercial invoice needs one (R9).
    case missingHSCode
    /// An HS code that is not exactly six ASCII digits (`61091`, `6109.10`, `6109100010`) (R9).
    case malformedHSCode(String)
    /// Six digits, but not a subheading of the HS 2022 nomenclature (R9).
    case unknownHSCode(String)
    /// No country of origin: the commercial invoice needs one (R9).
    case missingOriginCountry
    /// A country of origin that is not an ISO 3166-1 alpha-2 code (R9).
    case invalidOriginCountry(String)
    /// A ship-to country that is not an ISO 3166-1 alpha-2 code: customs need the destination (R9).
    case invalidDestinationCountry(String)

    /// The input field refused, as `PurchaseOrderDocumentInput` names it.
    public var field: String {
        switch self {
        case .missingBrand: "brand"
        case .invalidQuantity: "quantity"
        case .negativeUnitPrice, .declaredValueTooLarge: "unitPrice"
        case .missingHSCode, .malformedHSCode, .unknownHSCode: "hsCode"
        case .missingOriginCountry, .invalidOriginCountry: "originCountry"
        case .invalidDestinationCountry: "shipTo.country"
        }
    }

    /// The refusal as an RPC field error: the field and the full sentence.
    public var fieldError: FieldError { FieldError(field: field, reason: description) }

    /// The refusal as a full sentence naming the value and, where it helps, the expected form.
    public var description: String {
        switch self {
        case .missingBrand:
            "The merchant's brand is empty; packing list and invoices must carry the merchant's name (R6)."
        case .invalidQuantity(let quantity):
            "The quantity is \(quantity); documents need at least 1 unit."
        case .negativeUnitPrice(let price):
            "The unit price is \(price); it cannot be negative."
        case .declaredValueTooLarge(let price, let quantity):
            "The unit price \(price) times \(quantity) units is too large to declare."
        case .missingHSCode:
            "The HS code is missing; the commercial invoice needs the product's 6-digit HS code (R9)."
        case .malformedHSCode(let code):
            "The HS code \"\(code)\" is not 6 digits; give the HS subheading, as 610910 (R9)."
        case .unknownHSCode(let code):
            "The HS code \(code) is not a subheading of the HS 2022 nomenclature (R9)."
        case .missingOriginCountry:
            "The country of origin is missing; the commercial invoice needs it as an ISO 3166-1 alpha-2 code (R9)."
        case .invalidOriginCountry(let code):
            "The country of origin \"\(code)\" is not an ISO 3166-1 alpha-2 code, as CN (R9)."
        case .invalidDestinationCountry(let code):
            "The ship-to country \"\(code)\" is not an ISO 3166-1 alpha-2 code, as FR (R9)."
        }
    }
}
