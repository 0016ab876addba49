import Contracts

extension MeshConfiguration {
    /// Reads and checks the complete document.
    init(_ document: ConfigMap, workingDirectory: String, unmatchedEnvironment: [String]) throws(MeshConfigError) {
        let top = try SectionReader(.map(document), at: [], schema: .document)
        let stateDirectory = Placeholders.absolutePath(try top.string("state_dir"), relativeTo: workingDirectory)
        let logLevel: LogLevel = try top.choice("log_level")
        self.stateDirectory = stateDirectory
        self.logLevel = logLevel.rawValue
        clock = try ClockSettings(top.section("clock", schema: .clock))
        streams = try StreamSettings(top.section("streams", schema: .streams))
        supervisor = try SupervisorSettings(
            top.section("supervisor", schema: .supervisor), stateDirectory: stateDirectory,
            workingDirectory: workingDirectory)
        let servicesReader = try top.section("services", schema: .services)
        services = []
        for entry in servicesReader.map.entries {
            let reader = try SectionReader(entry.value, at: ["services", entry.key], schema: .service)
            services.append(
                try ServiceSettings(
                    name: entry.key, reader, logLevel: logLevel, stateDirectory: stateDirectory,
                    workingDirectory: workingDirectory))
        }
        carriers = try CarrierCatalogue(top.section("carriers", schema: .named(.carrier)))
        confirmedDelivery = try ConfirmedDeliveryPolicy(top.section("confirmed_delivery", schema: .freeMap))
        self.unmatchedEnvironment = unmatchedEnvironment
        try checkDistinctAddresses()
    }

    /// No two processes may bind the same endpoint or share a store (a group's templates need `{instance}`).
    private func checkDistinctAddresses() throws(MeshConfigError) {
        var users: [String: String] = [:]
        func claim(_ address: String, key: String, instance: String? = nil) throws(MeshConfigError) {
            if let user = users[address] {
                throw MeshConfigError(key: key, "\(YAMLWriter.quoted(address)) is also used by \(user)")
            }
            users[address] = instance.map { "\(key) (instance '\($0)')" } ?? key
        }
        try claim(supervisor.rpcEndpoint, key: "supervisor.rpc")
        try claim(supervisor.clockEndpoint, key: "supervisor.pub")
        try claim(supervisor.storePath, key: "supervisor.store")
        for service in services {
            for instance in (1...service.instances).map(service.instance)
                + (0..<service.partitions).map(service.partition)
            {
                try claim(instance.publishEndpoint, key: "services.\(service.name).pub", instance: instance.name)
                try claim(instance.rpcEndpoint, key: "services.\(service.name).rpc", instance: instance.name)
                try claim(instance.storePath, key: "services.\(service.name).store", instance: instance.name)
            }
        }
    }
}
