extension WorldSample {
    /// Europe, Russia and Türkiye.
    static let europe: [WorldSampleAddress] = [
        .valid(
            "GB", "10 Downing Street", name: "Oliver O'Brien", "10 Downing Street", city: "London",
            postalCode: "SW1A 2AA"),
        .valid("GB", "British Library", name: "Amelia Clarke", "96 Euston Road", city: "London", postalCode: "NW1 2DB"),
        .valid(
            "GB", "Manchester Town Hall", name: "Harry Patel", "Albert Square", city: "Manchester",
            postalCode: "M60 2LA"),
        .valid(
            "GB", "Edinburgh City Chambers", name: "Isla Campbell", "253 High Street", city: "Edinburgh",
            region: "Scotland", postalCode: "EH1 1YJ"),
        .valid(
            "GB", "Cardiff City Hall", name: "Rhys Evans", "Cathays Park", city: "Cardiff", postalCode: "cf10 3nd",
            stored: "CF10 3ND"),
        .valid(
            "GB", "Belfast City Hall", name: "Aoife Kelly", "Donegall Square", city: "Belfast", postalCode: "BT1 5GS"),
        .valid(
            "IE", "General Post Office", name: "Siobhán Murphy", "O'Connell Street Lower", city: "Dublin 1",
            region: "Co. Dublin", postalCode: "D01 F5P2"),
        .valid(
            "IE", "Cork City Hall", name: "Seán Ó Súilleabháin", "Anglesea Street", city: "Cork", region: "County Cork",
            postalCode: "T12 T997"),
        .valid("IE", "Galway City Hall", name: "Niamh Walsh", "College Road", city: "Galway", region: "Galway"),
        .valid(
            "FR", "Palais de l'Élysée", name: "Jean-Luc Dupont", "55 rue du Faubourg Saint-Honoré", city: "Paris",
            postalCode: "75008"),
        .valid(
            "FR", "Bibliothèque nationale de France", name: "Camille Durand", "Quai François Mauriac", city: "Paris",
            postalCode: "75013"),
        .valid(
            "FR", "Hôtel de ville de Lyon", name: "Léa Martin", "1 place de la Comédie", city: "Lyon",
            postalCode: "69001"),
        .valid(
            "FR", "Hôtel de ville de Marseille", name: "Karim Benali", "Quai du Port", city: "Marseille",
            postalCode: "13002"),
        .valid(
            "FR", "Centre administratif de Strasbourg", name: "Chloé Muller", "1 parc de l'Étoile", city: "Strasbourg",
            postalCode: "67 000", stored: "67 000"),
        .valid(
            "DE", "Deutscher Bundestag", name: "Jürgen Müller", "Platz der Republik 1", city: "Berlin",
            postalCode: "11011"),
        .valid(
            "DE", "Neues Rathaus München", name: "Anna Schmidt", "Marienplatz 8", city: "München", postalCode: "80331"),
        .valid(
            "DE", "Hamburger Rathaus", name: "Lukas Becker", "Rathausmarkt 1", city: "Hamburg", region: "Hamburg",
            postalCode: "20095"),
        .valid(
            "DE", "Deutsche Nationalbibliothek", name: "Emre Yılmaz", "Adickesallee 1", city: "Frankfurt am Main",
            postalCode: "60322"),
        .valid(
            "ES", "Ayuntamiento de Madrid", name: "Lucía García", "Plaza de Cibeles, 1", city: "Madrid",
            region: "Madrid", postalCode: "28014"),
        .valid(
            "ES", "Biblioteca Nacional de España", name: "Pablo Sánchez", "Paseo de Recoletos, 20-22", city: "Madrid",
            region: "M", postalCode: "28001"),
        .valid(
            "ES", "Ajuntament de Barcelona", name: "Núria Puig", "Plaça de Sant Jaume, 1", city: "Barcelona",
            region: "Barcelona", postalCode: "08002"),
        .valid(
            "ES", "Ayuntamiento de Sevilla", name: "Manuel Romero", "Plaza Nueva, 1", city: "Sevilla",
            region: "Sevilla", postalCode: "41001"),
        .valid(
            "ES", "Ajuntament de València", name: "Vicent Ferrer", "Plaça de l'Ajuntament, 1", city: "València",
            region: "València", postalCode: "46002"),
        .valid(
            "ES", "Ajuntament de Girona", name: "Marta Vila", "Plaça del Vi, 1", city: "Girona", region: "Girona",
            postalCode: "17004"),
        .valid(
            "IT", "Palazzo Chigi", name: "Giulia D’Angelo", "Piazza Colonna, 370", city: "Roma", region: "RM",
            postalCode: "00187"),
        .valid(
            "IT", "Palazzo Marino", name: "Marco Rossi", "Piazza della Scala, 2", city: "Milano", region: "MI",
            postalCode: "20121"),
        .valid(
            "IT", "Palazzo San Giacomo", name: "Gennaro Esposito", "Piazza Municipio", city: "Napoli",
            region: "Napoli", postalCode: "80133"),
        .valid(
            "IT", "Palazzo Vecchio", name: "Chiara Bianchi", "Piazza della Signoria", city: "Firenze", region: "FI",
            postalCode: "50122"),
        .valid(
            "IT", "Ca' Farsetti", name: "Alvise Zorzi", "San Marco 4136", city: "Venezia", region: "Venezia",
            postalCode: "30124"),
        .valid(
            "PT", "Câmara Municipal de Lisboa", name: "Inês Carvalho", "Praça do Município", city: "Lisboa",
            postalCode: "1100-365"),
        .valid(
            "PT", "Câmara Municipal do Porto", name: "Tiago Ferreira", "Praça do General Humberto Delgado",
            city: "Porto", postalCode: "4049-001"),
        .valid(
            "NL", "Stadhuis Amsterdam", name: "Sanne de Vries", "Amstel 1", city: "Amsterdam", postalCode: "1011 PN"),
        .valid(
            "NL", "Koninklijke Bibliotheek", name: "Daan Jansen", "Prins Willem-Alexanderhof 5", city: "Den Haag",
            postalCode: "2595 BE"),
        .valid(
            "NL", "Stadhuis Rotterdam", name: "Fatima el Amrani", "Coolsingel 40", city: "Rotterdam",
            postalCode: "3011AD"),
        .valid(
            "BE", "Hôtel de Ville de Bruxelles", name: "Lotte Peeters", "Grand-Place 1", city: "Bruxelles",
            postalCode: "1000"),
        .valid(
            "BE", "Stadhuis Antwerpen", name: "Wout Janssens", "Grote Markt 1", city: "Antwerpen", postalCode: "2000"),
        .valid("CH", "Bundeshaus", name: "Noah Keller", "Bundesplatz 3", city: "Bern", postalCode: "3005"),
        .valid("CH", "Stadthaus Zürich", name: "Mia Frei", "Stadthausquai 17", city: "Zürich", postalCode: "8001"),
        .valid(
            "CH", "Hôtel de Ville de Genève", name: "Léon Favre", "Rue de l'Hôtel-de-Ville 2", city: "Genève",
            postalCode: "1204"),
        .valid(
            "AT", "Wiener Rathaus", name: "Lukas Gruber", "Friedrich-Schmidt-Platz 1", city: "Wien",
            postalCode: "1010"),
        .valid("AT", "Schloss Mirabell", name: "Sophie Huber", "Mirabellplatz 4", city: "Salzburg", postalCode: "5020"),
        .valid(
            "SE", "Stockholms stadshus", name: "Astrid Lindqvist", "Hantverkargatan 1", city: "Stockholm",
            postalCode: "112 21"),
        .valid(
            "SE", "Kungliga biblioteket", name: "Erik Johansson", "Humlegårdsgatan 26", city: "Stockholm",
            postalCode: "11446"),
        .valid("NO", "Oslo rådhus", name: "Ingrid Hansen", "Rådhusplassen 1", city: "Oslo", postalCode: "0037"),
        .valid(
            "NO", "Nasjonalbiblioteket", name: "Ola Nordmann", "Henrik Ibsens gate 110", city: "Oslo",
            postalCode: "0255"),
        .valid(
            "DK", "Københavns Rådhus", name: "Søren Nielsen", "Rådhuspladsen 1", city: "København V",
            postalCode: "1550"),
        .valid(
            "DK", "Det Kgl. Bibliotek", name: "Freja Andersen", "Søren Kierkegaards Plads 1", city: "København K",
            postalCode: "1221"),
        .valid(
            "FI", "Helsingin kaupungintalo", name: "Aino Virtanen", "Pohjoisesplanadi 11-13", city: "Helsinki",
            postalCode: "00170"),
        .valid(
            "FI", "Kansalliskirjasto", name: "Mikko Korhonen", "Unioninkatu 36", city: "Helsinki", postalCode: "00170"),
        .valid(
            "PL", "Pałac Kultury i Nauki", name: "Zofia Wójcik", "plac Defilad 1", city: "Warszawa",
            postalCode: "00-901"),
        .valid(
            "PL", "Biblioteka Narodowa", name: "Jakub Nowak", "al. Niepodległości 213", city: "Warszawa",
            postalCode: "02-086"),
        .valid(
            "PL", "Urząd Miasta Krakowa", name: "Katarzyna Lewandowska", "pl. Wszystkich Świętych 3-4",
            city: "Kraków", postalCode: "31004"),
        .valid("CZ", "Pražský hrad", name: "Tereza Dvořáková", "Hradčany", city: "Praha 1", postalCode: "119 08"),
        .valid(
            "CZ", "Nová radnice Brno", name: "Jan Novák", "Dominikánské náměstí 1", city: "Brno", postalCode: "602 00"),
        .valid(
            "GR", "Βουλή των Ελλήνων", name: "Γιώργος Παπαδόπουλος", "Πλατεία Συντάγματος", city: "Αθήνα",
            postalCode: "100 21"),
        .valid(
            "GR", "Δημαρχείο Θεσσαλονίκης", name: "Ελένη Οικονόμου", "Βασιλέως Γεωργίου Α' 1", city: "Θεσσαλονίκη",
            postalCode: "54640"),
        .valid(
            "HU", "Országház", name: "Nagy Eszter", "Kossuth Lajos tér 1-3", city: "Budapest", postalCode: "1055"),
        .valid("HU", "Debreceni Városháza", name: "Kovács Péter", "Piac utca 20", city: "Debrecen", postalCode: "4024"),
        .valid(
            "RO", "Palatul Parlamentului", name: "Andrei Popescu", "Strada Izvor 2-4", city: "București",
            postalCode: "050563"),
        .valid(
            "RO", "Primăria Cluj-Napoca", name: "Ioana Pop", "Strada Moților 1-3", city: "Cluj-Napoca",
            postalCode: "400001"),
        .valid(
            "UA", "Київська міська рада", name: "Олена Шевченко", "вулиця Хрещатик, 36", city: "Київ",
            region: "Київ", postalCode: "01044"),
        .valid(
            "UA", "Львівська міська рада", name: "Андрій Коваленко", "площа Ринок, 1", city: "Львів",
            region: "Lviv oblast", postalCode: "79008"),
        .valid(
            "RU", "Московский Кремль", name: "Иван Петров", "Кремль", city: "Москва", region: "Москва",
            postalCode: "103132"),
        .valid(
            "RU", "Государственный Эрмитаж", name: "Анна Смирнова", "Дворцовая площадь, 2", city: "Санкт-Петербург",
            region: "Санкт-Петербург", postalCode: "190000"),
        .valid(
            "RU", "Мэрия Новосибирска", name: "Дмитрий Кузнецов", "Красный проспект, 34", city: "Новосибирск",
            region: "Новосибирская область", postalCode: "630099"),
        .valid(
            "TR", "Türkiye Büyük Millet Meclisi", name: "Ayşe Yılmaz", "Bakanlıklar", city: "Çankaya",
            region: "Ankara", postalCode: "06543"),
        .valid(
            "TR", "İstanbul Büyükşehir Belediyesi", name: "Mehmet Demir", "Kemalpaşa Mah., Cumhuriyet Cad. No:1",
            city: "Fatih", region: "İstanbul", postalCode: "34134"),
        .valid(
            "IS", "Ráðhús Reykjavíkur", name: "Guðrún Jónsdóttir", "Tjarnargata 11", city: "Reykjavík",
            postalCode: "101"),
    ]
}
