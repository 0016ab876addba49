import Contracts
import Foundation
import Orders
import Testing

/// R1: the whole request: every refusal at once in the request's field order, camelCase JSON, and the
/// normalised form the orders service stores.
@Suite("R1 placement request")
struct ValidationRequestTests {
    @Test("R1: a request with several faults gets all of them, in the request's field order")
    func allRefusalsInFieldOrder() throws {
        var request = ValidationFixtures.request(
            quantity: 11, unitPrice: .init(minorUnits: 1999, currency: "eur"),
            customer: .init(name: "Ana 😀", email: "ana@localhost"), idempotencyKey: "")
        request.sku = "TSHIRT-XXL-RED"
        request.shippingAddress.line1 = "<b>Avenida Paulista</b>"
        request.shippingAddress.region = "Sao Paolo"
        request.shippingAddress.postalCode = "1310-100"
        request.shippingAddress.phone = String(repeating: "9", count: 40)
        let refusals = PlacementValidator().validate(request, listing: try ValidationFixtures.listing())
        // An unknown SKU has no price to compare, so the shown price is not refused here
        #expect(
            refusals == [
                FieldError(field: "sku", reason: "no such variation of this listing"),
                FieldError(field: "quantity", reason: "must be at most 10 per order"),
                FieldError(field: "unitPrice.currency", reason: "must be upper case: EUR"),
                FieldError(field: "customer.name", reason: "contains an emoji"),
                FieldError(field: "customer.email", reason: "needs a domain with a dot after the @, as example.com"),
                FieldError(field: "shippingAddress.line1", reason: "contains markup"),
                FieldError(field: "shippingAddress.region", reason: "is not a state of Brazil (as AC or Acre)"),
                FieldError(
                    field: "shippingAddress.postalCode",
                    reason: "does not match the postal code format of Brazil (8 digits, as 01310-100)"),
                FieldError(field: "shippingAddress.phone", reason: "is longer than 32 characters"),
                FieldError(field: "idempotencyKey", reason: "must not be empty when given"),
            ])
        #expect(PlacementField.allCases.first?.rawValue == "listingID")
    }

    @Test(
        "R1: the country must be an upper-case ISO 3166-1 alpha-2 code",
        arguments: [
            ("br", "must be upper case: BR"), ("", "is required"),
            ("XX", "is not an ISO 3166-1 alpha-2 country code (2 letters, as BR)"),
            ("Brazil", "is not an ISO 3166-1 alpha-2 country code (2 letters, as BR)"),
            ("BRA", "is not an ISO 3166-1 alpha-2 country code (2 letters, as BR)"),
        ])
    func country(country: String, reason: String) {
        var address = ValidationFixtures.brazilianAddress
        address.country = country
        address.region = "Estado de São Paulo"
        #expect(
            ValidationFixtures.refusals(of: address) == [FieldError(field: "shippingAddress.country", reason: reason)])
    }

    @Test("R1: the request decodes from camelCase JSON, optional fields may be left out")
    func decodesCamelCaseJSON() throws {
        let json = """
            {"listingID":"lst_01JD7Y","sku":"TSHIRT-M-BLUE","quantity":2,
             "unitPrice":{"minorUnits":1999,"currency":"EUR"},
             "customer":{"name":"Ana Souza","email":"ana.souza@example.com"},
             "shippingAddress":{"name":"Ana Souza","line1":"Avenida Paulista, 1578","city":"São Paulo",
               "region":"SP","postalCode":"01310-200","country":"BR"},
             "paymentToken":"tok_visa_4242"}
            """
        let request = try JSONDecoder().decode(PlacementRequest.self, from: Data(json.utf8))
        #expect(request.listingID == ValidationFixtures.listingID)
        #expect(request.unitPrice == PlacementRequest.Price(minorUnits: 1999, currency: "EUR"))
        #expect(request.shippingAddress.postalCode == "01310-200")
        #expect(request.shippingAddress.line2 == nil && request.shippingAddress.phone == nil)
        #expect(request.idempotencyKey == nil)
        #expect(PlacementValidator().validateRequest(request) == [])
    }

    @Test("R1: snake_case keys are not the request's keys: such a request does not decode")
    func refusesSnakeCaseJSON() {
        let json = """
            {"listing_id":"lst_01JD7Y","sku":"TSHIRT-M-BLUE","quantity":2,
             "unit_price":{"minor_units":1999,"currency":"EUR"},
             "customer":{"name":"Ana Souza","email":"ana.souza@example.com"},
             "shipping_address":{"name":"Ana Souza","line1":"Avenida Paulista, 1578","city":"São Paulo",
               "region":"SP","postal_code":"01310-200","country":"BR"},
             "payment_token":"tok_visa_4242"}
            """
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(PlacementRequest.self, from: Data(json.utf8)) }
    }

    @Test("R1: the request encodes with the camelCase keys and round-trips")
    func encodesCamelCaseKeys() throws {
        let request = ValidationFixtures.request()
        let data = try JSONEncoder().encode(request)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(
            Set(object.keys) == [
                "listingID", "sku", "quantity", "unitPrice", "customer", "shippingAddress", "paymentToken",
                "idempotencyKey",
            ])
        let price = try #require(object["unitPrice"] as? [String: Any])
        #expect(Set(price.keys) == ["minorUnits", "currency"])
        let address = try #require(object["shippingAddress"] as? [String: Any])
        #expect(address["postalCode"] as? String == "01310-200")
        #expect(try JSONDecoder().decode(PlacementRequest.self, from: data) == request)
    }

    @Test("R1: the normalised request trims text, drops blank optional fields and keeps spellings")
    func normalisedRequest() throws {
        var request = ValidationFixtures.request(
            customer: .init(name: "  Ana Souza ", email: " ana.souza@example.com "),
            address: try ValidationAddressSamples.sample("GB"))
        request.shippingAddress.name = " Oliver O'Brien "
        request.shippingAddress.line2 = "   "
        request.shippingAddress.postalCode = "sw1a  1aa"
        request.shippingAddress.country = " GB "
        let normalized = PlacementValidator().normalized(request)
        #expect(normalized.customer == .init(name: "Ana Souza", email: "ana.souza@example.com"))
        #expect(
            normalized.shippingAddress
                == Address(
                    name: "Oliver O'Brien", line1: "Buckingham Palace", city: "London", postalCode: "SW1A 1AA",
                    country: "GB", phone: "+44 20 7766 7300"))
        #expect(PlacementValidator().validateRequest(request) == [])
    }
}
