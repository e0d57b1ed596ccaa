import Foundation
import Testing
import SchemaWire
import SchemaWireSimulator
import SymbolAPI

/// The README's Symbol example, compiled and run against the simulator.
@Suite("README example: Symbol")
struct SymbolReadmeExampleTests {
    /// The README snippet (with the URL passed in and a `break` so the test ends).
    func example(url: URL) async throws -> UInt64 {
        let client = SymbolClient(url: url)                       // ws://localhost:3000/ws
        let blocks = try await client.subscribe(Symbol.Channels.Block())
        for try await block in blocks {                           // a typed Symbol.Blocks.NewBlock
            print("block", block.block.height, block.meta.hash)
            await client.close()
            return block.block.height.value
        }
        return 0
    }

    @Test("the README example receives a typed block")
    func runs() async throws {
        let simulator = try SymbolSimulator(feed: SimulatorFeed(interval: .milliseconds(5)))
        #expect(try await example(url: simulator.url) > 1000)
        await simulator.shutdown()
    }
}
