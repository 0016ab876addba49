import Foundation

/// The endpoints a mesh may use while the links between its processes are not authenticated (CURVE keys come in
/// a later issue): only this machine's own user may reach them (docs/architecture.md §5, "Permissions").
///
/// An `ipc://` socket is a file in the state folder, which only the mesh's user can open. A `tcp://` endpoint is
/// refused unless its host is a loopback address (127.0.0.0/8, `::1`, `localhost`), and an abstract
/// `ipc://@name` is refused outright: it has no file, so no permission guards it. `inproc://` never leaves the
/// process.
enum LocalEndpoints {
    /// Why such endpoints are refused, said in every error.
    static let reason = "links between processes are not authenticated yet (CURVE comes in a later issue)"

    /// Throws, naming `key`, when `endpoint` could be reached from another machine or by another local user.
    static func check(_ endpoint: String, key: String) throws(MeshConfigError) {
        if endpoint.hasPrefix("ipc://@") {
            throw MeshConfigError(
                key: key,
                "abstract ipc endpoint \(YAMLWriter.quoted(endpoint)) is refused: it has no socket file, so any local "
                    + "user could connect, and \(reason); use a path in the state folder")
        }
        guard endpoint.hasPrefix("tcp://") else { return }
        let address = endpoint.dropFirst("tcp://".count)
        // A connecting endpoint may name its source address first: tcp://source;destination:port.
        for part in address.split(separator: ";", omittingEmptySubsequences: false) where !isLoopback(host(of: part)) {
            throw MeshConfigError(
                key: key,
                "tcp endpoint \(YAMLWriter.quoted(endpoint)) is not on loopback (127.0.0.0/8, ::1, localhost), "
                    + "and \(reason)")
        }
    }

    /// The host of `host:port`, `[v6]:port` or a bare host.
    static func host(of address: Substring) -> String {
        var host = address
        if let colon = address.lastIndex(of: ":"), !address.hasSuffix("]") {
            host = address[..<colon]
        }
        if host.hasPrefix("["), host.hasSuffix("]") { host = host.dropFirst().dropLast() }
        return String(host)
    }

    /// Whether `host` is `localhost` or an IPv4 or IPv6 loopback address.
    static func isLoopback(_ host: String) -> Bool {
        if host.lowercased() == "localhost" { return true }
        var v4 = in_addr()
        if inet_pton(AF_INET, host, &v4) == 1 {
            return UInt32(bigEndian: v4.s_addr) >> 24 == 127
        }
        var v6 = in6_addr()
        guard inet_pton(AF_INET6, host, &v6) == 1 else { return false }
        let bytes = withUnsafeBytes(of: &v6) { Array($0) }
        let isIPv6Loopback = bytes.prefix(15).allSatisfy { $0 == 0 } && bytes[15] == 1
        let isMappedIPv4Loopback =
            bytes.prefix(10).allSatisfy { $0 == 0 } && bytes[10] == 0xff && bytes[11] == 0xff
            && bytes[12] == 127
        return isIPv6Loopback || isMappedIPv4Loopback
    }
}
