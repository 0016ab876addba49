import Contracts
import Foundation
import ServiceKit
import SimulatedCustomers
import Streams

/// Runs the demo's simulated hours, one tick at a time: the customers due place their orders, the cancellations
/// due are made, the reviewer works the queue every simulated hour, the clock moves one step, and the next tick
/// waits until every process has applied it, so that the demo never outruns the mesh.
struct DemoDriver {
    let mesh: DemoMesh
    let desk: DemoDesk
    let clock: RPCClient
    let supervisor: DemoSupervisor
    let generator: CustomerGenerator
    let plan: DemoPlan
    let stop: DemoStop
    /// Shows the progress; called with the state after each tick.
    let show: (Progress) async throws -> Void

    /// The run's state between ticks.
    struct Progress: Sendable {
        var now: Date
        var activity = DemoActivity()
        var reports: [String: ServiceStatusReport] = [:]
    }

    /// Runs from `start` until the simulated hours are over or the user stops the demo.
    func run(from start: Date) async throws -> Progress {
        let end = start.addingTimeInterval(plan.length)
        var progress = Progress(now: start)
        var nextOrder = 0
        var cancellations: [(due: Date, order: OrderID)] = []
        var judgements: [OrderID: Bool] = [:]
        var nextReview = start.addingTimeInterval(3_600)
        while progress.now < end, !stop.isRequested {
            let tickStarted = ContinuousClock.now
            let step = plan.advance(from: progress.now, until: end)
            let due =
                nextOrder..<Self.ordersDue(
                    before: progress.now.addingTimeInterval(TimeInterval(step.components.seconds)), from: start,
                    plan: plan)
            for (order, result) in await place(due) {
                switch result {
                case .success(let id):
                    progress.activity.record(order)
                    judgements[id] = order.isFraud
                    if let after = order.cancelAfter {
                        cancellations.append((progress.now.addingTimeInterval(after), id))
                    }
                case .failure(let failure):
                    progress.activity.refuse(code: failure.code, message: failure.line)
                }
            }
            nextOrder = due.upperBound
            cancellations.sort { $0.due < $1.due }
            while let first = cancellations.first, first.due <= progress.now {
                cancellations.removeFirst()
                if await desk.cancel(first.order) {
                    progress.activity.cancelled += 1
                } else {
                    progress.activity.cancelRefused += 1
                }
            }
            if progress.now >= nextReview {
                try await review(&judgements, &progress.activity)
                nextReview = nextReview.addingTimeInterval(3_600)
            }
            try await show(progress)
            progress.now = try await advance(by: step)
            try await Task.sleep(until: tickStarted + plan.tick)
            progress.reports = try await mesh.waitUntilClock(
                reaches: progress.now, limit: .seconds(30), supervisor: supervisor, stop: stop)
        }
        return progress
    }

    /// How many orders are due before `time`: order `i` is due `i` placement intervals after `start`. A tick
    /// places the orders due before the next one, at its own domain time.
    static func ordersDue(before time: Date, from start: Date, plan: DemoPlan) -> Int {
        Int((time.timeIntervalSince(start) / plan.placementInterval).rounded(.up))
    }

    /// Places the orders of `indices`, eight at a time; the results in index order.
    private func place(_ indices: Range<Int>) async -> [(GeneratedOrder, Result<OrderID, RPCFailure>)] {
        let desk = desk
        var results: [(GeneratedOrder, Result<OrderID, RPCFailure>)] = []
        for chunk in stride(from: indices.lowerBound, to: indices.upperBound, by: 8) {
            let orders = (chunk..<min(chunk + 8, indices.upperBound)).map(generator.order)
            let placed = await withTaskGroup(of: (Int, Result<OrderID, RPCFailure>).self) { group in
                for (position, order) in orders.enumerated() {
                    group.addTask { (position, await desk.place(order)) }
                }
                var placed = [Result<OrderID, RPCFailure>?](repeating: nil, count: orders.count)
                for await (position, result) in group { placed[position] = result }
                return placed
            }
            results += zip(orders, placed).compactMap { order, result in result.map { (order, $0) } }
        }
        return results
    }

    /// The reviewer decides every order of this run waiting in the review queue.
    private func review(_ judgements: inout [OrderID: Bool], _ activity: inout DemoActivity) async throws {
        for order in try await desk.reviewQueue() {
            guard let fraudulent = judgements.removeValue(forKey: order) else { continue }
            guard await desk.review(order, fraudulent: fraudulent) else { continue }
            if fraudulent { activity.rejected += 1 } else { activity.approved += 1 }
        }
    }

    /// Moves simulated time forward; the new domain time.
    private func advance(by step: Duration) async throws -> Date {
        try supervisor.checkRunning()
        let request = AdvanceRequest(by: DurationText.format(step))
        return try await Calls.perform(.unsafe(check: "`dropline clock now`")) {
            try await clock.call("clock.advance", params: request, as: ClockReading.self)
        }.now
    }
}

extension DemoActivity {
    /// Counts an accepted placement.
    mutating func record(_ order: GeneratedOrder) {
        placed += 1
        if order.isRisky { risky += 1 }
        if order.isReturning { returning += 1 }
        countries.insert(order.placement.shippingAddress.country)
    }
}
