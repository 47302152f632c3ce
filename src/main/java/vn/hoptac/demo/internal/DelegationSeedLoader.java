package vn.hoptac.demo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

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
import vn.hoptac.demo.DemoMode;
import vn.hoptac.geo.LocalityService;
import vn.hoptac.partners.CooperationField;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.DatePrecision.PartialDate;
import vn.hoptac.shared.Qualifier;
import vn.hoptac.shared.Visibility;

/**
 * Loads {@code db/demo/delegations.json} (seed facts D1–D13: delegations and the totals sources
 * report) once, through the services, after the main seed; its own marker row lets databases
 * seeded before it get it too. Organisations, partnerships and agreements are named by their keys
 * in {@code seed.json}. Dates and figures the sources do not give stay null.
 */
@Component
@Order(2)
class DelegationSeedLoader implements ApplicationRunner {

	static final String SEED = "db/demo/delegations.json";

	private static final Logger log = LoggerFactory.getLogger(DelegationSeedLoader.class);

	private final DemoMode demoMode;

	private final JsonMapper json;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final LocalityService localities;

	private final DelegationService delegations;

	private final ReportedTotalService totals;

	private final Clock clock;

	DelegationSeedLoader(DemoMode demoMode, JsonMapper json, JdbcClient jdbc, TransactionTemplate transaction,
			LocalityService localities, DelegationService delegations, ReportedTotalService totals, Clock clock) {
		this.demoMode = demoMode;
		this.json = json;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.localities = localities;
		this.delegations = delegations;
		this.totals = totals;
		this.clock = clock;
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
	public void run(ApplicationArguments args) throws IOException {
		if (!demoMode.isEnabled()) {
			return;
		}
		DelegationSeeds seeds = read(SEED, DelegationSeeds.class);
		SeedFile main = read(DemoDataLoader.SEED, SeedFile.class);
		Access.asSystem(() -> transaction.execute(status -> {
			boolean loaded = jdbc.sql("select count(*) from demo_seed where name = ?").param(SEED).query(Long.class)
				.single() > 0;
			if (!loaded) {
				Keys keys = new Keys(main);
				seeds.delegations().forEach(d -> delegations.create(delegation(d, keys)));
				seeds.reportedTotals().forEach(t -> totals.create(total(t, keys)));
				jdbc.sql("insert into demo_seed (name, applied_at) values (?, ?)")
					.params(SEED, java.sql.Timestamp.from(clock.instant()))
					.update();
				log.info("Demo data loaded: {} delegations, {} reported delegation totals", seeds.delegations().size(),
						seeds.reportedTotals().size());
			}
			return null;
		}));
	}

	private <T> T read(String path, Class<T> type) throws IOException {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return json.readValue(in, type);
		}
	}

	private DelegationDraft delegation(DelegationSeed d, Keys keys) {
		List<DelegationGuest> guests = list(d.guestOrganisationKeys()).stream()
			.map(key -> new DelegationGuest(keys.organisation(key), null))
			.toList();
		return new DelegationDraft(d.title(), d.direction(), d.status(), localityId(d.vnLocalityCode()),
				keys.organisation(d.vnOrganisationKey()), d.vnLeadName(), d.vnLeadTitle(),
				localityId(d.foreignLocalityCode()), keys.organisation(d.foreignOrganisationKey()),
				keys.partnership(d.partnershipKey()), d.headName(), d.headTitle(), d.headRank(),
				PartialDate.parse(d.startOn()), PartialDate.parse(d.endOn()), d.size(), d.sizeQualifier(), d.purpose(),
				d.programme(), null, d.venue(), (BigDecimal) null, null, null, null, null, d.fields(),
				list(d.agreementKeys()).stream().map(keys::agreement).collect(Collectors.toSet()), guests, List.of(),
				d.source(), Visibility.PUBLIC);
	}

	private ReportedTotalDraft total(TotalSeed t, Keys keys) {
		return new ReportedTotalDraft(localityId(t.vnLocalityCode()), keys.organisation(t.vnOrganisationKey()),
				keys.partnership(t.partnershipKey()), null, t.direction(), t.countedAs(),
				PartialDate.parse(t.periodFrom()), PartialDate.parse(t.periodTo()), t.basis(), t.delegations(),
				t.delegationsQualifier(), t.persons(), t.personsQualifier(), t.personsUnit(), t.note(), t.source(),
				Visibility.PUBLIC);
	}

	private static <T> List<T> list(List<T> values) {
		return values == null ? List.of() : values;
	}

	private Long localityId(String code) {
		return code == null ? null : localities.getByCode(code).getId();
	}

	/** The ids of the records {@code seed.json} names by key, found by the names it gave them. */
	private final class Keys {

		private final Map<String, SeedFile.OrganisationSeed> organisations;

		private final Map<String, String> partnershipTitles;

		private final Map<String, String> agreementTitles;

		Keys(SeedFile main) {
			this.organisations = main.organisations()
				.stream()
				.collect(Collectors.toMap(SeedFile.OrganisationSeed::key, Function.identity()));
			this.partnershipTitles = main.partnerships()
				.stream()
				.collect(Collectors.toMap(SeedFile.PartnershipSeed::key, SeedFile.PartnershipSeed::titleVi));
			this.agreementTitles = main.agreements()
				.stream()
				.collect(Collectors.toMap(SeedFile.AgreementSeed::key, SeedFile.AgreementSeed::title));
		}

		Long organisation(String key) {
			if (key == null) {
				return null;
			}
			SeedFile.OrganisationSeed seed = Objects.requireNonNull(organisations.get(key), key);
			return jdbc.sql("select min(id) from organisation where name_vi = ? and country = ?")
				.params(seed.nameVi(), seed.country())
				.query(Long.class)
				.single();
		}

		Long partnership(String key) {
			return key == null ? null : idOf("partnership", Objects.requireNonNull(partnershipTitles.get(key), key));
		}

		Long agreement(String key) {
			return idOf("agreement", Objects.requireNonNull(agreementTitles.get(key), key));
		}

		private Long idOf(String table, String title) {
			return Objects.requireNonNull(jdbc.sql("select min(id) from " + table + " where title = ?")
				.param(title)
				.query(Long.class)
				.single(), title);
		}

	}

}
