package vn.hoptac.demo.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.hoptac.agreements.ActionType;
import vn.hoptac.agreements.AgreementKind;
import vn.hoptac.agreements.LegalBasis;
import vn.hoptac.agreements.SignatoryLevel;
import vn.hoptac.delegations.DelegationService;
import vn.hoptac.partners.CooperationField;
import vn.hoptac.partners.PartnershipStatus;
import vn.hoptac.partners.PartnershipType;
import vn.hoptac.shared.DatePrecision;
import vn.hoptac.shared.RelatedTexts;
import vn.hoptac.shared.Text;

import static vn.hoptac.demo.internal.BatchInserts.NULL_DATE;
import static vn.hoptac.demo.internal.BatchInserts.NULL_LONG;
import static vn.hoptac.demo.internal.BatchInserts.NULL_STRING;
import static vn.hoptac.demo.internal.BatchInserts.date;
import static vn.hoptac.demo.internal.BatchInserts.nz;

/**
 * Fills the database at national scale for benchmarks: synthetic foreign localities, organisations,
 * partnerships (with their type and status histories) and agreements (with parties, fields and
 * actions) spread over every Vietnamese province, current and legacy, and the years 1995–2026.
 * <p>
 * Active only when {@code hoptac.generate.agreements} is set above zero. Rows go in with plain JDBC
 * batches, not through the services, so the search and sort keys are computed here exactly as the
 * entities compute them ({@link Text}). Where the schema has stewardship columns, each record gets the
 * current province of its Vietnamese party and a visibility (mostly public). The same seed gives the
 * same data. A marker row in
 * {@code demo_seed} makes a second run refuse. With {@code hoptac.generate.exit=true} the JVM exits
 * once the data is in.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
@ConditionalOnExpression("${hoptac.generate.agreements:0} > 0")
class ScaleDataGenerator implements ApplicationRunner {

	static final String MARKER = "generator";

	static final long SEED = 20_250_701L;

	static final LocalDate FIRST = LocalDate.of(1995, 1, 1);

	/** Latest date generated: fixed, so the data does not depend on the day it is made. */
	static final LocalDate LAST = LocalDate.of(2026, 10, 31);

	/** The day the 34-province map took effect. */
	static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

	static final String SOURCE = "Dữ liệu tổng hợp để đo hiệu năng (ScaleDataGenerator), không phải dữ liệu thật";

	private static final Pattern RESERVED = Pattern.compile("\\b(cong uoc|dinh uoc|hiep uoc|hiep dinh)\\b");

	private static final int BATCH = 1000;

	private static final Logger log = LoggerFactory.getLogger(ScaleDataGenerator.class);

	private final JdbcTemplate jdbc;

	private final BatchInserts batches;

	private final TransactionTemplate transaction;

	/** Rows go in without the services, so their parties' names are gathered once at the end. */
	private final RelatedTexts relatedTexts;

	private final ConfigurableApplicationContext context;

	private final int agreementCount;

	private final int foreignLocalityCount;

	private final int organisationCount;

	private final int partnershipCount;

	private final boolean exit;

	private final int delegationCount;

	private final DelegationService delegations;

	private final int projectCount;

	private final int indicatorValueCount;

	private Random random;

	/** Whether the schema has the stewardship columns (owner province, owner unit, visibility). */
	private boolean stewardship;

	ScaleDataGenerator(JdbcTemplate jdbc, TransactionTemplate transaction, RelatedTexts relatedTexts,
			DelegationService delegations, ConfigurableApplicationContext context, @Value("${hoptac.generate.agreements}") int agreementCount,
			@Value("${hoptac.generate.foreign-localities:5000}") int foreignLocalityCount,
			@Value("${hoptac.generate.organisations:2000}") int organisationCount,
			@Value("${hoptac.generate.partnerships:3000}") int partnershipCount,
			@Value("${hoptac.generate.exit:false}") boolean exit,
			@Value("${hoptac.generate.delegations:0}") int delegationCount,
			@Value("${hoptac.generate.projects:0}") int projectCount,
			@Value("${hoptac.generate.indicator-values:0}") int indicatorValueCount) {
		this.jdbc = jdbc;
		this.batches = new BatchInserts(jdbc);
		this.transaction = transaction;
		this.relatedTexts = relatedTexts;
		this.delegations = delegations;
		this.context = context;
		this.agreementCount = agreementCount;
		this.foreignLocalityCount = foreignLocalityCount;
		this.organisationCount = organisationCount;
		this.partnershipCount = partnershipCount;
		this.exit = exit;
		this.delegationCount = delegationCount;
		this.projectCount = projectCount;
		this.indicatorValueCount = indicatorValueCount;
	}

	@Override
	public void run(ApplicationArguments args) {
		Integer done = jdbc.queryForObject("select count(*) from demo_seed where name = ?", Integer.class, MARKER);
		if (done != null && done > 0) {
			log.error("Scale data was already generated in this database (demo_seed '{}'); refusing to run twice",
					MARKER);
			exitIfAsked(2);
			return;
		}
		long start = System.nanoTime();
		log.info("Generating scale data: {} foreign localities, {} organisations, {} partnerships, {} agreements",
				foreignLocalityCount, organisationCount, partnershipCount, agreementCount);
		random = new Random(SEED);
		Map<String, Integer> counts = transaction.execute(status -> {
			Map<String, Integer> generated = generate();
			relatedTexts.refreshAll();
			return generated;
		});
		compactOnPostgres();
		long millis = (System.nanoTime() - start) / 1_000_000;
		log.info("Scale data generated in {} ms{}: {}", millis,
				stewardship ? " (with owner provinces and visibility)" : "", counts);
		exitIfAsked(0);
	}

	/**
	 * Gathering the parties' names rewrote every agreement and partnership row once; on PostgreSQL
	 * the old row versions would leave those tables twice their size, unlike a database filled over
	 * time (where vacuum reuses the space) or restored from a dump, so they are compacted.
	 */
	private void compactOnPostgres() {
		String database = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
		if ("PostgreSQL".equals(database)) {
			jdbc.execute("vacuum (full, analyze) agreement, partnership"
					+ (delegationCount > 0 || projectCount > 0 ? ", delegation, project" : "")
					+ (indicatorValueCount > 0 ? ", indicator_period, indicator_update, indicator_update_value" : ""));
		}
	}

	private void exitIfAsked(int code) {
		if (exit) {
			int status = SpringApplication.exit(context, () -> code);
			System.exit(status);
		}
	}

	// ---------------------------------------------------------------------------------------------
	// Generation
	// ---------------------------------------------------------------------------------------------

	private Map<String, Integer> generate() {
		Map<String, Integer> counts = new LinkedHashMap<>();
		World world = loadReference();
		stewardship = hasColumn("agreement", "visibility") && hasColumn("partnership", "visibility")
				&& hasColumn("organisation", "visibility");
		counts.put("locality", generateLocalities(world));
		counts.put("organisation", generateOrganisations(world));
		generatePartnerships(world, counts);
		generateAgreements(world, counts);
		if (delegationCount > 0 || projectCount > 0) {
			FlowScaleData flows = new FlowScaleData(jdbc, random, world.vnAfter.stream().map(p -> p.id).toList(), SOURCE);
			counts.put("delegation", flows.delegations(delegationCount, FIRST, LAST));
			// inserted around the service: the statistics kept by the writes are counted afresh
			delegations.recountStatistics();
			counts.putAll(flows.projects(projectCount));
		}
		if (indicatorValueCount > 0) {
			counts.putAll(new MonitoringScaleData(jdbc, random, SOURCE)
				.generate(world.vnAfter.stream().map(p -> p.id).toList(), indicatorValueCount));
		}
		jdbc.update("insert into demo_seed (name, applied_at) values (?, ?)", MARKER,
				Instant.now().atOffset(ZoneOffset.UTC));
		return counts;
	}

	/** The reference localities the generated rows hang on. */
	private World loadReference() {
		World world = new World();
		jdbc.query("select id, code, country, level, parent_id, name_vi, name_en, name_ko, name_native, valid_from, "
				+ "valid_to, path from locality order by id", rs -> {
					Place place = new Place(rs.getLong("id"), rs.getString("code"), rs.getString("country"),
							rs.getString("level"), rs.getString("path"), rs.getString("name_vi"),
							rs.getString("name_en"), rs.getString("name_ko"), rs.getString("name_native"),
							rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
							rs.getObject("parent_id") == null);
					world.byCode.put(place.code, place);
					if ("VN".equals(place.country)) {
						if (place.topLevel) {
							world.vnProvinces.add(place);
						}
						else if (place.code.startsWith("VN-D-")) {
							world.vnDistricts.add(place);
						}
					}
					else if ("KR".equals(place.country)) {
						if (place.topLevel) {
							world.firstTier.computeIfAbsent("KR", k -> new ArrayList<>()).add(place);
						}
						else {
							place.stemRoman = place.vi;
							place.stemVi = place.vi;
							place.stemKo = place.ko == null ? null : place.ko.substring(0, place.ko.length() - 1);
							place.stemNative = place.stemKo;
							world.krMunicipal.add(place);
							world.lower.computeIfAbsent("KR", k -> new ArrayList<>()).add(place);
						}
					}
				});
		Map<Long, Place> byId = new HashMap<>();
		world.byCode.values().forEach(place -> byId.put(place.id, place));
		jdbc.query("select predecessor_id, successor_id from locality_succession order by id", rs -> {
			Place predecessor = byId.get(rs.getLong(1));
			if (predecessor != null && predecessor.successor == null) {
				predecessor.successor = byId.get(rs.getLong(2));
			}
		});
		for (Place p : world.vnProvinces) {
			(p.validOn(REFORM.minusDays(1)) ? world.vnBefore : world.vnAfter).add(p);
			if (p.validOn(REFORM.minusDays(1)) && p.validOn(REFORM)) {
				world.vnAfter.add(p);
			}
		}
		for (Place d : world.vnDistricts) {
			d.parent = world.vnProvinces.stream().filter(p -> d.path.startsWith(p.path)).findFirst().orElse(null);
		}
		if (world.vnProvinces.isEmpty()) {
			throw new IllegalStateException("No Vietnamese provinces in table locality: reference data missing");
		}
		return world;
	}

	// ---- localities -------------------------------------------------------------------------------

	private int generateLocalities(World world) {
		List<Place> created = new ArrayList<>();
		for (String[] row : ScaleNames.FIRST_TIER) {
			Place place = Place.generated(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7]);
			place.topLevel = true;
			place.path = "/" + place.code + "/";
			place.stemRoman = row[4];
			place.stemVi = row[3];
			created.add(place);
			world.firstTier.computeIfAbsent(place.country, k -> new ArrayList<>()).add(place);
		}
		insertLocalities(created);
		int lowerCount = Math.max(0, foreignLocalityCount - created.size());
		List<Place> lower = new ArrayList<>(lowerCount);
		Map<String, Integer> serial = new HashMap<>();
		for (int i = 0; i < lowerCount; i++) {
			String country = pickCountry();
			int n = serial.merge(country, 1, Integer::sum);
			String code = "GEN-%s-%05d".formatted(country, n);
			Place parent = "KR".equals(country) ? pick(world.krMunicipal) : pick(world.firstTier.get(country));
			Place place = ScaleNames.lowerUnit(random, country, code);
			place.parent = parent;
			place.path = parent.path + code + "/";
			lower.add(place);
			world.lower.computeIfAbsent(country, k -> new ArrayList<>()).add(place);
		}
		insertLocalities(lower);
		return created.size() + lower.size();
	}

	private void insertLocalities(List<Place> places) {
		List<Object[]> rows = new ArrayList<>(places.size());
		for (Place p : places) {
			rows.add(new Object[] { p.code, p.country, p.level, p.parent == null ? NULL_LONG : p.parent.id, p.vi,
					nz(p.en), nz(p.ko), nz(p.nativeName), NULL_DATE, NULL_DATE, p.path, SOURCE,
					Text.searchText(p.code, p.namesSearch()), Text.sortKey(p.vi) });
		}
		List<Long> ids = batches.insertReturningIds("insert into locality (code, country, level, parent_id, name_vi, name_en, "
				+ "name_ko, name_native, valid_from, valid_to, path, source, search_text, sort_key) "
				+ "values (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows);
		for (int i = 0; i < places.size(); i++) {
			places.get(i).id = ids.get(i);
		}
	}

	// ---- organisations ----------------------------------------------------------------------------

	private int generateOrganisations(World world) {
		List<Body> bodies = new ArrayList<>();
		Place hanoi = world.byCode.get("VN-01");
		for (String[] m : ScaleNames.MINISTRIES) {
			bodies.add(new Body("MINISTRY", "VN", hanoi, m[0], m[1], m[2], null, m[3]));
		}
		for (String[] d : ScaleNames.DONORS) {
			List<Place> seats = world.firstTier.get(d[0]);
			bodies.add(new Body(d[1], d[0], seats == null ? null : seats.get(0), d[2], d[3], d[4], d[5], d[6]));
		}
		// One foreign affairs department per Vietnamese province, current and legacy.
		for (Place p : world.vnProvinces) {
			bodies.add(ScaleNames.vnBody(random, "DOFA", p));
		}
		int remaining = Math.max(0, organisationCount - bodies.size());
		int vietnamese = remaining * 2 / 5;
		for (int i = 0; i < remaining; i++) {
			if (i < vietnamese) {
				String type = pickWeighted(ScaleNames.VN_BODY_TYPES);
				Place seat = "DISTRICT_COMMITTEE".equals(type) ? pick(world.vnDistricts) : pick(world.vnProvinces);
				bodies.add(ScaleNames.vnBody(random, type, seat));
			}
			else {
				String country = pickCountry();
				bodies.add(ScaleNames.foreignBody(random, pickWeighted(ScaleNames.FOREIGN_BODY_TYPES), country,
						pick(world.lower.get(country))));
			}
		}
		List<Object[]> rows = new ArrayList<>(bodies.size());
		Instant now = Instant.now();
		for (Body b : bodies) {
			rows.add(steward(new Object[] { b.type, b.vi, nz(b.en), nz(b.ko), nz(b.nativeName), nz(b.abbreviation),
					b.country, b.seat == null ? NULL_LONG : b.seat.id, NULL_STRING, SOURCE, b.search(), Text.sortKey(b.vi),
					now.atOffset(ZoneOffset.UTC), now.atOffset(ZoneOffset.UTC) },
					"VN".equals(b.country) ? world.currentProvince(b.seat) : null, visibility(85, 10)));
		}
		List<Long> ids = batches.insertReturningIds(stewarded("insert into organisation (type, name_vi, name_en, name_ko, "
				+ "name_native, abbreviation, country, locality_id, website, source, search_text, sort_key, created_at, "
				+ "updated_at) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"), rows);
		for (int i = 0; i < bodies.size(); i++) {
			Body b = bodies.get(i);
			b.id = ids.get(i);
			if ("VN".equals(b.country)) {
				if ("MINISTRY".equals(b.type)) {
					world.ministries.add(b);
				}
				else {
					world.vnBodies.add(b);
				}
			}
			else {
				world.foreignBodies.computeIfAbsent(b.country, k -> new ArrayList<>()).add(b);
			}
		}
		return bodies.size();
	}

	// ---- partnerships -----------------------------------------------------------------------------

	private void generatePartnerships(World world, Map<String, Integer> counts) {
		String insert = "insert into partnership (title, level, vn_locality_id, vn_organisation_id, foreign_locality_id, "
				+ "foreign_organisation_id, foreign_country, current_type, current_status, established_on, established_precision, "
				+ "description, source, search_text, sort_key, created_at, updated_at) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
		List<Object[]> fields = new ArrayList<>();
		List<Object[]> types = new ArrayList<>();
		List<Object[]> statuses = new ArrayList<>();
		List<Object[]> milestones = new ArrayList<>();
		for (int from = 0; from < partnershipCount; from += BATCH) {
			List<Partnership> chunk = new ArrayList<>();
			for (int i = from; i < Math.min(partnershipCount, from + BATCH); i++) {
				chunk.add(partnership(world));
			}
			List<Object[]> rows = new ArrayList<>(chunk.size());
			for (Partnership p : chunk) {
				Instant created = instant(p.established);
				rows.add(steward(new Object[] { p.title, p.level, idOf(p.vn.place), idOf(p.vn.body),
						idOf(p.foreign.place), idOf(p.foreign.body), p.foreign.country(), p.currentType(),
						p.currentStatus(), p.established, p.establishedPrecision, nz(p.description), SOURCE,
						Text.searchText(p.title, p.description), Text.sortKey(p.title),
						created.atOffset(ZoneOffset.UTC), instant(p.lastEvent()).atOffset(ZoneOffset.UTC) },
						world.currentProvince(p.vn.seat()), visibility(70, 15)));
			}
			List<Long> ids = batches.insertReturningIds(stewarded(insert), rows);
			for (int i = 0; i < chunk.size(); i++) {
				Partnership p = chunk.get(i);
				p.id = ids.get(i);
				world.partnerships.add(p);
				for (CooperationField f : p.fields) {
					fields.add(new Object[] { p.id, f.name() });
				}
				for (Dated t : p.types) {
					types.add(new Object[] { p.id, t.value, t.date, t.precision, nz(t.note), SOURCE });
				}
				for (Dated s : p.statuses) {
					statuses.add(new Object[] { p.id, s.value, s.date, s.precision, nz(s.note), SOURCE });
				}
				for (Dated m : p.milestones) {
					milestones.add(new Object[] { p.id, m.date, m.precision, m.value, nz(m.note), SOURCE });
				}
			}
		}
		counts.put("partnership", world.partnerships.size());
		counts.put("partnership_field",
				batches.insert("insert into partnership_field (partnership_id, field) values (?,?)", fields));
		counts.put("partnership_type_change", batches.insert("insert into partnership_type_change (partnership_id, type, "
				+ "valid_from, date_precision, note, source) values (?,?,?,?,?,?)", types));
		counts.put("partnership_status_change", batches.insert("insert into partnership_status_change (partnership_id, status, "
				+ "valid_from, date_precision, note, source) values (?,?,?,?,?,?)", statuses));
		counts.put("partnership_milestone", batches.insert("insert into partnership_milestone (partnership_id, milestone_date, "
				+ "date_precision, title, description, source) values (?,?,?,?,?,?)", milestones));
	}

	private Partnership partnership(World world) {
		Partnership p = new Partnership();
		LocalDate start = randomDate();
		String level = pickWeighted(new Object[][] { { "PROVINCE", 68 }, { "DISTRICT_COMMUNE", 8 }, { "AGENCY", 24 } });
		if ("DISTRICT_COMMUNE".equals(level) && !start.isBefore(REFORM)) {
			level = "PROVINCE";
		}
		p.level = level;
		p.vn = switch (level) {
			case "PROVINCE" -> new Side(pick(world.provincesOn(start)), null);
			case "DISTRICT_COMMUNE" -> new Side(pick(world.vnDistricts), null);
			default -> new Side(null, pick(world.vnBodiesOn(start)));
		};
		String country = pickCountry();
		boolean body = "AGENCY".equals(level) ? random.nextInt(100) < 75 : random.nextInt(100) < 12;
		p.foreign = foreignSide(world, country, body);
		p.fields = randomFields(1 + random.nextInt(4));
		// Type history: a first relation, sometimes upgraded later.
		PartnershipType firstType = pickWeighted(new Object[][] { { PartnershipType.LETTER_OF_INTENT, 28 },
				{ PartnershipType.FRIENDSHIP, 34 }, { PartnershipType.COOPERATION, 26 },
				{ PartnershipType.PROJECT_BASED, 8 }, { PartnershipType.OTHER, 4 } });
		String precision = start.getYear() < 2005 && random.nextInt(100) < 30 ? "YEAR" : "DAY";
		LocalDate first = "YEAR".equals(precision) ? start.withDayOfYear(1) : start;
		p.types.add(new Dated(firstType.name(), first, precision, null));
		LocalDate upgrade = first.plusDays(365 + random.nextInt(365 * 9));
		if (random.nextInt(100) < 40 && !upgrade.isAfter(LAST)) {
			PartnershipType next = firstType == PartnershipType.FRIENDSHIP ? PartnershipType.SISTER
					: random.nextBoolean() ? PartnershipType.COOPERATION : PartnershipType.SISTER;
			if (next != firstType) {
				p.types.add(new Dated(next.name(), upgrade, "DAY", "Nâng cấp quan hệ"));
			}
		}
		// Status history.
		PartnershipStatus opening = firstType == PartnershipType.LETTER_OF_INTENT ? PartnershipStatus.LOI
				: random.nextInt(100) < 8 ? PartnershipStatus.PROPOSED : PartnershipStatus.FORMAL;
		p.statuses.add(new Dated(opening.name(), first, precision, null));
		LocalDate active = first.plusDays(30 + random.nextInt(335));
		if (opening != PartnershipStatus.PROPOSED && !active.isAfter(LAST) && random.nextInt(100) < 85) {
			p.statuses.add(new Dated(PartnershipStatus.ACTIVE.name(), active, "DAY", null));
			LocalDate later = active.plusDays(365 + random.nextInt(365 * 12));
			int roll = random.nextInt(100);
			if (!later.isAfter(LAST) && roll < 14) {
				PartnershipStatus end = roll < 9 ? PartnershipStatus.PAUSED : PartnershipStatus.ENDED;
				p.statuses.add(new Dated(end.name(), later, "DAY", null));
			}
		}
		// Milestones, possibly one before the first recorded type (which then dates the relation).
		if (random.nextInt(100) < 15) {
			LocalDate contact = first.minusDays(60 + random.nextInt(700)).withDayOfMonth(1);
			LocalDate floor = p.vn.validFrom() != null && p.vn.validFrom().isAfter(FIRST) ? p.vn.validFrom() : FIRST;
			if (!contact.isBefore(floor)) {
				p.milestones.add(new Dated("Tiếp xúc đầu tiên giữa " + p.vn.phrase() + " và " + p.foreign.phrase(),
						contact, "MONTH", null));
			}
		}
		int visits = random.nextInt(3);
		for (int v = 0; v < visits; v++) {
			LocalDate date = first.plusDays(random.nextInt(365 * 8));
			if (!date.isAfter(LAST)) {
				String title = random.nextBoolean()
						? "Đoàn lãnh đạo " + p.vn.phrase() + " thăm và làm việc tại " + p.foreign.phrase()
						: "Đoàn " + p.foreign.phrase() + " thăm và làm việc tại " + p.vn.phrase();
				p.milestones.add(new Dated(title, date, "DAY", random.nextBoolean() ? null
						: "Hai bên trao đổi về hợp tác trong lĩnh vực " + ScaleNames.fieldsPhrase(p.fields) + "."));
			}
		}
		LocalDate tenth = first.plusYears(10);
		if (!tenth.isAfter(LAST) && random.nextInt(100) < 30) {
			p.milestones.add(new Dated("Kỷ niệm 10 năm thiết lập quan hệ", tenth, "MONTH", null));
		}
		p.types.sort((a, b) -> a.date.compareTo(b.date));
		p.statuses.sort((a, b) -> a.date.compareTo(b.date));
		p.milestones.sort((a, b) -> a.date.compareTo(b.date));
		// as the partnership itself takes it: the earliest entry, as precise as it is known
		DatePrecision.PartialDate established = DatePrecision.PartialDate.earliest(java.util.stream.Stream
			.of(p.types.stream(), p.statuses.stream(), p.milestones.stream())
			.flatMap(s -> s)
			.map(d -> new DatePrecision.PartialDate(d.date, DatePrecision.valueOf(d.precision))));
		p.established = established.date();
		p.establishedPrecision = established.precision().name();
		p.title = random.nextInt(100) < 70 ? p.vn.name() + " – " + p.foreign.name()
				: ScaleNames.partnershipTitle(firstType, p.vn.phrase(), p.foreign.phrase());
		p.description = random.nextInt(100) < 40 ? "Quan hệ giữa " + p.vn.phrase() + " và " + p.foreign.phrase()
				+ " tập trung vào " + ScaleNames.fieldsPhrase(p.fields) + "." : null;
		return p;
	}

	// ---- agreements -------------------------------------------------------------------------------

	private void generateAgreements(World world, Map<String, Integer> counts) {
		String insert = "insert into agreement (title, kind, legal_basis, level, partnership_id, foreign_country, "
				+ "signed_on, signed_precision, effective_on, expires_on, document_ref, summary, source, current_stage, "
				+ "search_text, sort_key, created_at, updated_at) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
		int parties = 0;
		int fields = 0;
		int actions = 0;
		for (int from = 0; from < agreementCount; from += BATCH) {
			List<Agreement> chunk = new ArrayList<>();
			for (int i = from; i < Math.min(agreementCount, from + BATCH); i++) {
				chunk.add(agreement(world));
			}
			List<Object[]> rows = new ArrayList<>(chunk.size());
			for (Agreement a : chunk) {
				Action last = a.actions.get(a.actions.size() - 1);
				rows.add(steward(new Object[] { a.title, a.kind.name(), a.legalBasis.name(), a.level.name(),
						a.partnership == null ? NULL_LONG : a.partnership.id, a.foreignCountry, date(a.signedOn),
						a.signedOn == null ? NULL_STRING : "DAY", date(a.effectiveOn), date(a.expiresOn),
						nz(a.documentRef), nz(a.summary), SOURCE, last.type.name(),
						Text.searchText(a.title, a.summary), Text.sortKey(a.title),
						a.actions.get(0).recordedAt.atOffset(ZoneOffset.UTC), last.recordedAt.atOffset(ZoneOffset.UTC) },
						world.currentProvince(a.parties.get(0).side().seat()), a.visibility));
			}
			List<Long> ids = batches.insertReturningIds(stewarded(insert), rows);
			List<Object[]> partyRows = new ArrayList<>();
			List<Object[]> fieldRows = new ArrayList<>();
			List<Object[]> actionRows = new ArrayList<>();
			for (int i = 0; i < chunk.size(); i++) {
				Agreement a = chunk.get(i);
				long id = ids.get(i);
				for (int position = 0; position < a.parties.size(); position++) {
					Signatory s = a.parties.get(position);
					partyRows.add(new Object[] { id, position, s.vietnamese ? "VN" : "FOREIGN", idOf(s.side.place),
							idOf(s.side.body), nz(s.name), nz(s.title), s.level.name() });
				}
				for (CooperationField f : a.fields) {
					fieldRows.add(new Object[] { id, f.name() });
				}
				for (Action action : a.actions) {
					actionRows.add(new Object[] { id, action.type.name(), action.date, nz(action.note), SOURCE,
							action.recordedAt.atOffset(ZoneOffset.UTC) });
				}
			}
			parties += batches.insert("insert into agreement_party (agreement_id, position, side, locality_id, organisation_id, "
					+ "signatory_name, signatory_title, signatory_level) values (?,?,?,?,?,?,?,?)", partyRows);
			fields += batches.insert("insert into agreement_field (agreement_id, field) values (?,?)", fieldRows);
			actions += batches.insert("insert into agreement_action (agreement_id, type, action_date, note, source, recorded_at) "
					+ "values (?,?,?,?,?,?)", actionRows);
		}
		counts.put("agreement", agreementCount);
		counts.put("agreement_party", parties);
		counts.put("agreement_field", fields);
		counts.put("agreement_action", actions);
	}

	private Agreement agreement(World world) {
		Agreement a = new Agreement();
		a.legalBasis = pickWeighted(new Object[][] { { LegalBasis.INTERNATIONAL_AGREEMENT, 85 },
				{ LegalBasis.NGO_AID_AGREEMENT, 6 }, { LegalBasis.ODA_LOAN_AGREEMENT, 3 },
				{ LegalBasis.CIVIL_CONTRACT, 3 }, { LegalBasis.TREATY, 3 } });
		// Agreements under a partnership are ordinary international agreements between its parties.
		Partnership p = a.legalBasis != LegalBasis.INTERNATIONAL_AGREEMENT || random.nextInt(100) >= 50 ? null
				: pick(world.partnerships);
		LocalDate date;
		Side vn;
		Side foreign;
		if (p != null) {
			a.partnership = p;
			a.level = switch (p.level) {
				case "PROVINCE" -> SignatoryLevel.PROVINCE;
				case "DISTRICT_COMMUNE" -> SignatoryLevel.DISTRICT;
				default -> SignatoryLevel.AGENCY;
			};
			LocalDate since = p.vn.validFrom() != null && p.vn.validFrom().isAfter(p.established) ? p.vn.validFrom()
					: p.established;
			LocalDate until = p.vn.validTo() == null || p.vn.validTo().isAfter(LAST) ? LAST : p.vn.validTo();
			long span = Math.max(0, ChronoUnit.DAYS.between(since, until));
			date = since.plusDays(span == 0 ? 0 : (long) (random.nextDouble() * span));
			vn = p.vn;
			foreign = p.foreign;
			a.fields = EnumSet.noneOf(CooperationField.class);
			List<CooperationField> pf = new ArrayList<>(p.fields);
			int n = 1 + random.nextInt(pf.size());
			for (int i = 0; i < n; i++) {
				a.fields.add(pf.get(random.nextInt(pf.size())));
			}
		}
		else {
			date = randomDate();
			if (a.legalBasis == LegalBasis.TREATY) {
				a.level = SignatoryLevel.NATIONAL;
			}
			else {
				a.level = pickWeighted(new Object[][] { { SignatoryLevel.PROVINCE, 72 }, { SignatoryLevel.DISTRICT, 8 },
						{ SignatoryLevel.AGENCY, 20 } });
				if (a.level == SignatoryLevel.DISTRICT && !date.isBefore(REFORM)) {
					a.level = SignatoryLevel.PROVINCE;
				}
			}
			vn = switch (a.level) {
				case NATIONAL -> new Side(null, pick(world.ministries));
				case PROVINCE -> new Side(pick(world.provincesOn(date)), null);
				case DISTRICT -> new Side(pick(world.vnDistricts), null);
				default -> new Side(null, pick(world.vnBodiesOn(date)));
			};
			String country = pickCountry();
			foreign = switch (a.legalBasis) {
				case NGO_AID_AGREEMENT -> new Side(null, world.foreignBody(random, country, "FOREIGN_NGO"));
				case ODA_LOAN_AGREEMENT, TREATY -> new Side(null, world.donor(random, country));
				default -> foreignSide(world, country, random.nextInt(100) < (a.level == SignatoryLevel.AGENCY ? 75 : 25));
			};
			a.fields = randomFields(1 + random.nextInt(3));
			if (a.legalBasis == LegalBasis.NGO_AID_AGREEMENT || a.legalBasis == LegalBasis.ODA_LOAN_AGREEMENT) {
				a.fields.add(CooperationField.DEVELOPMENT_AID);
			}
		}
		a.foreignCountry = foreign.country();
		a.kind = switch (a.legalBasis) {
			case TREATY, ODA_LOAN_AGREEMENT, NGO_AID_AGREEMENT -> AgreementKind.AGREEMENT;
			case CIVIL_CONTRACT -> AgreementKind.OTHER;
			default -> pickWeighted(new Object[][] { { AgreementKind.MOU, 34 }, { AgreementKind.AGREEMENT, 30 },
					{ AgreementKind.MINUTES_OF_AGREEMENT, 8 }, { AgreementKind.MINUTES_OF_EXCHANGE, 5 },
					{ AgreementKind.COOPERATION_PROGRAMME, 9 }, { AgreementKind.COOPERATION_PLAN, 6 },
					{ AgreementKind.LETTER_OF_INTENT, 6 }, { AgreementKind.OTHER, 2 } });
		};
		a.title = ScaleNames.agreementTitle(random, a.kind, a.legalBasis, vn, foreign, a.fields);
		if (a.level != SignatoryLevel.NATIONAL && RESERVED.matcher(Text.fold(a.title)).find()) {
			throw new IllegalStateException("Generated a reserved treaty name below the national level: " + a.title);
		}
		a.parties.add(new Signatory(vn, true, ScaleNames.person(random, "VN"), ScaleNames.vnSignatoryTitle(random, vn),
				vn.signatoryLevel(a.level)));
		a.parties.add(new Signatory(foreign, false, ScaleNames.person(random, foreign.country()),
				ScaleNames.foreignSignatoryTitle(foreign), foreign.signatoryLevel(a.level)));
		List<Body> partners = world.foreignBodies.get(foreign.country());
		if (random.nextInt(100) < 6 && partners != null) {
			Body extra = pick(partners);
			if (extra != foreign.body) {
				Side side = new Side(null, extra);
				a.parties.add(new Signatory(side, false, ScaleNames.person(random, extra.country),
						ScaleNames.foreignSignatoryTitle(side), SignatoryLevel.AGENCY));
			}
		}
		actions(a, date);
		a.visibility = visibility(60, 15);
		if (random.nextInt(100) < 45) {
			a.summary = "Hai bên thống nhất tăng cường hợp tác trong lĩnh vực " + ScaleNames.fieldsPhrase(a.fields)
					+ ", trao đổi đoàn và chia sẻ kinh nghiệm.";
		}
		if (a.signedOn != null && random.nextInt(100) < 40) {
			a.documentRef = "%d/%d/%s".formatted(1 + random.nextInt(120), a.signedOn.getYear(),
					a.kind == AgreementKind.MOU ? "BGN" : a.kind == AgreementKind.AGREEMENT ? "TTHT" : "VBHT");
		}
		return a;
	}

	/** The action history around the signing date; the latest action is the current stage. */
	private void actions(Agreement a, LocalDate signing) {
		List<Action> plan = new ArrayList<>();
		boolean procedure = a.legalBasis == LegalBasis.INTERNATIONAL_AGREEMENT && a.level != SignatoryLevel.NATIONAL;
		LocalDate proposed = signing.minusDays(procedure ? 60 + random.nextInt(180) : 20 + random.nextInt(120));
		plan.add(new Action(ActionType.PROPOSED, proposed, null));
		if (procedure) {
			if (random.nextInt(100) < 50) {
				plan.add(new Action(ActionType.POLICY_APPROVED, between(proposed, signing, 0.25), null));
			}
			LocalDate sent = between(proposed, signing, 0.5);
			plan.add(new Action(ActionType.SENT_FOR_MOFA_OPINION, sent, null));
			LocalDate answer = sent.plusDays(3 + random.nextInt(random.nextInt(100) < 12 ? 30 : 10));
			if (random.nextInt(100) < 3) {
				plan.add(new Action(ActionType.REFERRED_TO_PM, answer, "Ý kiến các cơ quan chưa thống nhất"));
				answer = answer.plusDays(3 + random.nextInt(12));
			}
			plan.add(new Action(ActionType.OPINION_RECEIVED, answer.isBefore(signing) ? answer : signing.minusDays(1),
					null));
		}
		else if (a.legalBasis == LegalBasis.TREATY) {
			plan.add(new Action(ActionType.POLICY_APPROVED, between(proposed, signing, 0.5), null));
		}
		boolean signed = random.nextInt(100) < 90;
		if (signed) {
			plan.add(new Action(ActionType.SIGNED, signing, null));
			if (procedure) {
				plan.add(new Action(ActionType.REPORTED_TO_PM_MOFA,
						signing.plusDays(2 + random.nextInt(random.nextInt(100) < 15 ? 60 : 13)), null));
			}
			LocalDate effective = random.nextInt(100) < 80 ? signing : signing.plusDays(1 + random.nextInt(60));
			plan.add(new Action(ActionType.IN_FORCE, effective, null));
			LocalDate expires = random.nextInt(100) < 55 ? effective.plusYears(new int[] { 2, 3, 5, 5, 10 }[random.nextInt(5)]).minusDays(1)
					: null;
			int roll = random.nextInt(100);
			if (roll < 5) {
				plan.add(new Action(ActionType.AMENDED, between(effective, expires == null ? effective.plusYears(4) : expires,
						0.5), "Sửa đổi, bổ sung một số điều khoản"));
			}
			else if (roll < 10 && expires != null) {
				plan.add(new Action(ActionType.EXTENDED, expires.minusDays(random.nextInt(60)), "Gia hạn thêm 3 năm"));
				expires = expires.plusYears(3);
			}
			else if (roll < 13) {
				plan.add(new Action(ActionType.SUSPENDED, effective.plusDays(200 + random.nextInt(900)), null));
			}
			else if (roll < 16) {
				plan.add(new Action(ActionType.TERMINATED, effective.plusDays(300 + random.nextInt(1500)),
						"Chấm dứt theo thỏa thuận của hai bên"));
			}
			if (expires != null && expires.isBefore(LAST) && random.nextInt(100) < 70) {
				plan.add(new Action(ActionType.EXPIRED, expires.plusDays(1), null));
			}
			a.effectiveOn = effective.isAfter(LAST) ? null : effective;
			a.expiresOn = a.effectiveOn == null ? null : expires;
		}
		else if (procedure) {
			// Still in the procedure: drop the steps that would come after today's generated horizon.
			int keep = 1 + random.nextInt(plan.size());
			plan = new ArrayList<>(plan.subList(0, keep));
		}
		plan.removeIf(action -> action.date.isAfter(LAST));
		if (plan.isEmpty()) {
			plan.add(new Action(ActionType.PROPOSED, proposed.isAfter(LAST) ? LAST : proposed, null));
		}
		plan.sort((x, y) -> x.date.compareTo(y.date));
		for (int i = 0; i < plan.size(); i++) {
			Action action = plan.get(i);
			action.recordedAt = action.date.atTime(9, 0).plusMinutes(i).toInstant(ZoneOffset.UTC);
			if (action.type == ActionType.SIGNED) {
				a.signedOn = action.date;
			}
		}
		a.actions = plan;
		if (a.signedOn == null) {
			a.effectiveOn = null;
			a.expiresOn = null;
		}
	}

	// ---- helpers ----------------------------------------------------------------------------------

	private Side foreignSide(World world, String country, boolean body) {
		List<Body> bodies = world.foreignBodies.get(country);
		if (body && bodies != null && !bodies.isEmpty()) {
			return new Side(null, pick(bodies));
		}
		List<Place> lower = world.lower.get(country);
		boolean top = lower == null || random.nextInt(100) < 45;
		return new Side(pick(top ? world.firstTier.get(country) : lower), null);
	}

	private String pickCountry() {
		return pickWeighted(ScaleNames.COUNTRY_WEIGHTS);
	}

	/** Dates grow denser towards the present, as the registry's records do. */
	private LocalDate randomDate() {
		long span = ChronoUnit.DAYS.between(FIRST, LAST);
		return FIRST.plusDays((long) (span * Math.sqrt(random.nextDouble())));
	}

	private LocalDate between(LocalDate from, LocalDate to, double around) {
		long span = Math.max(1, ChronoUnit.DAYS.between(from, to));
		double share = Math.min(0.95, Math.max(0.05, around + (random.nextDouble() - 0.5) * 0.3));
		return from.plusDays((long) (span * share));
	}

	private Set<CooperationField> randomFields(int n) {
		Set<CooperationField> fields = EnumSet.noneOf(CooperationField.class);
		while (fields.size() < n) {
			fields.add(pickWeighted(ScaleNames.FIELD_WEIGHTS));
		}
		return fields;
	}

	private <T> T pick(List<T> list) {
		return list.get(random.nextInt(list.size()));
	}

	@SuppressWarnings("unchecked")
	private <T> T pickWeighted(Object[][] weighted) {
		int total = 0;
		for (Object[] w : weighted) {
			total += (Integer) w[1];
		}
		int roll = random.nextInt(total);
		for (Object[] w : weighted) {
			roll -= (Integer) w[1];
			if (roll < 0) {
				return (T) w[0];
			}
		}
		throw new IllegalStateException();
	}

	private static Instant instant(LocalDate date) {
		return date.atTime(9, 0).toInstant(ZoneOffset.UTC);
	}

	private static Object idOf(Place place) {
		return place == null ? NULL_LONG : place.id;
	}

	private static Object idOf(Body body) {
		return body == null ? NULL_LONG : body.id;
	}

	// ---- stewardship (owner province and visibility), when the schema has it -----------------------

	/** PUBLIC with the first share (percent), PARTNER with the second, INTERNAL otherwise. */
	private String visibility(int publicShare, int partnerShare) {
		int roll = random.nextInt(100);
		return roll < publicShare ? "PUBLIC" : roll < publicShare + partnerShare ? "PARTNER" : "INTERNAL";
	}

	private String stewarded(String insert) {
		if (!stewardship) {
			return insert;
		}
		int columns = insert.indexOf(") values (");
		int end = insert.lastIndexOf(')');
		return insert.substring(0, columns) + ", owner_province_id, owner_organisation_id, visibility"
				+ insert.substring(columns, end) + ",?,?,?)";
	}

	private Object[] steward(Object[] row, Place ownerProvince, String visibility) {
		if (!stewardship) {
			return row;
		}
		Object[] extended = java.util.Arrays.copyOf(row, row.length + 3);
		extended[row.length] = ownerProvince == null ? NULL_LONG : ownerProvince.id;
		extended[row.length + 1] = NULL_LONG;
		extended[row.length + 2] = visibility;
		return extended;
	}

	private boolean hasColumn(String table, String column) {
		return Boolean.TRUE.equals(jdbc.query("select * from " + table + " where 1 = 0", rs -> {
			var meta = rs.getMetaData();
			for (int i = 1; i <= meta.getColumnCount(); i++) {
				if (column.equalsIgnoreCase(meta.getColumnLabel(i))) {
					return true;
				}
			}
			return false;
		}));
	}

	// ---------------------------------------------------------------------------------------------
	// The generated world, in memory
	// ---------------------------------------------------------------------------------------------

	static final class World {

		final Map<String, Place> byCode = new HashMap<>();

		final List<Place> vnProvinces = new ArrayList<>();

		final List<Place> vnBefore = new ArrayList<>();

		final List<Place> vnAfter = new ArrayList<>();

		final List<Place> vnDistricts = new ArrayList<>();

		final List<Place> krMunicipal = new ArrayList<>();

		final Map<String, List<Place>> firstTier = new HashMap<>();

		final Map<String, List<Place>> lower = new HashMap<>();

		final List<Body> ministries = new ArrayList<>();

		final List<Body> vnBodies = new ArrayList<>();

		private List<Body> vnBodiesBefore;

		private List<Body> vnBodiesAfter;

		final Map<String, List<Body>> foreignBodies = new HashMap<>();

		final List<Partnership> partnerships = new ArrayList<>();

		/** The province in force today that a Vietnamese locality belongs to, following mergers. */
		Place currentProvince(Place place) {
			if (place == null || !"VN".equals(place.country)) {
				return null;
			}
			Place province = byCode.get(place.path.split("/")[1]);
			for (int hops = 0; province != null && province.validTo != null && province.successor != null
					&& hops < 10; hops++) {
				province = province.successor;
			}
			return province;
		}

		List<Place> provincesOn(LocalDate date) {
			return date.isBefore(REFORM) ? vnBefore : vnAfter;
		}

		List<Body> vnBodiesOn(LocalDate date) {
			if (vnBodiesBefore == null) {
				vnBodiesBefore = vnBodies.stream().filter(b -> b.seat.validOn(REFORM.minusDays(1))).toList();
				vnBodiesAfter = vnBodies.stream().filter(b -> b.seat.validOn(REFORM)).toList();
			}
			return date.isBefore(REFORM) ? vnBodiesBefore : vnBodiesAfter;
		}

		Body foreignBody(Random random, String country, String type) {
			List<Body> all = foreignBodies.get(country);
			List<Body> typed = all.stream().filter(b -> b.type.equals(type)).toList();
			List<Body> from = typed.isEmpty() ? all : typed;
			return from.get(random.nextInt(from.size()));
		}

		Body donor(Random random, String country) {
			List<Body> all = foreignBodies.get(country);
			List<Body> donors = all.stream().filter(b -> "DONOR_AGENCY".equals(b.type)).toList();
			List<Body> from = donors.isEmpty() ? all : donors;
			return from.get(random.nextInt(from.size()));
		}

	}

	/** A locality, reference or generated; {@code stem*} are the bare names organisations are named after. */
	static final class Place {

		long id;

		final String code;

		final String country;

		final String level;

		String path;

		final String vi;

		final String en;

		final String ko;

		final String nativeName;

		final LocalDate validFrom;

		final LocalDate validTo;

		boolean topLevel;

		Place parent;

		/** For a Vietnamese province that no longer exists: the one it merged into. */
		Place successor;

		String word;

		String stemRoman;

		String stemVi;

		String stemKo;

		String stemNative;

		Place(long id, String code, String country, String level, String path, String vi, String en, String ko,
				String nativeName, LocalDate validFrom, LocalDate validTo, boolean topLevel) {
			this.id = id;
			this.code = code;
			this.country = country;
			this.level = level;
			this.path = path;
			this.vi = vi;
			this.en = en;
			this.ko = ko;
			this.nativeName = nativeName;
			this.validFrom = validFrom;
			this.validTo = validTo;
			this.topLevel = topLevel;
		}

		static Place generated(String code, String country, String level, String vi, String en, String ko,
				String nativeName, String word) {
			Place place = new Place(0, code, country, level, null, vi, en, ko, nativeName, null, null, false);
			place.word = word;
			return place;
		}

		String namesSearch() {
			return Text.searchText(vi, en, ko, nativeName);
		}

		boolean validOn(LocalDate date) {
			return (validFrom == null || !validFrom.isAfter(date)) && (validTo == null || !validTo.isBefore(date));
		}

		/** The unit as a Vietnamese sentence names it: "tỉnh Thái Nguyên", "thành phố Busan". */
		String phrase() {
			String w = word != null ? word : ScaleNames.levelWord(this);
			return w.isEmpty() ? vi : w + " " + vi;
		}

	}

	/** An organisation. */
	static final class Body {

		long id;

		final String type;

		final String country;

		final Place seat;

		final String vi;

		final String en;

		final String ko;

		final String nativeName;

		final String abbreviation;

		Body(String type, String country, Place seat, String vi, String en, String ko, String nativeName,
				String abbreviation) {
			this.type = type;
			this.country = country;
			this.seat = seat;
			this.vi = vi;
			this.en = en;
			this.ko = ko;
			this.nativeName = nativeName;
			this.abbreviation = abbreviation;
		}

		String search() {
			return Text.searchText(Text.searchText(vi, en, ko, nativeName), abbreviation);
		}

	}

	/** One side of a relation: a locality or an organisation. */
	record Side(Place place, Body body) {

		String name() {
			return place != null ? place.vi : body.vi;
		}

		String phrase() {
			return place != null ? place.phrase() : body.vi;
		}

		String country() {
			return place != null ? place.country : body.country;
		}

		/** The locality this side is, or sits in. */
		Place seat() {
			return place != null ? place : body.seat;
		}

		LocalDate validFrom() {
			return place != null ? place.validFrom : body.seat == null ? null : body.seat.validFrom;
		}

		LocalDate validTo() {
			return place != null ? place.validTo : body.seat == null ? null : body.seat.validTo;
		}

		SignatoryLevel signatoryLevel(SignatoryLevel agreementLevel) {
			if (body != null) {
				return "MINISTRY".equals(body.type) || agreementLevel == SignatoryLevel.NATIONAL
						? SignatoryLevel.NATIONAL : SignatoryLevel.AGENCY;
			}
			return place.topLevel ? SignatoryLevel.PROVINCE : SignatoryLevel.DISTRICT;
		}

	}

	/** A dated entry: a type or status (value), or a milestone (value = title, note = description). */
	record Dated(String value, LocalDate date, String precision, String note) {
	}

	static final class Partnership {

		long id;

		String title;

		String level;

		Side vn;

		Side foreign;

		Set<CooperationField> fields;

		final List<Dated> types = new ArrayList<>();

		final List<Dated> statuses = new ArrayList<>();

		final List<Dated> milestones = new ArrayList<>();

		LocalDate established;

		String establishedPrecision;

		String description;

		String currentType() {
			return types.get(types.size() - 1).value;
		}

		String currentStatus() {
			return statuses.get(statuses.size() - 1).value;
		}

		LocalDate lastEvent() {
			TreeSet<LocalDate> dates = new TreeSet<>();
			types.forEach(d -> dates.add(d.date));
			statuses.forEach(d -> dates.add(d.date));
			milestones.forEach(d -> dates.add(d.date));
			return dates.last();
		}

	}

	record Signatory(Side side, boolean vietnamese, String name, String title, SignatoryLevel level) {
	}

	static final class Action {

		final ActionType type;

		final LocalDate date;

		final String note;

		Instant recordedAt;

		Action(ActionType type, LocalDate date, String note) {
			this.type = type;
			this.date = date;
			this.note = note;
		}

	}

	static final class Agreement {

		String title;

		AgreementKind kind;

		LegalBasis legalBasis;

		SignatoryLevel level;

		Partnership partnership;

		String foreignCountry;

		LocalDate signedOn;

		LocalDate effectiveOn;

		LocalDate expiresOn;

		String documentRef;

		String summary;

		Set<CooperationField> fields;

		String visibility;

		final List<Signatory> parties = new ArrayList<>();

		List<Action> actions;

	}

}
