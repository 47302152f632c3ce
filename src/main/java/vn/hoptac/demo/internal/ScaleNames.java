package vn.hoptac.demo.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import vn.hoptac.agreements.AgreementKind;
import vn.hoptac.agreements.LegalBasis;
import vn.hoptac.demo.internal.ScaleDataGenerator.Body;
import vn.hoptac.demo.internal.ScaleDataGenerator.Place;
import vn.hoptac.demo.internal.ScaleDataGenerator.Side;
import vn.hoptac.partners.CooperationField;
import vn.hoptac.partners.PartnershipType;

/**
 * Names for {@link ScaleDataGenerator}: real first-tier units abroad, and place, organisation and
 * person names built from syllables of each language (romanised, native script, Korean and
 * Vietnamese spellings), so that search in vi/ko/en meets realistic text.
 */
final class ScaleNames {

	private ScaleNames() {
	}

	/** Share of generated foreign localities, organisations and partners by country. */
	static final Object[][] COUNTRY_WEIGHTS = { { "KR", 34 }, { "JP", 20 }, { "CN", 13 }, { "US", 7 }, { "FR", 6 },
			{ "DE", 6 }, { "AU", 4 }, { "TH", 5 }, { "LA", 5 } };

	static final Map<String, String> COUNTRY_VI = Map.of("KR", "Hàn Quốc", "JP", "Nhật Bản", "CN", "Trung Quốc", "US",
			"Hoa Kỳ", "FR", "Pháp", "DE", "Đức", "AU", "Ô-xtrây-li-a", "TH", "Thái Lan", "LA", "Lào");

	static final Map<String, String> COUNTRY_FORMAL = Map.of("KR", "Đại Hàn Dân Quốc", "JP", "Nhật Bản", "CN",
			"nước Cộng hòa Nhân dân Trung Hoa", "US", "Hợp chúng quốc Hoa Kỳ", "FR", "nước Cộng hòa Pháp", "DE",
			"nước Cộng hòa Liên bang Đức", "AU", "Ô-xtrây-li-a", "TH", "Vương quốc Thái Lan", "LA",
			"nước Cộng hòa Dân chủ Nhân dân Lào");

	static final Object[][] FIELD_WEIGHTS = { { CooperationField.ECONOMY_TRADE, 14 },
			{ CooperationField.INVESTMENT, 8 }, { CooperationField.AGRICULTURE, 8 }, { CooperationField.INDUSTRY, 4 },
			{ CooperationField.EDUCATION, 14 }, { CooperationField.HEALTH, 8 }, { CooperationField.CULTURE, 9 },
			{ CooperationField.TOURISM, 8 }, { CooperationField.SCIENCE_TECHNOLOGY, 6 },
			{ CooperationField.LABOUR, 4 }, { CooperationField.ENVIRONMENT, 4 },
			{ CooperationField.URBAN_DEVELOPMENT, 3 }, { CooperationField.PUBLIC_ADMINISTRATION, 2 },
			{ CooperationField.PEOPLE_TO_PEOPLE, 5 }, { CooperationField.SPORTS, 2 },
			{ CooperationField.INFORMATION_COMMUNICATION, 2 }, { CooperationField.YOUTH, 2 },
			{ CooperationField.SOCIAL_WELFARE, 2 }, { CooperationField.DEVELOPMENT_AID, 2 },
			{ CooperationField.OTHER, 1 } };

	static final Map<CooperationField, String> FIELD_VI = Map.ofEntries(
			Map.entry(CooperationField.ECONOMY_TRADE, "kinh tế, thương mại"),
			Map.entry(CooperationField.INVESTMENT, "đầu tư"), Map.entry(CooperationField.AGRICULTURE, "nông nghiệp"),
			Map.entry(CooperationField.INDUSTRY, "công nghiệp"), Map.entry(CooperationField.EDUCATION, "giáo dục"),
			Map.entry(CooperationField.HEALTH, "y tế"), Map.entry(CooperationField.CULTURE, "văn hóa"),
			Map.entry(CooperationField.TOURISM, "du lịch"),
			Map.entry(CooperationField.SCIENCE_TECHNOLOGY, "khoa học và công nghệ"),
			Map.entry(CooperationField.LABOUR, "lao động"), Map.entry(CooperationField.ENVIRONMENT, "môi trường"),
			Map.entry(CooperationField.URBAN_DEVELOPMENT, "phát triển đô thị"),
			Map.entry(CooperationField.PUBLIC_ADMINISTRATION, "cải cách hành chính"),
			Map.entry(CooperationField.PEOPLE_TO_PEOPLE, "giao lưu nhân dân"),
			Map.entry(CooperationField.SPORTS, "thể dục, thể thao"),
			Map.entry(CooperationField.INFORMATION_COMMUNICATION, "thông tin và truyền thông"),
			Map.entry(CooperationField.YOUTH, "thanh niên"), Map.entry(CooperationField.SOCIAL_WELFARE, "an sinh xã hội"),
			Map.entry(CooperationField.DEVELOPMENT_AID, "viện trợ phát triển"),
			Map.entry(CooperationField.OTHER, "các lĩnh vực khác"));

	/** Real first-tier units: code, country, level, vi, en, ko, native, Vietnamese level word. */
	static final String[][] FIRST_TIER = {
			{ "GEN-JP-01", "JP", "PREFECTURE", "Hokkaido", "Hokkaido", "홋카이도", "北海道", "tỉnh" },
			{ "GEN-JP-04", "JP", "PREFECTURE", "Miyagi", "Miyagi", "미야기현", "宮城県", "tỉnh" },
			{ "GEN-JP-13", "JP", "PREFECTURE", "Tokyo", "Tokyo", "도쿄도", "東京都", "thủ đô" },
			{ "GEN-JP-14", "JP", "PREFECTURE", "Kanagawa", "Kanagawa", "가나가와현", "神奈川県", "tỉnh" },
			{ "GEN-JP-15", "JP", "PREFECTURE", "Niigata", "Niigata", "니가타현", "新潟県", "tỉnh" },
			{ "GEN-JP-22", "JP", "PREFECTURE", "Shizuoka", "Shizuoka", "시즈오카현", "静岡県", "tỉnh" },
			{ "GEN-JP-23", "JP", "PREFECTURE", "Aichi", "Aichi", "아이치현", "愛知県", "tỉnh" },
			{ "GEN-JP-26", "JP", "PREFECTURE", "Kyoto", "Kyoto", "교토부", "京都府", "phủ" },
			{ "GEN-JP-27", "JP", "PREFECTURE", "Osaka", "Osaka", "오사카부", "大阪府", "phủ" },
			{ "GEN-JP-28", "JP", "PREFECTURE", "Hyogo", "Hyogo", "효고현", "兵庫県", "tỉnh" },
			{ "GEN-JP-34", "JP", "PREFECTURE", "Hiroshima", "Hiroshima", "히로시마현", "広島県", "tỉnh" },
			{ "GEN-JP-40", "JP", "PREFECTURE", "Fukuoka", "Fukuoka", "후쿠오카현", "福岡県", "tỉnh" },
			{ "GEN-JP-43", "JP", "PREFECTURE", "Kumamoto", "Kumamoto", "구마모토현", "熊本県", "tỉnh" },
			{ "GEN-JP-47", "JP", "PREFECTURE", "Okinawa", "Okinawa", "오키나와현", "沖縄県", "tỉnh" },
			{ "GEN-CN-GD", "CN", "PROVINCE", "Quảng Đông", "Guangdong", "광둥성", "广东省", "tỉnh" },
			{ "GEN-CN-GX", "CN", "REGION", "Quảng Tây", "Guangxi", "광시좡족자치구", "广西壮族自治区", "khu tự trị" },
			{ "GEN-CN-YN", "CN", "PROVINCE", "Vân Nam", "Yunnan", "윈난성", "云南省", "tỉnh" },
			{ "GEN-CN-ZJ", "CN", "PROVINCE", "Chiết Giang", "Zhejiang", "저장성", "浙江省", "tỉnh" },
			{ "GEN-CN-JS", "CN", "PROVINCE", "Giang Tô", "Jiangsu", "장쑤성", "江苏省", "tỉnh" },
			{ "GEN-CN-SC", "CN", "PROVINCE", "Tứ Xuyên", "Sichuan", "쓰촨성", "四川省", "tỉnh" },
			{ "GEN-CN-HI", "CN", "PROVINCE", "Hải Nam", "Hainan", "하이난성", "海南省", "tỉnh" },
			{ "GEN-CN-FJ", "CN", "PROVINCE", "Phúc Kiến", "Fujian", "푸젠성", "福建省", "tỉnh" },
			{ "GEN-CN-SD", "CN", "PROVINCE", "Sơn Đông", "Shandong", "산둥성", "山东省", "tỉnh" },
			{ "GEN-CN-HB", "CN", "PROVINCE", "Hồ Bắc", "Hubei", "후베이성", "湖北省", "tỉnh" },
			{ "GEN-CN-HN", "CN", "PROVINCE", "Hồ Nam", "Hunan", "후난성", "湖南省", "tỉnh" },
			{ "GEN-CN-SH", "CN", "MUNICIPALITY", "Thượng Hải", "Shanghai", "상하이시", "上海市", "thành phố" },
			{ "GEN-US-CA", "US", "STATE", "California", "California", "캘리포니아주", "California", "bang" },
			{ "GEN-US-TX", "US", "STATE", "Texas", "Texas", "텍사스주", "Texas", "bang" },
			{ "GEN-US-WA", "US", "STATE", "Washington", "Washington", "워싱턴주", "Washington", "bang" },
			{ "GEN-US-NY", "US", "STATE", "New York", "New York", "뉴욕주", "New York", "bang" },
			{ "GEN-US-OR", "US", "STATE", "Oregon", "Oregon", "오리건주", "Oregon", "bang" },
			{ "GEN-US-MA", "US", "STATE", "Massachusetts", "Massachusetts", "매사추세츠주", "Massachusetts", "bang" },
			{ "GEN-US-VA", "US", "STATE", "Virginia", "Virginia", "버지니아주", "Virginia", "bang" },
			{ "GEN-US-HI", "US", "STATE", "Hawaii", "Hawaii", "하와이주", "Hawaiʻi", "bang" },
			{ "GEN-US-IL", "US", "STATE", "Illinois", "Illinois", "일리노이주", "Illinois", "bang" },
			{ "GEN-US-GA", "US", "STATE", "Georgia", "Georgia", "조지아주", "Georgia", "bang" },
			{ "GEN-FR-IDF", "FR", "REGION", "Île-de-France", "Île-de-France", "일드프랑스", "Île-de-France", "vùng" },
			{ "GEN-FR-NOR", "FR", "REGION", "Normandie", "Normandy", "노르망디", "Normandie", "vùng" },
			{ "GEN-FR-BRE", "FR", "REGION", "Bretagne", "Brittany", "브르타뉴", "Bretagne", "vùng" },
			{ "GEN-FR-OCC", "FR", "REGION", "Occitanie", "Occitania", "옥시타니", "Occitanie", "vùng" },
			{ "GEN-FR-ARA", "FR", "REGION", "Auvergne-Rhône-Alpes", "Auvergne-Rhône-Alpes", "오베르뉴론알프",
					"Auvergne-Rhône-Alpes", "vùng" },
			{ "GEN-FR-GES", "FR", "REGION", "Grand Est", "Grand Est", "그랑테스트", "Grand Est", "vùng" },
			{ "GEN-FR-NAQ", "FR", "REGION", "Nouvelle-Aquitaine", "Nouvelle-Aquitaine", "누벨아키텐",
					"Nouvelle-Aquitaine", "vùng" },
			{ "GEN-FR-HDF", "FR", "REGION", "Hauts-de-France", "Hauts-de-France", "오드프랑스", "Hauts-de-France",
					"vùng" },
			{ "GEN-FR-PAC", "FR", "REGION", "Provence-Alpes-Côte d'Azur", "Provence-Alpes-Côte d'Azur", "프로방스알프코트다쥐르",
					"Provence-Alpes-Côte d'Azur", "vùng" },
			{ "GEN-DE-BY", "DE", "STATE", "Bayern", "Bavaria", "바이에른주", "Bayern", "bang" },
			{ "GEN-DE-SN", "DE", "STATE", "Sachsen", "Saxony", "작센주", "Sachsen", "bang" },
			{ "GEN-DE-HE", "DE", "STATE", "Hessen", "Hesse", "헤센주", "Hessen", "bang" },
			{ "GEN-DE-NW", "DE", "STATE", "Nordrhein-Westfalen", "North Rhine-Westphalia", "노르트라인베스트팔렌주",
					"Nordrhein-Westfalen", "bang" },
			{ "GEN-DE-BW", "DE", "STATE", "Baden-Württemberg", "Baden-Württemberg", "바덴뷔르템베르크주",
					"Baden-Württemberg", "bang" },
			{ "GEN-DE-BB", "DE", "STATE", "Brandenburg", "Brandenburg", "브란덴부르크주", "Brandenburg", "bang" },
			{ "GEN-DE-TH", "DE", "STATE", "Thüringen", "Thuringia", "튀링겐주", "Thüringen", "bang" },
			{ "GEN-DE-BE", "DE", "STATE", "Berlin", "Berlin", "베를린", "Berlin", "bang" },
			{ "GEN-DE-HH", "DE", "STATE", "Hamburg", "Hamburg", "함부르크", "Hamburg", "bang" },
			{ "GEN-AU-NSW", "AU", "STATE", "New South Wales", "New South Wales", "뉴사우스웨일스주", "New South Wales",
					"bang" },
			{ "GEN-AU-VIC", "AU", "STATE", "Victoria", "Victoria", "빅토리아주", "Victoria", "bang" },
			{ "GEN-AU-QLD", "AU", "STATE", "Queensland", "Queensland", "퀸즐랜드주", "Queensland", "bang" },
			{ "GEN-AU-WA", "AU", "STATE", "Tây Úc", "Western Australia", "웨스턴오스트레일리아주", "Western Australia",
					"bang" },
			{ "GEN-AU-SA", "AU", "STATE", "Nam Úc", "South Australia", "사우스오스트레일리아주", "South Australia", "bang" },
			{ "GEN-AU-TAS", "AU", "STATE", "Tasmania", "Tasmania", "태즈메이니아주", "Tasmania", "bang" },
			{ "GEN-TH-10", "TH", "PROVINCE", "Băng Cốc", "Bangkok", "방콕", "กรุงเทพมหานคร", "thủ đô" },
			{ "GEN-TH-50", "TH", "PROVINCE", "Chiang Mai", "Chiang Mai", "치앙마이", "เชียงใหม่", "tỉnh" },
			{ "GEN-TH-40", "TH", "PROVINCE", "Khon Kaen", "Khon Kaen", "콘깬", "ขอนแก่น", "tỉnh" },
			{ "GEN-TH-41", "TH", "PROVINCE", "Udon Thani", "Udon Thani", "우돈타니", "อุดรธานี", "tỉnh" },
			{ "GEN-TH-48", "TH", "PROVINCE", "Nakhon Phanom", "Nakhon Phanom", "나콘파놈", "นครพนม", "tỉnh" },
			{ "GEN-TH-47", "TH", "PROVINCE", "Sakon Nakhon", "Sakon Nakhon", "사꼰나콘", "สกลนคร", "tỉnh" },
			{ "GEN-TH-83", "TH", "PROVINCE", "Phuket", "Phuket", "푸껫", "ภูเก็ต", "tỉnh" },
			{ "GEN-TH-34", "TH", "PROVINCE", "Ubon Ratchathani", "Ubon Ratchathani", "우본랏차타니", "อุบลราชธานี", "tỉnh" },
			{ "GEN-TH-43", "TH", "PROVINCE", "Nong Khai", "Nong Khai", "농카이", "หนองคาย", "tỉnh" },
			{ "GEN-TH-49", "TH", "PROVINCE", "Mukdahan", "Mukdahan", "묵다한", "มุกดาหาร", "tỉnh" },
			{ "GEN-LA-VT", "LA", "PROVINCE", "Viêng Chăn", "Vientiane Capital", "비엔티안", "ນະຄອນຫຼວງວຽງຈັນ", "thủ đô" },
			{ "GEN-LA-LP", "LA", "PROVINCE", "Luông Pha Băng", "Luang Prabang", "루앙프라방", "ຫຼວງພະບາງ", "tỉnh" },
			{ "GEN-LA-SV", "LA", "PROVINCE", "Xa-va-na-khệt", "Savannakhet", "사완나켓", "ສະຫວັນນະເຂດ", "tỉnh" },
			{ "GEN-LA-CH", "LA", "PROVINCE", "Chăm-pa-xắc", "Champasak", "참파삭", "ຈຳປາສັກ", "tỉnh" },
			{ "GEN-LA-KH", "LA", "PROVINCE", "Khăm Muồn", "Khammouane", "캄무안", "ຄຳມ່ວນ", "tỉnh" },
			{ "GEN-LA-HO", "LA", "PROVINCE", "Hủa Phăn", "Houaphanh", "후아판", "ຫົວພັນ", "tỉnh" },
			{ "GEN-LA-XK", "LA", "PROVINCE", "Xiêng Khoảng", "Xiangkhouang", "시앙쿠앙", "ຊຽງຂວາງ", "tỉnh" },
			{ "GEN-LA-BL", "LA", "PROVINCE", "Bô-ly-khăm-xay", "Bolikhamxay", "볼리캄사이", "ບໍລິຄຳໄຊ", "tỉnh" },
			{ "GEN-LA-AT", "LA", "PROVINCE", "Át-tạ-pư", "Attapeu", "아타프", "ອັດຕະປື", "tỉnh" },
			{ "GEN-LA-XE", "LA", "PROVINCE", "Xê Kông", "Sekong", "세콩", "ເຊກອງ", "tỉnh" },
			{ "GEN-LA-OU", "LA", "PROVINCE", "U-đôm-xay", "Oudomxay", "우돔사이", "ອຸດົມໄຊ", "tỉnh" } };

	/** Vietnamese ministries: vi, en, ko, abbreviation. */
	static final String[][] MINISTRIES = {
			{ "Bộ Ngoại giao", "Ministry of Foreign Affairs", "베트남 외교부", "MOFA" },
			{ "Bộ Giáo dục và Đào tạo", "Ministry of Education and Training", "베트남 교육훈련부", "MOET" },
			{ "Bộ Y tế", "Ministry of Health", "베트남 보건부", "MOH" },
			{ "Bộ Kế hoạch và Đầu tư", "Ministry of Planning and Investment", "베트남 기획투자부", "MPI" },
			{ "Bộ Công Thương", "Ministry of Industry and Trade", "베트남 산업무역부", "MOIT" },
			{ "Bộ Nông nghiệp và Phát triển nông thôn", "Ministry of Agriculture and Rural Development",
					"베트남 농업농촌개발부", "MARD" },
			{ "Bộ Văn hóa, Thể thao và Du lịch", "Ministry of Culture, Sports and Tourism", "베트남 문화체육관광부",
					"MOCST" },
			{ "Bộ Khoa học và Công nghệ", "Ministry of Science and Technology", "베트남 과학기술부", "MOST" },
			{ "Bộ Tài chính", "Ministry of Finance", "베트남 재정부", "MOF" } };

	/** Development agencies: country, type, vi, en, ko, native, abbreviation. */
	static final String[][] DONORS = {
			{ "KR", "DONOR_AGENCY", "Cơ quan Hợp tác Quốc tế Hàn Quốc", "Korea International Cooperation Agency",
					"한국국제협력단", "한국국제협력단", "KOICA" },
			{ "KR", "DONOR_AGENCY", "Quỹ Hợp tác Phát triển Kinh tế Hàn Quốc",
					"Economic Development Cooperation Fund", "대외경제협력기금", "대외경제협력기금", "EDCF" },
			{ "JP", "DONOR_AGENCY", "Cơ quan Hợp tác Quốc tế Nhật Bản", "Japan International Cooperation Agency",
					"일본국제협력기구", "国際協力機構", "JICA" },
			{ "CN", "DONOR_AGENCY", "Cơ quan Hợp tác Phát triển Quốc tế Trung Quốc",
					"China International Development Cooperation Agency", "중국국제발전협력서", "国家国际发展合作署", "CIDCA" },
			{ "US", "DONOR_AGENCY", "Cơ quan Phát triển Quốc tế Hoa Kỳ",
					"United States Agency for International Development", "미국국제개발처",
					"United States Agency for International Development", "USAID" },
			{ "FR", "DONOR_AGENCY", "Cơ quan Phát triển Pháp", "French Development Agency", "프랑스개발청",
					"Agence française de développement", "AFD" },
			{ "DE", "DONOR_AGENCY", "Tổ chức Hợp tác Quốc tế Đức", "German Agency for International Cooperation",
					"독일국제협력공사", "Deutsche Gesellschaft für Internationale Zusammenarbeit", "GIZ" },
			{ "DE", "DONOR_AGENCY", "Ngân hàng Tái thiết Đức", "KfW Development Bank", "독일재건은행",
					"KfW Entwicklungsbank", "KfW" },
			{ "AU", "DONOR_AGENCY", "Bộ Ngoại giao và Thương mại Ô-xtrây-li-a",
					"Department of Foreign Affairs and Trade", "호주 외교통상부", "Department of Foreign Affairs and Trade",
					"DFAT" },
			{ "TH", "DONOR_AGENCY", "Cơ quan Hợp tác Quốc tế Thái Lan", "Thailand International Cooperation Agency",
					"태국국제협력기구", "สำนักงานความร่วมมือเพื่อการพัฒนาระหว่างประเทศ", "TICA" } };

	static final Object[][] VN_BODY_TYPES = { { "DEPARTMENT", 40 }, { "UNIVERSITY", 18 }, { "BUSINESS", 18 },
			{ "ASSOCIATION", 8 }, { "RESEARCH_INSTITUTE", 4 }, { "DISTRICT_COMMITTEE", 12 } };

	static final Object[][] FOREIGN_BODY_TYPES = { { "UNIVERSITY", 30 }, { "BUSINESS", 30 }, { "FOREIGN_NGO", 14 },
			{ "ASSOCIATION", 14 }, { "RESEARCH_INSTITUTE", 8 } };

	/** Provincial departments: vi, en, ko. */
	private static final String[][] DEPARTMENTS = { { "Giáo dục và Đào tạo", "Education and Training", "교육훈련국" },
			{ "Y tế", "Health", "보건국" }, { "Công Thương", "Industry and Trade", "산업통상국" },
			{ "Kế hoạch và Đầu tư", "Planning and Investment", "기획투자국" },
			{ "Văn hóa, Thể thao và Du lịch", "Culture, Sports and Tourism", "문화체육관광국" },
			{ "Nông nghiệp và Phát triển nông thôn", "Agriculture and Rural Development", "농업농촌개발국" },
			{ "Khoa học và Công nghệ", "Science and Technology", "과학기술국" },
			{ "Tài nguyên và Môi trường", "Natural Resources and Environment", "자원환경국" },
			{ "Lao động – Thương binh và Xã hội", "Labour, Invalids and Social Affairs", "노동보훈사회국" },
			{ "Thông tin và Truyền thông", "Information and Communications", "정보통신국" },
			{ "Nội vụ", "Home Affairs", "내무국" }, { "Xây dựng", "Construction", "건설국" } };

	private static final String[][] VN_UNIVERSITIES = { { "", "University" },
			{ "Sư phạm ", "University of Education" }, { "Kinh tế ", "University of Economics" },
			{ "Y Dược ", "University of Medicine and Pharmacy" }, { "Nông Lâm ", "University of Agriculture and Forestry" },
			{ "Kỹ thuật Công nghiệp ", "University of Technology" } };

	private static final String[][] VN_BUSINESSES = { { "Thương mại", "Trading" },
			{ "Xuất nhập khẩu", "Import-Export" }, { "Du lịch", "Tourism" }, { "Dệt may", "Textile" },
			{ "Thủy sản", "Seafood" }, { "Cà phê", "Coffee" }, { "Xây dựng", "Construction" },
			{ "Nông sản", "Agricultural Products" } };

	/** Industries: vi, en, ko, ja, zh. */
	private static final String[][] INDUSTRIES = { { "Thương mại", "Trading", "상사", "商事", "商贸" },
			{ "Điện tử", "Electronics", "전자", "電子", "电子" }, { "Thực phẩm", "Foods", "식품", "食品", "食品" },
			{ "Xây dựng", "Construction", "건설", "建設", "建设" }, { "Cơ khí", "Machinery", "기계", "機械", "机械" },
			{ "Dệt may", "Textiles", "섬유", "繊維", "纺织" }, { "Vận tải", "Logistics", "물류", "物流", "物流" } };

	/** Korean syllables: romanised, hangul. */
	private static final String[][] KR_SYLLABLES = { { "Ga", "가" }, { "Gang", "강" }, { "Geum", "금" },
			{ "Gwang", "광" }, { "Na", "나" }, { "Nam", "남" }, { "Dae", "대" }, { "Dong", "동" }, { "Mun", "문" },
			{ "Mi", "미" }, { "Baek", "백" }, { "Bu", "부" }, { "Sa", "사" }, { "San", "산" }, { "Seo", "서" },
			{ "Seong", "성" }, { "Su", "수" }, { "Sin", "신" }, { "An", "안" }, { "Yang", "양" }, { "Yeon", "연" },
			{ "O", "오" }, { "Ok", "옥" }, { "Won", "원" }, { "Wol", "월" }, { "Yu", "유" }, { "Eun", "은" },
			{ "Jang", "장" }, { "Jeong", "정" }, { "Ju", "주" }, { "Jung", "중" }, { "Jin", "진" }, { "Cheon", "천" },
			{ "Cheong", "청" }, { "Pyeong", "평" }, { "Pung", "풍" }, { "Ha", "하" }, { "Hae", "해" }, { "Hwa", "화" },
			{ "Heung", "흥" }, { "Il", "일" }, { "Song", "송" }, { "Hak", "학" }, { "Gok", "곡" }, { "Bong", "봉" },
			{ "Rim", "림" }, { "Do", "도" }, { "Gye", "계" } };

	/** Japanese elements: romaji, kanji, hangul. */
	private static final String[][] JP_SYLLABLES = { { "Aka", "赤", "아카" }, { "Asa", "朝", "아사" },
			{ "Fuji", "藤", "후지" }, { "Fuku", "福", "후쿠" }, { "Hama", "浜", "하마" }, { "Hara", "原", "하라" },
			{ "Hiro", "広", "히로" }, { "Ishi", "石", "이시" }, { "Iwa", "岩", "이와" }, { "Kami", "上", "가미" },
			{ "Kawa", "川", "가와" }, { "Kita", "北", "기타" }, { "Matsu", "松", "마쓰" }, { "Mori", "森", "모리" },
			{ "Naga", "長", "나가" }, { "Naka", "中", "나카" }, { "Nishi", "西", "니시" }, { "Oka", "岡", "오카" },
			{ "Saka", "坂", "사카" }, { "Saki", "崎", "사키" }, { "Sawa", "沢", "사와" }, { "Shima", "島", "시마" },
			{ "Shimo", "下", "시모" }, { "Taka", "高", "다카" }, { "Yama", "山", "야마" }, { "Yoshi", "吉", "요시" },
			{ "Kura", "倉", "구라" }, { "Tomi", "富", "도미" }, { "Tsuru", "鶴", "쓰루" }, { "Sakura", "桜", "사쿠라" },
			{ "Higashi", "東", "히가시" }, { "Ta", "田", "다" } };

	/** Chinese syllables: pinyin, hanzi, hangul, Hán-Việt. */
	private static final String[][] CN_SYLLABLES = { { "Jiang", "江", "장", "Giang" }, { "Shan", "山", "산", "Sơn" },
			{ "Nan", "南", "난", "Nam" }, { "Bei", "北", "베이", "Bắc" }, { "Dong", "东", "둥", "Đông" },
			{ "Xi", "西", "시", "Tây" }, { "An", "安", "안", "An" }, { "Ning", "宁", "닝", "Ninh" },
			{ "Hua", "华", "화", "Hoa" }, { "Yang", "阳", "양", "Dương" }, { "Zhou", "州", "저우", "Châu" },
			{ "Chang", "昌", "창", "Xương" }, { "Guang", "广", "광", "Quảng" }, { "Hai", "海", "하이", "Hải" },
			{ "Qing", "青", "칭", "Thanh" }, { "Tai", "泰", "타이", "Thái" }, { "Ping", "平", "핑", "Bình" },
			{ "Lin", "林", "린", "Lâm" }, { "He", "河", "허", "Hà" }, { "Xin", "新", "신", "Tân" },
			{ "Fu", "福", "푸", "Phúc" }, { "Long", "龙", "룽", "Long" }, { "Yun", "云", "윈", "Vân" },
			{ "Jin", "金", "진", "Kim" }, { "Shui", "水", "수이", "Thủy" }, { "Tian", "天", "톈", "Thiên" },
			{ "De", "德", "더", "Đức" }, { "Xing", "兴", "싱", "Hưng" }, { "Kang", "康", "캉", "Khang" },
			{ "Ming", "明", "밍", "Minh" } };

	/** Thai elements: romanised, Thai. */
	private static final String[][] TH_FIRST = { { "Ban", "บ้าน" }, { "Nong", "หนอง" }, { "Chiang", "เชียง" },
			{ "Mae", "แม่" }, { "Si", "ศรี" }, { "Wang", "วัง" }, { "Phra", "พระ" }, { "Khok", "โคก" },
			{ "Non", "โนน" }, { "Lam", "ลำ" }, { "Huai", "ห้วย" }, { "Tha", "ท่า" } };

	private static final String[][] TH_SECOND = { { "Sai", "ทราย" }, { "Kham", "คำ" }, { "Thong", "ทอง" },
			{ "Chai", "ชัย" }, { "Bua", "บัว" }, { "Yai", "ใหญ่" }, { "Noi", "น้อย" }, { "Sawang", "สว่าง" },
			{ "Daeng", "แดง" }, { "Phon", "พล" }, { "Khao", "ขาว" }, { "Luang", "หลวง" } };

	/** Lao elements: romanised, Lao. */
	private static final String[][] LA_FIRST = { { "Xai", "ໄຊ" }, { "Phon", "ໂພນ" }, { "Pak", "ປາກ" }, { "Na", "ນາ" },
			{ "Nong", "ໜອງ" }, { "Vang", "ວັງ" }, { "Xieng", "ຊຽງ" }, { "Hin", "ຫີນ" }, { "Ban", "ບ້ານ" },
			{ "Tha", "ທ່າ" } };

	private static final String[][] LA_SECOND = { { "Thong", "ທອງ" }, { "Kham", "ຄຳ" }, { "Xay", "ໄຊ" },
			{ "Hong", "ຫົງ" }, { "Ngeun", "ເງິນ" }, { "Sai", "ຊາຍ" }, { "Bok", "ບົກ" }, { "Ou", "ອູ" },
			{ "Beng", "ແບ່ງ" }, { "Khone", "ຄອນ" } };

	private static final String[] US_FIRST = { "Spring", "Green", "Oak", "River", "Fair", "Mill", "Lake", "Maple",
			"Cedar", "Pine", "Clear", "Rock", "Silver", "Red", "Bright", "Glen", "Elm", "Ash", "West", "North" };

	private static final String[] US_SECOND = { "field", "ville", "ton", "wood", "burg", "port", "dale", "view",
			"ford", "brook", "haven", "ridge" };

	private static final String[] FR_FIRST = { "Beau", "Mont", "Roche", "Val", "Fon", "Bel", "Cha", "Mar", "Ver",
			"Lan", "Cour", "Saint-Ger" };

	private static final String[] FR_SECOND = { "mont", "ville", "court", "fort", "lieu", "gny", "ac", "bourg",
			"celle", "main" };

	private static final String[] FR_SUFFIX = { "-sur-Loire", "-sur-Mer", "-en-Provence", "-les-Bains", "-le-Château" };

	private static final String[] DE_FIRST = { "Neu", "Alt", "Ober", "Unter", "Ros", "Lin", "Hohen", "Wald", "Stein",
			"Kirch", "Mühl", "Rot", "Schön", "Wein", "Eich" };

	private static final String[] DE_SECOND = { "burg", "dorf", "hausen", "heim", "stadt", "feld", "bach", "berg",
			"au", "ingen" };

	private static final String[] AU_FIRST = { "Kings", "Port", "Mount", "Glen", "Wood", "Bel", "Ash", "Black", "Bay",
			"Sun", "Hill", "Cran" };

	private static final String[] AU_SECOND = { "ton", "field", "wood", "vale", "bury", "brook", "more", "grove",
			"ridge", "park" };

	// ---- places -----------------------------------------------------------------------------------

	/** A municipal unit below a first-tier one: name, level and stems for the country. */
	static Place lowerUnit(Random random, String country, String code) {
		Place place;
		switch (country) {
			case "KR" -> {
				String[] a = pick(random, KR_SYLLABLES);
				String[] b = other(random, KR_SYLLABLES, a);
				String roman = a[0] + b[0].toLowerCase(Locale.ROOT);
				String hangul = a[1] + b[1];
				int kind = random.nextInt(100);
				String[] suffix = kind < 30 ? new String[] { "-eup", "읍", "thị trấn" }
						: kind < 75 ? new String[] { "-myeon", "면", "xã" } : new String[] { "-dong", "동", "phường" };
				place = Place.generated(code, country, "OTHER", roman, roman + suffix[0], hangul + suffix[1],
						hangul + suffix[1], suffix[2]);
				stems(place, roman, roman, hangul, hangul);
			}
			case "JP" -> {
				String[] a = pick(random, JP_SYLLABLES);
				String[] b = other(random, JP_SYLLABLES, a);
				String roman = a[0] + b[0].toLowerCase(Locale.ROOT);
				boolean city = random.nextInt(100) < 75;
				place = Place.generated(code, country, city ? "CITY" : "OTHER", roman, city ? roman : roman + " Town",
						a[2] + b[2] + (city ? "시" : "정"), a[1] + b[1] + (city ? "市" : "町"),
						city ? "thành phố" : "thị trấn");
				stems(place, roman, roman, a[2] + b[2], a[1] + b[1]);
			}
			case "CN" -> {
				String[] a = pick(random, CN_SYLLABLES);
				String[] b = other(random, CN_SYLLABLES, a);
				String pinyin = a[0] + b[0].toLowerCase(Locale.ROOT);
				String hanViet = a[3] + " " + b[3];
				boolean city = random.nextInt(100) < 70;
				place = Place.generated(code, country, city ? "CITY" : "COUNTY", hanViet,
						city ? pinyin : pinyin + " County", a[2] + b[2] + (city ? "시" : "현"),
						a[1] + b[1] + (city ? "市" : "县"), city ? "thành phố" : "huyện");
				stems(place, pinyin, hanViet, a[2] + b[2], a[1] + b[1]);
			}
			case "TH", "LA" -> {
				String[][] first = "TH".equals(country) ? TH_FIRST : LA_FIRST;
				String[][] second = "TH".equals(country) ? TH_SECOND : LA_SECOND;
				String[] a = pick(random, first);
				String[] b = pick(random, second);
				String roman = a[0] + " " + b[0];
				String script = a[1] + b[1];
				String prefix = "TH".equals(country) ? "อำเภอ" : "ເມືອງ";
				place = Place.generated(code, country, "DISTRICT", roman, roman + " District", null, prefix + script,
						"huyện");
				stems(place, roman, roman, null, script);
			}
			default -> {
				String name = westernName(random, country);
				boolean county = "US".equals(country) && random.nextInt(100) < 25;
				place = Place.generated(code, country, county ? "COUNTY" : "CITY", name,
						county ? name + " County" : name, null, name, county ? "hạt" : "thành phố");
				stems(place, name, name, null, name);
			}
		}
		return place;
	}

	private static String westernName(Random random, String country) {
		return switch (country) {
			case "US" -> pick(random, US_FIRST) + pick(random, US_SECOND);
			case "FR" -> pick(random, FR_FIRST) + pick(random, FR_SECOND)
					+ (random.nextInt(100) < 20 ? pick(random, FR_SUFFIX) : "");
			case "DE" -> (random.nextInt(100) < 8 ? "Bad " : "") + pick(random, DE_FIRST) + pick(random, DE_SECOND);
			default -> pick(random, AU_FIRST) + pick(random, AU_SECOND);
		};
	}

	private static void stems(Place place, String roman, String vi, String ko, String nativeStem) {
		place.stemRoman = roman;
		place.stemVi = vi;
		place.stemKo = ko;
		place.stemNative = nativeStem;
	}

	/** How a Vietnamese sentence names a reference unit's level: "tỉnh", "thành phố", "quận"… */
	static String levelWord(Place place) {
		return switch (place.level) {
			case "MUNICIPALITY", "PROVINCIAL_CITY", "SPECIAL_CITY", "METROPOLITAN_CITY", "CITY" -> "thành phố";
			case "PROVINCE", "PREFECTURE" -> "tỉnh";
			case "SPECIAL_SELF_GOVERNING_CITY" -> "thành phố tự trị đặc biệt";
			case "SPECIAL_SELF_GOVERNING_PROVINCE" -> "tỉnh tự trị đặc biệt";
			case "TOWN" -> "thị xã";
			case "COUNTY" -> "huyện";
			case "STATE" -> "bang";
			case "REGION" -> "vùng";
			case "DISTRICT" -> "VN".equals(place.country) && place.parent != null
					&& "MUNICIPALITY".equals(place.parent.level) ? "quận"
							: "VN".equals(place.country) ? "huyện" : "quận";
			default -> "";
		};
	}

	// ---- organisations ----------------------------------------------------------------------------

	/** A Vietnamese organisation seated in a province (or, for a district committee, a district). */
	static Body vnBody(Random random, String type, Place seat) {
		String phrase = seat.phrase();
		String en = seat.en == null ? seat.vi : seat.en;
		String ko = seat.ko;
		return switch (type) {
			case "DOFA" -> new Body(type, "VN", seat, "Sở Ngoại vụ " + phrase, en + " Department of Foreign Affairs",
					ko == null ? null : ko + " 외무국", null, null);
			case "DEPARTMENT" -> {
				String[] d = pick(random, DEPARTMENTS);
				yield new Body(type, "VN", seat, "Sở " + d[0] + " " + phrase, en + " Department of " + d[1],
						ko == null ? null : ko + " " + d[2], null, null);
			}
			case "UNIVERSITY" -> {
				String[] u = pick(random, VN_UNIVERSITIES);
				String english = en + " " + u[1];
				yield new Body(type, "VN", seat, "Trường Đại học " + u[0] + seat.vi, english,
						ko == null ? null : ko + " 대학교", null, initials(english));
			}
			case "BUSINESS" -> {
				String[] b = pick(random, VN_BUSINESSES);
				yield new Body(type, "VN", seat, "Công ty Cổ phần " + b[0] + " " + seat.vi,
						en + " " + b[1] + " Joint Stock Company", null, null, null);
			}
			case "ASSOCIATION" -> new Body(type, "VN", seat, "Liên hiệp các tổ chức hữu nghị " + phrase,
					en + " Union of Friendship Organisations", ko == null ? null : ko + " 우호단체연합회", null, null);
			case "RESEARCH_INSTITUTE" -> new Body(type, "VN", seat, "Viện Nghiên cứu Phát triển " + phrase,
					en + " Institute for Development Studies", null, null, null);
			case "DISTRICT_COMMITTEE" -> new Body(type, "VN", seat, "Ủy ban nhân dân " + phrase,
					en + " People's Committee", null, null, null);
			default -> throw new IllegalArgumentException(type);
		};
	}

	/** A foreign organisation named after the municipal unit it is seated in. */
	static Body foreignBody(Random random, String type, String country, Place seat) {
		String r = seat.stemRoman;
		String v = seat.stemVi;
		String k = seat.stemKo;
		String n = seat.stemNative;
		return switch (type) {
			case "UNIVERSITY" -> {
				boolean national = "KR".equals(country) && random.nextInt(100) < 30;
				String en = r + (national ? " National University" : " University");
				String ko = k == null ? null : "KR".equals(country) ? k + (national ? "국립대학교" : "대학교") : k + " 대학";
				String nativeName = switch (country) {
					case "KR" -> ko;
					case "JP", "CN" -> n + "大学";
					case "TH" -> "มหาวิทยาลัย" + n;
					case "LA" -> "ມະຫາວິທະຍາໄລ" + n;
					case "DE" -> "Universität " + r;
					case "FR" -> "Université de " + r;
					default -> en;
				};
				yield new Body(type, country, seat, "Trường Đại học " + (national ? "Quốc gia " : "") + v, en, ko,
						nativeName, random.nextInt(100) < 60 ? initials(en) : null);
			}
			case "BUSINESS" -> {
				String[] i = pick(random, INDUSTRIES);
				String en = r + " " + i[1] + ("DE".equals(country) ? " GmbH" : "FR".equals(country) ? " SA" : " Co., Ltd.");
				String ko = k == null ? null : k + i[2] + " 주식회사";
				String nativeName = switch (country) {
					case "KR" -> "(주)" + k + i[2];
					case "JP" -> n + i[3] + "株式会社";
					case "CN" -> n + i[4] + "有限公司";
					default -> en;
				};
				yield new Body(type, country, seat, "Công ty " + i[0] + " " + v, en, ko, nativeName, null);
			}
			case "FOREIGN_NGO" -> {
				String en = r + " Community Development Foundation";
				yield new Body(type, country, seat, "Quỹ Phát triển Cộng đồng " + v, en,
						"KR".equals(country) ? k + "지역사회개발재단" : null,
						"KR".equals(country) ? k + "지역사회개발재단" : en, initials(en));
			}
			case "ASSOCIATION" -> {
				String nativeName = switch (country) {
					case "KR" -> k + "-베트남 친선협회";
					case "JP" -> n + "ベトナム友好協会";
					case "CN" -> n + "越南友好协会";
					default -> r + "–Vietnam Friendship Association";
				};
				yield new Body(type, country, seat, "Hội Hữu nghị " + v + " – Việt Nam",
						r + "–Vietnam Friendship Association", k == null ? null : k + "-베트남 친선협회", nativeName, null);
			}
			case "RESEARCH_INSTITUTE" -> {
				String nativeName = switch (country) {
					case "KR" -> k + "연구원";
					case "JP" -> n + "研究所";
					case "CN" -> n + "研究院";
					default -> r + " Research Institute";
				};
				yield new Body(type, country, seat, "Viện Nghiên cứu " + v, r + " Research Institute",
						k == null ? null : k + "연구원", nativeName, null);
			}
			default -> throw new IllegalArgumentException(type);
		};
	}

	private static String initials(String english) {
		StringBuilder s = new StringBuilder();
		for (String word : english.split("[\\s–-]+")) {
			if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
				s.append(word.charAt(0));
			}
		}
		return s.length() < 2 ? null : s.toString();
	}

	// ---- titles -----------------------------------------------------------------------------------

	static String fieldsPhrase(Set<CooperationField> fields) {
		List<String> names = fields.stream().sorted().map(FIELD_VI::get).toList();
		if (names.isEmpty()) {
			return FIELD_VI.get(CooperationField.OTHER);
		}
		if (names.size() == 1) {
			return names.get(0);
		}
		return String.join(", ", names.subList(0, names.size() - 1)) + " và " + names.get(names.size() - 1);
	}

	static String partnershipTitle(PartnershipType type, String vn, String foreign) {
		String prefix = switch (type) {
			case FRIENDSHIP -> "Quan hệ hữu nghị";
			case SISTER -> "Quan hệ kết nghĩa";
			case COOPERATION -> "Quan hệ hợp tác";
			case LETTER_OF_INTENT -> "Quan hệ hợp tác theo thư ý định";
			case PROJECT_BASED -> "Hợp tác theo dự án";
			default -> "Quan hệ";
		};
		return prefix + " giữa " + vn + " và " + foreign;
	}

	/**
	 * A realistic Vietnamese title. Công ước, định ước, hiệp ước and hiệp định appear only in treaties,
	 * which are national.
	 */
	static String agreementTitle(Random random, AgreementKind kind, LegalBasis basis, Side vn, Side foreign,
			Set<CooperationField> fields) {
		String vnSigner = vn.place() != null ? "Ủy ban nhân dân " + vn.place().phrase() : vn.body().vi;
		String foreignSigner = foreign.phrase() + " (" + COUNTRY_VI.get(foreign.country()) + ")";
		String topic = fieldsPhrase(fields);
		Set<CooperationField> project = fields.stream()
			.filter(f -> f != CooperationField.DEVELOPMENT_AID)
			.collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(CooperationField.class)));
		String projectTopic = project.isEmpty() ? "cơ sở hạ tầng" : fieldsPhrase(project);
		return switch (basis) {
			case TREATY -> "Hiệp định giữa Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam và Chính phủ "
					+ COUNTRY_FORMAL.get(foreign.country()) + " về hợp tác " + topic;
			case ODA_LOAN_AGREEMENT -> "Thỏa thuận vay vốn ưu đãi giữa " + vnSigner + " và " + foreignSigner
					+ " cho dự án phát triển " + projectTopic;
			case NGO_AID_AGREEMENT -> "Thỏa thuận tiếp nhận viện trợ phi chính phủ nước ngoài giữa " + vnSigner + " và "
					+ foreignSigner + " cho dự án hỗ trợ " + projectTopic;
			case CIVIL_CONTRACT -> "Hợp đồng hợp tác về " + topic + " giữa " + vnSigner + " và " + foreignSigner;
			default -> {
				String name = switch (kind) {
					case MOU -> "Bản ghi nhớ hợp tác";
					case AGREEMENT -> "Thỏa thuận hợp tác";
					case MINUTES_OF_AGREEMENT -> "Biên bản thỏa thuận hợp tác";
					case MINUTES_OF_EXCHANGE -> "Biên bản trao đổi";
					case COOPERATION_PROGRAMME -> "Chương trình hợp tác";
					case COOPERATION_PLAN -> "Kế hoạch hợp tác";
					case LETTER_OF_INTENT -> "Thư ý định hợp tác";
					default -> "Văn bản hợp tác";
				};
				int form = random.nextInt(100);
				yield form < 15 ? name + " về " + topic + " giữa " + vnSigner + " và " + foreignSigner
						: form < 35 ? name + " giữa " + vnSigner + " và " + foreignSigner + " trong lĩnh vực " + topic
								: name + " giữa " + vnSigner + " và " + foreignSigner + " về " + topic;
			}
		};
	}

	// ---- people -----------------------------------------------------------------------------------

	private static final String[] VN_SURNAMES = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ",
			"Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý" };

	private static final String[] VN_MIDDLE = { "Văn", "Thị", "Đức", "Minh", "Quốc", "Thanh", "Hữu", "Ngọc", "Xuân",
			"Công" };

	private static final String[] VN_GIVEN = { "An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hùng", "Lan",
			"Long", "Mai", "Nam", "Phong", "Quang", "Sơn", "Thắng", "Trung", "Tuấn", "Vinh", "Yến", "Hương", "Khánh" };

	private static final Map<String, String[][]> FOREIGN_PEOPLE = Map.of("KR",
			new String[][] { { "Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim" },
					{ "Min-su", "Ji-hoon", "Seo-yeon", "Hyun-woo", "Young-ho", "Sung-min", "Eun-ji", "Dong-hyun",
							"Jae-won", "Hye-jin" } },
			"JP",
			new String[][] { { "Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura" },
					{ "Hiroshi", "Takeshi", "Kenji", "Yuko", "Akira", "Naoki", "Keiko", "Haruto" } },
			"CN",
			new String[][] { { "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang" },
					{ "Wei", "Fang", "Min", "Jing", "Lei", "Qiang", "Jun", "Yan" } },
			"TH",
			new String[][] { { "Srisuk", "Thongdee", "Boonmee", "Saetang", "Rattanakul", "Chaiyasit" },
					{ "Somchai", "Suda", "Prasert", "Malee", "Anan", "Kanya", "Wichai" } },
			"LA",
			new String[][] { { "Phommachanh", "Sisavath", "Keomany", "Vongsa", "Inthavong" },
					{ "Somphone", "Bounmy", "Khamphanh", "Vilay", "Souksavanh", "Phonesavanh" } },
			"FR",
			new String[][] { { "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand" },
					{ "Jean", "Marie", "Pierre", "Sophie", "Michel", "Isabelle", "Philippe", "Claire" } },
			"DE",
			new String[][] { { "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker" },
					{ "Thomas", "Sabine", "Michael", "Andrea", "Stefan", "Petra", "Klaus", "Ursula" } },
			"EN",
			new String[][] { { "Smith", "Johnson", "Brown", "Taylor", "Miller", "Wilson", "Anderson", "Clark" },
					{ "James", "Mary", "Robert", "Linda", "Michael", "Sarah", "David", "Emily" } });

	/** A person's name as written in the country's documents (romanised); null one time in seven. */
	static String person(Random random, String country) {
		if (random.nextInt(7) == 0) {
			return null;
		}
		if ("VN".equals(country)) {
			return pick(random, VN_SURNAMES) + " " + pick(random, VN_MIDDLE) + " " + pick(random, VN_GIVEN);
		}
		String[][] names = FOREIGN_PEOPLE.getOrDefault(country, FOREIGN_PEOPLE.get("EN"));
		String family = pick(random, names[0]);
		String given = pick(random, names[1]);
		return switch (country) {
			case "KR", "JP", "CN" -> family + " " + given;
			default -> given + " " + family;
		};
	}

	static String vnSignatoryTitle(Random random, Side vn) {
		if (vn.place() != null) {
			return (vn.place().topLevel && random.nextInt(100) < 40 ? "Phó Chủ tịch" : "Chủ tịch")
					+ " Ủy ban nhân dân " + vn.place().phrase();
		}
		return switch (vn.body().type) {
			case "MINISTRY" -> "Bộ trưởng";
			case "DOFA" -> "Giám đốc Sở Ngoại vụ";
			case "DEPARTMENT" -> "Giám đốc Sở";
			case "UNIVERSITY" -> "Hiệu trưởng";
			case "BUSINESS" -> "Tổng Giám đốc";
			case "RESEARCH_INSTITUTE" -> "Viện trưởng";
			case "DISTRICT_COMMITTEE" -> "Chủ tịch Ủy ban nhân dân";
			default -> "Chủ tịch";
		};
	}

	static String foreignSignatoryTitle(Side foreign) {
		if (foreign.place() != null) {
			Place p = foreign.place();
			String head = switch (p.level) {
				case "PREFECTURE", "PROVINCE", "SPECIAL_SELF_GOVERNING_PROVINCE" -> "Tỉnh trưởng";
				case "STATE" -> "Thống đốc";
				case "REGION" -> "Chủ tịch Hội đồng";
				case "COUNTY" -> "Người đứng đầu";
				case "DISTRICT", "OTHER" -> "Trưởng";
				default -> "Thị trưởng";
			};
			return head + " " + p.phrase();
		}
		return switch (foreign.body().type) {
			case "UNIVERSITY" -> "Hiệu trưởng";
			case "BUSINESS" -> "Chủ tịch";
			case "FOREIGN_NGO" -> "Giám đốc quốc gia";
			case "DONOR_AGENCY" -> "Trưởng đại diện tại Việt Nam";
			case "RESEARCH_INSTITUTE" -> "Viện trưởng";
			default -> "Chủ tịch";
		};
	}

	private static String[] other(Random random, String[][] values, String[] not) {
		String[] value = pick(random, values);
		while (value == not) {
			value = pick(random, values);
		}
		return value;
	}

	private static <T> T pick(Random random, T[] values) {
		return values[random.nextInt(values.length)];
	}

}
