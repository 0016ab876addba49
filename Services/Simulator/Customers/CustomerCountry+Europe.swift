extension CustomerCountry {
    /// Europe. Postal codes follow each national post's format; Spain and Italy also need a region (R1).
    static let europe: [CustomerCountry] = [
        CustomerCountry(
            code: "GB", weight: 7,
            givenNames: Name.list("Oliver, Amelia, George, Isla, Harry, Ava, Jack, Mia, Mohammed, Priya, Freya"),
            familyNames: Name.list("Smith, Jones, Taylor, Brown, Williams, Wilson, Evans, Thomas, Khan, Roberts"),
            nameOrder: .givenFirst,
            places: [
                Place("London", postalCode: "EC1A 1BB", streets: ["Goswell Road", "St John Street"]),
                Place("Manchester", postalCode: "M1 1AE", streets: ["Piccadilly", "Oldham Street"]),
                Place("Birmingham", postalCode: "B33 8TH", streets: ["Station Road", "Church Lane"]),
                Place("Leeds", postalCode: "LS1 4AP", streets: ["Briggate", "Park Row"]),
                Place("Edinburgh", postalCode: "EH1 1YZ", streets: ["Princes Street", "Rose Street"]),
            ],
            streetLine: { "\($1) \($0)" }, unitLine: { "Flat \($0 % 12 + 1)" },
            emailDomains: ["gmail.com", "btinternet.com", "outlook.com", "sky.com"]),
        CustomerCountry(
            code: "DE", weight: 7,
            givenNames: Name.list("Lukas, Anna, Leon, Marie, Felix, Sophie, Jonas, Emma, Paul, Lena, Mehmet, Elif"),
            familyNames: Name.list(
                "Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Hoffmann, Yılmaz=yilmaz, Koch"),
            nameOrder: .givenFirst,
            places: [
                Place("Berlin", postalCode: "10115", streets: ["Invalidenstraße", "Torstraße"]),
                Place("München", postalCode: "80331", streets: ["Sendlinger Straße", "Rosenstraße"]),
                Place("Hamburg", postalCode: "20095", streets: ["Mönckebergstraße", "Spitalerstraße"]),
                Place("Köln", postalCode: "50667", streets: ["Hohe Straße", "Breite Straße"]),
                Place("Leipzig", postalCode: "04109", streets: ["Petersstraße", "Grimmaische Straße"]),
            ],
            streetLine: { "\($0) \($1)" }, unitLine: nil, emailDomains: ["web.de", "gmx.de", "t-online.de"]),
        CustomerCountry(
            code: "FR", weight: 6,
            givenNames: Name.list("Louis, Emma, Gabriel, Jade, Léo, Louise, Hugo, Chloé, Arthur, Inès, Yanis, Manon"),
            familyNames: Name.list("Martin, Bernard, Dubois, Thomas, Robert, Petit, Durand, Moreau, Lefèvre, Benali"),
            nameOrder: .givenFirst,
            places: [
                Place("Paris", postalCode: "75011", streets: ["rue Oberkampf", "boulevard Voltaire"]),
                Place("Lyon", postalCode: "69002", streets: ["rue de la République", "quai Saint-Antoine"]),
                Place("Marseille", postalCode: "13001", streets: ["La Canebière", "rue Paradis"]),
                Place("Toulouse", postalCode: "31000", streets: ["rue d'Alsace-Lorraine", "rue de Metz"]),
                Place("Nantes", postalCode: "44000", streets: ["rue Crébillon", "cours des 50 Otages"]),
            ],
            streetLine: { "\($1) \($0)" }, unitLine: nil, emailDomains: ["orange.fr", "free.fr", "laposte.net"]),
        CustomerCountry(
            code: "ES", weight: 4,
            givenNames: Name.list("Lucía, Hugo, Martina, Martín, Sofía, Pablo, Julia, Daniel, Paula, Álvaro, Carmen"),
            familyNames: Name.list("García, Fernández, González, Rodríguez, López, Martínez, Sánchez, Gómez, Díaz"),
            nameOrder: .givenFirst,
            places: [
                Place("Madrid", region: "Madrid", postalCode: "28013", streets: ["Gran Vía", "Calle de Alcalá"]),
                Place(
                    "Barcelona", region: "Barcelona", postalCode: "08002",
                    streets: ["Avinguda Diagonal", "Carrer de Mallorca"]),
                Place(
                    "Sevilla", region: "Sevilla", postalCode: "41004",
                    streets: ["Calle Sierpes", "Avenida de la Constitución"]),
                Place(
                    "Valencia", region: "Valencia", postalCode: "46002", streets: ["Calle de Colón", "Calle de la Paz"]),
            ],
            streetLine: { "\($0), \($1)" }, unitLine: { "\($0 % 6 + 1)º \(["A", "B", "C"][$0 % 3])" },
            emailDomains: ["gmail.com", "telefonica.net", "hotmail.es"]),
        CustomerCountry(
            code: "IT", weight: 4,
            givenNames: Name.list("Leonardo, Sofia, Francesco, Giulia, Alessandro, Aurora, Lorenzo, Alice, Mattia"),
            familyNames: Name.list("Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Greco, Conti"),
            nameOrder: .givenFirst,
            places: [
                Place("Roma", region: "RM", postalCode: "00184", streets: ["Via Nazionale", "Via Cavour"]),
                Place("Milano", region: "MI", postalCode: "20121", streets: ["Via Brera", "Corso Garibaldi"]),
                Place("Napoli", region: "NA", postalCode: "80134", streets: ["Via Toledo", "Via dei Tribunali"]),
                Place("Torino", region: "TO", postalCode: "10121", streets: ["Via Roma", "Via Po"]),
            ],
            streetLine: { "\($0) \($1)" }, unitLine: nil, emailDomains: ["libero.it", "virgilio.it", "gmail.com"]),
        CustomerCountry(
            code: "NL", weight: 3,
            givenNames: Name.list("Daan, Emma, Sem, Julia, Lucas, Mila, Finn, Tess, Noah, Sophie, Mohamed, Sara"),
            familyNames: Name.list("de Jong, Jansen, de Vries, van den Berg, van Dijk, Bakker, Visser, Smit, Bouali"),
            nameOrder: .givenFirst,
            places: [
                Place("Amsterdam", postalCode: "1016 GV", streets: ["Prinsengracht", "Westerstraat"]),
                Place("Rotterdam", postalCode: "3011 AD", streets: ["Coolsingel", "Witte de Withstraat"]),
                Place("Utrecht", postalCode: "3511LX", streets: ["Oudegracht", "Voorstraat"]),
            ],
            streetLine: { "\($0) \($1)" }, unitLine: nil, emailDomains: ["ziggo.nl", "kpnmail.nl", "gmail.com"]),
        CustomerCountry(
            code: "PL", weight: 3,
            givenNames: Name.list("Zofia, Jakub, Julia, Antoni, Zuzanna, Jan, Maja, Szymon, Hanna, Filip, Kacper"),
            familyNames: Name.list(
                "Nowak, Kowalski, Wiśniewska, Wójcik, Kowalczyk, Kamińska, Lewandowski, Zielińska, Kozłowski=kozlowski"),
            nameOrder: .givenFirst,
            places: [
                Place("Warszawa", postalCode: "00-901", streets: ["ul. Marszałkowska", "ul. Nowy Świat"]),
                Place("Kraków", postalCode: "31-042", streets: ["ul. Floriańska", "ul. Grodzka"]),
                Place("Gdańsk", postalCode: "80-831", streets: ["ul. Długa", "ul. Mariacka"]),
                Place("Wrocław", postalCode: "50-106", streets: ["ul. Świdnicka", "ul. Kuźnicza"]),
            ],
            streetLine: { "\($0) \($1)" }, unitLine: { "m. \($0 % 40 + 1)" },
            emailDomains: ["wp.pl", "onet.pl", "o2.pl"]),
        CustomerCountry(
            code: "SE", weight: 2,
            givenNames: Name.list("Alice, William, Maja, Hugo, Elsa, Liam, Astrid, Noah, Wilma, Oscar, Ebba"),
            familyNames: Name.list("Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Persson, Öberg"),
            nameOrder: .givenFirst,
            places: [
                Place("Stockholm", postalCode: "111 30", streets: ["Drottninggatan", "Vasagatan"]),
                Place("Göteborg", postalCode: "411 05", streets: ["Kungsgatan", "Vallgatan"]),
                Place("Malmö", postalCode: "21122", streets: ["Södergatan", "Västergatan"]),
            ],
            streetLine: { "\($0) \($1)" }, unitLine: nil, emailDomains: ["telia.com", "gmail.com", "spray.se"]),
        CustomerCountry(
            code: "PT", weight: 2,
            givenNames: Name.list("Maria, Francisco, Leonor, Afonso, Matilde, Tomás, Beatriz, Duarte, Inês"),
            familyNames: Name.list("Silva, Santos, Ferreira, Pereira, Oliveira, Costa, Martins, Sousa, Gonçalves"),
            nameOrder: .givenFirst,
            places: [
                Place("Lisboa", postalCode: "1100-148", streets: ["Rua Augusta", "Avenida da Liberdade"]),
                Place("Porto", postalCode: "4000-322", streets: ["Rua de Santa Catarina", "Rua das Flores"]),
                Place("Braga", postalCode: "4700-307", streets: ["Rua do Souto", "Avenida Central"]),
            ],
            streetLine: { "\($0), \($1)" }, unitLine: { "\($0 % 5 + 1).º Esq." },
            emailDomains: ["sapo.pt", "gmail.com"]),
        CustomerCountry(
            code: "GR", weight: 1,
            givenNames: Name.list(
                "Γιώργος=giorgos, Μαρία=maria, Δημήτρης=dimitris, Ελένη=eleni, Νίκος=nikos, Κατερίνα=katerina"),
            familyNames: Name.list(
                "Νικολάου=nikolaou, Γεωργίου=georgiou, Βασιλείου=vasileiou, Οικονόμου=oikonomou, Ιωάννου=ioannou"),
            nameOrder: .givenFirst,
            places: [
                Place("Αθήνα", postalCode: "105 57", streets: ["Ερμού", "Αιόλου"]),
                Place("Θεσσαλονίκη", postalCode: "546 24", streets: ["Τσιμισκή", "Αγίας Σοφίας"]),
                Place("Πάτρα", postalCode: "26221", streets: ["Μαιζώνος", "Κορίνθου"]),
            ],
            streetLine: { "\($0) \($1)" }, unitLine: nil, emailDomains: ["otenet.gr", "gmail.com"]),
        CustomerCountry(
            code: "UA", weight: 1,
            givenNames: Name.list(
                "Олена=olena, Андрій=andrii, Ірина=iryna, Олександр=oleksandr, Софія=sofiia, Дмитро=dmytro"),
            familyNames: Name.list(
                "Шевченко=shevchenko, Бондаренко=bondarenko, Коваленко=kovalenko, Мельник=melnyk, Ткаченко=tkachenko"),
            nameOrder: .givenFirst,
            places: [
                Place("Київ", postalCode: "01001", streets: ["вул. Хрещатик", "вул. Володимирська"]),
                Place("Львів", postalCode: "79008", streets: ["вул. Театральна", "просп. Свободи"]),
                Place("Одеса", postalCode: "65026", streets: ["вул. Дерибасівська", "вул. Рішельєвська"]),
            ],
            streetLine: { "\($0), \($1)" }, unitLine: { "кв. \($0 % 90 + 1)" },
            emailDomains: ["ukr.net", "i.ua", "gmail.com"]),
    ]
}
