import Foundation
import Testing
import SchemaWire
import SchemaWireSimulator
import NavixyAPI

/// The README's Navixy example, compiled and run against the simulator.
@Suite("README example: Navixy")
struct NavixyReadmeExampleTests {
    /// The README snippet (with the URL and hash passed in and a `return` so the test ends).
    func example(baseURL: URL, hash: String) async throws -> Int {
        let client = NavixyClient(baseURL: baseURL, hash: hash)      // https://api.eu.navixy.com/v2
        let batch = try await client.subscribe(NavixyStateBatchChannel(target: .all(.init()), rateLimit: "5s"))
        print("statuses:", try batch.trackerStatuses() ?? [:])        // [tracker id: .normal / .blocked / …]
        for try await item in batch {                                 // typed Navixy.Events.StateBatchItem
            if case .sourceStateEvent(let update) = item {
                print(update.state.sourceId, update.state.gps?.location?.lat ?? 0, update.state.movementStatus as Any)
                await client.close()
                return update.state.sourceId
            }
        }
        return 0
    }

    @Test("the README example receives a typed state item")
    func runs() async throws {
        let simulator = try NavixySimulator(account: .init(hash: "h"), feed: SimulatorFeed(interval: .milliseconds(5)))
        #expect(try await example(baseURL: simulator.baseURL, hash: "h") == 10_101)
        await simulator.shutdown()
    }
}
