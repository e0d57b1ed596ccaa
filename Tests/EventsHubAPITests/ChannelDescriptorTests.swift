import Testing
import EventsHubAPI

/// Each Events Hub channel is one `event_types` name; its descriptor names the messages it carries.
@Suite struct ChannelDescriptorTests {
    @Test func addressesAreTheEventTypeNames() {
        let addresses = [
            EventsHub.Channels.Global().address, EventsHub.Channels.Pdfm().address, EventsHub.Channels.System().address,
            EventsHub.Channels.Health().address, EventsHub.Channels.Orchestrator().address, EventsHub.Channels.SystemLogs().address,
            EventsHub.Channels.Stats().address, EventsHub.Channels.ReverseProxy().address, EventsHub.Channels.CatalogCache().address,
            EventsHub.Channels.JobManager().address, EventsHub.Channels.Auth().address,
        ]
        #expect(addresses == EventsHub.Events.EventType.knownValues)
        #expect(addresses.map { EventsHub.Events.EventType(rawValue: $0).rawValue } == addresses)
    }

    @Test func heartbeatAndClientIDAreTheOnlyClientMessages() {
        #expect(EventsHub.Channels.Health.sentMessageNames == ["PingRequest"])
        #expect(EventsHub.Channels.Health.receivedMessageNames == ["HealthEvent"])
        #expect(EventsHub.Channels.System.sentMessageNames == ["ClientIDRequest"])
        #expect(EventsHub.Channels.Pdfm.sentMessageNames.isEmpty)
        #expect(EventsHub.Channels.JobManager.receivedMessageNames == ["EventMessage"])
    }

    @Test func serverURLTemplate() {
        #expect(EventsHub.Servers.local == "ws://{host}:{port}/api/v1/ws/subscribe")
    }
}
