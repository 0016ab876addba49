import Contracts
import InputRules
import Mail

extension CatalogValidation {
    /// A merchant: its name and email (`checkParty`), its return address under the text policy with a real
    /// ISO 3166-1 country, and its language as a letters-only BCP 47 tag.
    mutating func checkMerchant(_ merchant: MerchantRecord, path: String) {
        checkParty(name: merchant.name, email: merchant.email, path: path)
        let address = merchant.returnAddress
        let prefix = "\(path).returnAddress"
        text(TextRule.partyName, address.name, "\(prefix).name")
        text(TextRule.line1, address.line1, "\(prefix).line1")
        text(TextRule.line2, address.line2, "\(prefix).line2")
        text(TextRule.city, address.city, "\(prefix).city")
        text(TextRule.region, address.region, "\(prefix).region")
        text(TextRule.postalCode, address.postalCode, "\(prefix).postalCode")
        if let refusal = CountryRule.refusal(of: address.country) { fail("\(prefix).country", refusal) }
        text(TextRule.phone, address.phone, "\(prefix).phone")
        if let language = merchant.language, let refusal = LanguageTagRule.refusal(of: language) {
            fail("\(path).language", refusal)
        }
    }

    /// A merchant's or supplier's name and email: the name under the text policy; the email under the one address
    /// rule the mail library writes by (`EmailAddressRule`), since Inventory mails both (R16).
    mutating func checkParty(name: String, email: String, path: String) {
        text(TextRule.partyName, name, "\(path).name")
        if let refusal = EmailAddressRule.refusal(of: email) { fail("\(path).email", refusal) }
    }
}
