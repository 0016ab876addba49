extension MeshConfiguration {
    /// The mesh configuration used when no file is given, and the base every file is merged over.
    ///
    /// `Deploy/dropline.yaml` is a byte-identical copy for operators to start from; its comments document each key.
    public static let embeddedDefaultYAML: String = """
        # Dropline mesh configuration (the embedded default).
        # Precedence: this default < a YAML file (--config or DROPLINE_CONFIG) < DROPLINE_* environment variables
        # < --set key=value flags. A key path such as streams.heartbeat_ms is DROPLINE_STREAMS_HEARTBEAT_MS in the
        # environment (dots and dashes become underscores, upper case).
        state_dir: .dropline            # state folder: stores, sockets, maildir, logs (relative to the working directory)
        log_level: info                 # trace | debug | info | notice | warning | error | critical
        clock:
          mode: system                  # system | simulated (the supervisor publishes time on the clock stream)
          start: "2026-11-22T00:00:00Z" # the simulated clock's first instant (ISO 8601, UTC)
          resolution_ms: 60000          # a clock advance stamps every fact within this of its continuous time
          settle_timeout_ms: 30000      # a clock advance stops with an error when a process lags longer than this
        streams:
          heartbeat_ms: 1000            # publisher heartbeat interval; a peer silent for 3 intervals is suspect
          fetch_credit: 1000            # events per replay batch
          batch_max: 500                # events applied per subscriber transaction (group commit)
          retention_events: 0           # events kept in each outbox beyond what every subscriber acknowledged; 0 keeps all
          max_message_bytes: 1048576    # larger bus messages are refused
          max_frame_bytes: 16777216     # a socket drops a peer that sends a larger frame (ZMQ_MAXMSGSIZE)
          lag_alarm_events: 10000       # a subscription further behind than this is reported
        supervisor:
          rpc: "ipc://{state}/run/supervisor.rpc"
          pub: "ipc://{state}/run/clock.pub"
          store: "{state}/supervisor.sqlite"
          health_timeout_ms: 10000      # a started process must answer health within this
          grace_ms: 5000                # SIGTERM, then SIGKILL after this
          backoff_initial_ms: 100
          backoff_max_ms: 30000
          crash_loop_restarts: 5        # this many restarts within the window is a crash loop
          crash_loop_window_ms: 60000
        services:                       # started in this order, stopped in reverse
          inventory:
            executable: dropline-inventory
            settings:
              reservation_ttl_seconds: 900  # a reservation no order confirms is released after this
              feed_pull_minutes: 15         # supplier stock feeds in <state_dir>/feeds are applied this often
          payments:
            executable: dropline-payments
            settings:
              gateway: test                 # the deterministic test gateway (dropline payments test-cards)
          fraud-hold:
            executable: dropline-fraud-hold
            settings:
              hold_hours: 8                 # every order is held this long before the merchant sees it (R4)
              review_threshold: 50          # a risk score at or above this sends the order to review
          orders:
            executable: dropline-orders
            settings:
              reservation_ttl_seconds: 900
          simulator:                    # plays the suppliers (the supplier connector) for tests and the demo
            executable: dropline-simulator
            settings:
              ack_delay_minutes: "10-120"   # receipt to acknowledgement (or refusal), minutes: "min-max" or one number
              ship_delay_hours: "4-36"      # acknowledgement to shipment, hours
              reject_rate: 0.02             # share of purchase orders rejected
              out_of_stock_rate: 0.02       # share refused as out_of_stock
              silent_rate: 0                # share never acknowledged (dispatch's deadline passes)
              late_ship_rate: 0             # share shipped 60 h after receipt, beyond the 48 h SLA (R7)
              carriers: "China Post, Wish Post Standard"   # also: Wish Post Express
              latency_ms: 0                 # wall time supplier.purchase_order takes (the benchmark sets 50)
              seed: 1                       # same seed, same fates
              dispatch: dispatch            # the partitioned service that takes the suppliers' answers
              calls_in_flight: 16           # answers to dispatch and scans to tracking sent concurrently
              # The carriers, played when the mesh has the `tracking` service: each shipment.registered gets a
              # journey drawn with the seed (accepted 0-48 h after shipment, 1-4 in transit, out for delivery,
              # delivered within the service level's transit range); these shares together at most 1
              carrier_exception_rate: 0.02   # share with an exception on the way, delivered all the same
              carrier_return_rate: 0.01      # share returned to sender after an exception at the door
              carrier_lost_rate: 0.01        # share whose scans stop mid-way (the parcel stalls)
              carrier_unscanned_rate: 0.01   # share never scanned (no confirmed fulfilment, R10)
              carrier_transit_multiplier: 1  # scales the transit time drawn (2: twice the promise)
              tracking: tracking             # the service whose shipments the carriers take and scans go to
          dispatch:                     # a worker group: dropline scale dispatch N
            executable: dropline-dispatch
            instances: 2                  # workers; each hosts the partitions p with p % instances == its number - 1
            partitions: 8                 # fixed for the mesh's life: each released order belongs to one partition
            settings:
              dispatch_target_minutes: 120  # a purchase order sent later than release + this counts as late (R6)
              acknowledge_hours: 24         # a supplier silent this long after the purchase order is replaced (R7)
              ship_hours: 48                # a supplier that has not shipped by then is replaced (R7)
              refund_after_hours: 72        # after every supplier failed, the order is refunded then (R6)
              supplier_connector: simulator # the instance that answers supplier.purchase_order and supplier.cancel
              connector_calls_per_worker: 8 # supplier calls one worker keeps in flight
          tracking:                     # shipments, scans, deadlines and infractions (R8-R11); follows orders and dispatch
            executable: dropline-tracking
            settings:
              fulfilment_deadline_days: 5   # R8: release to shipped, else refunded and late_fulfillment with the penalty
              confirmation_deadline_days: 7 # R10: release to the carrier's first scan, else late_confirmed_fulfillment
              stalled_after_days: 7         # a parcel with no scan this long is stalled (merchant alerted)
              late_fulfillment_penalty: "50.00 USD"  # R8's penalty charged to the merchant
              lane_minimum_parcels: 20      # a lane's measured delivery days set the expected window from this many parcels
              default_transit_days: "7-25"  # the expected window when no service level and no measured lane give one

        """
}
