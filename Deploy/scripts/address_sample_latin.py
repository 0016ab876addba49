"""Latin-script names, streets and cities for Deploy/scripts/generate-address-sample.py: every country can be
written in Latin script, with the people and street templates of its language (`LATIN_LANGUAGE`, English by
default; `{n}` is a house number) and its cities (`LATIN_CITIES`, else `TOWNS`). Written for Dropline from public
knowledge: real city and street names, common personal names. The scripts of each country are in
Deploy/scripts/address_sample_texts.py."""

LATIN_PEOPLE = {
    "en": ("Jordan Lee", "Emily Clarke", "Oliver Brown", "Grace Thompson", "Samuel Okafor", "Aisha Mohammed"),
    "es": ("María Fernanda López", "José Martínez", "Lucía Fernández", "Matías González", "Sofía Ramírez"),
    "pt": ("João da Silva", "Ana Souza", "Luísa Ferreira", "Tiago Gonçalves"),
    "fr": ("Émilie Tremblay", "Jean-Pierre Dubois", "Aminata Diallo", "Léa Rousseau", "Koffi Mensah"),
    "de": ("Jürgen Müller", "Anna Schmidt", "Lukas Weiß", "Sophie Bauer"),
    "it": ("Marco Rossi", "Giulia Bianchi", "Francesca Ricci"),
    "nl": ("Sanne de Vries", "Daan Jansen", "Noah van den Berg"),
    "nordic": ("Åsa Lindqvist", "Mikkel Sørensen", "Aino Virtanen", "Sigríður Jónsdóttir"),
    "central": ("Zofia Wójcik", "Jakub Dvořák", "Ana Kovačević", "Ionuț Popescu", "Dávid Szabó", "Lina Kazlauskaitė"),
    "tr": ("Ayşe Yılmaz", "Mehmet Öztürk", "Elif Şahin"),
    "id": ("Siti Rahmawati", "Budi Santoso", "Nurul Aisyah binti Ahmad"),
    "vi": ("Nguyễn Văn An", "Trần Thị Hồng", "Lê Minh Đức"),
    "ph": ("Maria Santos", "Jose Reyes", "Ana dela Cruz"),
    "romanized": ("Ren Tanaka", "Wang Wei", "Kim Min-jun", "Priya Sharma", "Nguyen Thi Lan", "Ahmed Khan"),
}
LATIN_STREETS = {
    "en": ("{n} High Street", "{n} Main Road", "{n} Victoria Street", "{n} Queen Street", "{n} Church Road"),
    "es": ("Calle Mayor {n}", "Avenida Bolívar {n}", "Calle San Martín {n}", "Av. Juárez {n}"),
    "pt": ("Rua Augusta, {n}", "Avenida da Liberdade, {n}", "Rua das Flores, {n}"),
    "fr": ("{n} rue de la République", "{n} avenue Victor Hugo", "{n} boulevard Pasteur"),
    "de": ("Hauptstraße {n}", "Bahnhofstraße {n}", "Schillerstraße {n}"),
    "it": ("Via Roma {n}", "Via Garibaldi {n}", "Corso Vittorio Emanuele {n}"),
    "nl": ("Kerkstraat {n}", "Dorpsstraat {n}", "Stationsweg {n}"),
    "nordic": ("Storgatan {n}", "Kongensgade {n}", "Aleksanterinkatu {n}", "Laugavegur {n}"),
    "central": ("ul. Marszałkowska {n}", "Národní {n}", "Ilica {n}", "Strada Lipscani {n}", "Váci utca {n}"),
    "tr": ("Atatürk Caddesi No: {n}", "İstiklal Caddesi No: {n}"),
    "id": ("Jalan Sudirman No. {n}", "Jalan Merdeka No. {n}"),
    "vi": ("{n} Đường Lê Lợi", "{n} Phố Tràng Tiền"),
    "ph": ("{n} Rizal Avenue", "{n} Mabini Street"),
    "romanized": ("{n} Station Road", "{n} Central Avenue"),
}
LATIN_LANGUAGE = {}
for _language, _codes in {
    "es": "AR BO CL CO CR CU DO EC ES GQ GT HN MX NI PA PE PY SV UY VE",
    "pt": "AO BR CV GW MZ PT ST TL",
    "fr": "BE BF BI BJ BL CD CF CG CI CM DJ FR GA GF GN GP HT KM LU MC MF MG ML MQ NC NE PF PM RE RW SC SN TD TF "
    "TG WF YT",
    "de": "AT CH DE LI",
    "it": "IT SM VA",
    "nl": "AW BQ CW NL SR SX",
    "nordic": "AX DK FI FO GL IS NO SE SJ",
    "central": "AL BA CZ EE HR HU LT LV MD ME PL RO SI SK XK",
    "tr": "TR",
    "id": "BN ID MY",
    "vi": "VN",
    "ph": "PH",
    "romanized": "AE AF AM AZ BD BG BH BY CN CY DZ EG ET GE GR HK IL IN IQ IR JO JP KG KH KP KR KW KZ LA LB LK LY "
    "MA MK MM MN MO MR NP OM PK PS QA RS RU SA SD SY TH TJ TM TN TW UA UZ YE EH",
}.items():
    for _code in _codes.split():
        LATIN_LANGUAGE[_code] = _language

LATIN_CITIES = {
    "AR": ("Buenos Aires", "Córdoba", "Rosario"),
    "AT": ("Wien", "Graz", "Linz"),
    "AU": ("Sydney", "Melbourne", "Brisbane"),
    "BD": ("Dhaka", "Chittagong"),
    "BE": ("Bruxelles", "Antwerpen", "Liège"),
    "BG": ("Sofia", "Plovdiv"),
    "CA": ("Toronto", "Montréal", "Vancouver"),
    "CH": ("Zürich", "Genève", "Bern"),
    "CN": ("Beijing", "Shanghai"),
    "CO": ("Bogotá", "Medellín", "Cali"),
    "CZ": ("Praha", "Brno"),
    "DE": ("Berlin", "München", "Köln"),
    "DK": ("København", "Aarhus"),
    "EG": ("Cairo", "Alexandria"),
    "ES": ("Madrid", "Barcelona", "Sevilla"),
    "FI": ("Helsinki", "Tampere"),
    "FR": ("Paris", "Lyon", "Marseille"),
    "GB": ("London", "Manchester", "Edinburgh"),
    "GR": ("Athina", "Thessaloniki"),
    "HU": ("Budapest", "Debrecen"),
    "ID": ("Jakarta", "Bandung", "Surabaya"),
    "IE": ("Dublin", "Cork", "Galway"),
    "IL": ("Jerusalem", "Tel Aviv-Yafo", "Haifa"),
    "IN": ("Mumbai", "Bengaluru", "Kolkata"),
    "IR": ("Tehran", "Isfahan"),
    "IT": ("Roma", "Milano", "Napoli"),
    "JP": ("Osaka", "Sapporo"),
    "KE": ("Nairobi", "Mombasa"),
    "MA": ("Rabat", "Casablanca"),
    "MX": ("Ciudad de México", "Guadalajara", "Monterrey"),
    "MY": ("Kuala Lumpur", "George Town", "Johor Bahru"),
    "NG": ("Lagos", "Abuja", "Ibadan"),
    "NL": ("Amsterdam", "Rotterdam", "Utrecht"),
    "NO": ("Oslo", "Bergen"),
    "NP": ("Kathmandu", "Lalitpur", "Pokhara"),
    "NZ": ("Auckland", "Wellington", "Christchurch"),
    "PE": ("Lima", "Arequipa"),
    "PH": ("Manila", "Quezon City", "Cebu City"),
    "PK": ("Karachi", "Lahore"),
    "PL": ("Warszawa", "Kraków", "Łódź"),
    "PT": ("Lisboa", "Porto"),
    "RO": ("București", "Cluj-Napoca"),
    "RU": ("Moskva", "Sankt-Peterburg"),
    "SA": ("Riyadh", "Jeddah"),
    "SE": ("Stockholm", "Göteborg", "Malmö"),
    "TH": ("Bangkok", "Chiang Mai"),
    "TR": ("İstanbul", "Ankara", "İzmir"),
    "UA": ("Kyiv", "Lviv"),
    "US": ("Springfield", "Portland", "Columbus", "Franklin"),
    "VN": ("Hà Nội", "Đà Nẵng"),
    "ZA": ("Johannesburg", "Cape Town", "Durban"),
}
# Town names found in many countries, for the countries the table above has no cities for.
TOWNS = ("Victoria", "Georgetown", "Santa Cruz", "Saint-Pierre", "Newtown", "San José", "Riverside", "Bellevue")

# The line 2 people add, by language.
LINE2 = {
    "en": ("Apartment {n}", "Suite {n}", "Flat {n}"),
    "es": ("Piso {n}", "Depto. {n}"),
    "pt": ("Apto {n}", "{n}º andar"),
    "fr": ("Bâtiment B, porte {n}",),
    "de": ("Hinterhaus, {n}. OG",),
    "it": ("Scala B, interno {n}",),
}

# Regions of the countries whose format requires one and whose metadata lists none (any text is then a region):
# the state code people write in the United States' territories and associated states, else the names of a few
# provinces, departments, governorates or islands.
REGION_TEXT = {
    "AS": ("AS",),
    "FM": ("FM", "Pohnpei", "Chuuk"),
    "MH": ("MH",),
    "MP": ("MP",),
    "PW": ("PW",),
    "UM": ("UM",),
    "VI": ("VI",),
    "CR": ("San José", "Alajuela", "Heredia"),
    "HN": ("Francisco Morazán", "Cortés", "Atlántida"),
    "IQ": ("Baghdad", "Basra", "Erbil", "بغداد", "البصرة"),
    "PF": ("Tahiti", "Moorea", "Îles Sous-le-Vent"),
    "PG": ("National Capital District", "Morobe", "Eastern Highlands"),
}
