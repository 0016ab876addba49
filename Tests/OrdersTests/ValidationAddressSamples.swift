import Contracts
import Orders
import Testing

/// A real address in each of the largest destinations (`ValidationCountryRuleTests.destinations`): a landmark,
/// museum or public building, written the way the country writes it (local script where that is usual).
enum ValidationAddressSamples {

    static let all: [Address] = americas + europe + asiaPacific + middleEastAndAfrica

    /// The sample for `country`.
    static func sample(_ country: String) throws -> Address {
        try #require(all.first { $0.country == country }, "no sample address for \(country)")
    }

    static let americas: [Address] = [
        Address(
            name: "Jordan Lee", line1: "1600 Pennsylvania Avenue NW", city: "Washington", region: "DC",
            postalCode: "20500-0003", country: "US", phone: "+1 202-456-1111"),
        Address(
            name: "Émilie Tremblay", line1: "111 Wellington Street", city: "Ottawa", region: "ON",
            postalCode: "K1A 0A9", country: "CA"),
        Address(
            name: "María Fernanda López", line1: "Av. Juárez S/N, Centro Histórico", line2: "Cuauhtémoc",
            city: "Ciudad de México", region: "CMX", postalCode: "06050", country: "MX"),
        Address(
            name: "João da Silva", line1: "Avenida Paulista, 1578", line2: "Bela Vista", city: "São Paulo",
            region: "SP", postalCode: "01310-200", country: "BR"),
        Address(
            name: "Lucía Fernández", line1: "Cerrito 628", city: "Buenos Aires", region: "CABA",
            postalCode: "C1010AAN", country: "AR"),
        Address(
            name: "Matías González", line1: "Moneda s/n", city: "Santiago", region: "Región Metropolitana",
            postalCode: "8340457", country: "CL"),
        Address(
            name: "Valentina Gómez", line1: "Cra. 6 #15-88", city: "Bogotá", region: "Bogotá D.C.",
            postalCode: "110321", country: "CO"),
    ]

    static let europe: [Address] = [
        Address(
            name: "Oliver O'Brien", line1: "Buckingham Palace", city: "London", postalCode: "SW1A 1AA",
            country: "GB", phone: "+44 20 7766 7300"),
        Address(
            name: "Siobhán Murphy", line1: "Trinity College, College Green", city: "Dublin", region: "Dublin",
            postalCode: "D02 PN40", country: "IE"),
        Address(name: "Jürgen Müller", line1: "Pariser Platz", city: "Berlin", postalCode: "10117", country: "DE"),
        Address(
            name: "Jean-Luc Dupont", line1: "5 Avenue Anatole France", line2: "Champ de Mars", city: "Paris",
            postalCode: "75007", country: "FR"),
        Address(
            name: "Núria Puig", line1: "Carrer de Mallorca, 401", city: "Barcelona", region: "Barcelona",
            postalCode: "08013", country: "ES"),
        Address(
            name: "Giulia D’Angelo", line1: "Piazza del Colosseo, 1", city: "Roma", region: "RM",
            postalCode: "00184", country: "IT"),
        Address(
            name: "Sanne de Vries", line1: "Museumstraat 1", city: "Amsterdam", postalCode: "1071 XX",
            country: "NL"),
        Address(
            name: "Lotte Peeters", line1: "Place de l'Atomium 1", city: "Bruxelles", postalCode: "1020",
            country: "BE"),
        Address(
            name: "Lukas Gruber", line1: "Schönbrunner Schloßstraße 47", city: "Wien", postalCode: "1130",
            country: "AT"),
        Address(name: "Noah Keller", line1: "Bundesplatz 3", city: "Bern", postalCode: "3005", country: "CH"),
        Address(
            name: "Inês Carvalho", line1: "Avenida Brasília", city: "Lisboa", postalCode: "1400-038",
            country: "PT"),
        Address(
            name: "Astrid Lindqvist", line1: "Slottsbacken 1", city: "Stockholm", postalCode: "111 30",
            country: "SE"),
        Address(
            name: "Ingrid Hansen", line1: "Kirsten Flagstads plass 1", city: "Oslo", postalCode: "0150",
            country: "NO"),
        Address(
            name: "Søren Kierkegaard", line1: "Vesterbrogade 3", city: "København V", postalCode: "1630",
            country: "DK"),
        Address(
            name: "Aino Virtanen", line1: "Unioninkatu 29", city: "Helsinki", postalCode: "00170",
            country: "FI"),
        Address(
            name: "Zofia Wójcik", line1: "plac Defilad 1", city: "Warszawa", postalCode: "00-901",
            country: "PL"),
        Address(name: "Tereza Dvořáková", line1: "Hradčany", city: "Praha 1", postalCode: "119 08", country: "CZ"),
        Address(
            name: "Andrei Popescu", line1: "Strada Izvor 2-4", city: "București", postalCode: "050563",
            country: "RO"),
        Address(
            name: "Γιώργος Παπαδόπουλος", line1: "Διονυσίου Αρεοπαγίτου 15", city: "Αθήνα",
            postalCode: "117 42", country: "GR"),
        Address(
            name: "Nagy Eszter", line1: "Kossuth Lajos tér 1-3", city: "Budapest", postalCode: "1055",
            country: "HU"),
        Address(
            name: "Олена Шевченко", line1: "вулиця Володимирська, 24", city: "Київ", postalCode: "01001",
            country: "UA"),
        Address(
            name: "Иван Петров", line1: "Красная площадь, 1", city: "Москва", region: "Москва",
            postalCode: "109012", country: "RU"),
        Address(
            name: "Ayşe Yılmaz", line1: "Sultan Ahmet, Ayasofya Meydanı No:1", city: "Fatih", region: "İstanbul",
            postalCode: "34122", country: "TR"),
    ]

    static let asiaPacific: [Address] = [
        Address(name: "王伟", line1: "景山前街4号", city: "东城区", region: "北京市", postalCode: "100009", country: "CN"),
        Address(
            name: "山田太郎", line1: "丸の内1丁目9-1", city: "千代田区", region: "東京都", postalCode: "100-0005",
            country: "JP"),
        Address(
            name: "김민준", line1: "사직로 161", city: "종로구", region: "서울특별시", postalCode: "03045",
            country: "KR"),
        Address(
            name: "Priya Sharma", line1: "Dharmapuri, Forest Colony, Tajganj", city: "Agra",
            region: "Uttar Pradesh", postalCode: "282001", country: "IN"),
        Address(
            name: "陳怡君", line1: "信義路五段7號", city: "信義區", region: "臺北市", postalCode: "110",
            country: "TW"),
        Address(
            name: "Chan Tai Man", line1: "8 Finance Street", city: "Central", region: "Hong Kong Island",
            country: "HK"),
        Address(
            name: "Tan Wei Ling", line1: "10 Bayfront Avenue", city: "Singapore", postalCode: "018956",
            country: "SG"),
        Address(
            name: "Nur Aisyah binti Ahmad", line1: "Kuala Lumpur City Centre", city: "Kuala Lumpur",
            region: "Wilayah Persekutuan Kuala Lumpur", postalCode: "50088", country: "MY"),
        Address(
            name: "Budi Santoso", line1: "Jl. Medan Merdeka Barat", line2: "Gambir", city: "Jakarta Pusat",
            region: "DKI Jakarta", postalCode: "10110", country: "ID"),
        Address(
            name: "สมชาย ใจดี", line1: "ถนนหน้าพระลาน แขวงพระบรมมหาราชวัง", city: "เขตพระนคร",
            region: "กรุงเทพมหานคร", postalCode: "10200", country: "TH"),
        Address(
            name: "Maria Santos", line1: "Rizal Park, Ermita", city: "Manila", region: "Metro Manila",
            postalCode: "1000", country: "PH"),
        Address(
            name: "Nguyễn Văn An", line1: "1 Tràng Tiền, Hoàn Kiếm", city: "Hà Nội", postalCode: "100000",
            country: "VN"),
        Address(
            name: "Charlotte Wilson", line1: "Bennelong Point", city: "Sydney", region: "NSW",
            postalCode: "2000", country: "AU"),
        Address(
            name: "Aroha Ngata", line1: "55 Cable Street", line2: "Te Aro", city: "Wellington",
            postalCode: "6011", country: "NZ"),
    ]

    static let middleEastAndAfrica: [Address] = [
        Address(
            name: "محمد العتيبي", line1: "طريق الملك فهد، العليا", city: "الرياض", postalCode: "12214",
            country: "SA"),
        Address(
            name: "Fatima Al Mansoori", line1: "1 Sheikh Mohammed bin Rashid Blvd", line2: "Downtown Dubai",
            city: "Dubai", region: "Dubai", country: "AE"),
        Address(
            name: "נועה כהן", line1: "שדרות שאול המלך 27", city: "תל אביב", postalCode: "6133201",
            country: "IL"),
        Address(name: "أحمد حسن", line1: "ميدان التحرير", city: "القاهرة", postalCode: "11516", country: "EG"),
        Address(
            name: "Chinedu Okafor", line1: "National Theatre, Iganmu", city: "Lagos", region: "Lagos",
            postalCode: "101241", country: "NG"),
        Address(
            name: "Thabo Mokoena", line1: "Union Buildings, Government Avenue", city: "Pretoria",
            region: "Gauteng", postalCode: "0002", country: "ZA"),
    ]
}

extension PlacementRequest.ShippingAddress: CustomTestStringConvertible {
    public var testDescription: String { "\(country): \(line1), \(city)" }
}
