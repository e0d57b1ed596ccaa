// Real-shaped samples built from the field lists in the research notes (our own values,
// checked against the schemas with Python's jsonschema when they were written).

/// One sample per named Events Hub message, client message and REST body.
enum EventsHubSamples {
    /// A `GlobalEvent` (`events.schema.json`).
    static let welcome = #"""
        {
          "id": "985763c36f1a7f04663353ceb5515afaa497414ebec3226e9fa0d475b7713e34",
          "event_type": "global",
          "timestamp": "2025-12-11T13:04:37.484843Z",
          "message": "WebSocket connection established subscribed to global by default",
          "body": {
            "client_id": "338a28f7-666e-46e1-8e7d-4feba5edc061",
            "subscriptions": [
              "pdfm",
              "health",
              "orchestrator",
              "global"
            ]
          }
        }
        """#
    /// A `GlobalEvent` (`events.schema.json`).
    static let error = #"""
        {
          "id": "1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f",
          "ref_id": "req-7",
          "event_type": "global",
          "timestamp": "2025-12-11T13:05:00Z",
          "message": "error",
          "body": {
            "error": "no handlers registered for type pdfm"
          },
          "client_id": "338a28f7-666e-46e1-8e7d-4feba5edc061"
        }
        """#
    /// A `SystemEvent` (`events.schema.json`).
    static let clientID = #"""
        {
          "id": "2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e",
          "ref_id": "ask-1",
          "event_type": "system",
          "timestamp": "2025-12-12T09:00:00.5Z",
          "message": "client-id",
          "body": {
            "client-id": "d24c0350-936d-4c7a-8948-36f42343c87c"
          },
          "client_id": "d24c0350-936d-4c7a-8948-36f42343c87c"
        }
        """#
    /// A `HealthEvent` (`events.schema.json`).
    static let pong = #"""
        {
          "id": "1495c450ab281318efc6b63482fde92630b66c0bf66acd5073fdc3a44402be67",
          "ref_id": "cbd91850fad5fc286caa89916b081c9d34c4b7bde2ce4ce4392f47527a9cc27",
          "event_type": "health",
          "timestamp": "2025-12-12T15:57:55.570578Z",
          "message": "pong",
          "client_id": "d24c0350-936d-4c7a-8948-36f42343c87c"
        }
        """#
    /// A `PdfmEvent` (`events.schema.json`).
    static let vmStateChanged = #"""
        {
          "id": "60adab5b984894719ecb83a0ad7da3d2027a63932c65d0f0585f3762083aa4a1",
          "event_type": "pdfm",
          "timestamp": "2025-12-11T13:21:21.514683Z",
          "message": "VM_STATE_CHANGED",
          "body": {
            "previous_state": "suspended",
            "current_state": "resuming",
            "vm_id": "fb83295e-0ccb-46b1-8205-b03997f82b00"
          }
        }
        """#
    /// A `PdfmEvent` (`events.schema.json`).
    static let vmAdded = #"""
        {
          "id": "3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c",
          "event_type": "pdfm",
          "timestamp": "2025-12-11T13:22:00Z",
          "message": "VM_ADDED",
          "body": {
            "vm_id": "0d1e2f30-4152-6374-8596-a7b8c9d0e1f2",
            "new_vm": {
              "ID": "0d1e2f30-4152-6374-8596-a7b8c9d0e1f2",
              "Name": "ubuntu-22",
              "State": "stopped"
            }
          }
        }
        """#
    /// A `PdfmEvent` (`events.schema.json`).
    static let vmRemoved = #"""
        {
          "id": "4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d",
          "event_type": "pdfm",
          "timestamp": "2025-12-11T13:23:00Z",
          "message": "VM_REMOVED",
          "body": {
            "vm_id": "0d1e2f30-4152-6374-8596-a7b8c9d0e1f2"
          }
        }
        """#
    /// A `PdfmEvent` (`events.schema.json`).
    static let vmUpdated = #"""
        {
          "id": "5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e",
          "event_type": "pdfm",
          "timestamp": "2025-12-11T13:24:00Z",
          "message": "VM_UPDATED",
          "body": {
            "vm_id": "0d1e2f30-4152-6374-8596-a7b8c9d0e1f2",
            "cpu_count": 4
          }
        }
        """#
    /// A `OrchestratorEvent` (`events.schema.json`).
    static let hostVMStateChanged = #"""
        {
          "id": "6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f",
          "event_type": "orchestrator",
          "timestamp": "2025-12-11T14:00:00Z",
          "message": "HOST_VM_STATE_CHANGED",
          "body": {
            "host_id": "host-a",
            "event": {
              "previous_state": "stopped",
              "current_state": "running",
              "vm_id": "fb83295e-0ccb-46b1-8205-b03997f82b00"
            }
          }
        }
        """#
    /// A `OrchestratorEvent` (`events.schema.json`).
    static let hostVMAdded = #"""
        {
          "id": "7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a",
          "event_type": "orchestrator",
          "timestamp": "2025-12-11T14:01:00Z",
          "message": "HOST_VM_ADDED",
          "body": {
            "host_id": "host-a",
            "event": {
              "vm_id": "fb83295e-0ccb-46b1-8205-b03997f82b00",
              "new_vm": {
                "Name": "macos-15"
              }
            }
          }
        }
        """#
    /// A `OrchestratorEvent` (`events.schema.json`).
    static let hostVMRemoved = #"""
        {
          "id": "8b8b8b8b8b8b8b8b8b8b8b8b8b8b8b8b8b8b8b8b8b8b8b8b8b8b8b8b8b8b8b8b",
          "event_type": "orchestrator",
          "timestamp": "2025-12-11T14:02:00Z",
          "message": "HOST_VM_REMOVED",
          "body": {
            "host_id": "host-b",
            "event": {
              "vm_id": "fb83295e-0ccb-46b1-8205-b03997f82b00"
            }
          }
        }
        """#
    /// A `OrchestratorEvent` (`events.schema.json`).
    static let hostHealth = #"""
        {
          "id": "9c9c9c9c9c9c9c9c9c9c9c9c9c9c9c9c9c9c9c9c9c9c9c9c9c9c9c9c9c9c9c9c",
          "event_type": "orchestrator",
          "timestamp": "2025-12-11T14:03:00Z",
          "message": "HOST_HEALTH_UPDATE",
          "body": {
            "host_id": "host-b",
            "state": "healthy"
          }
        }
        """#
    /// A `EventMessage` (`events.schema.json`).
    static let hostWebsocketConnected = #"""
        {
          "id": "adadadadadadadadadadadadadadadadadadadadadadadadadadadadadadadad",
          "event_type": "orchestrator",
          "timestamp": "2025-12-11T14:04:00Z",
          "message": "HOST_WEBSOCKET_CONNECTED",
          "body": {
            "host_id": "host-c"
          }
        }
        """#
    /// A `EventMessage` (`events.schema.json`).
    static let jobCreated = #"""
        {
          "id": "bebebebebebebebebebebebebebebebebebebebebebebebebebebebebebebebe",
          "event_type": "job_manager",
          "timestamp": "2025-12-11T14:05:00Z",
          "message": "JOB_CREATED",
          "body": {
            "id": "job-1",
            "state": "pending"
          }
        }
        """#
    /// A `PingRequest` (`requests.schema.json`).
    static let ping = #"""
        {
          "event_type": "health",
          "id": "hb-1",
          "message": "ping"
        }
        """#
    /// A `ClientIDRequest` (`requests.schema.json`).
    static let clientIDRequest = #"""
        {
          "event_type": "system",
          "message": "client-id"
        }
        """#
    /// A `UnsubscribeRequest` (`rest.schema.json`).
    static let unsubscribe = #"""
        {
          "client_id": "338a28f7-666e-46e1-8e7d-4feba5edc061",
          "event_types": [
            "pdfm",
            "health"
          ],
          "user_id": "admin"
        }
        """#
    /// A `ApiErrorResponse` (`rest.schema.json`).
    static let apiError = #"""
        {
          "code": 500,
          "message": "internal server error",
          "stack": [
            {
              "code": 500,
              "description": "panic recovered",
              "error": "runtime error: index out of range",
              "path": "/api/v1/ws/unsubscribe"
            }
          ]
        }
        """#
    /// A `ApiErrorResponse` (`rest.schema.json`).
    static let apiErrorPartial = #"""
        {
          "message": "cannot unsubscribe from global event type unsubscribed from: pdfm, health",
          "code": 200
        }
        """#
    /// A `OAuthErrorResponse` (`rest.schema.json`).
    static let oauthError = #"""
        {
          "error": "unauthorized",
          "error_description": "User does not contain enough permissions"
        }
        """#
    /// A `ApiErrorDiagnosticsResponse` (`rest.schema.json`).
    static let diagnosticsError = #"""
        {
          "message": "client 42 does not exist",
          "diagnostics": {
            "errors": [
              {
                "message": "client 42 does not exist"
              }
            ]
          },
          "code": 400
        }
        """#
}
