package vn.hoptac.demo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
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

import vn.hoptac.conferences.ConferenceDraft;
import vn.hoptac.conferences.ConferenceKind;
import vn.hoptac.conferences.ConferenceService;
import vn.hoptac.conferences.ConferenceStage;
import vn.hoptac.conferences.ConferenceStep;
import vn.hoptac.demo.DemoMode;
import vn.hoptac.demo.internal.SeedFile.OrganisationSeed;
import vn.hoptac.geo.LocalityService;
import vn.hoptac.ngos.NgoDraft;
import vn.hoptac.ngos.NgoService;
import vn.hoptac.ngos.NgoStatus;
import vn.hoptac.partners.CooperationField;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.DatePrecision.PartialDate;
import vn.hoptac.shared.Visibility;

/**
 * Loads {@code db/demo/conferences-ngos.json} once, after the registry seed: the conferences of
 * seed 004 held in Vietnam and the provinces' files on foreign NGOs, through the services, each
 * with its source. Its own marker row lets databases seeded before it was added receive it too.
 * Organisations are named by their keys in {@code seed.json}.
 */
@Component
@Order(5)
class ConferenceNgoSeedLoader implements ApplicationRunner {

	static final String SEED = "db/demo/conferences-ngos.json";

	private static final Logger log = LoggerFactory.getLogger(ConferenceNgoSeedLoader.class);

	private final DemoMode demoMode;

	private final JsonMapper json;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final LocalityService localities;

	private final ConferenceService conferences;

	private final NgoService ngos;

	private final Clock clock;

	ConferenceNgoSeedLoader(DemoMode demoMode, JsonMapper json, JdbcClient jdbc, TransactionTemplate transaction,
			LocalityService localities, ConferenceService conferences, NgoService ngos, Clock clock) {
		this.demoMode = demoMode;
		this.json = json;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.localities = localities;
		this.conferences = conferences;
		this.ngos = ngos;
		this.clock = clock;
	}

	record Seed(List<ConferenceSeed> conferences, List<NgoSeed> ngos) {
	}

	record ConferenceSeed(String title, ConferenceKind kind, String organiserKey, String vnLocalityCode,
			String foreignOrganisationKey, String partnershipKey, String venue, String startOn, String endOn,
			Set<CooperationField> fields, String summary, List<StepSeed> steps, String source) {
	}

	record StepSeed(ConferenceStage stage, String stepOn, String documentRef, String source) {
	}

	record NgoSeed(String organisationKey, String vnLocalityCode, NgoStatus status, Set<CooperationField> fields,
			String contact, String note, String source) {
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (!demoMode.isEnabled()) {
			return;
		}
		Seed seed = read(SEED, Seed.class);
		Map<String, OrganisationSeed> registry = read(DemoDataLoader.SEED, SeedFile.class).organisations()
			.stream()
			.collect(Collectors.toMap(OrganisationSeed::key, Function.identity()));
		Access.asSystem(() -> transaction.execute(status -> {
			boolean loaded = jdbc.sql("select count(*) from demo_seed where name = ?").param(SEED).query(Long.class)
				.single() > 0;
			if (!loaded) {
				Function<String, Long> organisation = key -> key == null ? null : organisationId(registry.get(key));
				seed.conferences().forEach(c -> conferences.create(conference(c, organisation)));
				seed.ngos().forEach(n -> ngos.create(ngo(n, organisation)));
				jdbc.sql("insert into demo_seed (name, applied_at) values (?, ?)")
					.params(SEED, java.sql.Timestamp.from(clock.instant()))
					.update();
				log.info("Demo data loaded: {} conferences, {} NGO files", seed.conferences().size(),
						seed.ngos().size());
			}
			return null;
		}));
	}

	private <T> T read(String resource, Class<T> type) throws IOException {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			return json.readValue(in, type);
		}
	}

	/** The organisation the registry seed created under this key: the one of its name and country. */
	private Long organisationId(OrganisationSeed seeded) {
		return jdbc.sql("select id from organisation where name_vi = ? and country = ? order by id")
			.params(seeded.nameVi(), seeded.country())
			.query(Long.class)
			.list()
			.get(0);
	}

	private ConferenceDraft conference(ConferenceSeed c, Function<String, Long> organisation) {
		List<ConferenceStep> steps = c.steps()
			.stream()
			.map(s -> new ConferenceStep(s.stage(), PartialDate.parse(s.stepOn()), s.documentRef(), null, null,
					s.source()))
			.toList();
		return new ConferenceDraft(c.title(), c.kind(), organisation.apply(c.organiserKey()),
				localityId(c.vnLocalityCode()), organisation.apply(c.foreignOrganisationKey()), null, null, c.venue(),
				false, PartialDate.parse(c.startOn()), PartialDate.parse(c.endOn()), null, null, null, null, null,
				c.summary(), c.fields(), steps, c.source(), Visibility.PUBLIC);
	}

	private NgoDraft ngo(NgoSeed n, Function<String, Long> organisation) {
		return new NgoDraft(organisation.apply(n.organisationKey()), localityId(n.vnLocalityCode()), n.status(),
				n.fields(), n.contact(), n.note(), null, null, null, null, n.source(), Visibility.PUBLIC);
	}

	private Long localityId(String code) {
		return code == null ? null : localities.getByCode(code).getId();
	}

}
