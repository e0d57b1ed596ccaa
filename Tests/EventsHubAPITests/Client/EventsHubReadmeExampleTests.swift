import Foundation
import Testing
import SchemaWire
import SchemaWireSimulator
import EventsHubAPI

/// The README's Events Hub example, compiled and run against the simulator.
@Suite("README example: Events Hub")
struct EventsHubReadmeExampleTests {
    /// The README snippet (with the URL and token passed in and a `return` so the test ends).
    func example(baseURL: URL, token: String) async throws -> String {
        let client = try EventsHubClient(baseURL: baseURL, credentials: .bearerToken(token))  // http://localhost:5680
        for try await event in try await client.subscribe(EventsHub.Channels.Pdfm()) {
            if case .machineStateChanged(let change) = event {                     // typed VM events
                print(change.body.vmId, change.body.previousState, "→", change.body.currentState)
                await client.close()
                return change.body.vmId
            }
        }
        return ""
    }

    @Test("the README example receives a typed VM state change")
    func runs() async throws {
        let simulator = try EventsHubSimulator(token: "t", apiKey: "k", feed: SimulatorFeed(interval: .milliseconds(5)))
        #expect(try await example(baseURL: simulator.baseURL, token: "t").hasPrefix("fb83295e-"))
        await simulator.shutdown()
    }
}
