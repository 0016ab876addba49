/// A language as Dropline accepts it: a BCP 47 tag of letters only (docs/rules.md, "Bounds at every door").
///
/// A primary language of 2 or 3 ASCII letters, then at most three subtags of 2 to 8 ASCII letters, each after a
/// hyphen (`[A-Za-z]{2,3}(-[A-Za-z]{2,8}){0,3}`): `en`, `pt`, `pt-BR`, `zh-Hans`, `zh-Hans-CN`, `sr-Latn-RS`.
/// Refused: digits (`es-419`), underscores (`pt_BR`), markup (`<xx>`), anything else.
public enum LanguageTagRule {
    /// Why `tag` is refused, or nil if it is accepted.
    public static func refusal(of tag: String) -> String? {
        if tag.isEmpty { return "must not be empty when given" }
        let subtags = tag.split(separator: "-", omittingEmptySubsequences: false)
        let lettersOnly = tag.unicodeScalars.allSatisfy { scalar in
            scalar == "-" || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
        }
        guard lettersOnly, (1...4).contains(subtags.count), (2...3).contains(subtags[0].count),
            subtags.dropFirst().allSatisfy({ (2...8).contains($0.count) })
        else { return "must be a BCP 47 language tag of letters, as en, pt-BR or zh-Hans" }
        return nil
    }
}
