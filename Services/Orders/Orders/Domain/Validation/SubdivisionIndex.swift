import Contracts

/// A country's subdivisions by every form R1 accepts for them, built once per country.
///
/// A region is looked up, in this order: as written, among the keys, ISO 3166-2 codes (`13` or `JP-13`) and names
/// in every script the metadata gives; folded (`RegionSpelling.folded`), among the names and Dropline's aliases
/// (`RegionAliases`); folded, among the names' cores (a name without its generic word); by its own core; upper-cased,
/// among the codes, so that a code in lower case (`ny`, `sp`) names its subdivision as Google's validator reads it
/// (its matching ignores case). A form shared by two subdivisions identifies neither.
struct SubdivisionIndex: Sendable {
    private let subdivisions: [AddressSubdivision]
    private let exact: [String: Int]
    private let folded: [String: Int]
    private let cores: [String: Int]
    private let codesByUpperCase: [String: Int]

    init(country: String, subdivisions: [AddressSubdivision]) {
        self.subdivisions = subdivisions
        var exact = FormTable()
        var folded = FormTable()
        var cores = FormTable()
        var codes = FormTable()
        for (index, subdivision) in subdivisions.enumerated() {
            let isoCodes = subdivision.isoCode.map { [$0, "\(country)-\($0)"] } ?? []
            let keyIsCode = Self.isCode(subdivision.key)
            let names = subdivision.names + subdivision.latinNames + (keyIsCode ? [] : [subdivision.key])
            for form in [subdivision.key] + isoCodes + names { exact.add(form, index) }
            for code in isoCodes + (keyIsCode ? [subdivision.key] : []) { codes.add(code.uppercased(), index) }
            for name in names {
                let foldedName = RegionSpelling.folded(name)
                folded.add(foldedName, index)
                if let core = RegionSpelling.core(ofFolded: foldedName) { cores.add(core, index) }
            }
        }
        let keys = Dictionary(subdivisions.enumerated().map { ($1.key, $0) }) { first, _ in first }
        for (alias, key) in RegionAliases.byCountry[country] ?? [:] {
            if let index = keys[key] { folded.add(RegionSpelling.folded(alias), index) }
        }
        self.exact = exact.unambiguous
        self.folded = folded.unambiguous
        self.cores = cores.unambiguous
        self.codesByUpperCase = codes.unambiguous
    }

    /// The subdivision `region` (trimmed) names, or why none does.
    func match(_ region: String) -> RegionMatch {
        if let index = exact[region] { return .subdivision(subdivisions[index]) }
        let foldedRegion = RegionSpelling.folded(region)
        let core = RegionSpelling.core(ofFolded: foldedRegion)
        if let index = folded[foldedRegion] ?? cores[foldedRegion] ?? core.flatMap({ cores[$0] ?? folded[$0] }) {
            return .subdivision(subdivisions[index])
        }
        if let index = codesByUpperCase[region.uppercased()] { return .subdivision(subdivisions[index]) }
        return .unknown
    }

    /// A short code rather than a name: up to three ASCII capital letters or digits (`NY`, `NSW`, `13`).
    static func isCode(_ form: String) -> Bool {
        form.unicodeScalars.count <= 3
            && form.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
    }

    /// Forms and the subdivision each names, remembering which forms name more than one.
    private struct FormTable {
        private var indices: [String: Int] = [:]
        private var shared: Set<String> = []

        mutating func add(_ form: String, _ index: Int) {
            guard !form.isEmpty else { return }
            if let existing = indices[form], existing != index { shared.insert(form) }
            indices[form] = indices[form] ?? index
        }

        /// The forms that name exactly one subdivision.
        var unambiguous: [String: Int] {
            indices.filter { !shared.contains($0.key) }
        }
    }
}
