import Foundation
import Testing
@testable import SchemaWireSocket

/// A thousand connections opened and closed leave no socket descriptor behind.
@Suite("Descriptor and thread hygiene")
struct DescriptorLeakTests {
    /// Descriptors of this process that are TCP sockets with `port` at either end.
    private func socketDescriptors(port: Int) -> Int {
        var inodes = Set<String>()
        for table in ["/proc/net/tcp", "/proc/net/tcp6"] {
            // /proc files report size 0, so read to the end rather than trusting the size.
            guard let data = FileHandle(forReadingAtPath: table)?.readDataToEndOfFile() else { continue }
            let text = String(decoding: data, as: UTF8.self)
            for line in text.split(separator: "\n").dropFirst() {
                let columns = line.split(separator: " ")
                guard columns.count > 9 else { continue }
                let ports = [columns[1], columns[2]].compactMap { $0.split(separator: ":").last.flatMap { Int($0, radix: 16) } }
                if ports.contains(port), columns[9] != "0" { inodes.insert(String(columns[9])) }
            }
        }
        let descriptors = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        return descriptors.filter { fd in
            guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/\(fd)") else { return false }
            return target.hasPrefix("socket:[") && inodes.contains(String(target.dropFirst(8).dropLast()))
        }.count
    }

    private func threadCount() -> Int {
        (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/task"))?.count ?? 0
    }

    @Test("1000 connections opened and closed: the sockets for the server's port return to the listener alone",
          .enabled(if: FileManager.default.fileExists(atPath: "/proc/self/fd"), "needs /proc (Linux)"))
    func thousandConnectionsLeaveNoDescriptors() async throws {
        let server = try WebSocketServer { connection in
            await Fixtures.echo(connection)
        }
        let url = URL(string: server.baseURL)!
        let threadsBefore = threadCount()
        let baseline = socketDescriptors(port: server.port)
        #expect(baseline == 1)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for worker in 0..<4 {
                group.addTask {
                    for index in 0..<250 {
                        let connection = try await WebSocketClient.connect(to: url)
                        if index % 5 == 0 {
                            try await connection.send(text: "\(worker)-\(index)")
                            var iterator = connection.messages.makeAsyncIterator()
                            _ = try await iterator.next()
                        }
                        if index % 50 == 49 {
                            connection.drop()
                            _ = await connection.waitUntilClosed()
                        } else {
                            let info = await connection.close()
                            #expect(info.code == .normalClosure)
                        }
                    }
                }
            }
            try await group.waitForAll()
        }
        let deadline = ContinuousClock.now + .seconds(10)
        while socketDescriptors(port: server.port) > baseline, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(20))
        }
        #expect(socketDescriptors(port: server.port) == baseline)
        #expect(server.connections.isEmpty)
        // Each connection used two threads (client reader, server connection); a leak would leave
        // about 2000. The slack covers other suites running at the same time and idle Dispatch workers.
        while threadCount() > threadsBefore + 150, ContinuousClock.now < deadline + .seconds(10) {
            try await Task.sleep(for: .milliseconds(20))
        }
        #expect(threadCount() <= threadsBefore + 150, "threads before: \(threadsBefore), after: \(threadCount())")
        await server.shutdown()
        #expect(socketDescriptors(port: server.port) == 0)
    }
}
