import Contracts
import Foundation

// R9: the `carriers` section: one entry per carrier, named by its key, with its service levels.
extension CarrierCatalogue {
    /// Reads and checks every carrier of `reader` (the `carriers` map). Every price is in one currency, so that
    /// Dispatch's carrier choice can compare them.
    init(_ reader: SectionReader) throws(MeshConfigError) {
        var carriers: [CarrierDefinition] = []
        var currency: CurrencyCode?
        for entry in reader.map.entries {
            let carrier = try SectionReader(entry.value, at: reader.path + [entry.key], schema: .carrier)
            let definition = try CarrierDefinition(name: entry.key, carrier)
            for level in definition.serviceLevels {
                for (zone, price) in level.prices.sorted(by: { $0.key < $1.key }) {
                    if let currency, price.currency != currency {
                        let key = ["service_levels", level.name, "price", zone].joined(separator: ".")
                        throw MeshConfigError(
                            key: carrier.keyPath(key), "is in \(price.currency); every carrier price is in \(currency)")
                    }
                    currency = price.currency
                }
            }
            carriers.append(definition)
        }
        let folded = carriers.map { $0.name.lowercased() }
        if let twice = folded.enumerated().first(where: { folded[..<$0.offset].contains($0.element) }) {
            throw MeshConfigError(
                key: reader.keyPath(carriers[twice.offset].name), "names a carrier twice (names ignore case)")
        }
        self.init(carriers)
    }

    /// The section as the configuration document holds it.
    var node: ConfigNode {
        var map = ConfigMap()
        for carrier in carriers {
            map.set(carrier.node, for: carrier.name)
        }
        return .map(map)
    }
}

extension CarrierDefinition {
    /// One carrier's keys: `tracking_formats`, `posted_from`, `origins`, `destinations`, `zones`,
    /// `service_levels`.
    init(name: String, _ reader: SectionReader) throws(MeshConfigError) {
        guard !name.trimmingCharacters(in: .whitespaces).isEmpty, name.count <= 60 else {
            throw MeshConfigError(key: reader.path.joined(separator: "."), "a carrier's name is 1 to 60 characters")
        }
        let formats = try reader.trackingFormats("tracking_formats")
        let postedFrom = try reader.countries("posted_from")
        guard postedFrom.isEmpty || formats.contains(.s10) else {
            throw MeshConfigError(key: reader.keyPath("posted_from"), "is only for carriers with the s10 format")
        }
        self.init(
            name: name, trackingFormats: formats, postedFrom: postedFrom, origins: try reader.countries("origins"),
            destinations: try reader.destinations("destinations"), zones: try Self.zones(reader))
        let levels = try reader.section("service_levels", schema: .named(.serviceLevel))
        for entry in levels.map.entries {
            let level = try SectionReader(entry.value, at: levels.path + [entry.key], schema: .serviceLevel)
            serviceLevels.append(try ServiceLevel(name: entry.key, carrier: self, level))
        }
        guard !serviceLevels.isEmpty else {
            throw MeshConfigError(key: levels.path.joined(separator: "."), "expected at least one service level")
        }
    }

    /// `zones`: zone names to non-empty lists of countries, each country in one zone at most.
    private static func zones(_ reader: SectionReader) throws(MeshConfigError) -> [CarrierZone] {
        guard reader.map.value(for: "zones") != nil else { return [] }
        let section = try reader.section("zones", schema: .freeMap)
        var zones: [CarrierZone] = []
        for entry in section.map.entries {
            guard entry.key != defaultZone else {
                throw MeshConfigError(
                    key: section.keyPath(entry.key), "'\(defaultZone)' is the zone of every country not listed")
            }
            let countries = try section.countries(entry.key)
            guard !countries.isEmpty else {
                throw MeshConfigError(key: section.keyPath(entry.key), "expected a non-empty list of country codes")
            }
            if let twice = countries.first(where: { country in zones.contains { $0.countries.contains(country) } }) {
                throw MeshConfigError(key: section.keyPath(entry.key), "\(twice) is already in another zone")
            }
            zones.append(CarrierZone(name: entry.key, countries: countries))
        }
        return zones
    }

    /// The zones a level must price: those of the destinations it serves, and `defaultZone` unless every one of
    /// them is in a named zone.
    func zonesServed(by destinations: CarrierDestinations) -> [String] {
        let served: [CountryCode]? =
            switch (self.destinations, destinations) {
            case (.all, .all): nil
            case (.only(let countries), .all), (.all, .only(let countries)): countries
            case (.only(let mine), .only(let theirs)): theirs.filter(mine.contains)
            }
        guard let served else { return zones.map(\.name) + [Self.defaultZone] }
        var names: [String] = []
        for zone in served.map(zone(of:)) where !names.contains(zone) { names.append(zone) }
        return names
    }

    var node: ConfigNode {
        var zonesMap = ConfigMap()
        for zone in zones {
            zonesMap.set(.list(zone.countries.map { .string($0.code) }), for: zone.name)
        }
        var levels = ConfigMap()
        for level in serviceLevels {
            levels.set(level.node, for: level.name)
        }
        return .map(
            ConfigMap([
                "tracking_formats": .list(trackingFormats.map { .string($0.rawValue) }),
                "posted_from": .list(postedFrom.map { .string($0.code) }),
                "origins": .list(origins.map { .string($0.code) }),
                "destinations": destinations.node,
                "zones": .map(zonesMap),
                "service_levels": .map(levels),
            ]))
    }
}

extension ServiceLevel {
    /// One level's keys: `full_name`, `transit_days`, `last_mile_tracking`, `destinations`, `price`.
    init(name: String, carrier: CarrierDefinition, _ reader: SectionReader) throws(MeshConfigError) {
        let destinations = try reader.destinations("destinations")
        self.init(
            name: name, fullName: try reader.string("full_name", default: "\(carrier.name) \(name)"),
            transitDays: try reader.dayRange("transit_days"),
            hasLastMileTracking: try reader.boolean("last_mile_tracking", default: false),
            destinations: destinations, prices: try Self.prices(reader, zones: carrier.zonesServed(by: destinations)))
    }

    /// `price`: one amount for every zone, or a map of zone names to amounts that prices every zone the level
    /// serves and names no other.
    private static func prices(_ reader: SectionReader, zones: [String]) throws(MeshConfigError) -> [String: Money] {
        if case .scalar = try reader.required("price") {
            let price = try reader.money("price")
            return Dictionary(uniqueKeysWithValues: zones.map { ($0, price) })
        }
        let section = try reader.section("price", schema: .freeMap)
        var prices: [String: Money] = [:]
        for entry in section.map.entries {
            guard zones.contains(entry.key) else {
                throw MeshConfigError(
                    key: section.keyPath(entry.key), "not a zone this level serves (\(zones.joined(separator: ", ")))")
            }
            prices[entry.key] = try section.money(entry.key)
        }
        if let missing = zones.first(where: { prices[$0] == nil }) {
            throw MeshConfigError(key: section.keyPath(missing), "no price for zone '\(missing)'")
        }
        return prices
    }

    var node: ConfigNode {
        var priceMap = ConfigMap()
        for (zone, price) in prices.sorted(by: { $0.key < $1.key }) {
            priceMap.set(.string(price.description), for: zone)
        }
        return .map(
            ConfigMap([
                "full_name": .string(fullName),
                "transit_days": .string("\(transitDays.minimum)-\(transitDays.maximum)"),
                "last_mile_tracking": .scalar(
                    ConfigScalar(text: hasLastMileTracking ? "true" : "false", reading: .other)),
                "destinations": destinations.node,
                "price": .map(priceMap),
            ]))
    }
}

extension CarrierDestinations {
    var node: ConfigNode {
        switch self {
        case .all: .string("all")
        case .only(let countries): .list(countries.map { .string($0.code) })
        }
    }
}
