package vn.hoptac.demo.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.hoptac.demo.internal.SeedFile.OrganisationSeed;
import vn.hoptac.events.AwardDraft;
import vn.hoptac.events.AwardService;
import vn.hoptac.events.EventDraft;
import vn.hoptac.events.EventFigure;
import vn.hoptac.events.EventKind;
import vn.hoptac.events.EventRole;
import vn.hoptac.events.EventService;
import vn.hoptac.events.MembershipDraft;
import vn.hoptac.events.MembershipKind;
import vn.hoptac.events.MembershipRole;
import vn.hoptac.events.MembershipService;
import vn.hoptac.events.MembershipStatus;
import vn.hoptac.shared.DatePrecision.PartialDate;

/**
 * Loads {@code db/demo/events.json}: the events, network memberships (with roles) and awards of the
 * seeds (group "event" of seed-facts.tsv), each with its source, through the services of
 * {@code events}; and the few networks they name that no earlier seed file holds. Awards name their
 * membership or event by the fact's number in the file.
 */
@Component
@Order(3)
class EventSeedLoader implements ApplicationRunner {

	static final String SEED = "db/demo/events.json";

	/** Events added later: its own marker, so databases that hold the first file get them too. */
	static final String MORE = "db/demo/events-more.json";

	private final SeedOnce once;

	private final SeedRecords records;

	private final SeedKeys keys;

	private final EventService events;

	private final MembershipService memberships;

	private final AwardService awards;

	EventSeedLoader(SeedOnce once, SeedRecords records, SeedKeys keys, EventService events,
			MembershipService memberships, AwardService awards) {
		this.once = once;
		this.records = records;
		this.keys = keys;
		this.events = events;
		this.memberships = memberships;
		this.awards = awards;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (String file : List.of(SEED, MORE)) {
			once.run(file, () -> load(records.read(file, EventsSeedFile.class)));
		}
	}

	private void load(EventsSeedFile seed) {
		seed.organisations().forEach(records::createOrganisation);
		Map<String, Long> ids = new HashMap<>();
		seed.events().forEach(e -> ids.put(e.ref(), events.create(event(e)).getId()));
		seed.memberships().forEach(m -> ids.put(m.ref(), memberships.create(membership(m)).getId()));
		seed.awards().forEach(a -> awards.create(award(a, ids)));
	}

	private EventDraft event(EventSeed e) {
		return new EventDraft(e.title(), e.kind(), e.role(), keys.locality(e.vnLocalityCode()),
				keys.organisation(e.vnOrganisationKey()), keys.locality(e.venueLocalityCode()), e.venueCountry(),
				keys.organisation(e.organiserKey()), keys.partnership(e.partnershipKey()), null, null, e.edition(),
				e.recurring(), e.coversEvents(), PartialDate.parse(e.startOn()), PartialDate.parse(e.endOn()),
				e.description(), e.figures(), e.source(), SeedRecords.PUBLISHED);
	}

	private MembershipDraft membership(MembershipSeed m) {
		List<MembershipRole> roles = m.roles()
			.stream()
			.map(r -> MembershipRole.of(r.role(), PartialDate.parse(r.from()), PartialDate.parse(r.to())))
			.toList();
		return new MembershipDraft(keys.organisation(m.networkKey()), keys.locality(m.memberLocalityCode()),
				keys.organisation(m.memberOrganisationKey()), m.kind(), m.status(), PartialDate.parse(m.since()),
				PartialDate.parse(m.until()), m.note(), roles, m.source(), SeedRecords.PUBLISHED);
	}

	private AwardDraft award(AwardSeed a, Map<String, Long> ids) {
		return new AwardDraft(a.title(), keys.locality(a.vnLocalityCode()), null, ref(ids, a.membershipRef()),
				ref(ids, a.eventRef()), null, PartialDate.parse(a.awardedOn()), keys.organisation(a.awardedByKey()),
				a.note(), a.source(), SeedRecords.PUBLISHED);
	}

	private static Long ref(Map<String, Long> ids, String ref) {
		if (ref == null) {
			return null;
		}
		Long id = ids.get(ref);
		if (id == null) {
			throw new IllegalArgumentException("No event or membership " + ref + " in its seed file");
		}
		return id;
	}

	record EventsSeedFile(List<OrganisationSeed> organisations, List<EventSeed> events,
			List<MembershipSeed> memberships, List<AwardSeed> awards) {
	}

	record EventSeed(String ref, String title, EventKind kind, EventRole role, String vnLocalityCode,
			String vnOrganisationKey, String venueLocalityCode, String venueCountry, String organiserKey,
			String partnershipKey, String edition, boolean recurring, Integer coversEvents, String startOn,
			String endOn, String description, List<EventFigure> figures, String source) {
	}

	record MembershipSeed(String ref, String networkKey, String memberLocalityCode, String memberOrganisationKey,
			MembershipKind kind, MembershipStatus status, String since, String until, String note,
			List<RoleSeed> roles, String source) {
	}

	record RoleSeed(String role, String from, String to) {
	}

	record AwardSeed(String ref, String title, String vnLocalityCode, String membershipRef, String eventRef,
			String awardedOn, String awardedByKey, String note, String source) {
	}

}
