import CZeroMQ
import Foundation

extension ZMQSocket {
    /// Sends one multipart message.
    ///
    /// - Parameter dontWait: return `false` instead of blocking when the message cannot be queued (EAGAIN).
    /// - Returns: `true` when queued; `false` only with `dontWait` when it would block.
    @discardableResult
    public func send(_ frames: [Data], dontWait: Bool = false) throws(ZMQError) -> Bool {
        let handle = try openForMessages("send")
        for (index, frame) in frames.enumerated() {
            var flags: Int32 = index < frames.count - 1 ? ZMQ_SNDMORE : 0
            if dontWait { flags |= ZMQ_DONTWAIT }
            while true {
                let rc = frame.withUnsafeBytes { zmq_send(handle, $0.baseAddress, $0.count, flags) }
                if rc >= 0 { break }
                let error = ZMQError.last("send", endpoint: endpointForErrors)
                if error.interrupted { continue }
                // libzmq queues a multipart message atomically: EAGAIN can only happen on the first frame.
                if error.wouldBlock && dontWait && index == 0 { return false }
                throw error
            }
        }
        return true
    }

    /// Sends frames given as strings (convenience for commands and tests).
    @discardableResult
    public func send(strings frames: [String], dontWait: Bool = false) throws(ZMQError) -> Bool {
        try send(frames.map { Data($0.utf8) }, dontWait: dontWait)
    }

    /// Receives one whole multipart message.
    ///
    /// - Parameter dontWait: return `nil` instead of blocking when nothing is queued.
    public func receive(dontWait: Bool = false) throws(ZMQError) -> [Data]? {
        let handle = try openForMessages("receive")
        var frames: [Data] = []
        var more = true
        while more {
            var message = zmq_msg_t()
            let received: Result<Data?, ZMQError> = withUnsafeMutablePointer(to: &message) { message in
                zmq_msg_init(message)
                defer { zmq_msg_close(message) }
                let flags: Int32 = dontWait && frames.isEmpty ? ZMQ_DONTWAIT : 0
                while zmq_msg_recv(message, handle, flags) < 0 {
                    let error = ZMQError.last("receive", endpoint: endpointForErrors)
                    if error.interrupted { continue }
                    if error.wouldBlock && flags != 0 { return .success(nil) }
                    return .failure(error)
                }
                more = zmq_msg_more(message) != 0
                let size = zmq_msg_size(message)
                guard size > 0, let data = zmq_msg_data(message) else { return .success(Data()) }
                return .success(Data(bytes: data, count: size))
            }
            switch received {
            case .success(let frame?): frames.append(frame)
            case .success(nil): return nil
            case .failure(let error): throw error
            }
        }
        return frames
    }

    private func openForMessages(_ operation: String) throws(ZMQError) -> UnsafeMutableRawPointer {
        guard let handle = pollHandle else { throw ZMQError(operation: operation, code: ENOTSOCK) }
        return handle
    }
}
