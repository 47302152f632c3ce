package vn.hoptac.demo.internal;

import static vn.hoptac.demo.internal.BatchInserts.NULL_LONG;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.hoptac.delegations.DelegationRank;
import vn.hoptac.projects.ProjectModality;
import vn.hoptac.shared.Text;

/**
 * Delegations and projects (with participants, sectors and transactions) at national scale for the
 * benchmarks, drawn over the localities, organisations and partnerships already in the database.
 * Rows go in as plain JDBC batches; search and sort keys are computed as the entities compute them,
 * money is exact, and each transaction's đồng and dollar equivalents use the shipped yearly rates
 * (so transactions fall in years that have one).
 */
final class FlowScaleData {

	private static final String[] PURPOSES = { "hợp tác giáo dục và đào tạo", "xúc tiến đầu tư và thương mại",
			"giao lưu văn hóa, thể thao", "hợp tác y tế", "hợp tác nông nghiệp công nghệ cao", "phát triển du lịch",
			"hợp tác khoa học và công nghệ", "bảo vệ môi trường và ứng phó biến đổi khí hậu",
			"kỷ niệm quan hệ kết nghĩa", "trao đổi kinh nghiệm quản lý đô thị" };

	private static final String[] PROJECT_KINDS = { "Dự án", "Chương trình", "Dự án hỗ trợ kỹ thuật", "Khoản viện trợ" };

	private static final String[] CURRENCIES = { "USD", "VND" };

	private final JdbcTemplate jdbc;

	private final BatchInserts batches;

	private final Random random;

	private final String source;

	private final List<Party> foreignLocalities = new ArrayList<>();

	private final List<Party> foreignOrganisations = new ArrayList<>();

	private final List<Party> provinces = new ArrayList<>();

	private final List<long[]> partnerships = new ArrayList<>();

	private final Map<Long, Party> localityById = new HashMap<>();

	private final Map<Integer, BigDecimal> dollarRates = new HashMap<>();

	private final List<String> sectors;

	/** A locality or organisation with the name its rows carry and its country. */
	private record Party(long id, String name, String country) {
	}

	FlowScaleData(JdbcTemplate jdbc, Random random, List<Long> currentProvinceIds, String source) {
		this.jdbc = jdbc;
		this.batches = new BatchInserts(jdbc);
		this.random = random;
		this.source = source;
		jdbc.query("select id, name_vi, country from locality order by id", rs -> {
			Party party = new Party(rs.getLong(1), rs.getString(2), rs.getString(3));
			localityById.put(party.id(), party);
			if (!"VN".equals(party.country())) {
				foreignLocalities.add(party);
			}
		});
		currentProvinceIds.forEach(id -> provinces.add(localityById.get(id)));
		jdbc.query("select id, name_vi, country from organisation where country <> 'VN' order by id",
				rs -> { foreignOrganisations.add(new Party(rs.getLong(1), rs.getString(2), rs.getString(3))); });
		jdbc.query("select id, vn_locality_id, foreign_locality_id, owner_province_id from partnership "
				+ "where owner_province_id is not null and vn_locality_id is not null "
				+ "and foreign_locality_id is not null order by id",
				rs -> { partnerships.add(new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4) }); });
		jdbc.query("select valid_from, vnd_per_unit from exchange_rate where currency = 'USD' and kind = 'ANNUAL_AVERAGE'",
				rs -> { dollarRates.put(rs.getObject(1, LocalDate.class).getYear(), rs.getBigDecimal(2)); });
		this.sectors = jdbc.queryForList(
				"select code from iati_code where codelist = 'Sector' and (status is null or status <> 'withdrawn') order by code",
				String.class);
	}

	/** Inbound (55 %) and outbound delegations, 60 % within a partnership, 1995–2026. */
	int delegations(int count, LocalDate first, LocalDate last) {
		List<Object[]> rows = new ArrayList<>(count);
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		for (int i = 0; i < count; i++) {
			Party vn;
			Party foreign;
			Object partnership = NULL_LONG;
			Object foreignOrganisation = NULL_LONG;
			Object foreignLocality = NULL_LONG;
			if (!partnerships.isEmpty() && random.nextInt(100) < 60) {
				long[] p = partnerships.get(random.nextInt(partnerships.size()));
				partnership = p[0];
				vn = localityById.get(p[3]);
				foreign = localityById.get(p[2]);
				foreignLocality = foreign.id();
			}
			else {
				vn = pick(provinces);
				boolean organisation = random.nextInt(100) < 20 && !foreignOrganisations.isEmpty();
				foreign = organisation ? pick(foreignOrganisations) : pick(foreignLocalities);
				if (organisation) {
					foreignOrganisation = foreign.id();
				}
				else {
					foreignLocality = foreign.id();
				}
			}
			boolean inbound = random.nextInt(100) < 55;
			String purpose = PURPOSES[random.nextInt(PURPOSES.length)];
			String title = inbound ? "Đoàn " + foreign.name() + " thăm và làm việc tại " + vn.name()
					: "Đoàn " + vn.name() + " thăm và làm việc tại " + foreign.name();
			LocalDate start = day(first, last);
			String precision = precision();
			DelegationRank rank = DelegationRank.values()[random.nextInt(DelegationRank.values().length)];
			rows.add(new Object[] { title, inbound ? "INBOUND" : "OUTBOUND", start.isAfter(last.minusMonths(2)) ? "PLANNED" : "HELD",
					vn.id(), foreignLocality, foreignOrganisation, foreign.country(), partnership, rank.name(),
					truncate(start, precision), precision, 2 + random.nextInt(39), "EXACT",
					"Làm việc về " + purpose, Text.fit(Text.searchText(title, null, null, null, "Làm việc về " + purpose), 3000),
					Text.fit(Text.sortKey(title), 1200), source, vn.id(), visibility(), now, now });
		}
		return batches.insert("insert into delegation (title, direction, status, vn_locality_id, foreign_locality_id, "
				+ "foreign_organisation_id, foreign_country, partnership_id, head_rank, start_on, start_precision, size, "
				+ "size_qualifier, purpose, search_text, sort_key, source, owner_province_id, visibility, created_at, "
				+ "updated_at, version) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)", rows);
	}

	/** Projects with one to three participants and sectors and about four transactions each. */
	Map<String, Integer> projects(int count) {
		int firstYear = dollarRates.keySet().stream().min(Integer::compare).orElseThrow();
		int lastYear = dollarRates.keySet().stream().max(Integer::compare).orElseThrow();
		List<Object[]> projects = new ArrayList<>(count);
		List<Party[]> parties = new ArrayList<>(count);
		List<int[]> years = new ArrayList<>(count);
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		ProjectModality[] modalities = ProjectModality.values();
		for (int i = 0; i < count; i++) {
			Party vn = pick(provinces);
			Party funder = random.nextBoolean() && !foreignOrganisations.isEmpty() ? pick(foreignOrganisations)
					: pick(foreignLocalities);
			int from = firstYear + random.nextInt(lastYear - firstYear + 1);
			int to = Math.min(lastYear, from + random.nextInt(5));
			String purpose = PURPOSES[random.nextInt(PURPOSES.length)];
			String title = PROJECT_KINDS[random.nextInt(PROJECT_KINDS.length)] + " " + purpose + " tại " + vn.name();
			String description = "Tài trợ của " + funder.name();
			LocalDate start = LocalDate.of(from, 1, 1);
			projects.add(new Object[] { title, description, modalities[random.nextInt(modalities.length)].name(),
					to < lastYear ? "4" : "2", vn.id(), funder.country(), start, "YEAR", LocalDate.of(to, 12, 31), "YEAR",
					start, Text.fit(Text.searchText(title, description, null, null), 3000),
					Text.fit(Text.sortKey(title), 1200), source, vn.id(), visibility(), now, now });
			parties.add(new Party[] { vn, funder });
			years.add(new int[] { from, to });
		}
		List<Long> ids = batches.insertReturningIds("insert into project (title, description, modality, activity_status, "
				+ "vn_locality_id, foreign_country, actual_start_on, actual_start_precision, actual_end_on, "
				+ "actual_end_precision, start_on, search_text, sort_key, source, owner_province_id, visibility, "
				+ "created_at, updated_at, version) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)", projects);
		List<Object[]> participants = new ArrayList<>();
		List<Object[]> sectorRows = new ArrayList<>();
		List<Object[]> categories = new ArrayList<>();
		List<Object[]> transactions = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			long id = ids.get(i);
			Party funder = parties.get(i)[1];
			boolean organisation = foreignOrganisations.contains(funder);
			participants.add(new Object[] { id, 0, 1, organisation ? funder.id() : NULL_LONG,
					organisation ? NULL_LONG : funder.id() });
			participants.add(new Object[] { id, 1, 4, NULL_LONG, parties.get(i)[0].id() });
			addSectors(id, sectorRows, categories);
			addTransactions(id, years.get(i), transactions);
		}
		Map<String, Integer> counts = new LinkedHashMap<>();
		counts.put("project", ids.size());
		counts.put("project_participant", batches.insert("insert into project_participant (project_id, position, role, "
				+ "organisation_id, locality_id) values (?,?,?,?,?)", participants));
		counts.put("project_sector", batches.insert(
				"insert into project_sector (project_id, position, code, percentage) values (?,?,?,?)", sectorRows));
		batches.insert("insert into project_sector_category (project_id, category) values (?,?)", categories);
		counts.put("project_transaction", batches.insert("insert into project_transaction (project_id, position, type, "
				+ "transaction_on, transaction_precision, amount, currency, amount_qualifier, amount_vnd, amount_usd) "
				+ "values (?,?,?,?,?,?,?,?,?,?)", transactions));
		return counts;
	}

	/** One to three distinct DAC codes whose shares add up to exactly 100. */
	private void addSectors(long project, List<Object[]> rows, List<Object[]> categories) {
		int[][] splits = { { 100 }, { 60, 40 }, { 50, 30, 20 } };
		int[] split = splits[random.nextInt(splits.length)];
		Map<String, Integer> chosen = new LinkedHashMap<>();
		while (chosen.size() < split.length) {
			chosen.putIfAbsent(sectors.get(random.nextInt(sectors.size())), split[chosen.size()]);
		}
		int position = 0;
		java.util.Set<String> seen = new java.util.HashSet<>();
		for (Map.Entry<String, Integer> sector : chosen.entrySet()) {
			rows.add(new Object[] { project, position++, sector.getKey(), BigDecimal.valueOf(sector.getValue()) });
			if (seen.add(sector.getKey().substring(0, 3))) {
				categories.add(new Object[] { project, sector.getKey().substring(0, 3) });
			}
		}
	}

	/** A commitment, then disbursements and expenditure, within the project's years, in dollars or đồng. */
	private void addTransactions(long project, int[] years, List<Object[]> rows) {
		int count = 2 + random.nextInt(5);
		for (int t = 0; t < count; t++) {
			int year = years[0] + random.nextInt(years[1] - years[0] + 1);
			String currency = CURRENCIES[random.nextInt(CURRENCIES.length)];
			BigDecimal rate = dollarRates.get(year);
			BigDecimal amount = "USD".equals(currency) ? BigDecimal.valueOf(10_000L + random.nextInt(2_000_000))
					: BigDecimal.valueOf(1_000_000L * (10 + random.nextInt(50_000)));
			BigDecimal vnd = "USD".equals(currency) ? amount.multiply(rate) : amount;
			BigDecimal usd = "USD".equals(currency) ? amount : vnd.divide(rate, 2, RoundingMode.HALF_EVEN);
			int type = t == 0 ? 2 : random.nextBoolean() ? 3 : 4;
			rows.add(new Object[] { project, t, type, LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28)),
					"DAY", amount, currency, "EXACT", vnd.setScale(2, RoundingMode.HALF_EVEN), usd });
		}
	}

	private LocalDate day(LocalDate first, LocalDate last) {
		long span = last.toEpochDay() - first.toEpochDay();
		return LocalDate.ofEpochDay(first.toEpochDay() + (long) (random.nextDouble() * span));
	}

	/** Mostly known to the day; some only to the month or the year. */
	private String precision() {
		int roll = random.nextInt(100);
		return roll < 70 ? "DAY" : roll < 90 ? "MONTH" : "YEAR";
	}

	private static LocalDate truncate(LocalDate day, String precision) {
		return switch (precision) {
			case "MONTH" -> day.withDayOfMonth(1);
			case "YEAR" -> day.withDayOfYear(1);
			default -> day;
		};
	}

	private String visibility() {
		int roll = random.nextInt(100);
		return roll < 70 ? "PUBLIC" : roll < 90 ? "PARTNER" : "INTERNAL";
	}

	private <T> T pick(List<T> from) {
		return from.get(random.nextInt(from.size()));
	}

}
