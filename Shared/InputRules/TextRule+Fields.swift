/// The text fields of every door and their limits (docs/rules.md, "One text policy").
///
/// | field | limit | required |
/// |---|---|---|
/// | a person's or a party's name: the customer, an address's recipient, a merchant, a supplier | 100 | yes |
/// | address line 1 / line 2 | 120 | yes / no |
/// | city | 80 | where the country's format requires one (always in a return address) |
/// | region | 80 | no (placement requires it where the country's format does) |
/// | postal code (return address; placement checks the country's pattern) | 20 | no |
/// | phone | 32 | no |
/// | listing title | 200 | yes |
/// | packaging instructions (line feeds accepted) | 2,000 | no |
extension TextRule {
    public static let personName = TextRule(maxLength: 100, isRequired: true)
    public static let line1 = TextRule(maxLength: 120, isRequired: true)
    public static let line2 = TextRule(maxLength: 120, isRequired: false)
    public static let city = TextRule(maxLength: 80, isRequired: true)
    /// The city where the country's format has none or does not require it (Japan, Singapore).
    public static let optionalCity = TextRule(maxLength: 80, isRequired: false)
    public static let region = TextRule(maxLength: 80, isRequired: false)
    public static let postalCode = TextRule(maxLength: 20, isRequired: false)
    public static let phone = TextRule(maxLength: 32, isRequired: false)
    /// A merchant's brand or a supplier's name.
    public static let partyName = TextRule(maxLength: 100, isRequired: true)
    public static let listingTitle = TextRule(maxLength: 200, isRequired: true)
    public static let packagingInstructions = TextRule(maxLength: 2_000, isRequired: false, allowsLineBreaks: true)
}
