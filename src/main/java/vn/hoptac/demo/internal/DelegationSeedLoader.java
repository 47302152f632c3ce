package vn.hoptac.demo.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.hoptac.delegations.CountBasis;
import vn.hoptac.delegations.DelegationDirection;
import vn.hoptac.delegations.DelegationDraft;
import vn.hoptac.delegations.DelegationGuest;
import vn.hoptac.delegations.DelegationRank;
import vn.hoptac.delegations.DelegationService;
import vn.hoptac.delegations.DelegationStatus;
import vn.hoptac.delegations.PersonsUnit;
import vn.hoptac.delegations.ReportedTotalDraft;
import vn.hoptac.delegations.ReportedTotalService;
import vn.hoptac.partners.CooperationField;
import vn.hoptac.shared.DatePrecision.PartialDate;
import vn.hoptac.shared.Qualifier;

/**
 * Loads {@code db/demo/delegations.json} (seed facts D1–D13: delegations and the totals sources
 * report) once, through the services, after the main seed; its own marker row lets databases
 * seeded before it get it too. Organisations, partnerships and agreements are named by their keys
 * in the seed files ({@link SeedKeys}). Dates and figures the sources do not give stay null.
 */
@Component
@Order(3)
class DelegationSeedLoader implements ApplicationRunner {

	static final String SEED = "db/demo/delegations.json";

	private final SeedOnce once;

	private final SeedRecords records;

	private final SeedKeys keys;

	private final JdbcClient jdbc;

	private final DelegationService delegations;

	private final ReportedTotalService totals;

	DelegationSeedLoader(SeedOnce once, SeedRecords records, SeedKeys keys, JdbcClient jdbc,
			DelegationService delegations, ReportedTotalService totals) {
		this.once = once;
		this.records = records;
		this.keys = keys;
		this.jdbc = jdbc;
		this.delegations = delegations;
		this.totals = totals;
	}

	/** The file's shape: one entry per record, each naming the seed fact it records. */
	record DelegationSeeds(List<DelegationSeed> delegations, List<TotalSeed> reportedTotals) {
	}

	record DelegationSeed(String fact, String title, DelegationDirection direction, DelegationStatus status,
			String vnLocalityCode, String vnOrganisationKey, String vnLeadName, String vnLeadTitle,
			String foreignLocalityCode, String foreignOrganisationKey, String partnershipKey, String headName,
			String headTitle, DelegationRank headRank, String startOn, String endOn, Integer size,
			Qualifier sizeQualifier, String purpose, String programme, String venue, List<String> agreementKeys,
			List<String> guestOrganisationKeys, Set<CooperationField> fields, String source) {
	}

	record TotalSeed(String fact, String vnLocalityCode, String vnOrganisationKey, String partnershipKey,
			DelegationDirection direction, String countedAs, String periodFrom, String periodTo, CountBasis basis,
			Integer delegations, Qualifier delegationsQualifier, Integer persons, Qualifier personsQualifier,
			PersonsUnit personsUnit, String note, String source) {
	}

	@Override
	public void run(ApplicationArguments args) {
		once.run(SEED, () -> {
			DelegationSeeds seeds = records.read(SEED, DelegationSeeds.class);
			Map<String, String> agreementTitles = records.read(DemoDataLoader.SEED, SeedFile.class)
				.agreements()
				.stream()
				.collect(Collectors.toMap(SeedFile.AgreementSeed::key, SeedFile.AgreementSeed::title));
			seeds.delegations().forEach(d -> delegations.create(delegation(d, agreementTitles)));
			seeds.reportedTotals().forEach(t -> totals.create(total(t)));
		});
	}

	private DelegationDraft delegation(DelegationSeed d, Map<String, String> agreementTitles) {
		List<DelegationGuest> guests = list(d.guestOrganisationKeys()).stream()
			.map(key -> new DelegationGuest(keys.organisation(key), null))
			.toList();
		return new DelegationDraft(d.title(), d.direction(), d.status(), keys.locality(d.vnLocalityCode()),
				keys.organisation(d.vnOrganisationKey()), d.vnLeadName(), d.vnLeadTitle(),
				keys.locality(d.foreignLocalityCode()), keys.organisation(d.foreignOrganisationKey()),
				keys.partnership(d.partnershipKey()), d.headName(), d.headTitle(), d.headRank(),
				PartialDate.parse(d.startOn()), PartialDate.parse(d.endOn()), d.size(), d.sizeQualifier(), d.purpose(),
				d.programme(), null, d.venue(), (BigDecimal) null, null, null, null, null, d.fields(),
				list(d.agreementKeys()).stream().map(key -> agreement(agreementTitles, key)).collect(Collectors.toSet()), guests, List.of(),
				d.source(), SeedRecords.PUBLISHED);
	}

	private ReportedTotalDraft total(TotalSeed t) {
		return new ReportedTotalDraft(keys.locality(t.vnLocalityCode()), keys.organisation(t.vnOrganisationKey()),
				keys.partnership(t.partnershipKey()), null, t.direction(), t.countedAs(),
				PartialDate.parse(t.periodFrom()), PartialDate.parse(t.periodTo()), t.basis(), t.delegations(),
				t.delegationsQualifier(), t.persons(), t.personsQualifier(), t.personsUnit(), t.note(), t.source(),
				SeedRecords.PUBLISHED);
	}

	private static <T> List<T> list(List<T> values) {
		return values == null ? List.of() : values;
	}

	/** An agreement of {@code seed.json} (which {@link SeedKeys} does not index), found by its title. */
	private Long agreement(Map<String, String> titles, String key) {
		String title = Objects.requireNonNull(titles.get(key), key);
		return jdbc.sql("select min(id) from agreement where title = ?").param(title).query(Long.class).optional()
			.orElseThrow(() -> new IllegalStateException("The agreement of seed key '" + key + "' is not in the database"));
	}

}
