package vn.hoptac.demo.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.hoptac.agreements.ActionDraft;
import vn.hoptac.agreements.ActionType;
import vn.hoptac.agreements.AgreementDraft;
import vn.hoptac.agreements.AgreementParty;
import vn.hoptac.agreements.AgreementService;
import vn.hoptac.demo.internal.SeedFile.AgreementSeed;
import vn.hoptac.demo.internal.SeedFile.OrganisationSeed;
import vn.hoptac.demo.internal.SeedFile.PartnershipSeed;
import vn.hoptac.partners.Milestone;
import vn.hoptac.partners.PartnershipDraft;
import vn.hoptac.partners.PartnershipService;
import vn.hoptac.partners.StatusChange;
import vn.hoptac.partners.TypeChange;
import vn.hoptac.shared.DatePrecision.PartialDate;
import vn.hoptac.shared.Visibility;

/**
 * Loads {@code db/demo/seed.json} once, in one transaction, through the modules' services so that
 * the seed obeys the same rules as user input. A marker row makes later starts skip it.
 */
@Component
@Order(1)
class DemoDataLoader implements ApplicationRunner {

	static final String SEED = "db/demo/seed.json";

	private static final Visibility PUBLISHED = SeedRecords.PUBLISHED;

	private final SeedOnce once;

	private final SeedRecords records;

	private final SeedKeys keys;

	private final PartnershipService partnerships;

	private final AgreementService agreements;

	DemoDataLoader(SeedOnce once, SeedRecords records, SeedKeys keys, PartnershipService partnerships,
			AgreementService agreements) {
		this.once = once;
		this.records = records;
		this.keys = keys;
		this.partnerships = partnerships;
		this.agreements = agreements;
	}

	@Override
	public void run(ApplicationArguments args) {
		once.run(SEED, () -> load(records.read(SEED, SeedFile.class)));
	}

	private void load(SeedFile seed) {
		seed.localities().forEach(records::createLocality);
		Map<String, Long> organisationIds = new HashMap<>();
		for (OrganisationSeed o : seed.organisations()) {
			organisationIds.put(o.key(), records.createOrganisation(o));
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
		return keys.locality(code);
	}

	private static LocalDate day(String partial) {
		return SeedRecords.day(partial);
	}

}
