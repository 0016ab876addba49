import Contracts
import Foundation
import ServiceKit
import SimulatedCustomers
import Streams

/// Runs the demo's simulated time, one tick at a time. While customers place orders (`--hours`), a tick places the
/// orders due, makes the cancellations due, has the reviewer work the queue every simulated hour, and moves the clock
/// one step. Then the demo follows the parcels to the door without new orders (R8-R11): the clock moves a follow step
/// per tick, the reviewer and the cancellations go on, a share of the customers whose stalled parcel's window has
/// passed confirm receipt, until every order has reached an end (`DemoEnding`) or the follow-up's days are over.
/// Each tick waits until every process has applied it, so that the demo never outruns the mesh.
struct DemoDriver {
    let mesh: DemoMesh
    let desk: DemoDesk
    let clock: RPCClient
    let supervisor: DemoSupervisor
    let generator: CustomerGenerator
    let plan: DemoPlan
    let stop: DemoStop
    /// The orders and their parcels as the streams tell them, and when they have all reached an end.
    let orders: OrderTally
    let parcels: ParcelTally
    let ending: DemoEnding
    /// Shows the progress; called with the state after each tick.
    let show: (Progress) async throws -> Void

    /// The run's state between ticks.
    struct Progress: Sendable {
        var now: Date
        var activity = DemoActivity()
        var reports: [String: ServiceStatusReport] = [:]
        /// Customers place no more orders: the demo follows the parcels.
        var isFollowing = false
    }

    /// What is due on later ticks: the next order to place, the customers' cancellations, the reviewer's judgements
    /// and next round, the customers who confirmed receipt.
    private struct Agenda {
        var nextOrder = 0
        var cancellations: [(due: Date, order: OrderID)] = []
        var judgements: [OrderID: Bool] = [:]
        var nextReview: Date
        var confirmed: Set<OrderID> = []
    }

    /// Runs from `start` until the placements and the follow-up are over, or the user stops the demo.
    func run(from start: Date) async throws -> Progress {
        let placementEnd = start.addingTimeInterval(plan.length)
        let end = start.addingTimeInterval(plan.longest)
        var progress = Progress(now: start)
        var agenda = Agenda(nextReview: start.addingTimeInterval(3_600))
        while progress.now < end, !stop.isRequested {
            let tickStarted = ContinuousClock.now
            progress.isFollowing = progress.now >= placementEnd
            let step: Duration
            if progress.isFollowing {
                guard !ending.isOver(open: orders.openOrders, parcels: parcels.entries, at: progress.now) else { break }
                step = plan.followAdvance(from: progress.now, until: end)
                await confirmReceipts(&agenda, &progress)
            } else {
                step = plan.advance(from: progress.now, until: placementEnd)
                await placeOrders(
                    before: progress.now.addingTimeInterval(step / .seconds(1)), start, &agenda, &progress)
            }
            await cancel(&agenda, &progress)
            if progress.now >= agenda.nextReview {
                try await review(&agenda.judgements, &progress.activity)
                while agenda.nextReview <= progress.now { agenda.nextReview.addTimeInterval(3_600) }
            }
            try await show(progress)
            progress.now = try await advance(by: step, resolution: resolution(following: progress.isFollowing))
            try await Task.sleep(until: tickStarted + plan.tick)
            progress.reports = try await mesh.waitUntilClock(
                reaches: progress.now, limit: .seconds(30), supervisor: supervisor, stop: stop)
        }
        progress.isFollowing = progress.now >= placementEnd
        return progress
    }

    /// Places the orders due before `time`, at the tick's own domain time; remembers their cancellations and the
    /// reviewer's judgement.
    private func placeOrders(before time: Date, _ start: Date, _ agenda: inout Agenda, _ progress: inout Progress) async
    {
        let due = agenda.nextOrder..<Self.ordersDue(before: time, from: start, plan: plan)
        for (order, result) in await place(due) {
            switch result {
            case .success(let id):
                progress.activity.record(order)
                agenda.judgements[id] = order.isFraud
                if let after = order.cancelAfter {
                    agenda.cancellations.append((progress.now.addingTimeInterval(after), id))
                }
            case .failure(let failure):
                progress.activity.refuse(code: failure.code, message: failure.line)
            }
        }
        agenda.nextOrder = due.upperBound
    }

    /// The customers' cancellations due by now.
    private func cancel(_ agenda: inout Agenda, _ progress: inout Progress) async {
        agenda.cancellations.sort { $0.due < $1.due }
        while let first = agenda.cancellations.first, first.due <= progress.now {
            agenda.cancellations.removeFirst()
            if await desk.cancel(first.order) {
                progress.activity.cancelled += 1
            } else {
                progress.activity.cancelRefused += 1
            }
        }
    }

    /// R11: the customers whose stalled parcel arrived all the same confirm receipt once its window has passed.
    private func confirmReceipts(_ agenda: inout Agenda, _ progress: inout Progress) async {
        let due = ending.confirmations(
            open: orders.openOrders, parcels: parcels.entries, asked: agenda.confirmed, at: progress.now)
        for order in due {
            agenda.confirmed.insert(order)
            if await desk.confirmDelivery(order) { progress.activity.confirmedReceipt += 1 }
        }
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

    /// The clock's resolution for this tick's advance: the mesh's while customers order; then a follow step once
    /// every order has shipped or ended, and `DemoPlan.unshippedResolution` until then.
    private func resolution(following: Bool) -> Duration? {
        guard following else { return nil }
        return orders.hasUnshippedOrders ? DemoPlan.unshippedResolution : plan.followStep
    }

    /// Moves simulated time forward, with a coarser clock resolution than the mesh's when given; the new domain time.
    /// A follow step fires days of scans: it may take well over the usual RPC timeout on a busy machine.
    private func advance(by step: Duration, resolution: Duration?) async throws -> Date {
        try supervisor.checkRunning()
        let request = AdvanceRequest(by: DurationText.format(step), resolution: resolution.map(DurationText.format))
        return try await Calls.perform(.unsafe(check: "`dropline clock now`")) {
            try await clock.call("clock.advance", params: request, as: ClockReading.self, timeout: .seconds(600))
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
