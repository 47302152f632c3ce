package vn.hoptac;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * A person never reads a code: the main pages, rendered in Vietnamese, English and Korean for the
 * roles that use them, contain no constant of any enum of the application in their visible text
 * (text, titles, labels and placeholders), only its label.
 */
@ApiTest
class NoCodeOnPagesTests {

	/** Acronyms that are words of the domain as well as codes ("dự án ODA", "DOFA leadership"). */
	static final Set<String> ALSO_WORDS = Set.of("ODA", "NGO", "MOU", "VN", "DOFA", "FDI");

	static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\\b");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Test
	void noPageShowsAnEnumConstant() throws Exception {
		Api admin = new Api(mvc).as("admin");
		Set<String> codes = enumConstants();
		assertThat(codes).contains("SENT_FOR_MOFA_OPINION", "IN_FORCE", "PROPOSED", "BEFORE_MONTH", "PROVINCE_OFFICER");
		long agreement = withRecentAction();
		long partnership = ((Number) Api.read(admin.get("/api/v1/partnerships?q={q}", "Thái Nguyên Gyeongsangbuk"),
				"$.items[0].id")).longValue();
		long bounded = ((Number) Api.read(admin.get("/api/v1/partnerships?q={q}", "Đà Nẵng Houston"), "$.items[0].id"))
			.longValue();
		long organisation = ((Number) Api.read(admin.get("/api/v1/organisations?q={q}", "KOICA"), "$.items[0].id"))
			.longValue();
		long locality = admin.localityId("VN-19");
		PageReader pages = new PageReader(mvc, userDetails);

		Map<String, List<String>> pagesByUser = new LinkedHashMap<>();
		pagesByUser.put("admin", List.of("/", "/admin/audit", "/admin/users", "/admin/exchange-rates", "/admin/outbox", "/agreements/" + agreement + "/history",
				"/partnerships/" + partnership + "/history", "/partnerships/" + bounded + "/history"));
		pagesByUser.put("mofa", List.of("/", "/partnerships", "/agreements", "/organisations", "/localities",
				"/search?q=thai+nguyen", "/admin/audit"));
		pagesByUser.put("thainguyen", List.of("/", "/partnerships", "/agreements", "/agreements/" + agreement,
				"/partnerships/" + partnership, "/partnerships/" + bounded, "/organisations/" + organisation,
				"/localities/" + locality, "/agreements/" + agreement + "/history", "/search?q=gyeongsangbuk",
				"/account"));
		pagesByUser.put("partner", List.of("/", "/partnerships", "/agreements"));
		long delegation = ((Number) Api.read(admin.get("/api/v1/delegations?q=boras"), "$.items[0].id")).longValue();
		List<String> danang = new ArrayList<>(List.of("/delegations", "/delegations/" + delegation,
				"/delegations/" + delegation + "/history",
				"/delegations/stats?groupBy=direction&locality=" + admin.localityId("VN-48"), "/delegations/new",
				"/delegation-plans", "/delegation-plans/new"));
		danang.addAll(exchangeAndEventPages(admin));
		danang.addAll(List.of("/projects", "/projects?status=1", "/projects/new"));
		danang.addAll(List.of("/reviews", "/reviews/new", "/attention", "/attention?province=")); // reviews and health
		Number forum = Api.read(admin.get("/api/v1/forums?q={q}", "Phát triển Đô thị"), "$.items[0].id");
		danang.addAll(List.of("/forums", "/forums/new", "/forums/" + forum, "/forums/" + forum + "/history", "/forums/" + forum + "/edit"));
		Number framework = Api.read(admin.get("/api/v1/frameworks?q={q}", "Gyeongsangbuk"), "$.items[0].id");
		Number indicator = Api.read(admin.get("/api/v1/indicators?framework={f}", framework), "$.items[0].id");
		danang.addAll(List.of("/frameworks", "/frameworks?scope=NATION", "/indicators", "/indicators?measure=UNIT", "/plans",
				"/frameworks/" + framework, "/frameworks/" + framework + "/iptt", "/frameworks/" + framework + "/history",
				"/indicators/" + indicator, "/indicators/" + indicator + "/history"));
		danang.addAll(List.of("/dashboards", "/dashboards?province=VN-48", "/analytics/network", "/analytics/network?province=VN-48"));
		pagesByUser.put("danang", danang);
		pagesByUser.put("langson", List.of("/conferences", "/ngos", "/conferences/year/2009", "/conferences/year/2017"));
		pagesByUser.put("thainguyen-lead", List.of("/feedback", "/feedback/forms", "/feedback/forms/new", "/reports",
				"/reports?province=VN-19&kind=semiannual&year=2021&half=2")); // feedback, reports
		Number policy = Api.read(admin.get("/api/v1/policies?q={q}", "70/2020"), "$.items[0].id");
		pagesByUser.merge("mofa", List.of("/policies", "/policies/new", "/policies/" + policy, "/policies/" + policy + "/history", "/policies/" + policy + "/edit"), (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList());

		Map<String, Set<String>> found = new LinkedHashMap<>();
		for (String language : List.of("vi", "en", "ko")) {
			for (Map.Entry<String, List<String>> user : pagesByUser.entrySet()) {
				for (String path : user.getValue()) {
					Set<String> shown = codesIn(visibleText(pages.read(user.getKey(), language, path)), codes);
					if (!shown.isEmpty()) {
						found.put(language + " " + user.getKey() + " " + path, shown);
					}
				}
			}
		}
		assertThat(found).isEmpty();
	}

	/** An agreement of Thái Nguyên with an action just recorded: the home page's and audit log's latest change. */
	private long withRecentAction() throws Exception {
		Api officer = new Api(mvc).as("thainguyen");
		long id = Api.id(officer.post("/api/v1/agreements", """
				{"title": "Bản ghi nhớ kiểm tra nhãn", "kind": "MOU", "legalBasis": "INTERNATIONAL_AGREEMENT",
				 "level": "PROVINCE", "signedOn": "..2020-12",
				 "parties": [{"side": "VN", "localityId": %d}, {"side": "FOREIGN", "localityId": %d}]}"""
			.formatted(officer.localityId("VN-19"), officer.localityId("KR-37390"))));
		officer.post("/api/v1/agreements/{id}/actions", """
				{"type": "SENT_FOR_MOFA_OPINION", "date": "%s"}"""
			.formatted(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1)), id);
		return id;
	}

	/** What a reader sees: text outside tags, and the titles, labels and placeholders of elements. */
	static String visibleText(String html) {
		String page = html.replaceAll("(?s)<script.*?</script>|<style.*?</style>|<!--.*?-->", " ");
		StringBuilder text = new StringBuilder();
		Matcher attributes = Pattern.compile("(?:title|aria-label|placeholder|alt)=\"([^\"]*)\"").matcher(page);
		while (attributes.find()) {
			text.append(attributes.group(1)).append('\n');
		}
		text.append(page.replaceAll("(?s)<[^>]*>", " "));
		return HtmlUtils.htmlUnescape(text.toString());
	}

	static Set<String> codesIn(String text, Set<String> codes) {
		Set<String> shown = new TreeSet<>();
		Matcher word = CODE.matcher(text);
		while (word.find()) {
			if (codes.contains(word.group()) && !ALSO_WORDS.contains(word.group())) {
				shown.add(word.group());
			}
		}
		return shown;
	}

	/** The constants of every enum in the application's packages. */
	static Set<String> enumConstants() throws ClassNotFoundException {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {

			@Override
			protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
				return true;
			}

		};
		scanner.addIncludeFilter((reader, factory) -> "java.lang.Enum".equals(reader.getClassMetadata().getSuperClassName()));
		Set<String> constants = new TreeSet<>();
		List<Class<?>> enums = new ArrayList<>();
		for (BeanDefinition definition : scanner.findCandidateComponents("vn.hoptac")) {
			enums.add(Class.forName(definition.getBeanClassName()));
		}
		for (Class<?> type : enums) {
			for (Object constant : type.getEnumConstants()) {
				constants.add(((Enum<?>) constant).name());
			}
		}
		return constants;
	}

	/** The pages of exchanges, events, memberships and awards, each kind with a seeded record, its history and form. */
	private static List<String> exchangeAndEventPages(Api admin) throws Exception {
		List<String> paths = new java.util.ArrayList<>(List.of("/exchanges", "/exchanges/new", "/events", "/events/new",
				"/memberships", "/memberships/new", "/awards", "/awards/new", "/exchanges?groupBy=SEX",
				"/exchanges?groupBy=KIND"));
		for (String[] kind : new String[][] { { "exchanges", "K2H" }, { "events", "APEC 2017" },
				{ "memberships", "CityNet" }, { "awards", "ASOCIO" } }) {
			Number id = Api.read(admin.get("/api/v1/" + kind[0] + "?q={q}", kind[1]), "$.items[0].id");
			paths.addAll(List.of("/" + kind[0] + "/" + id, "/" + kind[0] + "/" + id + "/history",
					"/" + kind[0] + "/" + id + "/edit"));
		}
		return paths;
	}

}
