package vn.hoptac.demo.internal;

import java.util.List;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.hoptac.conferences.ConferenceDraft;
import vn.hoptac.conferences.ConferenceKind;
import vn.hoptac.conferences.ConferenceService;
import vn.hoptac.conferences.ConferenceStage;
import vn.hoptac.conferences.ConferenceStep;
import vn.hoptac.ngos.NgoDraft;
import vn.hoptac.ngos.NgoService;
import vn.hoptac.ngos.NgoStatus;
import vn.hoptac.partners.CooperationField;
import vn.hoptac.shared.DatePrecision.PartialDate;

/**
 * Loads {@code db/demo/conferences-ngos.json} once, after the registry seed: the conferences of
 * seed 004 held in Vietnam and the provinces' files on foreign NGOs, through the services, each
 * with its source; organisations and partnerships are named by their seed keys.
 */
@Component
@Order(5)
class ConferenceNgoSeedLoader implements ApplicationRunner {

	static final String SEED = "db/demo/conferences-ngos.json";

	private final SeedOnce once;

	private final SeedRecords records;

	private final SeedKeys keys;

	private final ConferenceService conferences;

	private final NgoService ngos;

	ConferenceNgoSeedLoader(SeedOnce once, SeedRecords records, SeedKeys keys, ConferenceService conferences,
			NgoService ngos) {
		this.once = once;
		this.records = records;
		this.keys = keys;
		this.conferences = conferences;
		this.ngos = ngos;
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
	public void run(ApplicationArguments args) {
		once.run(SEED, () -> {
			Seed seed = records.read(SEED, Seed.class);
			seed.conferences().forEach(c -> conferences.create(conference(c)));
			seed.ngos().forEach(n -> ngos.create(ngo(n)));
		});
	}

	private ConferenceDraft conference(ConferenceSeed c) {
		List<ConferenceStep> steps = c.steps()
			.stream()
			.map(s -> new ConferenceStep(s.stage(), PartialDate.parse(s.stepOn()), s.documentRef(), null, null,
					s.source()))
			.toList();
		return new ConferenceDraft(c.title(), c.kind(), keys.organisation(c.organiserKey()),
				keys.locality(c.vnLocalityCode()), keys.organisation(c.foreignOrganisationKey()), null,
				keys.partnership(c.partnershipKey()), c.venue(), false, PartialDate.parse(c.startOn()),
				PartialDate.parse(c.endOn()), null, null, null, null, null, c.summary(), c.fields(), steps, c.source(),
				SeedRecords.PUBLISHED);
	}

	private NgoDraft ngo(NgoSeed n) {
		return new NgoDraft(keys.organisation(n.organisationKey()), keys.locality(n.vnLocalityCode()), n.status(),
				n.fields(), n.contact(), n.note(), null, null, null, null, n.source(), SeedRecords.PUBLISHED);
	}

}
