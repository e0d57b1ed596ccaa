import Foundation
import Testing
import SchemaWire
import SchemaWireSimulator
import SchemaWireSocket
@testable import SymbolAPI

/// The Symbol client against the Symbol simulator, over real sockets on 127.0.0.1.
// A lost wake-up would hang the run; the limit turns it into a failure naming the test.
@Suite("Symbol client over loopback", .timeLimit(.minutes(2)))
struct SymbolClientTests {
    static let fast = ClientConfiguration.simulator

    @Test("subscribe to block: typed events arrive with the simulator's values")
    func blockEventsArrive() async throws {
        let simulator = try SymbolSimulator(feed: .manual)
        let client = SymbolClient(url: simulator.url, configuration: Self.fast)
        let blocks = try await client.subscribe(Symbol.Channels.Block())
        await simulator.waitForView { $0.activeChannels == ["block"] }
        await simulator.tick()
        await simulator.tick()
        var iterator = blocks.makeAsyncIterator()
        let first: Symbol.Blocks.NewBlock = try #require(try await iterator.next())
        let second = try #require(try await iterator.next())
        #expect(first.block.height == 1001)
        #expect(second.block.height == 1002)
        #expect(first.meta.hash != second.meta.hash)
        #expect(first.block.feeMultiplier == 100)
        await client.close()
        await simulator.shutdown()
    }

    @Test("two consumers share one wire subscription; the last one leaving unsubscribes")
    func consumersShareOneSubscription() async throws {
        let simulator = try SymbolSimulator(feed: .manual)
        let client = SymbolClient(url: simulator.url, configuration: Self.fast)
        let first = try await client.subscribe(Symbol.Channels.FinalizedBlock())
        let second = try await client.subscribe(Symbol.Channels.FinalizedBlock())
        await simulator.waitForView { $0.activeChannels == ["finalizedBlock"] }
        await simulator.tick()
        var a = first.makeAsyncIterator()
        var b = second.makeAsyncIterator()
        let fromA = try await a.next()
        let fromB = try await b.next()
        #expect(fromA?.height == 1001)
        #expect(fromA?.finalizationPoint == 1)
        #expect(fromA == fromB)
        #expect(await simulator.view().subscribeRequests == ["finalizedBlock": 1])

        let cancelled = Task { [a] in
            var a = a
            while try await a.next() != nil {}
        }
        cancelled.cancel()
        _ = await cancelled.result
        try await Task.sleep(for: .milliseconds(20))
        await simulator.tick()
        #expect(try await b.next()?.height == 1002)
        #expect(await simulator.view().unsubscribeRequests.isEmpty)

        let remaining = Task { [b] in
            var b = b
            while try await b.next() != nil {}
        }
        remaining.cancel()
        _ = await remaining.result
        let view = await simulator.waitForView { $0.unsubscribeRequests["finalizedBlock"] == 1 }
        #expect(view.unsubscribeRequests == ["finalizedBlock": 1])
        #expect(view.activeChannels.isEmpty)
        await client.close()
        await simulator.shutdown()
    }

    @Test("50 drops in a row mid-stream: every subscription restored exactly once each time, with the new uid")
    func survivesFiftyDrops() async throws {
        let simulator = try SymbolSimulator(feed: .manual)
        let client = SymbolClient(url: simulator.url, configuration: Self.fast)
        let account = try #require(SymbolSimulator.demoAccount)
        let blocks = try await client.subscribe(Symbol.Channels.Block())
        let confirmed = try await client.subscribe(Symbol.Channels.ConfirmedAdded(filter: account.plain))
        let statuses = try await client.subscribe(Symbol.Channels.Status(filter: account.plain))
        let channels: Set = ["block", "confirmedAdded/\(account.plain)", "status/\(account.plain)"]
        var blockIterator = blocks.makeAsyncIterator()
        var confirmedIterator = confirmed.makeAsyncIterator()
        var statusIterator = statuses.makeAsyncIterator()
        var uids: Set<String> = []
        var lastHeight = 0
        for round in 0...50 {
            let view = await simulator.waitForView { $0.openConnections == 1 && $0.activeChannels == channels && $0.acceptedConnections == round + 1 }
            #expect(view.activeChannels == channels, "round \(round)")
            if let uid = await client.currentSession?.uid { uids.insert(uid) }
            await simulator.tick()
            let height = Int(try await blockIterator.next()?.block.height.value ?? 0)
            #expect(height > lastHeight)
            lastHeight = height
            #expect(try await confirmedIterator.next()?.meta.height.value == UInt64(height))
            #expect(try await statusIterator.next()?.code == .failureCoreInsufficientBalance)
            if round < 50 { simulator.dropAllConnections() }
        }
        let view = await simulator.view()
        #expect(view.acceptedConnections == 51)
        #expect(view.duplicateSubscribeRequests == 0)
        #expect(view.subscribeRequestsByConnection.count == 51)
        for (index, requests) in view.subscribeRequestsByConnection.enumerated() {
            #expect(requests == Dictionary(uniqueKeysWithValues: channels.map { ($0, 1) }), "connection \(index)")
        }
        #expect(view.unsubscribeRequests.isEmpty)
        #expect(uids.count == 51)
        await client.close()
        await simulator.shutdown()
    }

    @Test("a server that stops answering pings is detected and the client reconnects")
    func deadLinkIsDetected() async throws {
        let simulator = try SymbolSimulator(feed: .manual)
        let configuration = ClientConfiguration(
            reconnect: ReconnectPolicy(initialDelay: .milliseconds(2), maximumDelay: .milliseconds(20)),
            pingInterval: .milliseconds(50), pongTimeout: .milliseconds(200)
        )
        let client = SymbolClient(url: simulator.url, configuration: configuration)
        let events = await client.connectionEventStream()
        try await client.connect()
        simulator.setAnswersPings(false)
        var lost: ConnectionEvent?
        for await event in events where event.state == .reconnecting(attempt: 1) {
            lost = event
            break
        }
        #expect(lost?.reason == .transport(.pongTimeout))
        simulator.setAnswersPings(true)
        try await client.connect()
        await client.close()
        await simulator.shutdown()
    }

    @Test("a bad address is rejected before anything is sent, and the connection stays up")
    func badAddressRejectedLocally() async throws {
        let simulator = try SymbolSimulator(feed: .manual)
        let client = SymbolClient(url: simulator.url, configuration: Self.fast)
        try await client.connect()
        let good = try #require(SymbolSimulator.demoAccount).plain
        let bad = String(good.dropLast()) + (good.last == "A" ? "B" : "A")
        #expect(throws: ClientError.self) { try SymbolChannel<JSONValue>(address: "confirmedAdded/\(bad)") }
        #expect(throws: ClientError.self) { try SymbolChannel<JSONValue>(address: "block/\(good)") }
        #expect(throws: ClientError.self) { try SymbolChannel<JSONValue>(address: "chainStatistic") }
        do {
            _ = try await client.subscribe(Symbol.Channels.ConfirmedAdded(filter: bad))
            Issue.record("a bad checksum was accepted")
        } catch {
            guard case .invalidChannel(let address, let reason) = error else { throw error }
            #expect(address == "confirmedAdded/\(bad)")
            #expect(reason.contains("checksum"))
        }
        let accepted = try SymbolChannel<JSONValue>(address: "confirmedAdded/\(good)")
        let subscription = try await client.subscribe(accepted)
        let view = await simulator.waitForView { !$0.subscribeRequests.isEmpty }
        withExtendedLifetime(subscription) {}
        #expect(view.subscribeRequests == ["confirmedAdded/\(good)": 1])
        #expect(view.openConnections == 1 && view.acceptedConnections == 1)
        await client.close()
        await simulator.shutdown()
    }

    @Test("the simulator closes with 1013 on a bad channel, and the client maps the reason")
    func closeCode1013IsMapped() async throws {
        let simulator = try SymbolSimulator(feed: .manual)
        let connection = try await WebSocketClient.connect(to: simulator.url)
        var messages = connection.messages.makeAsyncIterator()
        let greeting = try #require(try await messages.next())
        let uid = try #require(WireProbe.stringMember("uid", of: TransportMessage(kind: .text, bytes: greeting.bytes)))
        try await connection.send(text: "{\"uid\":\"\(uid)\",\"subscribe\":\"confirmedAdded/TAHNZXQBC57AA7KJTMGS3PJPZBXN7DV5JHJU42B\"}")
        while try await messages.next() != nil {}
        let info = try #require(connection.closeInfo)
        #expect(info.code.rawValue == 1013)
        let rejection = SymbolServerRejection(.closed(code: info.code.rawValue, reason: info.reason))
        guard case .invalidAddress(let why)? = rejection else {
            Issue.record("unexpected \(String(describing: rejection))")
            return
        }
        #expect(why.contains("does not represent a valid encoded address"))
        #expect(SymbolServerRejection(.closed(code: 1013, reason: "unknown topic category chainStatistic")) == .unknownTopic("chainStatistic"))
        #expect(SymbolServerRejection(.closed(code: 1013, reason: "Max subscriptions reached.")) == .maxSubscriptionsReached)
        await simulator.shutdown()
    }

    @Test("a slow consumer with drop-oldest reports its drops; the other consumer gets every event")
    func slowConsumerDropsOldest() async throws {
        let simulator = try SymbolSimulator(feed: .manual)
        let client = SymbolClient(url: simulator.url, configuration: Self.fast)
        let diagnostics = await client.diagnostics()
        let slow = try await client.subscribe(Symbol.Channels.Block(), buffer: .dropOldest(capacity: 3))
        let fast = try await client.subscribe(Symbol.Channels.Block(), buffer: .dropNewest(capacity: 100))
        await simulator.waitForView { $0.activeChannels == ["block"] }
        for _ in 0..<10 { await simulator.tick() }
        var fastIterator = fast.makeAsyncIterator()
        var heights: [UInt64] = []
        for _ in 0..<10 { heights.append(try await fastIterator.next()?.block.height.value ?? 0) }
        #expect(heights == Array(1001...1010))
        #expect(fast.droppedCount == 0)
        #expect(slow.droppedCount == 7)
        var slowIterator = slow.makeAsyncIterator()
        var kept: [UInt64] = []
        for _ in 0..<3 { kept.append(try await slowIterator.next()?.block.height.value ?? 0) }
        #expect(kept == [1008, 1009, 1010])
        // One report per received batch that lost blocks, each with the running total.
        var reports = diagnostics.makeAsyncIterator()
        var totals: [Int] = []
        while totals.last != 7, case .eventsDropped(channel: "block", let total)? = await reports.next() { totals.append(total) }
        #expect(totals.last == 7)
        #expect(totals == totals.sorted())
        await client.close()
        await simulator.shutdown()
    }

    @Test("close() leaves no descriptors and no task holding the client")
    func closeLeaksNothing() async throws {
        let simulator = try SymbolSimulator(feed: SimulatorFeed(interval: .milliseconds(5)))
        let port = try #require(simulator.url.port)
        weak var released: SymbolClient?
        for _ in 0..<20 {
            let client = SymbolClient(url: simulator.url, configuration: ClientConfiguration(pingInterval: .milliseconds(5)))
            let blocks = try await client.subscribe(Symbol.Channels.Block())
            var iterator = blocks.makeAsyncIterator()
            _ = try await iterator.next()
            // The previous client's socket is closed on its connection's write queue just after
            // `close()` returns; under load that can take a moment.
            let deadline = ContinuousClock.now + .seconds(5)
            while openSocketDescriptors(toPort: port) > 1, ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(5))
            }
            #expect(openSocketDescriptors(toPort: port) == 1)
            await client.close()
            released = client
        }
        try await Task.sleep(for: .milliseconds(100))
        #expect(released == nil)
        await simulator.waitForView { $0.openConnections == 0 }
        #expect(openSocketDescriptors(toPort: port) == 0)
        await simulator.shutdown()
    }
}

/// How many of this process's open descriptors are TCP sockets whose peer is 127.0.0.1:`port`
/// (client ends of connections to a simulator), from `/proc/self/fd` and `/proc/net/tcp{,6}`.
func openSocketDescriptors(toPort port: Int) -> Int {
    let fdDirectory = "/proc/self/fd"
    let names = (try? FileManager.default.contentsOfDirectory(atPath: fdDirectory)) ?? []
    var inodes: Set<String> = []
    for name in names {
        guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "\(fdDirectory)/\(name)"),
              target.hasPrefix("socket:[") else { continue }
        inodes.insert(String(target.dropFirst(8).dropLast()))
    }
    // Read to the end: procfs files report size 0, and sized reads stop after the first page.
    let table = ["/proc/net/tcp", "/proc/net/tcp6"].compactMap { path in
        FileHandle(forReadingAtPath: path).map { String(decoding: $0.readDataToEndOfFile(), as: UTF8.self) }
    }.joined(separator: "\n")
    let portHex = String(format: "%04X", port)
    return table.split(separator: "\n").filter { line in
        let fields = line.split(separator: " ")
        guard fields.count > 9 else { return false }
        return fields[2].hasSuffix(":\(portHex)") && inodes.contains(String(fields[9]))
    }.count
}

