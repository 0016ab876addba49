extension CustomerCountry {
    /// North and South America. Regions are written as codes (ISO 3166-2 without the country prefix), each with a
    /// postal code of that region (R1 checks the region's prefixes).
    static let americas: [CustomerCountry] = [
        CustomerCountry(
            code: "US", weight: 14,
            givenNames: Name.list(
                "James, Olivia, Michael, Emma, David, Sophia, Daniel, Ava, Maria, José, Aaliyah, Mei"),
            familyNames: Name.list("Smith, Johnson, Williams, Brown, Garcia, Miller, Davis, Rodriguez, Nguyen, Patel"),
            nameOrder: .givenFirst,
            places: [
                Place("Austin", region: "TX", postalCode: "78701", streets: ["Congress Avenue", "East 6th Street"]),
                Place("Seattle", region: "WA", postalCode: "98101", streets: ["Pike Street", "2nd Avenue"]),
                Place(
                    "Chicago", region: "IL", postalCode: "60607", streets: ["West Randolph Street", "Halsted Street"]),
                Place("Brooklyn", region: "NY", postalCode: "11201", streets: ["Atlantic Avenue", "Court Street"]),
                Place("Miami", region: "FL", postalCode: "33130", streets: ["Brickell Avenue", "SW 8th Street"]),
                Place("Denver", region: "CO", postalCode: "80202-1234", streets: ["Larimer Street", "Blake Street"]),
            ],
            streetLine: { "\($1 * 10 + 7) \($0)" }, unitLine: { "Apt \($0 % 40 + 1)" },
            emailDomains: ["gmail.com", "yahoo.com", "outlook.com", "icloud.com"]),
        CustomerCountry(
            code: "CA", weight: 4,
            givenNames: Name.list("Liam, Emma, Noah, Chloé, Félix, Olivia, Lucas, Amélie, Ethan, Zoé, Arjun"),
            familyNames: Name.list("Tremblay, Gagnon, Roy, Smith, Martin, Côté, Wilson, Singh, MacDonald, Bouchard"),
            nameOrder: .givenFirst,
            places: [
                Place(
                    "Toronto", region: "ON", postalCode: "M5V 2T6", streets: ["Queen Street West", "King Street West"]),
                Place(
                    "Montréal", region: "QC", postalCode: "H2X 1Y4",
                    streets: ["rue Sainte-Catherine Ouest", "boulevard Saint-Laurent"]),
                Place(
                    "Vancouver", region: "BC", postalCode: "V6B 1A1", streets: ["Granville Street", "Robson Street"]),
                Place("Calgary", region: "AB", postalCode: "T2P 1J9", streets: ["Stephen Avenue SW", "17 Avenue SW"]),
            ],
            streetLine: { "\($1) \($0)" }, unitLine: { "Unit \($0 % 30 + 1)" },
            emailDomains: ["gmail.com", "videotron.ca", "shaw.ca", "outlook.com"]),
        CustomerCountry(
            code: "MX", weight: 4,
            givenNames: Name.list("Sofía, Santiago, Valentina, Mateo, Regina, Diego, Ximena, Emiliano, Camila"),
            familyNames: Name.list("Hernández, García, Martínez, López, González, Pérez, Sánchez, Ramírez, Flores"),
            nameOrder: .givenFirst,
            places: [
                Place(
                    "Ciudad de México", region: "CMX", postalCode: "06700",
                    streets: ["Calle Durango", "Avenida Álvaro Obregón"]),
                Place("Guadalajara", region: "JAL", postalCode: "44100", streets: ["Avenida Juárez", "Calle Morelos"]),
                Place(
                    "Monterrey", region: "NLE", postalCode: "64000",
                    streets: ["Avenida Constitución", "Calle Padre Mier"]),
                Place("Puebla", region: "PUE", postalCode: "72000", streets: ["Avenida Reforma", "Calle 5 de Mayo"]),
            ],
            streetLine: { "\($0) \($1)" }, unitLine: { "Depto. \($0 % 20 + 1)" },
            emailDomains: ["hotmail.com", "gmail.com", "prodigy.net.mx"]),
        CustomerCountry(
            code: "BR", weight: 7,
            givenNames: Name.list("Ana, João, Maria, Gabriel, Beatriz, Lucas, Júlia, Pedro, Larissa, Rafael, Thiago"),
            familyNames: Name.list("Silva, Santos, Oliveira, Souza, Lima, Pereira, Ferreira, Costa, Almeida, Carvalho"),
            nameOrder: .givenFirst,
            places: [
                Place(
                    "São Paulo", region: "SP", postalCode: "01310-100", streets: ["Avenida Paulista", "Rua Augusta"]),
                Place(
                    "Rio de Janeiro", region: "RJ", postalCode: "22070-011",
                    streets: ["Avenida Atlântica", "Rua Barata Ribeiro"]),
                Place(
                    "Belo Horizonte", region: "MG", postalCode: "30130-010",
                    streets: ["Avenida Afonso Pena", "Rua da Bahia"]),
                Place(
                    "Porto Alegre", region: "RS", postalCode: "90010150",
                    streets: ["Rua dos Andradas", "Avenida Borges de Medeiros"]),
                Place("Recife", region: "PE", postalCode: "50030-230", streets: ["Rua da Aurora", "Rua do Hospício"]),
            ],
            streetLine: { "\($0), \($1)" }, unitLine: { "Apto \($0)" },
            emailDomains: ["gmail.com", "uol.com.br", "bol.com.br", "hotmail.com"]),
    ]
}
