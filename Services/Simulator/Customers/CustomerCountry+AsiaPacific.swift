extension CustomerCountry {
    /// East and South Asia, and Oceania. China, Japan, Korea, Taiwan and India need a region (R1); names and
    /// addresses are in the local script, family name first where that is the custom.
    static let asiaPacific: [CustomerCountry] = [
        CustomerCountry(
            code: "JP", weight: 6,
            givenNames: Name.list(
                "美咲=misaki, 陽翔=haruto, 結衣=yui, 蓮=ren, さくら=sakura, 大翔=hiroto, 葵=aoi, 悠真=yuma"),
            familyNames: Name.list(
                "佐藤=sato, 鈴木=suzuki, 高橋=takahashi, 田中=tanaka, 伊藤=ito, 渡辺=watanabe, 山本=yamamoto"),
            nameOrder: .familyFirst(separator: " "),
            places: [
                Place("千代田区", region: "東京都", postalCode: "100-0005", streets: ["丸の内"]),
                Place("新宿区", region: "東京都", postalCode: "160-0023", streets: ["西新宿"]),
                Place("大阪市北区", region: "大阪府", postalCode: "530-0001", streets: ["梅田"]),
                Place("京都市下京区", region: "京都府", postalCode: "6008216", streets: ["東塩小路町"]),
                Place("福岡市博多区", region: "福岡県", postalCode: "812-0012", streets: ["博多駅中央街"]),
            ],
            streetLine: { "\($0)\($1 % 4 + 1)丁目\($1 % 20 + 1)-\($1 % 9 + 1)" },
            unitLine: { "\($0 % 12 + 1)0\($0 % 9 + 1)号室" },
            emailDomains: ["yahoo.co.jp", "docomo.ne.jp", "gmail.com"]),
        CustomerCountry(
            code: "KR", weight: 3,
            givenNames: Name.list("민준=minjun, 서연=seoyeon, 도윤=doyun, 지우=jiwoo, 하준=hajun, 서윤=seoyun"),
            familyNames: Name.list("김=kim, 이=lee, 박=park, 최=choi, 정=jung, 강=kang, 윤=yoon"),
            nameOrder: .familyFirst(separator: ""),
            places: [
                Place("종로구", region: "서울특별시", postalCode: "03045", streets: ["세종대로", "종로"]),
                Place("해운대구", region: "부산광역시", postalCode: "48099", streets: ["해운대해변로", "구남로"]),
                Place("수원시 팔달구", region: "경기도", postalCode: "16489", streets: ["정조로", "효원로"]),
            ],
            streetLine: { "\($0) \($1)" }, unitLine: { "\($0 % 15 + 1)0\($0 % 8 + 1)호" },
            emailDomains: ["naver.com", "daum.net", "kakao.com"]),
        CustomerCountry(
            code: "CN", weight: 3,
            givenNames: Name.list("芳=fang, 伟=wei, 静=jing, 磊=lei, 敏=min, 洋=yang, 婷=ting, 浩=hao"),
            familyNames: Name.list("王=wang, 李=li, 张=zhang, 刘=liu, 陈=chen, 杨=yang, 黄=huang, 赵=zhao"),
            nameOrder: .familyFirst(separator: ""),
            places: [
                Place("东城区", region: "北京市", postalCode: "100010", streets: ["东长安街", "王府井大街"]),
                Place("黄浦区", region: "上海市", postalCode: "200001", streets: ["南京东路", "福州路"]),
                Place("深圳市", region: "广东省", postalCode: "518048", streets: ["深南大道", "福华路"]),
                Place("杭州市", region: "浙江省", postalCode: "310006", streets: ["延安路", "解放路"]),
            ],
            streetLine: { "\($0)\($1)号" }, unitLine: { "\($0 % 20 + 1)栋\($0 % 6 + 1)0\($0 % 4 + 1)室" },
            emailDomains: ["qq.com", "163.com", "126.com"]),
        CustomerCountry(
            code: "TW", weight: 2,
            givenNames: Name.list("怡君=yijun, 志明=zhiming, 雅婷=yating, 冠宇=guanyu, 淑芬=shufen, 家豪=jiahao"),
            familyNames: Name.list("陳=chen, 林=lin, 黃=huang, 張=chang, 李=lee, 王=wang"),
            nameOrder: .familyFirst(separator: ""),
            places: [
                Place("中正區", region: "臺北市", postalCode: "100", streets: ["重慶南路一段", "忠孝西路一段"]),
                Place("大安區", region: "臺北市", postalCode: "10617", streets: ["敦化南路二段", "復興南路一段"]),
                Place("前金區", region: "高雄市", postalCode: "801", streets: ["中正四路", "七賢二路"]),
            ],
            streetLine: { "\($0)\($1)號" }, unitLine: { "\($0 % 12 + 1)樓" },
            emailDomains: ["yahoo.com.tw", "gmail.com", "hinet.net"]),
        CustomerCountry(
            code: "IN", weight: 3,
            givenNames: Name.list("Aarav, Priya, Vivaan, Ananya, Aditya, Diya, Arjun, Saanvi, Rohan, Isha"),
            familyNames: Name.list("Sharma, Patel, Singh, Kumar, Gupta, Reddy, Iyer, Nair, Das, Mehta"),
            nameOrder: .givenFirst,
            places: [
                Place(
                    "Mumbai", region: "Maharashtra", postalCode: "400001", streets: ["Marine Drive", "Colaba Causeway"]),
                Place("Bengaluru", region: "Karnataka", postalCode: "560 001", streets: ["MG Road", "Brigade Road"]),
                Place(
                    "New Delhi", region: "Delhi", postalCode: "110001", streets: ["Janpath", "Baba Kharak Singh Marg"]),
                Place("Chennai", region: "Tamil Nadu", postalCode: "600002", streets: ["Anna Salai", "Greams Road"]),
            ],
            streetLine: { "\($1), \($0)" }, unitLine: { "Flat \($0 % 30 + 1)0\($0 % 4 + 1)" },
            emailDomains: ["gmail.com", "rediffmail.com", "yahoo.co.in"]),
        CustomerCountry(
            code: "AU", weight: 3,
            givenNames: Name.list("Charlotte, Oliver, Amelia, Jack, Isla, William, Mia, Noah, Chloe, Lachlan"),
            familyNames: Name.list("Smith, Jones, Williams, Brown, Wilson, Taylor, Nguyen, Martin, White, Anderson"),
            nameOrder: .givenFirst,
            places: [
                Place("Sydney", region: "NSW", postalCode: "2000", streets: ["George Street", "Pitt Street"]),
                Place("Melbourne", region: "VIC", postalCode: "3000", streets: ["Collins Street", "Flinders Lane"]),
                Place("Brisbane", region: "QLD", postalCode: "4000", streets: ["Queen Street", "Adelaide Street"]),
                Place("Perth", region: "WA", postalCode: "6000", streets: ["Hay Street", "Murray Street"]),
            ],
            streetLine: { "\($1) \($0)" }, unitLine: { "Unit \($0 % 30 + 1)" },
            emailDomains: ["bigpond.com", "gmail.com", "optusnet.com.au"]),
    ]
}
