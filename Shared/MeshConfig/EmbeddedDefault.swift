import Contracts

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
              max_transit_days: 25          # R9: the carrier choice takes the cheapest level promising this
          tracking:                     # shipments, scans, deadlines and infractions (R8-R11); follows orders and dispatch
            executable: dropline-tracking
            settings:
              fulfilment_deadline_days: 5   # R8: release to shipped, else refunded and late_fulfillment with the penalty
              confirmation_deadline_days: 7 # R10: release to the carrier's first scan, else late_confirmed_fulfillment
              stalled_after_days: 7         # a parcel with no scan this long is stalled (merchant alerted)
              late_fulfillment_penalty: "50.00 USD"  # R8's penalty charged to the merchant
              lane_minimum_parcels: 20      # a lane's measured delivery days set the expected window from this many parcels
              default_transit_days: "7-25"  # the expected window when no service level and no measured lane give one
        carriers:                       # R9: the carriers suppliers ship with; a file's carriers replace these whole
          China Post:                   # keyed by the name ship reports use; every price is in one currency
            tracking_formats: [s10]     # its tracking-number formats (every key: docs/rules.md, Carriers)
            posted_from: [CN]           # an S10 number must end in one of these (its postal operator's country)
            origins: [CN]               # countries it takes parcels from; absent: any
            destinations: all           # all, or a list of countries
            zones:                      # price zones; every other destination is in zone "rest"
              asia: [JP, KR, SG, MY, TH, VN, PH, ID, HK, TW]
              north_america: [US, CA, MX]
              europe: [GB, FR, DE, ES, IT, NL, BE, PT, IE, AT, PL, SE, DK, FI, CH, NO]
            service_levels:             # full_name defaults to "<carrier> <level>"
              ePacket:
                transit_days: "10-20"   # promised days from first scan to delivery: "min-max" or one number
                last_mile_tracking: true  # scanned to the door: what Confirmed Delivery requires
                destinations: [US, CA, MX, GB, FR, DE, ES, IT, NL, JP, KR, SG, AU, NZ, IL]  # within the carrier's
                price: {asia: "3.50 USD", north_america: "4.80 USD", europe: "4.60 USD", rest: "5.90 USD"}
              Registered Air Mail:
                transit_days: "15-30"
                last_mile_tracking: false
                price: {asia: "2.40 USD", north_america: "3.60 USD", europe: "3.30 USD", rest: "4.20 USD"}
          Wish Post:
            tracking_formats: [s10]
            posted_from: [CN]
            origins: [CN]
            zones:
              asia: [JP, KR, SG, MY, TH, VN, PH, ID, HK, TW]
              north_america: [US, CA, MX]
              europe: [GB, FR, DE, ES, IT, NL, BE, PT, IE, AT, PL, SE, DK, FI, CH, NO]
            service_levels:
              Standard:
                transit_days: "15-25"
                last_mile_tracking: false
                price: {asia: "1.80 USD", north_america: "2.90 USD", europe: "2.60 USD", rest: "3.40 USD"}
              Express:
                transit_days: "7-12"
                last_mile_tracking: true
                price: {asia: "3.90 USD", north_america: "5.20 USD", europe: "4.90 USD", rest: "6.50 USD"}
          YunExpress:
            tracking_formats: [yunexpress]
            origins: [CN]
            zones:
              asia: [JP, KR, SG, MY, TH, VN, PH, ID, HK, TW]
              north_america: [US, CA, MX]
              europe: [GB, FR, DE, ES, IT, NL, BE, PT, IE, AT, PL, SE, DK, FI, CH, NO]
            service_levels:
              Global Direct Line:
                transit_days: "8-15"
                last_mile_tracking: true
                price: {asia: "6.20 USD", north_america: "6.90 USD", europe: "6.60 USD", rest: "8.40 USD"}
          UPS:
            tracking_formats: [ups, ups_waybill]
            service_levels:
              Worldwide Saver:
                transit_days: "2-5"
                last_mile_tracking: true
                price: "38.00 USD"
              Worldwide Expedited:
                transit_days: "4-7"
                last_mile_tracking: true
                price: "29.00 USD"
          FedEx:
            tracking_formats: [fedex_12, fedex_34, fedex_astra_32, fedex_ground, fedex_ground_sscc_18, fedex_ground_96,
              fedex_ground_gsn]
            service_levels:
              International Priority:
                transit_days: "1-3"
                last_mile_tracking: true
                price: "42.00 USD"
              International Economy:
                transit_days: "4-6"
                last_mile_tracking: true
                price: "31.00 USD"
          DHL:
            tracking_formats: [dhl_express, dhl_express_piece_id, dhl_ecommerce, dhl_ecommerce_14]
            service_levels:
              Express:
                full_name: "DHL Express Worldwide"
                transit_days: "2-5"
                last_mile_tracking: true
                price: "36.00 USD"
              eCommerce:
                full_name: "DHL eCommerce Packet Plus"
                transit_days: "8-15"
                last_mile_tracking: true
                destinations: [US, CA, GB, DE, FR, ES, IT, NL, AU, IL]
                price: "9.80 USD"
          USPS:
            tracking_formats: [usps_20, usps_impb_n, usps_impb_c, usps_legacy, s10]
            posted_from: [US]
            origins: [US]
            service_levels:
              Ground Advantage:
                transit_days: "2-5"
                last_mile_tracking: true
                destinations: [US]
                price: "5.40 USD"
              First-Class Package International:
                transit_days: "7-21"
                last_mile_tracking: false
                price: "16.00 USD"
              Priority Mail International:
                transit_days: "6-10"
                last_mile_tracking: true
                price: "45.00 USD"
          Royal Mail:
            tracking_formats: [s10]
            posted_from: [GB]
            origins: [GB]
            service_levels:
              International Standard:
                transit_days: "5-10"
                last_mile_tracking: false
                price: "9.50 USD"
              International Tracked:
                transit_days: "5-10"
                last_mile_tracking: true
                price: "17.00 USD"
          Canada Post:
            tracking_formats: [canada_post, s10]
            posted_from: [CA]
            origins: [CA]
            service_levels:
              Small Packet International Air:
                transit_days: "6-10"
                last_mile_tracking: false
                price: "11.00 USD"
              Tracked Packet International:
                transit_days: "6-10"
                last_mile_tracking: true
                price: "19.00 USD"
          Correios:
            tracking_formats: [s10]
            posted_from: [BR]
            origins: [BR]
            service_levels:
              Exporta Facil Standard:
                full_name: "Correios Exporta Facil Standard"
                transit_days: "15-30"
                last_mile_tracking: false
                price: "12.00 USD"
              Exporta Facil Premium:
                full_name: "Correios Exporta Facil Premium"
                transit_days: "8-15"
                last_mile_tracking: true
                price: "24.00 USD"
          La Poste:
            tracking_formats: [s10]
            posted_from: [FR]
            origins: [FR]
            service_levels:
              Lettre Internationale:
                transit_days: "5-12"
                last_mile_tracking: false
                price: "6.50 USD"
              Colissimo International:
                transit_days: "4-8"
                last_mile_tracking: true
                price: "21.00 USD"
          Japan Post:
            tracking_formats: [s10]
            posted_from: [JP]
            origins: [JP]
            service_levels:
              Small Packet Airmail:
                transit_days: "7-14"
                last_mile_tracking: false
                price: "8.00 USD"
              EMS:
                transit_days: "2-4"
                last_mile_tracking: true
                price: "28.00 USD"
        confirmed_delivery:             # R9: destination: minimum order value from which last-mile tracking is required
          US: "10.00 USD"

        """
}

extension MeshConfiguration {
    /// R9: the embedded default's carriers and Confirmed Delivery table, what a process assumes before it reads a
    /// configuration (a service's default settings in tests). The default is checked by `DefaultConfigurationTests`.
    public static let defaultCarriers: (catalogue: CarrierCatalogue, confirmedDelivery: ConfirmedDeliveryPolicy) = {
        do {
            let config = try MeshConfiguration.load(file: nil, environment: [:], overrides: [], workingDirectory: "/")
            return (config.carriers, config.confirmedDelivery)
        } catch {
            preconditionFailure("the embedded default configuration does not load: \(error)")
        }
    }()
}
