import Foundation
import SchemaWire
import SchemaWireSocket

/// A Navixy user-API event socket on loopback, speaking Atmosphere like the real server: the
/// `uuid|interval|X|` frame, heartbeats, subscribe/unsubscribe in both request forms answered with
/// per-tracker statuses, `error` answers for a wrong hash, events for every subscription kind, and
/// `logout` / `lifecycle` on command.
public final class NavixySimulator: SimulatorControls {
    /// How the simulated account is set up.
    public struct Account: Sendable, Hashable {
        /// The hash that requests must carry (any other gets error 4).
        public var hash: String
        /// Trackers the account owns, with their status (`normal` or `blocked`).
        public var trackers: [Int: String]
        /// Trackers that exist but this session may not see.
        public var disallowed: Set<Int>

        /// Creates an account.
        public init(hash: String, trackers: [Int: String] = [101: "normal", 102: "normal", 103: "blocked"], disallowed: Set<Int> = [900]) {
            self.hash = hash
            self.trackers = trackers
            self.disallowed = disallowed
        }
    }

    private let host: SimulatorHost
    private let sequence = SimulatorCounter(start: 0)
    /// The server-side bookkeeping.
    public var ledger: SimulatorLedger { host.ledger }
    /// The account the simulator serves.
    public let account: Account
    /// The batch item form it sends.
    public let batchForm: NavixyBatchForm

    /// Starts the simulator; `heartbeat` is the interval it announces in the handshake frame; `port`
    /// 0 (the default) picks an ephemeral loopback port.
    public init(
        account: Account, heartbeat: Duration = .seconds(30), batchForm: NavixyBatchForm = .tagged, feed: SimulatorFeed = .default, port: Int = 0
    ) throws {
        self.account = account
        self.batchForm = batchForm
        let milliseconds = Int(heartbeat.components.seconds * 1000 + heartbeat.components.attoseconds / 1_000_000_000_000_000)
        host = try SimulatorHost(port: port) { connection, ledger in
            await Self.serve(connection, ledger: ledger, account: account, heartbeatMilliseconds: milliseconds)
        }
        host.startFeed(feed) { [host = self.host, sequence = self.sequence, account, batchForm] in
            await Self.tick(host: host, sequence: sequence, account: account, form: batchForm)
        }
    }

    /// The API base URL (`http://127.0.0.1:<port>/v2`); the client derives the socket URL from it.
    public var baseURL: URL { URL(string: "http://\(host.server.host):\(host.server.port)/v2")! }

    /// Pushes one event to every subscription.
    public func tick() async {
        await Self.tick(host: host, sequence: sequence, account: account, form: batchForm)
    }

    /// Ends every session with a `logout` event carrying `reason`.
    public func logout(reason: String = "session closed") async {
        await host.publishToConnections { _ in NavixyPayloads.logout(reason) }
    }

    /// Sends a `lifecycle` event (`block`, `unblock`, `corrupt`) for `tracker` to every state-like subscriber.
    public func lifecycle(tracker: Int, change: String) async {
        await host.publish { channel in
            ["state", "state_batch", "readings_batch"].contains(channel) ? [NavixyPayloads.lifecycle(tracker: tracker, change: change)] : []
        }
    }

    /// Sends any text to every connection (e.g. unknown events, `X` heartbeats).
    public func sendRaw(_ text: String) async {
        await host.publishToConnections { _ in text }
    }

    /// Drops every connection abruptly.
    public func dropAllConnections() { host.server.dropAllConnections() }

    /// Answers pings or not.
    public func setAnswersPings(_ answers: Bool) { host.server.setAnswersPings(answers) }

    /// Stops everything.
    public func shutdown() async { await host.shutdown() }

    private static func tick(host: SimulatorHost, sequence: SimulatorCounter, account: Account, form: NavixyBatchForm) async {
        let step = sequence.next()
        let visible = account.trackers.filter { $0.value == "normal" }.keys.sorted()
        await host.publish { channel in
            switch channel {
            case "state": return visible.map { NavixyPayloads.stateEvent(tracker: $0, sequence: step) }
            case "state_batch": return [NavixyPayloads.stateBatch(trackers: visible, sequence: step, form: form)]
            case "readings_batch": return [NavixyPayloads.readingsBatch(trackers: visible, sequence: step)]
            case "iot_monitor": return [NavixyPayloads.iotMonitor(trackers: visible, sequence: step)]
            default: return []
            }
        }
    }

    private static func serve(_ connection: WebSocketConnection, ledger: SimulatorLedger, account: Account, heartbeatMilliseconds: Int) async {
        let trackingID = UUID().uuidString.lowercased()
        guard (try? await connection.send(text: "\(trackingID)|\(heartbeatMilliseconds)|X|")) != nil else { return }
        do {
            for try await message in connection.messages {
                let text = message.text
                if text == "X" {
                    await ledger.count("heartbeat")
                    continue
                }
                guard let reply = await answer(message.bytes, connection: connection, ledger: ledger, account: account) else { continue }
                try await connection.send(text: reply)
            }
        } catch {
            return
        }
    }

    /// The server's answer to one request (`nil` for none).
    private static func answer(_ bytes: [UInt8], connection: WebSocketConnection, ledger: SimulatorLedger, account: Account) async -> String? {
        guard let request = try? JSONValue(parsing: bytes), let action = request["action"]?.stringValue else {
            return NavixyPayloads.error(action: "null", code: 5, description: "Wrong request format")
        }
        let actionName = "subscription/\(action)"
        guard action == "subscribe" || action == "unsubscribe" else {
            return NavixyPayloads.error(action: actionName, code: 5, description: "Wrong request format")
        }
        guard request["hash"]?.stringValue == account.hash else {
            return NavixyPayloads.error(action: actionName, code: 4, description: "User or API key not found or session ended")
        }
        let legacy = request["requests"] == nil
        let subRequests: [JSONValue]
        if legacy {
            subRequests = [.object(["type": .string("state"), "trackers": request["trackers"] ?? .array([])])]
        } else {
            subRequests = request["requests"]?.arrayValue ?? []
        }
        var data: [(String, JSONValue)] = []
        for subRequest in subRequests {
            guard let type = subRequest["type"]?.stringValue, ["state", "state_batch", "readings_batch", "iot_monitor"].contains(type) else {
                return NavixyPayloads.error(action: actionName, code: 7, description: "Invalid parameters")
            }
            if action == "subscribe" {
                await ledger.subscribe(connection, to: type)
            } else {
                await ledger.unsubscribe(connection, from: type)
            }
            let statuses = JSONValue.object(JSONObject(requestedTrackers(subRequest, account: account).map { id in
                (String(id), JSONValue.string(status(of: id, account: account)))
            }))
            data.append((type, legacy ? statuses : .object(["value": statuses, "success": .bool(true)])))
        }
        var writer = JSONWriter()
        writer.beginObject()
        writer.member("type", "response")
        writer.member("action", actionName)
        writer.member("events", subRequests.compactMap { $0["type"]?.stringValue })
        if action == "subscribe" {
            writer.member("data", JSONValue.object(JSONObject(data)))
        } else {
            writer.member("data", subRequests.flatMap { requestedTrackers($0, account: account) })
        }
        writer.endObject()
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    private static func requestedTrackers(_ subRequest: JSONValue, account: Account) -> [Int] {
        if let list = subRequest["trackers"]?.arrayValue ?? subRequest["target"]?["tracker_ids"]?.arrayValue {
            return list.compactMap { $0.numberValue?.int64Value.map(Int.init) }
        }
        return account.trackers.keys.sorted()
    }

    private static func status(of tracker: Int, account: Account) -> String {
        if account.disallowed.contains(tracker) { return "disallowed" }
        return account.trackers[tracker] ?? "unknown"
    }
}
