/// The JSON samples of the Navixy documentation (seeds 000-002) and of the research notes
/// (`research/navixy.md`), byte for byte. Each is preceded by where it comes from and the message
/// schema it must satisfy (`// schema:`, read by SchemaWireValidation's sample tests and the
/// Python cross-check). A few more, built from the documented field lists where the docs give
/// no usable sample, follow at the end.
enum NavixySamples {
    /// Seed 000: subscribe in the older events + trackers form.
    // schema: requests.schema.json#/$defs/LegacySubscribeRequest
    static let legacySubscribeRequest = #"""
    {
      "action": "subscribe",
      "hash": "f4bf1b75403d851653dad99c78c4b237",
      "events": ["state"],
      "trackers": [15564, 15565, 15568]
    }
    """#

    /// Seed 000 (also research §2): the older answer, statuses directly under data.state.
    // schema: responses.schema.json#/$defs/SubscribeResponse
    static let legacySubscribeResponse = #"""
    {
      "type": "response",
      "action": "subscription/subscribe",
      "events": ["state"],
      "data": {
        "state": {
          "15564": "normal",
          "15565": "blocked",
          "15568": "unknown"
        }
      }
    }
    """#

    /// Seed 000: unsubscribe in the older form.
    // schema: requests.schema.json#/$defs/LegacyUnsubscribeRequest
    static let legacyUnsubscribeRequest = #"""
    {
      "action": "unsubscribe",
      "hash": "f4bf1b75403d851653dad99c78c4b237",
      "events": ["state"],
      "trackers": [15568]
    }
    """#

    /// Seed 000: the unsubscribe answer, data is the list of tracker ids.
    // schema: responses.schema.json#/$defs/UnsubscribeResponse
    static let legacyUnsubscribeResponse = #"""
    {
      "type": "response",
      "action": "subscription/unsubscribe",
      "events": ["state"],
      "data": [15568]
    }
    """#

    /// Seed 000: an error whose data echoes the request.
    // schema: errors.schema.json#/$defs/ErrorResponse
    static let errorWithRequestData = #"""
    {
        "type": "error",
        "action": "subscription/subscribe",
        "status": {
            "code": 3,
            "description": "Wrong user hash"
        },
        "data": {
            "events": ["state"],
            "trackers": [15564]
        }
    }
    """#

    /// Seeds 001/002 (also research §3.1): a full-format state event in the zone-less date form.
    // schema: events.schema.json#/$defs/StateEvent
    static let stateEvent = #"""
    {
      "type": "event",
      "event": "state",
      "user_time": "2018-10-17 12:51:55",
      "data": {
        "source_id": 10284,
        "gps": {
          "updated": "2018-10-17 12:51:43",
          "signal_level": 100,
          "location": {
            "lat": 14.330065796228606,
            "lng": -90.99037259141691
          },
          "heading": 248,
          "speed": 0,
          "alt": 431
        },
        "connection_status": "active",
        "movement_status": "parked",
        "movement_status_update": "2018-10-04 22:47:07",
        "ignition": false,
        "ignition_update": "2018-10-04 22:47:07",
        "gsm": null,
        "last_update": "2018-10-17 12:51:46",
        "battery_level": null,
        "battery_update": null,
        "inputs": [false, false, false, false, false, false, false, false],
        "inputs_update": "2018-10-17 12:51:43",
        "outputs": [false, false, false, false, false, false, false, false],
        "outputs_update": "2018-10-17 12:51:43",
        "actual_track_update": "2018-10-04 22:47:07"
      }
    }
    """#

    /// Seeds 001/002: a state_batch as documented, with bare source states.
    // schema: events.schema.json#/$defs/StateBatchEvent
    static let documentedStateBatch = #"""
    {
      "type": "event",
      "event": "state_batch",
      "user_time": "2018-10-17 12:51:55",
      "data": [
        {
          "source_id": 10284,
          "gps": {
            "updated": "2018-10-17 12:51:43",
            "signal_level": 100,
            "location": {
              "lat": 14.330065796228606,
              "lng": -90.99037259141691
            },
            "heading": 248,
            "speed": 0,
            "alt": 431
          },
          "connection_status": "active",
          "movement_status": "parked",
          "movement_status_update": "2018-10-04 22:47:07",
          "ignition": false,
          "ignition_update": "2018-10-04 22:47:07",
          "gsm": null,
          "last_update": "2018-10-17 12:51:46",
          "battery_level": null,
          "battery_update": null,
          "inputs": [false, false, false, false, false, false, false, false],
          "inputs_update": "2018-10-17 12:51:43",
          "outputs": [false, false, false, false, false, false, false, false],
          "outputs_update": "2018-10-17 12:51:43",
          "actual_track_update": "2018-10-04 22:47:07"
        }
      ]
    }
    """#

    /// Seeds 001/002: a compact source state on its own.
    // schema: state.schema.json#/$defs/SourceState
    static let compactSourceState = #"""
    {
      "source_id": 10284,
      "gps": {
        "updated": "2018-10-17 12:51:43",
        "signal_level": 100,
        "location": {
          "lat": 14.330065796228606,
          "lng": -90.99037259141691
        },
        "heading": 248,
        "speed": 0,
        "alt": 431
      },
      "connection_status": "active",
      "movement_status": "parked",
      "movement_status_update": "2018-10-04 22:47:07",
      "ignition": false,
      "ignition_update": "2018-10-04 22:47:07",
      "last_update": "2018-10-17 12:51:46"
    }
    """#

    /// Seeds 001/002: the full iot_monitor sample.
    // schema: events.schema.json#/$defs/IotMonitorEvent
    static let iotMonitorEvent = #"""
    {
      "event": "iot_monitor",
      "type": "event",
      "data": {
        "iot_last_values": [
          {
            "tracker_id": 21080,
            "nonnull_fields": {
              "satellites": [
                {
                  "msg_time": "2025-02-11T15:12:58Z",
                  "srv_time": "2025-02-11T15:12:58Z",
                  "value": 10
                },
                {
                  "msg_time": "2025-02-11T15:12:52Z",
                  "srv_time": "2025-02-11T15:12:53Z",
                  "value": 10
                }
              ],
              "heading": [
                {
                  "msg_time": "2025-02-11T15:12:58Z",
                  "srv_time": "2025-02-11T15:12:58Z",
                  "value": 7
                },
                {
                  "msg_time": "2025-02-11T15:12:52Z",
                  "srv_time": "2025-02-11T15:12:53Z",
                  "value": 6
                }
              ],
              "latitude": [
                {
                  "msg_time": "2025-02-11T15:12:58Z",
                  "srv_time": "2025-02-11T15:12:58Z",
                  "value": "5.9654133"
                },
                {
                  "msg_time": "2025-02-11T15:12:52Z",
                  "srv_time": "2025-02-11T15:12:53Z",
                  "value": "5.9646583"
                }
              ],
              "longitude": [
                {
                  "msg_time": "2025-02-11T15:12:58Z",
                  "srv_time": "2025-02-11T15:12:58Z",
                  "value": "6.5171267"
                },
                {
                  "msg_time": "2025-02-11T15:12:52Z",
                  "srv_time": "2025-02-11T15:12:53Z",
                  "value": "6.5169383"
                }
              ],
              "lls_level_1": [
                {
                  "msg_time": "2025-02-11T15:12:58Z",
                  "srv_time": "2025-02-11T15:12:58Z",
                  "value": "262.9138"
                },
                {
                  "msg_time": "2025-02-11T15:12:52Z",
                  "srv_time": "2025-02-11T15:12:53Z",
                  "value": "262.9945"
                }
              ],
              "speed": [
                {
                  "msg_time": "2025-02-11T15:12:58Z",
                  "srv_time": "2025-02-11T15:12:58Z",
                  "value": 43
                },
                {
                  "msg_time": "2025-02-11T15:12:52Z",
                  "srv_time": "2025-02-11T15:12:53Z",
                  "value": 48
                }
              ]
            },
            "all_fields": {
              "satellites": [
                {
                  "msg_time": "2025-02-11T15:12:58Z",
                  "srv_time": "2025-02-11T15:12:58Z",
                  "value": 10
                },
                {
                  "msg_time": "2025-02-11T15:12:52Z",
                  "srv_time": "2025-02-11T15:12:53Z",
                  "value": 10
                }
              ],
              "heading": [
                {
                  "msg_time": "2025-02-11T15:12:58Z",
                  "srv_time": "2025-02-11T15:12:58Z",
                  "value": 7
                },
                {
                  "msg_time": "2025-02-11T15:12:52Z",
                  "srv_time": "2025-02-11T15:12:53Z",
                  "value": 6
                }
              ],
              "latitude": [
                {
                  "msg_time": "2025-02-11T15:12:58Z",
                  "srv_time": "2025-02-11T15:12:58Z",
                  "value": "5.9654133"
                },
                {
                  "msg_time": "2025-02-11T15:12:52Z",
                  "srv_time": "2025-02-11T15:12:53Z",
                  "value": "5.9646583"
                }
              ],
              "longitude": [
                {
                  "msg_time": "2025-02-11T15:12:58Z",
                  "srv_time": "2025-02-11T15:12:58Z",
                  "value": "6.5171267"
                },
                {
                  "msg_time": "2025-02-11T15:12:52Z",
                  "srv_time": "2025-02-11T15:12:53Z",
                  "value": "6.5169383"
                }
              ],
              "lls_level_1": [
                {
                  "msg_time": "2025-02-11T15:12:59Z",
                  "srv_time": "2025-02-11T15:12:59Z",
                  "value": null
                },
                {
                  "msg_time": "2025-02-11T15:12:52Z",
                  "srv_time": "2025-02-11T15:12:53Z",
                  "value": "262.9945"
                }
              ],
              "speed": [
                {
                  "msg_time": "2025-02-11T15:12:58Z",
                  "srv_time": "2025-02-11T15:12:58Z",
                  "value": 43
                },
                {
                  "msg_time": "2025-02-11T15:12:52Z",
                  "srv_time": "2025-02-11T15:12:53Z",
                  "value": 48
                }
              ]
            }
          }
        ]
      }
    }
    """#

    /// Seeds 001/002 (also research §3.5): a lifecycle event.
    // schema: events.schema.json#/$defs/LifecycleEvent
    static let lifecycleEvent = #"""
    {
      "type": "event",
      "event": "lifecycle",
      "data": {
        "source_id": 123456,
        "lifecycle_event": "block"
      }
    }
    """#

    /// Seeds 001/002 (also research §3.6): the logout event.
    // schema: events.schema.json#/$defs/LogoutEvent
    static let logoutEvent = #"""
    {
      "type": "event",
      "event": "logout",
      "data": "session closed"
    }
    """#

    /// Research §2: a state_batch subscription, all trackers, compact.
    // schema: requests.schema.json#/$defs/SubscribeRequest
    static let stateBatchSubscribeRequest = #"""
    {"action":"subscribe","hash":"f4bf1b754034213653dad99c78c4b237",
     "requests":[{"type":"state_batch","target":{"type":"all"},"rate_limit":"5s","format":"compact"}]}
    """#

    /// Research §2: a state subscription for two trackers.
    // schema: requests.schema.json#/$defs/SubscribeRequest
    static let stateSubscribeRequest = #"""
    {"action":"subscribe","hash":"4ce2b45d12a6c634154017511575369a",
     "requests":[{"type":"state","trackers":[1701976,1701975],"format":"compact"}]}
    """#

    /// Research §2: a readings_batch subscription with sensor_type and include_components.
    // schema: requests.schema.json#/$defs/SubscribeRequest
    static let readingsBatchSubscribeRequest = #"""
    {"action":"subscribe","hash":"f4bf1b754034213653dad99c78c4b237",
     "requests":[{"type":"readings_batch","target":{"type":"all"},"rate_limit":"5s",
                  "sensor_type":"temperature","include_components":false}]}
    """#

    /// Research §2: an iot_monitor subscription for selected trackers.
    // schema: requests.schema.json#/$defs/SubscribeRequest
    static let iotMonitorSubscribeRequest = #"""
    {"action":"subscribe","hash":"6c638c52cb40729d5e6181a48f868649",
     "requests":[{"type":"iot_monitor","target":{"type":"selected","tracker_ids":[21080]},"rate_limit":"5s"}]}
    """#

    /// Research §2: the documented answer with {value, success}.
    // schema: responses.schema.json#/$defs/SubscribeResponse
    static let subscribeResponse = #"""
    {"type":"response","action":"subscription/subscribe","events":["state"],
     "data":{"state":{"value":{"15564":"normal","15565":"blocked","15568":"unknown"},"success":true}}}
    """#

    /// Research §2 [WIRE]: a real answer, no success member, type and action last.
    // schema: responses.schema.json#/$defs/SubscribeResponse
    static let wireSubscribeResponse = #"""
    {"events":["state_batch","readings_batch"],"data":{"state_batch":{"value":{"3435108":"normal","3437670":"normal"}},
     "readings_batch":{"value":{"3435108":"normal","3437670":"normal"}}},"type":"response","action":"subscription/subscribe"}
    """#

    /// Research §3.2 [WIRE]: a real state_batch, items tagged source_state_event, ISO dates.
    // schema: events.schema.json#/$defs/StateBatchEvent
    static let wireStateBatch = #"""
    {"data":[{"state":{"source_id":10434741,
       "gps":{"updated":"2025-10-08T18:31:53-06:00","signal_level":100,"location":{"lat":25.846947,"lng":-97.795698},
              "heading":0,"speed":88,"alt":9},
       "connection_status":"active","movement_status":"moving","movement_status_update":"2025-10-08T17:44:33-06:00",
       "ignition":true,"ignition_update":"2025-10-08T17:06:46-06:00",
       "inputs":[true,false,false,true],"inputs_update":"2025-10-08T18:31:53-06:00",
       "outputs":[false,false,false],"outputs_update":"2025-10-08T18:31:53-06:00",
       "last_update":"2025-10-08T18:31:54-06:00",
       "gsm":{"updated":"2025-10-08T18:31:53-06:00","signal_level":29,"network_name":"NEXTEL","roaming":null},
       "battery_level":66,"battery_update":"2025-10-08T18:31:53-06:00",
       "additional":{"event_code":{"value":"16","updated":"2025-10-08T18:10:51-06:00"},
                     "moving":{"value":"1","updated":"2025-10-08T18:31:53-06:00"}},
       "actual_track_update":"2025-10-08T17:44:33-06:00"},
      "type":"source_state_event"}],
     "type":"event","event":"state_batch"}
    """#

    /// Research §3.3 [WIRE]: a real readings_batch, items tagged readings_event.
    // schema: events.schema.json#/$defs/ReadingsBatchEvent
    static let wireReadingsBatch = #"""
    {"data":[{"tracker_id":3440271,
      "inputs":[{"label":"Board voltage","units":"","name":"board_voltage","type":"power","sensor_id":4647605,"value":13.79,
                 "units_type":"volt","converted_units_type":null,"converted_value":null,"update_time":"2025-10-08T18:31:28-06:00"}],
      "states":[{"field":"output_status","value":0,"update_time":"2025-10-08T18:31:28-06:00"},
                {"field":"input_status","value":9,"update_time":"2025-10-08T18:31:28-06:00"}],
      "virtual_sensors":[],"counters":[],"timestamp":"2025-10-08T18:31:29-06:00","type":"readings_event"}],
     "type":"event","event":"readings_batch"}
    """#

    /// Research §3.4: a shortened iot_monitor event with a null value.
    // schema: events.schema.json#/$defs/IotMonitorEvent
    static let iotMonitorShortEvent = #"""
    {"event":"iot_monitor","type":"event","data":{"iot_last_values":[{"tracker_id":21080,
      "nonnull_fields":{"speed":[{"msg_time":"2025-02-11T15:12:58Z","srv_time":"2025-02-11T15:12:58Z","value":43},
                                 {"msg_time":"2025-02-11T15:12:52Z","srv_time":"2025-02-11T15:12:53Z","value":48}],
                        "lls_level_1":[{"msg_time":"2025-02-11T15:12:58Z","srv_time":"2025-02-11T15:12:58Z","value":"262.9138"}]},
      "all_fields":{"lls_level_1":[{"msg_time":"2025-02-11T15:12:59Z","srv_time":"2025-02-11T15:12:59Z","value":null},
                                   {"msg_time":"2025-02-11T15:12:52Z","srv_time":"2025-02-11T15:12:53Z","value":"262.9945"}]}}]}}
    """#

    /// Research §4: an error response.
    // schema: errors.schema.json#/$defs/ErrorResponse
    static let errorWrongHash = #"""
    {"type":"error","action":"subscription/subscribe","status":{"code":3,"description":"Wrong hash"},
     "data":{"events":["state"],"trackers":[15564]}}
    """#

    /// Research §3.2 [DRAFT]: a lifecycle item inside a batch.
    // schema: events.schema.json#/$defs/StateBatchItem
    static let lifecycleBatchItem = #"""
    {"type":"lifecycle_event","source_id":123456,"lifecycle_event":"block","timestamp":"2021-01-28 08:16:40"}
    """#

    // MARK: Constructed from the documented field lists (not verbatim samples)

    /// Constructed from the documented readings batch object (the docs' own sample is a placeholder): one bare item keyed by tracker id.
    // schema: events.schema.json#/$defs/ReadingsBatchEvent
    static let documentedReadingsBatch = #"""
    {"type":"event","event":"readings_batch","user_time":"2025-02-11 15:13:00","data":[{"21080":{"inputs":[{"sensor_id":301,"value":262.9138,"label":"Fuel tank","units":"l","name":"lls_level_1","type":"fuel","units_type":"litre","update_time":"2025-02-11 15:12:58","min_value":0,"max_value":400,"composite_sensor_ids":[302,303]}],"states":[{"field":"gsm_operator","value":"NEXTEL","update_time":"2025-02-11 15:12:58"}],"virtual_sensors":[{"sensor_id":310,"value":"On","label":"Engine","type":"virtual_ignition","update_time":"2025-02-11 15:10:02"}],"counters":[{"type":"odometer","value":120345.6,"update_time":"2025-02-11 15:12:58"}]}}]}
    """#

    /// Constructed in the real form: a tagged state item followed by the tagged lifecycle item of research 3.2.
    // schema: events.schema.json#/$defs/StateBatchEvent
    static let mixedStateBatch = #"""
    {"data":[{"state":{"source_id":10284,"connection_status":"offline","movement_status":"stopped","last_update":"2021-01-28T08:10:00+03:00"},"type":"source_state_event"},{"type":"lifecycle_event","source_id":123456,"lifecycle_event":"block","timestamp":"2021-01-28 08:16:40"}],"type":"event","event":"state_batch"}
    """#

    /// Constructed in the [DRAFT] form: a lifecycle event whose data is the tagged lifecycle_event object.
    // schema: events.schema.json#/$defs/LifecycleEvent
    static let draftLifecycleEvent = #"""
    {"type":"event","event":"lifecycle","data":{"type":"lifecycle_event","source_id":123456,"lifecycle_event":"unblock","timestamp":"2021-01-28 08:16:40"}}
    """#

    /// Constructed: a state_batch and readings_batch subscription with iso_datetime, as the [WIRE] client sends it.
    // schema: requests.schema.json#/$defs/SubscribeRequest
    static let isoSubscribeRequest = #"""
    {"action":"subscribe","hash":"f4bf1b754034213653dad99c78c4b237","iso_datetime":true,"requests":[{"type":"state_batch","target":{"type":"selected","tracker_ids":[3435108,3437670]},"rate_limit":"1s","format":"full"},{"type":"readings_batch","target":{"type":"all"},"rate_limit":"3s"}]}
    """#

    /// Constructed: an unsubscribe in the current requests form.
    // schema: requests.schema.json#/$defs/UnsubscribeRequest
    static let requestsUnsubscribeRequest = #"""
    {"action":"unsubscribe","hash":"f4bf1b754034213653dad99c78c4b237","requests":[{"type":"iot_monitor","target":{"type":"selected","tracker_ids":[21080]}}]}
    """#

    /// Constructed: an unsubscribe answer in the requests form, shaped like a subscribe answer.
    // schema: responses.schema.json#/$defs/UnsubscribeResponse
    static let requestsUnsubscribeResponse = #"""
    {"type":"response","action":"subscription/unsubscribe","events":["iot_monitor"],"data":{"iot_monitor":{"success":true,"value":{"21080":"normal"}}}}
    """#

    /// Constructed: an unexpected error whose action is null and whose data is a text.
    // schema: errors.schema.json#/$defs/ErrorResponse
    static let errorWithTextData = #"""
    {"type":"error","action":null,"status":{"code":6,"description":"Unexpected error"},"data":"request could not be parsed"}
    """#
}
