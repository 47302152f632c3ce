package vn.hoptac.partners;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.hoptac.geo.Locality;
import vn.hoptac.geo.LocalityService;
import vn.hoptac.partners.internal.PartnershipRepository;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.ChangeRecorder;
import vn.hoptac.shared.Countries;
import vn.hoptac.shared.ListFilter;
import vn.hoptac.shared.NotFoundException;
import vn.hoptac.shared.RuleViolationException;
import vn.hoptac.shared.Specs;
import vn.hoptac.shared.Stewardship;
import vn.hoptac.shared.Text;

@Service
@Transactional(readOnly = true)
public class PartnershipService {

	public static final String ENTITY = "partnership";

	private final PartnershipRepository partnerships;

	private final OrganisationService organisations;

	private final LocalityService localities;

	private final ChangeRecorder changes;

	private final PartnershipIndex index;

	private final EntityManager entityManager;

	PartnershipService(PartnershipRepository partnerships, PartnershipIndex index, OrganisationService organisations,
			LocalityService localities, ChangeRecorder changes, EntityManager entityManager) {
		this.index = index;
		this.partnerships = partnerships;
		this.organisations = organisations;
		this.localities = localities;
		this.changes = changes;
		this.entityManager = entityManager;
	}

	public Page<Partnership> search(PartnershipQuery query, Pageable pageable) {
		return index.page(filter(query), pageable);
	}

	/** The ids of a page of {@link #search} and how many match, from the list index alone. */
	@Transactional(propagation = Propagation.SUPPORTS)
	public Page<Long> searchIds(PartnershipQuery query, Pageable pageable) {
		return index.find(filter(query), pageable);
	}

	/** The partnerships of these ids that exist and the reader may see, in the order of the ids. */
	public List<Partnership> byIds(List<Long> ids) {
		return index.load(ids).stream().filter(p -> Access.canRead(p.getStewardship())).toList();
	}

	private ListFilter filter(PartnershipQuery query) {
		ListFilter filter = ListFilter.matching(query.text())
			.equalTo("foreignCountry", Countries.normalise(query.country()))
			.equalTo("currentType", query.type())
			.equalTo("currentStatus", query.status())
			.equalTo("level", query.level())
			.equalTo("fields", query.field())
			.inYears("establishedOn", query.yearFrom(), query.yearTo())
			.readable();
		return organisations.involving(filter, query.localityId(), query.yearFrom(), query.yearTo());
	}

	/** The partnership with its fields, histories and milestones loaded. */
	public Partnership get(long id) {
		Partnership partnership = find(id);
		Access.checkRead(partnership.getStewardship());
		partnership.loadDetails();
		return partnership;
	}

	/** The partnership, if it exists and the current reader may see it (details not loaded). */
	public Optional<Partnership> findReadable(long id) {
		return partnerships.findById(id).filter(p -> Access.canRead(p.getStewardship()));
	}

	/** The countries of the foreign parties in the partnerships the current reader may see. */
	public List<String> foreignCountries() {
		return Specs.distinctValues(entityManager, Partnership.class, "foreignCountry", Access.readable());
	}

	public boolean exists(long id) {
		return partnerships.existsById(id);
	}

	@Transactional
	public Partnership create(PartnershipDraft draft) {
		Parties parties = validate(draft);
		Stewardship stewardship = Access.stewardshipFor(parties.vn().province(), draft.visibility(), null);
		Access.checkWrite(stewardship);
		Partnership saved = partnerships.save(new Partnership(draft, parties.title(draft.title()),
				parties.foreignCountry(), parties.searchText(), stewardship));
		changes.created(ENTITY, saved.getId(), saved.getTitle(), saved);
		return saved;
	}

	@Transactional
	public Partnership update(long id, PartnershipDraft draft, Long expectedVersion) {
		Partnership partnership = find(id);
		Access.checkWrite(partnership.getStewardship());
		changes.checkVersion(ENTITY, id, expectedVersion, partnership);
		Parties parties = validate(draft);
		Stewardship stewardship = Access.stewardshipFor(parties.vn().province(), draft.visibility(),
				partnership.getStewardship());
		Access.checkWrite(stewardship);
		partnership.loadDetails();
		String before = changes.snapshot(partnership);
		partnership.apply(draft, parties.title(draft.title()), parties.foreignCountry(), parties.searchText(),
				stewardship);
		partnerships.saveAndFlush(partnership);
		changes.updated(ENTITY, id, partnership.getTitle(), before, partnership);
		return partnership;
	}

	@Transactional
	public void delete(long id) {
		Partnership partnership = find(id);
		Access.checkWrite(partnership.getStewardship());
		partnership.loadDetails();
		String before = changes.snapshot(partnership);
		partnerships.delete(partnership);
		partnerships.flush();
		changes.deleted(ENTITY, id, partnership.getTitle(), before);
	}

	private Partnership find(long id) {
		return partnerships.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
	}

	private Parties validate(PartnershipDraft draft) {
		var errors = new RuleViolationException.Collector();
		errors.rejectIf(draft.level() == null, "level", "validation.required");
		Party vn = party(draft.vnLocalityId(), draft.vnOrganisationId(), "vnLocalityId", "vnOrganisationId", errors);
		Party foreign = party(draft.foreignLocalityId(), draft.foreignOrganisationId(), "foreignLocalityId",
				"foreignOrganisationId", errors);
		errors.rejectIf(vn != null && !Countries.VIETNAM.equals(vn.country()), "vnLocalityId",
				"partnership.vnPartyNotVietnamese");
		errors.rejectIf(foreign != null && Countries.VIETNAM.equals(foreign.country()), "foreignLocalityId",
				"partnership.foreignPartyVietnamese");
		for (int i = 0; i < draft.types().size(); i++) {
			TypeChange change = draft.types().get(i);
			errors.rejectIf(change.type() == null, "types[" + i + "].type", "validation.required");
			errors.rejectIf(change.validFrom() == null, "types[" + i + "].validFrom", "validation.required");
		}
		for (int i = 0; i < draft.statuses().size(); i++) {
			StatusChange change = draft.statuses().get(i);
			errors.rejectIf(change.status() == null, "statuses[" + i + "].status", "validation.required");
			errors.rejectIf(change.validFrom() == null, "statuses[" + i + "].validFrom", "validation.required");
		}
		for (int i = 0; i < draft.milestones().size(); i++) {
			Milestone milestone = draft.milestones().get(i);
			errors.rejectIf(milestone.date() == null, "milestones[" + i + "].date", "validation.required");
			errors.rejectIf(milestone.title() == null || milestone.title().isBlank(), "milestones[" + i + "].title",
					"validation.required");
		}
		errors.throwIfAny();
		return new Parties(vn, foreign);
	}

	/** Exactly one of locality and organisation names a party; both must exist. */
	private Party party(Long localityId, Long organisationId, String localityField, String organisationField,
			RuleViolationException.Collector errors) {
		if ((localityId == null) == (organisationId == null)) {
			errors.reject(localityField, "partnership.onePartyRequired");
			return null;
		}
		if (localityId != null) {
			Locality locality = localities.byIds(List.of(localityId)).get(localityId);
			if (locality == null) {
				errors.reject(localityField, "validation.unknownReference", localityId);
				return null;
			}
			return new Party(locality.getCountry(), locality.getNames().vi(), locality.getNames().searchText(),
					localities.currentProvinceOf(localityId).orElse(null));
		}
		Organisation organisation = organisations.byIds(List.of(organisationId)).get(organisationId);
		if (organisation == null) {
			errors.reject(organisationField, "validation.unknownReference", organisationId);
			return null;
		}
		return new Party(organisation.getCountry(), organisation.getNames().vi(),
				Text.searchText(organisation.getNames().searchText(), organisation.getAbbreviation()),
				organisation.getStewardship().provinceId());
	}

	/** A party as the rules need it; {@code province} is the current Vietnamese province it belongs to. */
	private record Party(String country, String name, String searchText, Long province) {
	}

	private record Parties(Party vn, Party foreign) {

		String title(String requested) {
			return requested != null && !requested.isBlank() ? requested.trim() : vn.name() + " – " + foreign.name();
		}

		String foreignCountry() {
			return foreign.country();
		}

		String searchText() {
			return Text.searchText(vn.searchText(), foreign.searchText());
		}

	}

}
