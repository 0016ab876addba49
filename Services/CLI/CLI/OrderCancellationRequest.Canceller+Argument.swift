import ArgumentParser
import Contracts

/// `dropline orders cancel --by customer|merchant` reads the contract's canceller directly.
extension OrderCancellationRequest.Canceller: ExpressibleByArgument {}
