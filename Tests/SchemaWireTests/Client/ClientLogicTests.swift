import Foundation
import Testing
@testable import SchemaWire

@Suite("Reconnect policy")
struct ReconnectPolicyTests {
    @Test("full-jitter delays stay within the exponential bound and the cap")
    func delaysStayWithinBounds() {
        let policy = ReconnectPolicy(initialDelay: .milliseconds(100), multiplier: 2, maximumDelay: .seconds(2))
        var generator = SystemRandomNumberGenerator()
        #expect(policy.delayBound(forAttempt: 1) == .milliseconds(100))
        #expect(policy.delayBound(forAttempt: 2) == .milliseconds(200))
        #expect(policy.delayBound(forAttempt: 5) == .milliseconds(1600))
        #expect(policy.delayBound(forAttempt: 6) == .seconds(2))
        #expect(policy.delayBound(forAttempt: 60) == .seconds(2))
        var sawSmall = false
        var sawLarge = false
        for attempt in 1...12 {
            let bound = policy.delayBound(forAttempt: attempt)
            for _ in 0..<200 {
                let delay = try! #require(policy.delay(forAttempt: attempt, using: &generator))
                #expect(delay >= .zero && delay <= bound)
                if attempt == 12 {
                    if delay < .milliseconds(500) { sawSmall = true }
                    if delay > .milliseconds(1500) { sawLarge = true }
                }
            }
        }
        // Full jitter spreads over the whole range, not just near the bound.
        #expect(sawSmall && sawLarge)
    }

    @Test("the attempt limit stops retries")
    func attemptLimit() {
        let policy = ReconnectPolicy(maximumAttempts: 3)
        var generator = SystemRandomNumberGenerator()
        #expect(policy.delay(forAttempt: 3, using: &generator) != nil)
        #expect(policy.delay(forAttempt: 4, using: &generator) == nil)
        #expect(ReconnectPolicy.never.delay(forAttempt: 1, using: &generator) == nil)
    }
}

@Suite("Subscription registry")
struct SubscriptionRegistryTests {
    @Test("only the first consumer subscribes and only the last one unsubscribes")
    func refcounting() {
        var registry = SubscriptionRegistry()
        let block = ChannelSpec(address: "block")
        let first = registry.retain(block)
        let second = registry.retain(block)
        let other = registry.retain(ChannelSpec(address: "status"))
        #expect(first && !second && other)
        #expect(registry.consumers(of: "block") == 2)
        let notLast = registry.release("block")
        #expect(notLast == nil)
        #expect(registry.active.map(\.address) == ["block", "status"])
        let last = registry.release("block")
        #expect(last == block)
        let extra = registry.release("block")
        #expect(extra == nil)
        #expect(registry.active.map(\.address) == ["status"])
    }
}

@Suite("Buffer policies")
struct BufferPolicyTests {
    /// Everything the consumer side of `sink` yields until its end, and the error it ended with.
    private func drain(_ sink: ConsumerSink<Int>) async -> (values: [Int], error: SubscriptionError?) {
        var values: [Int] = []
        while true {
            switch await sink.take() {
            case .messages(let messages): values += messages
            case .end(let error): return (values, error)
            }
        }
    }

    @Test("drop-oldest keeps the newest events and counts the losses")
    func dropOldest() async throws {
        let sink = ConsumerSink<Int>(channel: "c", policy: .dropOldest(capacity: 3))
        var diagnostics: [ClientDiagnostic] = []
        for value in 1...5 { if let diagnostic = sink.deliver(value) { diagnostics.append(diagnostic) } }
        sink.finish(nil)
        let drained = await drain(sink)
        #expect(drained.values == [3, 4, 5])
        #expect(drained.error == nil)
        #expect(sink.dropCount == 2)
        #expect(diagnostics == [.eventsDropped(channel: "c", total: 1), .eventsDropped(channel: "c", total: 2)])
    }

    @Test("drop-oldest stays bounded and in order over many compactions")
    func dropOldestLongRun() async {
        let sink = ConsumerSink<Int>(channel: "c", policy: .dropOldest(capacity: 100))
        for value in 1...10_000 { _ = sink.deliver(value) }
        sink.finish(nil)
        let drained = await drain(sink)
        #expect(drained.values == Array(9_901...10_000))
        #expect(sink.dropCount == 9_900)
    }

    @Test("drop-newest keeps the oldest events and counts the losses")
    func dropNewest() async throws {
        let sink = ConsumerSink<Int>(channel: "c", policy: .dropNewest(capacity: 2))
        for value in 1...4 { _ = sink.deliver(value) }
        sink.finish(nil)
        #expect(await drain(sink).values == [1, 2])
        #expect(sink.dropCount == 2)
    }

    @Test("fail-subscription ends the sequence with bufferOverflow after the buffered events")
    func failSubscription() async {
        let sink = ConsumerSink<Int>(channel: "c", policy: .failSubscription(capacity: 2))
        let ended = Locked(0)
        sink.setTerminationHandler { ended.withLock { $0 += 1 } }
        for value in 1...3 { _ = sink.deliver(value) }
        let drained = await drain(sink)
        #expect(drained.values == [1, 2])
        #expect(drained.error == .bufferOverflow(channel: "c", capacity: 2))
        #expect(ended.withLock { $0 } == 1)
    }

    @Test("a waiting consumer is woken by flush with the whole batch, not by each event")
    func flushHandsOverTheBatch() async {
        let sink = ConsumerSink<Int>(channel: "c", policy: .dropNewest(capacity: 100))
        let consumer = Task { await sink.take() }
        // Let the consumer reach its wait, then buffer three events: none of them wakes it.
        try? await Task.sleep(for: .milliseconds(50))
        for value in 1...3 { _ = sink.deliver(value) }
        try? await Task.sleep(for: .milliseconds(50))
        sink.flush()
        guard case .messages(let messages) = await consumer.value else {
            Issue.record("expected messages")
            return
        }
        #expect(messages == [1, 2, 3])
    }

    @Test("a batch that overflows is cut as each policy says, counted once per lost message")
    func batchDelivery() async {
        let oldest = ConsumerSink<Int>(channel: "c", policy: .dropOldest(capacity: 4))
        _ = oldest.deliver(contentsOf: [1, 2, 3])
        #expect(oldest.deliver(contentsOf: Array(4...10)) == .eventsDropped(channel: "c", total: 6))
        oldest.finish(nil)
        #expect(await drain(oldest).values == [7, 8, 9, 10])

        let newest = ConsumerSink<Int>(channel: "c", policy: .dropNewest(capacity: 4))
        #expect(newest.deliver(contentsOf: [1, 2, 3]) == nil)
        #expect(newest.deliver(contentsOf: [4, 5, 6]) == .eventsDropped(channel: "c", total: 2))
        newest.finish(nil)
        #expect(await drain(newest).values == [1, 2, 3, 4])

        let failing = ConsumerSink<Int>(channel: "c", policy: .failSubscription(capacity: 2))
        #expect(failing.deliver(contentsOf: [1, 2, 3, 4]) == .eventsDropped(channel: "c", total: 2))
        #expect(failing.deliver(contentsOf: [5]) == nil)
        let drained = await drain(failing)
        #expect(drained.values == [1, 2])
        #expect(drained.error == .bufferOverflow(channel: "c", capacity: 2))
    }

    @Test("cancelling a waiting consumer ends it and runs the termination handler once")
    func cancellationTerminates() async {
        let sink = ConsumerSink<Int>(channel: "c", policy: .dropNewest(capacity: 10))
        let ended = Locked(0)
        sink.setTerminationHandler { ended.withLock { $0 += 1 } }
        let consumer = Task { await sink.take() }
        try? await Task.sleep(for: .milliseconds(50))
        consumer.cancel()
        guard case .end(nil) = await consumer.value else {
            Issue.record("expected a normal end")
            return
        }
        #expect(sink.deliver(1) == nil)
        sink.finish(nil)
        #expect(ended.withLock { $0 } == 1)
    }

    @Test("the default policy is drop-oldest with 1024 slots")
    func defaultPolicy() {
        #expect(BufferPolicy.default == .dropOldest(capacity: 1024))
        #expect(ClientConfiguration().buffer == .default)
    }
}

@Suite("Deadline")
struct DeadlineTests {
    @Test("an operation that never finishes is abandoned at the deadline")
    func abandonsHungOperation() async throws {
        let result: Int? = try await withDeadline(.milliseconds(50)) {
            try? await Task.sleep(for: .seconds(3600))
            return 1
        }
        #expect(result == nil)
    }

    @Test("a prompt operation returns its value")
    func returnsValue() async throws {
        let result = try await withDeadline(.seconds(30)) { 42 }
        #expect(result == 42)
    }
}

@Suite("Secrets stay out of descriptions")
struct RedactionTests {
    @Test("request descriptions show header names and hide values and the query")
    func requestRedaction() {
        let request = TransportRequest(
            url: URL(string: "wss://hub.example/api/v1/ws/subscribe?access_token=s3cret")!,
            headers: [HTTPHeaderField(name: "Authorization", value: "Bearer s3cret")]
        )
        #expect(!request.description.contains("s3cret"))
        #expect(request.description.contains("Authorization"))
        #expect(!"\(request.headers)".contains("s3cret"))
    }
}
