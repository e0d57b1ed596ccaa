import Foundation
import SchemaWire

/// Prints a live feed of typed events (and connection changes) and keeps its statistics.
///
/// Feed lines go to standard output; the one-line live status goes to standard error, only on a
/// terminal. Messages that fail to decode are printed with their error and the feed goes on.
actor FeedPrinter {
    /// The counters behind the summary.
    let statistics = FeedStatistics()
    private let output: FeedOutput
    private let started = ContinuousClock.now
    private var lastPrinted: [String: ContinuousClock.Instant] = [:]
    private var unprinted: [String: Int] = [:]
    private var wasConnected: Set<APIName> = []
    private var recycling: Set<APIName> = []
    private var statusVisible = false

    /// A printer in `output` mode.
    init(output: FeedOutput) {
        self.output = output
    }

    /// One message routed to `channel` of `api`.
    func message(_ message: TransportMessage, api: APIName, channel: String) async {
        if output == .raw {
            await statistics.count(api, channel: channel)
            emit(message.text)
            return
        }
        let decoded: DecodedMessage
        do throws(JSONDecodingError) {
            decoded = try MessageCatalog.decode(message.bytes, api: api)
        } catch {
            await statistics.failed()
            note(api, Terminal.styled("✗ \(channel): undecodable message: \(error)", .red), toErrorStream: output == .json)
            if output == .human(throttle: nil) { note(api, Terminal.styled("  \(message.text.prefix(200))", .dim)) }
            return
        }
        await statistics.count(api, channel: decoded.channel)
        switch output {
        case .json:
            emit(decoded.reencoded)
        case .human(let throttle):
            let key = "\(api.rawValue)/\(decoded.channel)"
            let now = ContinuousClock.now
            if let throttle, let last = lastPrinted[key], now - last < throttle {
                unprinted[key, default: 0] += 1
                return
            }
            lastPrinted[key] = now
            let folded = unprinted.removeValue(forKey: key).map { Terminal.styled("  (+\($0) more)", .dim) } ?? ""
            emit(line(api, channel: decoded.channel, type: decoded.typeName, detail: ValueFormatter.summary(decoded.value, skipping: Self.envelopeFields)) + folded)
        case .raw:
            break
        }
    }

    /// A change of `api`'s connection; `channels` is how many channels the client holds.
    func connection(_ event: ConnectionEvent, api: APIName, channels: Int) async {
        switch event.state {
        case .connected:
            if recycling.remove(api) != nil {
                note(api, Terminal.styled("✓ connected with the new channel set (\(channels) channels)", .green))
            } else if wasConnected.contains(api) {
                await statistics.reconnected(api)
                note(api, Terminal.styled("✓ reconnected; \(channels) channel\(channels == 1 ? "" : "s") resubscribed", .green))
            } else {
                wasConnected.insert(api)
                note(api, Terminal.styled("✓ connected", .green))
            }
        case .reconnecting where event.reason == .resubscriptionRequiresReconnect:
            recycling.insert(api)
            note(api, Terminal.styled("↻ channel set changed; opening a connection with the new set", .dim))
        case .reconnecting(let attempt):
            let why = event.reason.map { " (\(Self.describe($0)))" } ?? ""
            note(api, Terminal.styled("⟳ connection lost\(why); reconnecting, attempt \(attempt)", .yellow))
        case .closed:
            if case .terminal(let error)? = event.reason {
                await statistics.failed()
                note(api, Terminal.styled("✗ closed: \(error)", .red))
            }
        case .idle, .connecting:
            break
        }
    }

    /// A diagnostic from `api`'s client.
    func diagnostic(_ diagnostic: ClientDiagnostic, api: APIName) async {
        if case .eventsDropped(let channel, let total) = diagnostic {
            await statistics.dropped(channel: "\(api.rawValue)/\(channel)", total: total)
        } else {
            await statistics.failed()
        }
        note(api, Terminal.styled("! \(diagnostic)", .red))
    }

    /// A line from the command itself (e.g. the demo announcing a simulated failure).
    func announce(_ text: String, api: APIName) {
        note(api, Terminal.styled(text, .bold))
    }

    /// The server's answer to a subscribe (Navixy's per-tracker statuses), printed typed, not counted.
    func receipt(_ message: TransportMessage, api: APIName, channel: String) {
        guard let decoded = try? MessageCatalog.decode(message.bytes, api: api) else { return }
        note(api, "\(channel): \(decoded.typeName.split(separator: ".").last ?? "")  \(ValueFormatter.summary(decoded.value, skipping: Self.envelopeFields))")
    }

    /// Redraws the live status line (terminals only).
    func refreshStatus() async {
        guard Terminal.statusLineEnabled else { return }
        Terminal.status(Terminal.styled(await statistics.statusLine, .dim))
        statusVisible = true
    }

    /// Clears the status line before the summary.
    func finish() {
        if statusVisible { Terminal.clearStatus() }
        statusVisible = false
    }

    // MARK: - Lines

    /// Members every envelope repeats; the summary leaves them out.
    private static let envelopeFields: Set<String> = [
        "type", "event", "topic", "eventType", "id", "action", "timestamp", "userTime", "updated", "version", "network",
        "signature", "signerPublicKey", "proofGamma", "proofScalar", "proofVerificationHash", "previousBlockHash",
        "transactionsHash", "receiptsHash", "stateHash", "generationHash", "merkleComponentHash", "msgTime", "srvTime",
    ]

    private func line(_ api: APIName, channel: String, type: String, detail: String) -> String {
        let shortType = type.split(separator: ".").last.map(String.init) ?? type
        return [elapsed(), apiLabel(api), Self.column(channel, 16), Terminal.styled(Self.column(shortType, 24), .bold), detail].joined(separator: "  ")
    }

    private func note(_ api: APIName, _ text: String, toErrorStream: Bool? = nil) {
        let line = [elapsed(), apiLabel(api), text].joined(separator: "  ")
        if toErrorStream ?? (output == .json || output == .raw) {
            clearStatusIfNeeded()
            Terminal.printError(line)
        } else {
            emit(line)
        }
    }

    private func emit(_ text: String) {
        clearStatusIfNeeded()
        print(text)
        fflush(nil)
    }

    private func clearStatusIfNeeded() {
        if statusVisible {
            Terminal.clearStatus()
            statusVisible = false
        }
    }

    private func elapsed() -> String {
        let elapsed = ContinuousClock.now - started
        let milliseconds = elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
        let text = "+\(milliseconds / 1000).\(String(1000 + milliseconds % 1000).dropFirst())s"
        return Terminal.styled(Self.column(text, 8, right: true), .dim)
    }

    private func apiLabel(_ api: APIName) -> String {
        let style: Terminal.Style = api == .navixy ? .cyan : api == .symbol ? .magenta : .blue
        return Terminal.styled(Self.column(api.label, 9), style)
    }

    private static func column(_ text: String, _ width: Int, right: Bool = false) -> String {
        let cut = text.count > width ? String(text.prefix(width - 1)) + "…" : text
        let pad = String(repeating: " ", count: max(0, width - cut.count))
        return right ? pad + cut : cut + pad
    }

    private static func describe(_ reason: ConnectionChangeReason) -> String {
        switch reason {
        case .transport(let error): return "\(error)"
        case .terminal(let error): return "\(error)"
        case .attemptsExhausted(let error): return "retries exhausted: \(error)"
        case .closedByClient: return "closed"
        case .resubscriptionRequiresReconnect: return "channel set changed"
        }
    }
}

extension FeedPrinter {
    /// A subscription of `api` ended with `error` (client closed for good, buffer overflow).
    func subscriptionEnded(api: APIName, channel: String, error: any Error) async {
        if case SubscriptionError.clientEnded(.closed) = error { return }
        await statistics.failed()
        note(api, Terminal.styled("✗ \(channel): \(error)", .red))
    }
}
