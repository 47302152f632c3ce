package vn.hoptac.demo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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

import vn.hoptac.agreements.ActionDraft;
import vn.hoptac.agreements.ActionType;
import vn.hoptac.agreements.AgreementDraft;
import vn.hoptac.agreements.AgreementParty;
import vn.hoptac.agreements.AgreementService;
import vn.hoptac.demo.DemoMode;
import vn.hoptac.demo.internal.SeedFile.AgreementSeed;
import vn.hoptac.demo.internal.SeedFile.LocalitySeed;
import vn.hoptac.demo.internal.SeedFile.OrganisationSeed;
import vn.hoptac.demo.internal.SeedFile.PartnershipSeed;
import vn.hoptac.geo.LocalityDraft;
import vn.hoptac.geo.LocalityService;
import vn.hoptac.partners.Milestone;
import vn.hoptac.partners.OrganisationDraft;
import vn.hoptac.partners.OrganisationService;
import vn.hoptac.partners.PartnershipDraft;
import vn.hoptac.partners.PartnershipService;
import vn.hoptac.partners.StatusChange;
import vn.hoptac.partners.TypeChange;
import vn.hoptac.shared.DatePrecision.PartialDate;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.Names;
import vn.hoptac.shared.Visibility;

/**
 * Loads {@code db/demo/seed.json} once, in one transaction, through the modules' services so that
 * the seed obeys the same rules as user input. A marker row makes later starts skip it.
 */
@Component
@Order(1)
class DemoDataLoader implements ApplicationRunner {

	static final String SEED = "db/demo/seed.json";

	/** The seed's facts come from published documents, so anyone may read them. */
	private static final Visibility PUBLISHED = Visibility.PUBLIC;

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private final DemoMode demoMode;

	private final JsonMapper json;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final LocalityService localities;

	private final OrganisationService organisations;

	private final PartnershipService partnerships;

	private final AgreementService agreements;

	private final Clock clock;

	DemoDataLoader(DemoMode demoMode, JsonMapper json, JdbcClient jdbc, TransactionTemplate transaction,
			LocalityService localities, OrganisationService organisations, PartnershipService partnerships,
			AgreementService agreements, Clock clock) {
		this.demoMode = demoMode;
		this.json = json;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.localities = localities;
		this.organisations = organisations;
		this.partnerships = partnerships;
		this.agreements = agreements;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (!demoMode.isEnabled()) {
			return;
		}
		SeedFile seed = read();
		Access.asSystem(() -> transaction.execute(status -> {
			boolean loaded = jdbc.sql("select count(*) from demo_seed where name = ?").param(SEED).query(Long.class)
				.single() > 0;
			if (!loaded) {
				load(seed);
				jdbc.sql("insert into demo_seed (name, applied_at) values (?, ?)")
					.params(SEED, java.sql.Timestamp.from(clock.instant()))
					.update();
				log.info("Demo data loaded: {} organisations, {} partnerships, {} agreements",
						seed.organisations().size(), seed.partnerships().size(), seed.agreements().size());
			}
			return null;
		}));
	}

	private SeedFile read() throws IOException {
		try (InputStream in = new ClassPathResource(SEED).getInputStream()) {
			return json.readValue(in, SeedFile.class);
		}
	}

	private void load(SeedFile seed) {
		seed.localities().forEach(this::createLocality);
		Map<String, Long> organisationIds = new HashMap<>();
		for (OrganisationSeed o : seed.organisations()) {
			organisationIds.put(o.key(), organisations.create(new OrganisationDraft(o.type(),
					new Names(o.nameVi(), o.nameEn(), o.nameKo(), o.nameNative()), o.abbreviation(), o.country(),
					localityId(o.localityCode()), o.website(), o.source(), PUBLISHED)).getId());
		}
		Map<String, Long> partnershipIds = new HashMap<>();
		for (PartnershipSeed p : seed.partnerships()) {
			partnershipIds.put(p.key(), partnerships
				.create(partnership(p, organisationIds), Boolean.TRUE.equals(p.duplicateIntended()))
				.getId());
		}
		for (AgreementSeed a : seed.agreements()) {
			long id = agreements.create(agreement(a, organisationIds, partnershipIds)).getId();
			a.actions().forEach(action -> agreements.recordAction(id,
					new ActionDraft(action.type(), PartialDate.parse(action.date()), action.note(), action.source())));
		}
	}

	private void createLocality(LocalitySeed l) {
		localities.create(new LocalityDraft(l.code(), l.country(), l.level(), l.parentCode(),
				new Names(l.nameVi(), l.nameEn(), l.nameKo(), l.nameNative()), day(l.validFrom()), day(l.validTo()),
				l.source()));
	}

	private PartnershipDraft partnership(PartnershipSeed p, Map<String, Long> organisationIds) {
		List<TypeChange> types = p.types().stream().map(t -> {
			PartialDate from = PartialDate.parse(t.from());
			return new TypeChange(t.type(), from.date(), from.precision(), t.note(), t.source());
		}).toList();
		List<StatusChange> statuses = p.statuses().stream().map(s -> {
			PartialDate from = PartialDate.parse(s.from());
			return new StatusChange(s.status(), from.date(), from.precision(), s.note(), s.source());
		}).toList();
		List<Milestone> milestones = p.milestones().stream().map(m -> {
			PartialDate date = PartialDate.parse(m.date());
			return new Milestone(date.date(), date.precision(), m.title(), m.description(), m.source());
		}).toList();
		return new PartnershipDraft(p.titleVi(), p.level(), localityId(p.vnLocalityCode()),
				organisationIds.get(p.vnOrganisationKey()), localityId(p.foreignLocalityCode()),
				organisationIds.get(p.foreignOrganisationKey()), p.description(), p.source(), p.fields(), types,
				statuses, milestones, PUBLISHED);
	}

	private AgreementDraft agreement(AgreementSeed a, Map<String, Long> organisationIds,
			Map<String, Long> partnershipIds) {
		List<AgreementParty> parties = a.parties()
			.stream()
			.map(p -> new AgreementParty(p.side(), localityId(p.localityCode()),
					organisationIds.get(p.organisationKey()), p.signatoryName(), p.signatoryTitle(),
					p.signatoryLevel()))
			.toList();
		return new AgreementDraft(a.title(), a.kind(), a.legalBasis(), a.level(),
				a.partnershipKey() == null ? null : Objects.requireNonNull(partnershipIds.get(a.partnershipKey()),
						a.partnershipKey()),
				parties, recorded(a, ActionType.SIGNED) ? null : PartialDate.parse(a.signedOn()),
				recorded(a, ActionType.IN_FORCE) ? null : day(a.effectiveOn()), day(a.expiresOn()), a.fields(),
				a.documentRef(), null, a.source(), PUBLISHED);
	}

	/** The dates follow from the actions; a date the seed also gives as an action, with its source, is left to it. */
	private static boolean recorded(AgreementSeed a, ActionType type) {
		return a.actions().stream().anyMatch(action -> action.type() == type);
	}

	private Long localityId(String code) {
		return code == null ? null : localities.getByCode(code).getId();
	}

	private static LocalDate day(String partial) {
		PartialDate date = PartialDate.parse(partial);
		return date == null ? null : date.date();
	}

}
