import Contracts

// R9: the `confirmed_delivery` section: destination country → minimum order value.
extension ConfirmedDeliveryPolicy {
    init(_ reader: SectionReader) throws(MeshConfigError) {
        var minimums: [CountryCode: Money] = [:]
        for entry in reader.map.entries {
            guard let country = CountryCode(entry.key) else {
                throw MeshConfigError(key: reader.keyPath(entry.key), "not an ISO 3166-1 alpha-2 country code")
            }
            minimums[country] = try reader.money(entry.key)
        }
        self.init(minimums)
    }

    var node: ConfigNode {
        var map = ConfigMap()
        for (country, minimum) in minimumOrderValues.sorted(by: { $0.key.code < $1.key.code }) {
            map.set(.string(minimum.description), for: country.code)
        }
        return .map(map)
    }
}
