/// When and how often the client reconnects: exponential backoff with full jitter, a cap and an
/// optional attempt limit.
///
/// The delay before retry *n* (1-based, counted since the last successful connect) is drawn uniformly
/// from `0 ... min(maximumDelay, initialDelay × multiplierⁿ⁻¹)` ("full jitter"), so a fleet of clients
/// dropped at once does not reconnect in lockstep.
public struct ReconnectPolicy: Sendable, Hashable {
    /// The upper bound of the first delay. Default 0.5 s.
    public var initialDelay: Duration
    /// Growth factor of the bound per failed attempt. Default 2.
    public var multiplier: Double
    /// The largest bound. Default 30 s.
    public var maximumDelay: Duration
    /// Give up after this many consecutive failed attempts; `nil` (the default) retries forever.
    public var maximumAttempts: Int?
    /// Whether a failing *first* connect is retried too. Default `true`.
    public var retriesInitialConnect: Bool

    /// Creates a policy; see the properties for the defaults.
    public init(
        initialDelay: Duration = .milliseconds(500),
        multiplier: Double = 2,
        maximumDelay: Duration = .seconds(30),
        maximumAttempts: Int? = nil,
        retriesInitialConnect: Bool = true
    ) {
        self.initialDelay = initialDelay
        self.multiplier = max(1, multiplier)
        self.maximumDelay = maximumDelay
        self.maximumAttempts = maximumAttempts
        self.retriesInitialConnect = retriesInitialConnect
    }

    /// Never reconnects.
    public static let never = ReconnectPolicy(maximumAttempts: 0, retriesInitialConnect: false)

    /// The jitter bound for retry `attempt` (1-based), before randomisation.
    public func delayBound(forAttempt attempt: Int) -> Duration {
        let initial = initialDelay.seconds
        let cap = maximumDelay.seconds
        let exponent = Double(max(0, attempt - 1))
        let bound = min(cap, initial * pow2(multiplier, exponent))
        return .nanoseconds(Int64((bound * 1e9).rounded()))
    }

    /// The delay before retry `attempt` (1-based), or `nil` when the attempt limit forbids it.
    public func delay(forAttempt attempt: Int, using generator: inout some RandomNumberGenerator) -> Duration? {
        if let limit = maximumAttempts, attempt > limit { return nil }
        let bound = delayBound(forAttempt: attempt).seconds
        guard bound > 0 else { return .zero }
        let seconds = Double.random(in: 0...bound, using: &generator)
        return .nanoseconds(Int64((seconds * 1e9).rounded()))
    }

    private func pow2(_ base: Double, _ exponent: Double) -> Double {
        var result = 1.0
        var remaining = exponent
        while remaining >= 1, result < 1e12 {
            result *= base
            remaining -= 1
        }
        return result
    }
}

extension Duration {
    /// The duration as floating-point seconds.
    var seconds: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}
