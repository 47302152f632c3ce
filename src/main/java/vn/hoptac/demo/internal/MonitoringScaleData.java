package vn.hoptac.demo.internal;

import static vn.hoptac.demo.internal.BatchInserts.NULL_LONG;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.hoptac.shared.Text;

/**
 * Monitoring data at national scale for the benchmarks: a 2021–2025 plan and its framework per
 * province, the nation's framework, and a framework per partnership; three results (output, outcome,
 * impact) with two indicators each; ten half-year periods per indicator with a target and an
 * approved actual; and the actuals' disaggregated values (sex, age group, commune) until the wanted
 * number of indicator values is reached. Rows go in as plain JDBC batches, search and sort keys as
 * the entities compute them.
 */
final class MonitoringScaleData {

	private static final String[] LEVELS = { "OUTPUT", "OUTCOME", "IMPACT" };

	private static final String[][] INDICATORS = {
			{ "Số đoàn trao đổi được tổ chức", "UNIT", "đoàn" },
			{ "Số cán bộ được đào tạo", "UNIT", "người" },
			{ "Số thỏa thuận được triển khai", "UNIT", "thỏa thuận" },
			{ "Tỷ lệ dự án giải ngân đúng hạn", "PERCENTAGE", "%" },
			{ "Thu nhập bình quân của hộ hưởng lợi", "UNIT", "triệu đồng" },
			{ "Tỷ lệ hộ nghèo tại xã hưởng lợi", "PERCENTAGE", "%" } };

	private static final String[][] CATEGORIES = { { "sex", "nam" }, { "sex", "nữ" }, { "age", "dưới 30" },
			{ "age", "30–50" }, { "age", "trên 50" }, { "commune", "xã 1" }, { "commune", "xã 2" },
			{ "commune", "xã 3" } };

	private static final int PERIODS = 10;

	private static final int FIRST_YEAR = 2021;

	private final JdbcTemplate jdbc;

	private final BatchInserts batches;

	private final Random random;

	private final String source;

	private final OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);

	/** A framework to fill: its scope, owner province, visibility and what it is attached to. */
	private record Frame(String title, String scope, Object planId, Object partnershipId, Object localityId,
			Object province, String visibility) {
	}

	MonitoringScaleData(JdbcTemplate jdbc, Random random, String source) {
		this.jdbc = jdbc;
		this.batches = new BatchInserts(jdbc);
		this.random = random;
		this.source = source;
	}

	/** Plans, frameworks, results, indicators, periods, approved updates and {@code values} disaggregated values. */
	Map<String, Integer> generate(List<Long> provinceIds, int values) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		List<Frame> frames = new ArrayList<>();
		List<Object[]> planRows = new ArrayList<>();
		Map<Long, String> provinceNames = new LinkedHashMap<>();
		for (long province : provinceIds) {
			String name = jdbc.queryForObject("select name_vi from locality where id = ?", String.class, province);
			provinceNames.put(province, name);
			String title = "Kế hoạch hợp tác quốc tế giai đoạn 2021–2025 của " + name;
			String objective = "Nâng cao hiệu quả hợp tác quốc tế của " + name;
			planRows.add(new Object[] { title, FIRST_YEAR, FIRST_YEAR + 4, province, searchText(title, objective),
					sortKey(title), source, province, "PUBLIC", now, now });
		}
		List<Long> planIds = batches.insertReturningIds("insert into cooperation_plan (title, year_from, year_to, "
				+ "locality_id, search_text, sort_key, source, owner_province_id, visibility, created_at, updated_at, "
				+ "version) values (?,?,?,?,?,?,?,?,?,?,?,0)", planRows);
		List<Object[]> objectiveRows = new ArrayList<>();
		int p = 0;
		for (var province : provinceNames.entrySet()) {
			long planId = planIds.get(p++);
			objectiveRows.add(new Object[] { planId, 0, "Nâng cao hiệu quả hợp tác quốc tế của " + province.getValue() });
			frames.add(new Frame("Khung kết quả kế hoạch hợp tác của " + province.getValue(), "PLAN", planId, NULL_LONG,
					NULL_LONG, province.getKey(), "PUBLIC"));
		}
		batches.insert("insert into cooperation_plan_objective (plan_id, position, objective) values (?,?,?)",
				objectiveRows);
		counts.put("cooperation_plan", planIds.size());
		frames.add(new Frame("Khung chỉ số hợp tác quốc tế của địa phương toàn quốc", "NATION", NULL_LONG, NULL_LONG,
				NULL_LONG, NULL_LONG, "PUBLIC"));
		jdbc.query("select id, title, owner_province_id, visibility from partnership "
				+ "where owner_province_id is not null order by id",
				rs -> { frames.add(new Frame("Khung kết quả " + rs.getString(2), "PARTNERSHIP", NULL_LONG,
						rs.getLong(1), NULL_LONG, rs.getLong(3), rs.getString(4))); });
		List<Object[]> frameworkRows = frames.stream()
			.map(f -> new Object[] { f.title(), f.scope(), f.planId(), f.partnershipId(), f.localityId(),
					searchText(f.title()), sortKey(f.title()), source, f.province(), f.visibility(), now, now })
			.toList();
		List<Long> frameworkIds = batches.insertReturningIds("insert into results_framework (title, scope, plan_id, "
				+ "partnership_id, locality_id, search_text, sort_key, source, owner_province_id, visibility, "
				+ "created_at, updated_at, version) values (?,?,?,?,?,?,?,?,?,?,?,?,0)", frameworkRows);
		counts.put("results_framework", frameworkIds.size());

		List<Object[]> resultRows = new ArrayList<>();
		for (long framework : frameworkIds) {
			for (int level = 0; level < LEVELS.length; level++) {
				resultRows.add(new Object[] { framework, level, LEVELS[level], "Kết quả " + (level + 1) });
			}
		}
		List<Long> resultIds = batches.insertReturningIds(
				"insert into framework_result (framework_id, position, level, title) values (?,?,?,?)", resultRows);
		counts.put("framework_result", resultIds.size());

		List<Object[]> indicatorRows = new ArrayList<>();
		List<Frame> indicatorFrames = new ArrayList<>();
		for (int f = 0; f < frameworkIds.size(); f++) {
			Frame frame = frames.get(f);
			for (int i = 0; i < INDICATORS.length; i++) {
				String[] kind = INDICATORS[i];
				String title = kind[0];
				boolean ascending = !title.startsWith("Tỷ lệ hộ nghèo");
				indicatorRows.add(new Object[] { frameworkIds.get(f), resultIds.get(f * LEVELS.length + i / 2), title,
						kind[1], ascending, kind[2], FIRST_YEAR - 1, baseline(kind[1]), searchText(title, kind[2]),
						sortKey(title), source, frame.province(), frame.visibility(), now, now });
				indicatorFrames.add(frame);
			}
		}
		List<Long> indicatorIds = batches.insertReturningIds("insert into indicator (framework_id, result_id, title, "
				+ "measure, ascending, unit, baseline_year, baseline_value, search_text, sort_key, source, "
				+ "owner_province_id, visibility, created_at, updated_at, version) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)",
				indicatorRows);
		counts.put("indicator", indicatorIds.size());

		List<Object[]> periodRows = new ArrayList<>();
		for (int i = 0; i < indicatorIds.size(); i++) {
			String measure = (String) indicatorRows.get(i)[3];
			for (int k = 0; k < PERIODS; k++) {
				LocalDate start = LocalDate.of(FIRST_YEAR + k / 2, k % 2 == 0 ? 1 : 7, 1);
				periodRows.add(new Object[] { indicatorIds.get(i), k, start, "MONTH", start.plusMonths(6).minusDays(1),
						"MONTH", value(measure), value(measure), "EXACT" });
			}
		}
		List<Long> periodIds = batches.insertReturningIds("insert into indicator_period (indicator_id, position, "
				+ "start_on, start_precision, end_on, end_precision, target_value, actual_value, actual_qualifier) "
				+ "values (?,?,?,?,?,?,?,?,?)", periodRows);
		counts.put("indicator_period", periodIds.size());

		List<Object[]> updateRows = new ArrayList<>();
		for (int i = 0; i < periodIds.size(); i++) {
			Object[] period = periodRows.get(i);
			Frame frame = indicatorFrames.get(i / PERIODS);
			OffsetDateTime decided = ((LocalDate) period[4]).plusDays(20 + random.nextInt(40))
				.atStartOfDay()
				.atOffset(ZoneOffset.UTC);
			updateRows.add(new Object[] { period[0], periodIds.get(i), "APPROVED", period[7], "EXACT", "generator",
					"generator", decided.minusDays(5), "generator", decided, frame.province(), frame.visibility(),
					decided.minusDays(10), decided });
		}
		List<Long> updateIds = batches.insertReturningIds("insert into indicator_update (indicator_id, period_id, "
				+ "status, actual_value, qualifier, created_by, submitted_by, submitted_at, decided_by, decided_at, "
				+ "owner_province_id, visibility, created_at, updated_at, version) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)",
				updateRows);
		counts.put("indicator_update", updateIds.size());
		jdbc.update("update indicator_period set actual_update_id = (select max(u.id) from indicator_update u "
				+ "where u.period_id = indicator_period.id)");

		List<Object[]> valueRows = new ArrayList<>(values);
		int perUpdate = updateIds.isEmpty() ? 0 : values / updateIds.size();
		int extra = updateIds.isEmpty() ? 0 : values % updateIds.size();
		for (int u = 0; u < updateIds.size(); u++) {
			int count = Math.min(CATEGORIES.length, perUpdate + (u < extra ? 1 : 0));
			for (int c = 0; c < count; c++) {
				valueRows.add(new Object[] { updateIds.get(u), c, CATEGORIES[c][0], CATEGORIES[c][1],
						BigDecimal.valueOf(1 + random.nextInt(500)) });
			}
		}
		counts.put("indicator_update_value", batches.insert("insert into indicator_update_value (update_id, "
				+ "position, dimension, category, actual_value) values (?,?,?,?,?)", valueRows));
		return counts;
	}

	private BigDecimal baseline(String measure) {
		return value(measure);
	}

	/** A count of tens, or a rate between 1 and 99 %. */
	private BigDecimal value(String measure) {
		return "PERCENTAGE".equals(measure)
				? BigDecimal.valueOf(100 + random.nextInt(9800)).divide(BigDecimal.valueOf(100), 2, RoundingMode.UNNECESSARY)
				: BigDecimal.valueOf(1 + random.nextInt(200));
	}

	private static String searchText(String... text) {
		return Text.fit(Text.searchText(text), 3000);
	}

	private static String sortKey(String title) {
		return Text.fit(Text.sortKey(title), 1200);
	}

}
