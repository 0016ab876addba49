import Contracts

extension AmountThreshold {
    /// A limit worth about `majorUnits` US dollars in any currency, the default of the amount rules (R4):
    /// `majorUnits` whole units of a currency not in `unitsPerDollar` (USD, EUR, GBP, CHF, CAD, AUD, SGD, …, whose
    /// unit is within a factor of about three of the dollar), and `majorUnits × unitsPerDollar[currency]` whole
    /// units of a currency in it: `scaled(200)` is 200.00 USD, 200.00 EUR, 30000 JPY, 1000.00 BRL.
    public static func scaled(_ majorUnits: Int64) -> AmountThreshold {
        AmountThreshold(
            majorUnits: majorUnits,
            overrides: unitsPerDollar.reduce(into: [:]) { overrides, entry in
                overrides[entry.key] = saturatingProduct(majorUnits, entry.key, factor: entry.value)
            })
    }

    /// The fraud policy's exchange table: roughly how many whole units of each currency a US dollar buys, for the
    /// currencies whose unit is worth far less than a dollar, so that an amount limit set in whole units
    /// (`FirstOrderAmountRule`'s 200, `AmountSpikeRule`'s 100) is worth about the same everywhere instead of
    /// flagging every first order of ¥1,980 as "above 200 JPY".
    ///
    /// This is a policy table, not exchange rates: rough orders of magnitude (one or two significant figures,
    /// rounded from 2024-25 rates), never fetched, and fit for purpose while a currency stays within a factor of
    /// two of its row, since the limits only separate ordinary orders from unusually large ones. A currency left
    /// out counts as worth about a dollar: its limit is the whole-unit one, so in the few currencies worth more
    /// (KWD, BHD, OMR, about 2.5 to 3.3 dollars) the limits are that much higher.
    ///
    /// To change it, edit or add a row here; every rule built with `scaled(_:)` follows, and its explanations show
    /// the new limit. Review the table yearly and after a currency's crisis (TRY, ARS, EGP and NGN each lost more
    /// than half their value in 2022-24). To give one rule or one deployment limits of its own instead, build the
    /// service's `RiskRules` with that rule's `floor` set to `AmountThreshold(majorUnits:overrides:)` (overrides in
    /// minor units).
    ///
    /// | currency     | per USD | currency     | per USD | currency     | per USD |
    /// |--------------|--------:|--------------|--------:|--------------|--------:|
    /// | JPY yen      |     150 | CNY yuan     |       7 | ILS shekel   |       4 |
    /// | KRW won      |   1,400 | HKD dollar   |       8 | AED dirham   |       4 |
    /// | INR rupee    |      85 | MYR ringgit  |       4 | SAR riyal    |       4 |
    /// | IDR rupiah   |  16,000 | PKR rupee    |     280 | QAR riyal    |       4 |
    /// | VND dong     |  25,000 | HUF forint   |     350 | TRY lira     |      40 |
    /// | PHP peso     |      55 | CZK koruna   |      22 | EGP pound    |      50 |
    /// | THB baht     |      35 | PLN zloty    |       4 | NGN naira    |   1,500 |
    /// | TWD dollar   |      30 | RON leu      |       4 | KES shilling |     130 |
    /// | MXN peso     |      18 | SEK krona    |      10 | ZAR rand     |      18 |
    /// | BRL real     |       5 | NOK krone    |      10 | ARS peso     |   1,000 |
    /// | CLP peso     |     950 | DKK krone    |       7 | PEN sol      |       4 |
    /// | COP peso     |   4,000 | ISK krona    |     130 | UAH hryvnia  |      40 |
    public static let unitsPerDollar: [CurrencyCode: Int64] = policy([
        ("JPY", 150), ("KRW", 1_400), ("INR", 85), ("IDR", 16_000), ("VND", 25_000), ("PHP", 55), ("THB", 35),
        ("TWD", 30), ("MXN", 18), ("BRL", 5), ("CLP", 950), ("COP", 4_000), ("CNY", 7), ("HKD", 8), ("MYR", 4),
        ("PKR", 280), ("HUF", 350), ("CZK", 22), ("PLN", 4), ("RON", 4), ("SEK", 10), ("NOK", 10), ("DKK", 7),
        ("ISK", 130), ("ILS", 4), ("AED", 4), ("SAR", 4), ("QAR", 4), ("TRY", 40), ("EGP", 50), ("NGN", 1_500),
        ("KES", 130), ("ZAR", 18), ("ARS", 1_000), ("PEN", 4), ("UAH", 40),
    ])

    /// The table with its codes checked: a code ISO 4217 does not know is a typo in the policy.
    private static func policy(_ rows: [(code: String, units: Int64)]) -> [CurrencyCode: Int64] {
        Dictionary(
            uniqueKeysWithValues: rows.map { row in
                guard let currency = CurrencyCode(row.code) else {
                    preconditionFailure("fraud policy: \(row.code) is not an ISO 4217 currency")
                }
                return (currency, row.units)
            })
    }
}
