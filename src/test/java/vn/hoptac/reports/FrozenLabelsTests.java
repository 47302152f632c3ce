package vn.hoptac.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoptac.reports.ReportApiTests.body;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.json.JsonMapper;
import vn.hoptac.Api;
import vn.hoptac.ApiTest;
import vn.hoptac.shared.Names;

/**
 * A submitted report keeps its labels as they read when it was sent, in the three languages beside
 * the keys: the stored figures hold what the bundles rendered then, and the report reads from them
 * ever after, whatever the bundles say later.
 */
@ApiTest
class FrozenLabelsTests {

	private static final String PATH = "/api/v1/reports/semiannual?province=VN-19&year=2015&half=2";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void aSubmittedReportReadsWithTheLabelsItWasSentWith() throws Exception {
		Api lead = new Api(mvc).as("thainguyen-lead");
		// a kept test database may hold an earlier run's submission: new text opens the next version
		List<Number> read = JsonPath.read(body(lead.get(PATH)), "$..report.version");
		String draft = body(lead.put("/api/v1/reports/semiannual/text", """
				{"province": "VN-19", "year": 2015, "half": 2, "summary": "Tổng quan", "version": %s}"""
			.formatted(read.isEmpty() ? "null" : read.get(0))));
		Number version = JsonPath.read(draft, "$.report.version");
		body(lead.post("/api/v1/reports/semiannual/submissions", """
				{"province": "VN-19", "year": 2015, "half": 2, "version": %s}""".formatted(version)));

		String stored = frozen();
		ReportFigures figures = json.readValue(stored, ReportFigures.class);
		assertThat(figures.codes()).contains("reports.section.partnerships", "reports.row.partnershipsNew",
				"enum.ExchangeDirection.OUTBOUND", "reports.column.item");
		for (String code : figures.codes()) {
			assertThat(figures.labels().get(code)).as(code)
				.isEqualTo(new Names(label(code, "vi"), label(code, "en"), label(code, "ko"), null));
		}
		assertThat(figures.sections()).extracting(ReportFigures.Section::key).contains("partnerships");

		// the labels' source changes after submission: the report reads as it was sent, in every language
		Map<String, Names> changed = new java.util.TreeMap<>(figures.labels());
		changed.put("reports.section.partnerships", new Names("Đối tác như đã gửi", "Partners as sent", "보낸 대로", null));
		jdbc.sql("update report set frozen_figures = ? where id = ?")
			.params(json.writeValueAsString(new ReportFigures(figures.sections(), changed)), reportId())
			.update();
		Map<String, String> sent = Map.of("vi", "Đối tác như đã gửi", "en", "Partners as sent", "ko", "보낸 대로");
		for (var language : sent.entrySet()) {
			String report = body(lead.get(PATH + "&lang=" + language.getKey()));
			assertThat(JsonPath.<List<String>>read(report, "$.sections[?(@.key == 'partnerships')].title")).as(language.getKey())
				.containsExactly(language.getValue());
		}
		// a live report reads the bundles
		assertThat(JsonPath.<List<String>>read(body(lead.get(PATH.replace("half=2", "half=1") + "&lang=en")),
				"$.sections[?(@.key == 'partnerships')].title"))
			.containsExactly(label("reports.section.partnerships", "en"));
	}

	private String label(String code, String language) {
		return messages.getMessage(code, null, Locale.forLanguageTag(language));
	}

	private long reportId() {
		return jdbc.sql("""
				select r.id from report r join locality l on l.id = r.province_id
				where l.code = 'VN-19' and r.kind = 'SEMIANNUAL' and r.period_year = 2015 and r.period_half = 2
				order by r.number desc""").query(Long.class).list().get(0);
	}

	private String frozen() {
		return jdbc.sql("select frozen_figures from report where id = ?").param(reportId()).query(String.class).single();
	}

}
