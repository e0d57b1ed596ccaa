import Foundation
import SchemaWire
import SchemaWireSocket
import SymbolAPI

/// A Symbol REST gateway `/ws` endpoint on loopback that behaves like catapult-rest: a `uid` frame
/// first, silent subscribe/unsubscribe, `{topic, data}` pushes, and a closed connection (1013 with the
/// error text, or no code) for any bad request.
public final class SymbolSimulator: SimulatorControls {
    private let host: SimulatorHost
    /// The server-side bookkeeping.
    public var ledger: SimulatorLedger { host.ledger }
    private let height = SimulatorCounter(start: 1000)

    /// Starts the simulator on a loopback port (0, the default, picks an ephemeral one).
    public init(feed: SimulatorFeed = .default, port: Int = 0) throws {
        host = try SimulatorHost(port: port) { connection, ledger in await Self.serve(connection, ledger: ledger) }
        host.startFeed(feed) { [host = self.host, height = self.height] in await Self.tick(host: host, height: height) }
    }

    /// The gateway URL, `ws://127.0.0.1:<port>/ws`.
    public var url: URL { host.url(path: "/ws") }

    /// The account the synthetic transactions pay (a valid address, for `confirmedAdded(_:)` tests).
    public static var demoAccount: Address? { SymbolPayloads.demoAccount }

    /// Pushes one event to every subscribed channel.
    public func tick() async {
        await Self.tick(host: host, height: height)
    }

    private static func tick(host: SimulatorHost, height: SimulatorCounter) async {
        let next = height.next()
        await host.publish { SymbolPayloads.message(topic: $0, sequence: next).map { [$0] } ?? [] }
    }

    /// Drops every connection abruptly.
    public func dropAllConnections() { host.server.dropAllConnections() }

    /// Answers pings or not.
    public func setAnswersPings(_ answers: Bool) { host.server.setAnswersPings(answers) }

    /// Stops everything.
    public func shutdown() async {
        await host.shutdown()
    }

    private static func serve(_ connection: WebSocketConnection, ledger: SimulatorLedger) async {
        let uid = SymbolPayloads.uid()
        guard (try? await connection.send(text: "{\"uid\": \"\(uid)\"}")) != nil else { return }
        do {
            for try await message in connection.messages {
                switch Self.judge(message.bytes, uid: uid) {
                case .subscribe(let channel): await ledger.subscribe(connection, to: channel)
                case .unsubscribe(let channel): await ledger.unsubscribe(connection, from: channel)
                case .close(let code, let reason):
                    await connection.close(code: WebSocketCloseCode(code), reason: reason)
                    return
                }
            }
        } catch {
            return
        }
    }

    private enum Verdict {
        case subscribe(String)
        case unsubscribe(String)
        case close(code: UInt16, reason: String)
    }

    /// What catapult-rest does with one request (see `rest/src/server/websocketMessageHandler.js`).
    private static func judge(_ bytes: [UInt8], uid: String) -> Verdict {
        guard let request = try? JSONValue(parsing: bytes), request.objectValue != nil else {
            return .close(code: 1013, reason: "Unexpected token in JSON")
        }
        guard request["uid"]?.stringValue == uid else { return .close(code: 1005, reason: "") }
        let subscribe = request["subscribe"]
        let unsubscribe = request["unsubscribe"]
        if subscribe != nil, unsubscribe != nil { return .close(code: 1005, reason: "") }
        if let channel = unsubscribe?.stringValue { return .unsubscribe(channel) }
        guard let channel = subscribe?.stringValue else { return .close(code: 1005, reason: "") }
        if let problem = channelProblem(channel) { return .close(code: 1013, reason: String(problem.prefix(123))) }
        return .subscribe(channel)
    }

    private static func channelProblem(_ channel: String) -> String? {
        let parts = channel.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        guard let name = SymbolChannelName(rawValue: String(parts[0])) else {
            return "unknown topic category \(parts[0])"
        }
        guard parts.count == 2 else { return nil }
        guard name.takesAddress else { return "unexpected param to block subscription" }
        if (try? AddressFilter(parameter: parts[1])) == nil {
            return "\(parts[1]) does not represent a valid encoded address"
        }
        return nil
    }
}
