import InputRules
import PropertyBased
import Testing

/// The form of merchant, supplier and listing ids and SKUs.
@Suite("Ids")
struct IdentifierRuleTests {
    @Test("real ids are accepted", arguments: ["mer_azul", "lst_tee", "TEE-M", "sup_sz", "v1.2", "9", "MUG-WHITE"])
    func accepted(id: String) {
        #expect(IdentifierRule.refusal(of: id) == nil)
    }

    static let form = "must be ASCII letters, digits, '_', '-' or '.', starting with a letter or a digit"

    @Test(
        "Finding 9: ids with spaces, markup, controls, non-ASCII or a leading punctuation mark are refused",
        arguments: [
            ("", "is required"), ("mer azul", form), ("<b>mer</b>", form), ("mer\u{0}", form), ("m\u{E9}r", form),
            ("_mer", form), ("-x", form), (".hidden", form), ("a/b", form), ("lst:1", form),
            (String(repeating: "a", count: 65), "is longer than 64 characters"),
        ])
    func refused(id: String, reason: String) {
        #expect(IdentifierRule.refusal(of: id) == reason)
    }

    @Test("an accepted id is 1 to 64 scalars of [A-Za-z0-9_.-], the first a letter or digit")
    func acceptedIdsMatchThePattern() async {
        let scalars: [Unicode.Scalar] = ["a", "Z", "0", "_", "-", ".", " ", "<", "\u{E9}", ":", "\u{0}", "/"]
        let ids = Gen.element(of: scalars).map { $0! }.array(of: 0...70).map { String(String.UnicodeScalarView($0)) }
        await propertyCheck(count: 2_000, input: ids) { id in
            guard IdentifierRule.refusal(of: id) == nil else { return }
            let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.".unicodeScalars)
            #expect((1...64).contains(id.unicodeScalars.count))
            #expect(id.unicodeScalars.allSatisfy(allowed.contains))
            #expect(!"_-.".unicodeScalars.contains(id.unicodeScalars.first!))
        }
    }
}
