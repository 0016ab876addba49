extension WorldSample {
    /// North, Central and South America.
    static let americas: [WorldSampleAddress] = [
        .valid(
            "US", "Library of Congress", name: "Jordan Lee", "101 Independence Ave SE", city: "Washington",
            region: "DC", postalCode: "20540"),
        .valid(
            "US", "New York Public Library", name: "Maria Garcia", "476 Fifth Avenue", city: "New York",
            region: "NY", postalCode: "10018"),
        .valid(
            "US", "Los Angeles City Hall", name: "David Kim", "200 N Spring St", city: "Los Angeles",
            region: "California", postalCode: "90012"),
        .valid(
            "US", "Chicago City Hall", name: "Aaliyah Johnson", "121 N LaSalle St", line2: "Room 107",
            city: "Chicago", region: "IL", postalCode: "60602"),
        .valid(
            "US", "Texas State Capitol", name: "José Hernández", "1100 Congress Ave", city: "Austin",
            region: "TX", postalCode: "78701"),
        .valid(
            "US", "Seattle City Hall", name: "Mei Chen", "600 4th Ave", city: "Seattle", region: "WA",
            postalCode: "98104-1850"),
        .valid(
            "US", "Honolulu Hale", name: "Keanu Kahale", "530 S King St", city: "Honolulu", region: "HI",
            postalCode: "96813"),
        .valid(
            "US", "Anchorage City Hall", name: "Emma Nelson", "632 W 6th Ave", city: "Anchorage", region: "AK",
            postalCode: "99501"),
        .valid(
            "US", "Capitolio de Puerto Rico", name: "Carmen Rivera", "Avenida Constitución", city: "San Juan",
            region: "PR", postalCode: "00901"),
        .valid(
            "US", "Massachusetts State House", name: "Patrick O'Neil", "24 Beacon St", city: "Boston",
            region: "Massachusetts", postalCode: "02133"),
        .valid(
            "CA", "Parliament of Canada", name: "Émilie Tremblay", "111 Wellington Street", city: "Ottawa",
            region: "ON", postalCode: "K1A 0A9"),
        .valid(
            "CA", "Toronto City Hall", name: "Liam Smith", "100 Queen St W", city: "Toronto", region: "Ontario",
            postalCode: "M5H 2N2"),
        .valid(
            "CA", "Vancouver City Hall", name: "Arjun Singh", "453 W 12th Ave", city: "Vancouver", region: "BC",
            postalCode: "V5Y 1V4"),
        .valid(
            "CA", "Hôtel de ville de Montréal", name: "Félix Gagnon", "275 rue Notre-Dame Est", city: "Montréal",
            region: "Québec", postalCode: "H2Y 1C6"),
        .valid(
            "CA", "Calgary Municipal Building", name: "Olivia Martin", "800 Macleod Trail SE", city: "Calgary",
            region: "Alberta", postalCode: "t2g 2m3", stored: "T2G 2M3"),
        .valid(
            "CA", "Halifax City Hall", name: "Ethan MacDonald", "1841 Argyle St", city: "Halifax", region: "NS",
            postalCode: "B3J 3A5"),
        .valid(
            "MX", "Palacio Nacional", name: "María Fernanda López", "Plaza de la Constitución s/n",
            line2: "Centro, Cuauhtémoc", city: "Ciudad de México", region: "CDMX", postalCode: "06066"),
        .valid(
            "MX", "Palacio Municipal de Guadalajara", name: "Santiago Ramírez", "Av. Hidalgo 400", line2: "Centro",
            city: "Guadalajara", region: "Jal.", postalCode: "44100"),
        .valid(
            "MX", "Palacio Municipal de Monterrey", name: "Regina Flores", "Zaragoza y Ocampo s/n",
            line2: "Centro", city: "Monterrey", region: "Nuevo León", postalCode: "64000"),
        .valid(
            "MX", "Palacio Municipal de Mérida", name: "Diego Pérez", "Calle 62 s/n", line2: "Centro",
            city: "Mérida", region: "YUC", postalCode: "97000"),
        .valid(
            "BR", "Biblioteca Nacional", name: "João da Silva", "Avenida Rio Branco, 219", line2: "Centro",
            city: "Rio de Janeiro", region: "RJ", postalCode: "20040-008"),
        .valid(
            "BR", "Prefeitura de São Paulo", name: "Ana Souza", "Viaduto do Chá, 15", line2: "Centro",
            city: "São Paulo", region: "SP", postalCode: "01002-900"),
        .valid(
            "BR", "Palácio do Planalto", name: "Larissa Costa", "Praça dos Três Poderes", city: "Brasília",
            region: "DF", postalCode: "70150-900"),
        .valid(
            "BR", "Prefeitura de Salvador", name: "Thiago Almeida", "Praça Municipal, s/n", line2: "Centro",
            city: "Salvador", region: "Bahia", postalCode: "40020-010"),
        .valid(
            "BR", "Prefeitura de Porto Alegre", name: "Júlia Pereira", "Praça Montevidéu, 10", city: "Porto Alegre",
            region: "RS", postalCode: "90010170"),
        .valid(
            "AR", "Casa Rosada", name: "Lucía Fernández", "Balcarce 50", city: "Buenos Aires",
            region: "Ciudad Autónoma de Buenos Aires", postalCode: "C1064AAB"),
        .valid(
            "AR", "Palacio Municipal de Córdoba", name: "Martín Gómez", "Av. Marcelo T. de Alvear 120",
            city: "Córdoba", region: "Córdoba", postalCode: "X5000"),
        .valid(
            "AR", "Municipalidad de Mendoza", name: "Sofía Romero", "9 de Julio 500", city: "Mendoza",
            region: "Mendoza", postalCode: "5500"),
        .valid(
            "CL", "Palacio de La Moneda", name: "Matías González", "Moneda s/n", city: "Santiago",
            region: "Región Metropolitana", postalCode: "8340457"),
        .valid(
            "CL", "Congreso Nacional", name: "Catalina Muñoz", "Avenida Pedro Montt s/n", city: "Valparaíso",
            region: "Valparaíso", postalCode: "2340000"),
        .valid(
            "CO", "Alcaldía de Bogotá", name: "Valentina Gómez", "Cra. 8 #10-65", city: "Bogotá",
            region: "Bogotá D.C.", postalCode: "111711"),
        .valid(
            "CO", "Alcaldía de Medellín", name: "Juan Pablo Restrepo", "Calle 44 #52-165", city: "Medellín",
            region: "Antioquia", postalCode: "050015"),
        .valid(
            "PE", "Palacio Municipal de Lima", name: "Rosa Quispe", "Jirón de la Unión 300", city: "Lima",
            region: "Municipalidad Metropolitana de Lima", postalCode: "15001"),
        .valid(
            "PE", "Municipalidad del Cusco", name: "Luis Mamani", "Plaza de Armas s/n", city: "Cusco",
            region: "Cuzco", postalCode: "08002"),
    ]
}
