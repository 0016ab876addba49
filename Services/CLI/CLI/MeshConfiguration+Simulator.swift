import ArgumentParser
import MeshConfig

extension MeshConfiguration {
    /// The instance that plays the suppliers: the service running `dropline-simulator` (`simulator` by default).
    func simulatorInstance() throws -> String {
        guard let service = services.first(where: { $0.executable.hasSuffix("dropline-simulator") }) else {
            throw ValidationError("the mesh config has no service running dropline-simulator")
        }
        return service.name
    }
}
