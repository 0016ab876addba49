import Foundation
import Logging
import MeshConfig
import ProcessControl
import Synchronization

extension MeshSupervisor {
    /// Every heartbeat interval, asks each running child for `health`; a child silent for three intervals
    /// in a row is killed so that the restart path brings it back (hung, not just dead).
    func monitorLiveness() async {
        let interval = configuration.streams.heartbeatInterval
        let grace = configuration.supervisor.healthTimeout
        while !Task.isCancelled {
            try? await Task.sleep(for: interval)
            let candidates = table.snapshot().filter { status in
                guard status.state == .running, let started = status.startedAt else { return false }
                return Date().timeIntervalSince(started) > Double(grace.components.seconds)
            }
            await withTaskGroup(of: (String, Bool).self) { group in
                for status in candidates {
                    group.addTask { (status.name, await self.isHealthy(status.name, timeout: interval)) }
                }
                for await (name, healthy) in group {
                    let misses = health.withLock { counts in
                        counts[name] = healthy ? 0 : (counts[name] ?? 0) + 1
                        return counts[name] ?? 0
                    }
                    if misses >= 3 {
                        logger.warning(
                            "Process silent for 3 heartbeat intervals; restarting", metadata: ["child.name": "\(name)"])
                        health.withLock { $0[name] = 0 }
                        _ = try? table.restart(name: name, reason: "no health answer for 3 heartbeat intervals")
                    }
                }
            }
        }
    }
}
