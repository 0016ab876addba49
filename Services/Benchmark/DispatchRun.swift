/// What one dispatch run measured, from the clock advance that released every order.
struct DispatchRun {
    let workers: Int
    /// Until `dispatch.list` showed every order's purchase order sent (polled every 50 ms).
    let sentSeconds: Double
    /// Until Orders appended the last `order.released` to its outbox; nil when it appended none.
    let releasedSeconds: Double?
    /// `order.released` events in Orders' outbox.
    let released: Int
    /// CPU each process used between the advance and the last purchase order.
    let cpu: ProcessCPU
    let exactlyOnce: ExactlyOnce
}
