import Contracts
import Foundation
import Glibc

/// CPU seconds (user + system) each process of a mesh has used, read from `/proc/<pid>/stat` at clock-tick
/// resolution; a process that restarted in between counts from its new start.
struct ProcessCPU {
    /// By process name (`orders`, `dispatch.1` …).
    let seconds: [String: Double]

    /// Every process the supervisor runs.
    init(_ status: MeshStatus) {
        var seconds: [String: Double] = [:]
        for process in status.processes {
            if let pid = process.pid { seconds[process.name] = Self.seconds(pid: pid) }
        }
        self.seconds = seconds
    }

    private init(seconds: [String: Double]) { self.seconds = seconds }

    /// Every process the supervisor runs, and the supervisor itself as `supervisor`.
    static func withSupervisor(_ status: MeshStatus) -> ProcessCPU {
        var seconds = ProcessCPU(status).seconds
        seconds["supervisor"] = Self.seconds(pid: status.supervisorPID)
        return ProcessCPU(seconds: seconds)
    }

    /// Every process the supervisor runs, and this benchmark's own process (its clients) as `bench`.
    static func withBench(_ status: MeshStatus) -> ProcessCPU {
        var seconds = ProcessCPU(status).seconds
        seconds["bench"] = Self.seconds(pid: getpid())
        return ProcessCPU(seconds: seconds)
    }

    /// "inventory 1.2, orders 3.4, …; total 4.6 of 5.0 available": the CPU used against what `wallSeconds` on
    /// every online CPU offered.
    func summary(over wallSeconds: Double) -> String {
        let used = seconds.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value.formatted(digits: 1))" }
        let total = seconds.values.reduce(0, +)
        let available = wallSeconds * Double(sysconf(Int32(_SC_NPROCESSORS_ONLN)))
        return "\(used.joined(separator: ", ")); total \(total.formatted(digits: 1)) of "
            + "\(available.formatted(digits: 1)) available"
    }

    /// The CPU used since `earlier`, by process.
    func since(_ earlier: ProcessCPU) -> ProcessCPU {
        ProcessCPU(
            seconds: Dictionary(
                uniqueKeysWithValues: seconds.map { name, now in
                    let before = earlier.seconds[name] ?? 0
                    return (name, now >= before ? now - before : now)
                }))
    }

    /// User plus system CPU seconds `pid` has used (0 when it is gone).
    static func seconds(pid: pid_t) -> Double {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let nameEnd = text.lastIndex(of: ")")
        else { return 0 }
        // After the parenthesised name: state is field 3, utime field 14 and stime field 15.
        let fields = text[text.index(after: nameEnd)...].split(separator: " ")
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return 0 }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }
}
