package vn.hoptac.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoptac.agreements.AgreementService;
import vn.hoptac.geo.Locality;
import vn.hoptac.geo.LocalityService;
import vn.hoptac.partners.Organisation;
import vn.hoptac.partners.OrganisationService;
import vn.hoptac.partners.PartnershipService;
import vn.hoptac.projects.internal.Conversions;
import vn.hoptac.projects.internal.ProjectRepository;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.ChangeRecorder;
import vn.hoptac.shared.Countries;
import vn.hoptac.shared.DatePrecision.PartialDate;
import vn.hoptac.shared.DraftService;
import vn.hoptac.shared.Facet;
import vn.hoptac.shared.FacetCounts;
import vn.hoptac.shared.FacetFilters;
import vn.hoptac.shared.FormOptions;
import vn.hoptac.shared.ListPage;
import vn.hoptac.shared.NotFoundException;
import vn.hoptac.shared.PartyLinks;
import vn.hoptac.shared.RecordList;
import vn.hoptac.shared.RecordWrites;
import vn.hoptac.shared.RuleViolationException;
import vn.hoptac.shared.Specs;
import vn.hoptac.shared.Stewardship;
import vn.hoptac.shared.Visibility;

/**
 * Projects: the list with its facets, and every write checked against the IATI codelists, the
 * sectors' 100 % rule and the money rules (exact amounts in a known currency, converted to VND and
 * USD at the rate in force on their date, or refused when there is none). Pages and API share it.
 */
@Service
@Transactional(readOnly = true)
public class ProjectService implements DraftService<Project, ProjectDraft> {

	public static final String ENTITY = "project";

	private static final BigDecimal HUNDRED = new BigDecimal("100");

	private static final List<Facet> FACETS = List.of(Facet.value("modality", "modality"),
			Facet.value("status", "activityStatus"), Facet.member("sector", "sectorCategories"),
			Facet.value("country", "foreignCountry"), Facet.member("field", "fields"), Facet.decade("decade", "startOn"));

	private final ProjectRepository projects;

	private final LocalityService localities;

	private final OrganisationService organisations;

	private final PartnershipService partnerships;

	private final AgreementService agreements;

	private final IatiCodes codes;

	private final Conversions conversions;

	private final VnParties vnParties;

	private final RecordList<Project> list;

	/** How many projects a form's select offers at most (besides the chosen one). */
	private static final int FORM_OPTIONS = 1000;

	private final RecordWrites<Project> writes;

	ProjectService(ProjectRepository projects, LocalityService localities, OrganisationService organisations,
			PartnershipService partnerships, AgreementService agreements, IatiCodes codes, Conversions conversions,
			VnParties vnParties, ChangeRecorder changes, EntityManager entityManager) {
		this.projects = projects;
		this.localities = localities;
		this.organisations = organisations;
		this.partnerships = partnerships;
		this.agreements = agreements;
		this.codes = codes;
		this.conversions = conversions;
		this.vnParties = vnParties;
		this.writes = RecordWrites.of(ENTITY, projects, changes, Project::getTitle, Project::loadDetails);
		this.list = RecordList.of(Project.class, entityManager).alsoMatchingRelated().guarded();
	}

	/** A page of the list, participants loaded. */
	public ListPage<Project> search(ProjectQuery query, Pageable pageable) {
		ListPage<Project> page = list.page(facetFilters(query).all(), query.text(), pageable);
		page.forEach(Project::loadParticipants);
		return page;
	}

	/** How many projects each facet value of the list has, under the list's other filters. */
	public FacetCounts facetCounts(ProjectQuery query) {
		return list.counts(facetFilters(query), query.text(), FACETS);
	}

	/** The donors' and investors' countries of the projects the current reader may see. */
	public List<String> foreignCountries() {
		return list.distinctValues("foreignCountry", Specification.unrestricted());
	}

	private FacetFilters<Project> facetFilters(ProjectQuery query) {
		return FacetFilters.<Project>of()
			.and("modality", Specs.equalTo("modality", query.modality()))
			.and("status", Specs.equalTo("activityStatus", query.status()))
			.and("proposalStage", Specs.equalTo("proposalStage", query.proposalStage()))
			.and("sector", inSector(query.sector()))
			.and("country", Specs.equalTo("foreignCountry", Countries.normalise(query.country())))
			.and("partnership", Specs.equalTo("partnershipId", query.partnershipId()))
			.and("participant", query.participant() == null ? Specification.unrestricted()
					: Specs.references(Organisation.class, "participants.organisationId",
							(organisation, cb) -> cb.equal(organisation.get("id"), query.participant())))
			.and("field", Specs.has("fields", query.field()))
			.and("decade", Specs.inYears("startOn", query.yearFrom(), query.yearTo()))
			.and("locality", involving(query.localityId(), query.yearFrom(), query.yearTo()));
	}

	/** A DAC category (3 digits) through the kept categories; a 5-digit code through the sectors themselves. */
	private static Specification<Project> inSector(String sector) {
		if (sector == null || sector.isBlank()) {
			return Specification.unrestricted();
		}
		String code = sector.trim();
		return code.length() == 3 ? Specs.has("sectorCategories", code)
				: (root, cq, cb) -> cb.equal(root.join("sectors").get("code"), code);
	}

	/**
	 * The province roll-up: the project's Vietnamese party or one of its locations belongs to the
	 * locality's history over the years ({@link LocalityService#coverage}).
	 */
	private Specification<Project> involving(Long localityId, Integer yearFrom, Integer yearTo) {
		if (localityId == null) {
			return Specification.unrestricted();
		}
		Set<Long> covered = localities.coverage(localityId, Specs.startOf(yearFrom), Specs.endOf(yearTo));
		Specs.Condition<Locality> inCoverage = (locality, cb) -> locality.get("id").in(covered);
		return Specs.referencesAny(List.of(Specs.way(Locality.class, "vnLocalityId", inCoverage),
				Specs.way(Organisation.class, "vnOrganisationId", OrganisationService.seatedIn(covered)),
				Specs.way(Locality.class, "locations.localityId", inCoverage)));
	}

	/** The project with everything it holds, if the current reader may see it. */
	public Project get(long id) {
		return writes.read(id);
	}

	/** The project, if it exists and the current reader may see it. */
	public Optional<Project> findReadable(long id) {
		return projects.findById(id).filter(p -> Access.canRead(p.getStewardship()));
	}

	/**
	 * The projects a form offers to link a record to (an event held under one): the first by title
	 * that the reader may see, and the chosen one.
	 */
	public List<Project> formOptions(Long selected) {
		return FormOptions.including(list
			.page(Specification.unrestricted(), null, PageRequest.of(0, FORM_OPTIONS, Sort.by("sortKey")))
			.getContent(), selected, this::findReadable);
	}

	/** Checks a draft against every rule, writing nothing: a form reports them all at once. */
	public void check(ProjectDraft draft) {
		Access.checkWriter();
		converted(draft);
	}

	@Transactional
	public Project create(ProjectDraft draft) {
		return writes.create(() -> {
			ProjectDraft valid = converted(draft);
			return new Project(valid, foreignCountry(valid), stewardship(valid, null));
		});
	}

	@Transactional
	public Project update(long id, ProjectDraft draft, Long expectedVersion) {
		return writes.update(id, expectedVersion, project -> {
			ProjectDraft valid = converted(draft);
			project.apply(valid, foreignCountry(valid), stewardship(valid, project.getStewardship()));
		});
	}

	/** Deletes the project with everything it holds; the audit keeps it as it was. */
	@Transactional
	public void delete(long id, Long expectedVersion) {
		writes.delete(id, expectedVersion);
	}

	private Stewardship stewardship(ProjectDraft valid, Stewardship existing) {
		return Access.stewardshipAfterWrite(vnParties.province(valid.vnLocalityId(), valid.vnOrganisationId()),
				valid.visibility(), existing);
	}

	/** The draft checked against every rule, its budgets and transactions with their VND and USD equivalents. */
	private ProjectDraft converted(ProjectDraft draft) {
		var errors = new RuleViolationException.Collector();
		errors.rejectIf(draft.title() == null || draft.title().isBlank(), "title", "validation.required");
		errors.rejectIf(draft.modality() == null, "modality", "validation.required");
		checkCode(IatiCodelist.ACTIVITY_STATUS, draft.activityStatus(), "activityStatus", errors);
		errors.rejectIf(draft.proposalStage() != null && draft.activityStatus() != null
				&& !ActivityStatus.PIPELINE.equals(draft.activityStatus()), "proposalStage", "project.proposal.notPipeline");
		vnParties.check(draft.vnLocalityId(), draft.vnOrganisationId(), draft.visibility(), errors);
		errors.rejectIf(draft.partnershipId() != null && partnerships.findReadable(draft.partnershipId()).isEmpty(),
				"partnershipId", "validation.unknownReference", draft.partnershipId());
		errors.rejectIf(draft.agreementId() != null && !agreementReadable(draft.agreementId()), "agreementId",
				"validation.unknownReference", draft.agreementId());
		errors.rejectIf(draft.foreignCountry() != null && !Countries.isValid(draft.foreignCountry()), "foreignCountry",
				"validation.badValue", draft.foreignCountry());
		checkPeriod(draft.plannedStart(), draft.plannedEnd(), "plannedEnd", errors);
		checkPeriod(draft.actualStart(), draft.actualEnd(), "actualEnd", errors);
		errors.rejectIf(draft.coversProjects() != null && draft.coversProjects() < 1, "coversProjects",
				"project.count.positive");
		errors.rejectIf(draft.coversComponents() != null && draft.coversComponents() < 1, "coversComponents",
				"project.count.positive");
		Map<Long, Organisation> bodies = organisations.readableByIds(referencedOrganisations(draft));
		checkParticipants(draft, bodies, errors);
		checkSectors(draft.sectors(), errors);
		Map<String, IatiCode> targets = codes.of(IatiCodelist.SDG_TARGET);
		for (int i = 0; i < draft.sdgTargets().size(); i++) {
			String target = draft.sdgTargets().get(i);
			errors.rejectIf(target == null || !targets.containsKey(target), "sdgTargets[" + i + "]",
					"project.code.unknown", target);
		}
		checkLocations(draft, errors);
		List<ProjectBudget> budgets = budgets(draft, errors);
		List<ProjectTransaction> transactions = transactions(draft, bodies, errors);
		checkAppraisals(draft.appraisals(), bodies, draft.visibility(), errors);
		errors.throwIfAny();
		return new ProjectDraft(draft.title(), draft.description(), draft.modality(), draft.activityStatus(),
				draft.proposalStage(), draft.vnLocalityId(), draft.vnOrganisationId(), draft.partnershipId(),
				draft.agreementId(), draft.foreignCountry(), draft.plannedStart(), draft.actualStart(),
				draft.plannedEnd(), draft.actualEnd(), draft.coversProjects(), draft.coversProjectsQualifier(),
				draft.coversComponents(), draft.coversComponentsQualifier(), draft.financingAgreementRef(),
				draft.financingAgreementOn(), draft.inKind(), draft.note(), draft.fields(), draft.participants(),
				draft.sectors(), draft.sdgTargets(), draft.locations(), budgets, transactions, draft.appraisals(),
				draft.source(), draft.visibility());
	}

	private boolean agreementReadable(long id) {
		try {
			agreements.get(id);
			return true;
		}
		catch (NotFoundException | AccessDeniedException ex) {
			return false;
		}
	}

	private static List<Long> referencedOrganisations(ProjectDraft draft) {
		return Stream.of(draft.participants().stream().map(ProjectParticipant::organisationId),
				draft.transactions().stream().flatMap(t -> Stream.of(t.providerOrganisationId(), t.receiverOrganisationId())),
				draft.appraisals().stream().map(ProjectAppraisal::appraiserOrganisationId))
			.flatMap(s -> s)
			.filter(Objects::nonNull)
			.toList();
	}

	private void checkParticipants(ProjectDraft draft, Map<Long, Organisation> bodies,
			RuleViolationException.Collector errors) {
		Map<String, IatiCode> roles = codes.of(IatiCodelist.ORGANISATION_ROLE);
		Map<Long, Locality> places = localities.byIds(
				draft.participants().stream().map(ProjectParticipant::localityId).filter(Objects::nonNull).toList());
		for (int i = 0; i < draft.participants().size(); i++) {
			ProjectParticipant p = draft.participants().get(i);
			String field = "participants[" + i + "]";
			errors.rejectIf(p.role() == null, field + ".role", "validation.required");
			errors.rejectIf(p.role() != null && !roles.containsKey(String.valueOf(p.role())), field + ".role",
					"project.code.unknown", p.role());
			boolean named = p.nameText() != null && !p.nameText().isBlank();
			if (Stream.of(p.organisationId() != null, p.localityId() != null, named).filter(b -> b).count() != 1) {
				errors.reject(field + ".organisationId", "project.participant.oneRequired");
				continue;
			}
			if (p.organisationId() != null) {
				VnParties.checkOrganisation(bodies.get(p.organisationId()), p.organisationId(), draft.visibility(),
						field + ".organisationId", errors);
			}
			errors.rejectIf(p.localityId() != null && !places.containsKey(p.localityId()), field + ".localityId",
					"validation.unknownReference", p.localityId());
		}
	}

	/** Known, current DAC codes, each once, with shares that sum to exactly 100 % when any is given. */
	private void checkSectors(List<ProjectSector> sectors, RuleViolationException.Collector errors) {
		if (sectors.isEmpty()) {
			return;
		}
		Map<String, IatiCode> known = codes.of(IatiCodelist.SECTOR);
		Set<String> seen = new HashSet<>();
		BigDecimal sum = BigDecimal.ZERO;
		boolean readable = true;
		for (int i = 0; i < sectors.size(); i++) {
			ProjectSector sector = sectors.get(i);
			String field = "sectors[" + i + "]";
			IatiCode code = sector.code() == null ? null : known.get(sector.code());
			if (code == null) {
				errors.reject(field + ".code", sector.code() == null ? "validation.required" : "project.sector.unknown",
						sector.code());
			}
			else {
				errors.rejectIf(code.withdrawn(), field + ".code", "project.sector.withdrawn", sector.code());
				errors.rejectIf(!seen.add(sector.code()), field + ".code", "project.sector.duplicate", sector.code());
			}
			BigDecimal share = sector.percentage();
			if (share == null || share.signum() <= 0 || share.compareTo(HUNDRED) > 0 || share.scale() > 2) {
				errors.reject(field + ".percentage", "project.sector.percentage");
				readable = false;
			}
			else {
				sum = sum.add(share);
			}
		}
		errors.rejectIf(readable && sum.compareTo(HUNDRED) != 0, "sectors", "project.sectors.sumNot100",
				sum.stripTrailingZeros());
	}

	private void checkLocations(ProjectDraft draft, RuleViolationException.Collector errors) {
		Map<Long, Locality> places = localities
			.byIds(draft.locations().stream().map(ProjectLocation::localityId).filter(Objects::nonNull).toList());
		for (int i = 0; i < draft.locations().size(); i++) {
			ProjectLocation location = draft.locations().get(i);
			String field = "locations[" + i + "]";
			boolean named = location.communeName() != null && !location.communeName().isBlank();
			errors.rejectIf(location.localityId() == null && !named, field + ".localityId", "validation.required");
			errors.rejectIf(location.localityId() != null && !places.containsKey(location.localityId()),
					field + ".localityId", "validation.unknownReference", location.localityId());
		}
	}

	private List<ProjectBudget> budgets(ProjectDraft draft, RuleViolationException.Collector errors) {
		Map<String, IatiCode> types = codes.of(IatiCodelist.BUDGET_TYPE);
		Map<String, IatiCode> statuses = codes.of(IatiCodelist.BUDGET_STATUS);
		Map<String, IatiCode> currencies = codes.of(IatiCodelist.CURRENCY);
		return indexed(draft.budgets(), (i, b) -> {
			String field = "budgets[" + i + "]";
			errors.rejectIf(b.type() == null || !types.containsKey(String.valueOf(b.type())), field + ".type",
					"project.code.unknown", b.type());
			errors.rejectIf(b.status() == null || !statuses.containsKey(String.valueOf(b.status())), field + ".status",
					"project.code.unknown", b.status());
			errors.rejectIf(b.funderPosition() != null
					&& (b.funderPosition() < 0 || b.funderPosition() >= draft.participants().size()),
					field + ".funderPosition", "validation.badValue", b.funderPosition());
			checkPeriod(PartialDate.of(b.periodStart(), b.periodStartPrecision()),
					PartialDate.of(b.periodEnd(), b.periodEndPrecision()), field + ".periodEnd", errors);
			boolean valid = checkAmount(b.amount(), false, b.currency(), currencies, field, errors);
			checkStated(b.statedVnd(), b.statedUsd(), field, errors);
			// IATI dates a budget's value at the start of its period; an unknown period has no equivalents
			LocalDate valueDate = b.periodStart();
			Equivalent equivalent = valid && valueDate != null
					? convert(b.amount(), b.currency(), valueDate, field, errors) : null;
			return b.converted(valueDate, equivalent);
		});
	}

	private List<ProjectTransaction> transactions(ProjectDraft draft, Map<Long, Organisation> bodies,
			RuleViolationException.Collector errors) {
		Map<String, IatiCode> types = codes.of(IatiCodelist.TRANSACTION_TYPE);
		Map<String, IatiCode> currencies = codes.of(IatiCodelist.CURRENCY);
		Map<Long, Locality> places = localities.byIds(draft.transactions()
			.stream()
			.map(ProjectTransaction::receiverLocalityId)
			.filter(Objects::nonNull)
			.toList());
		return indexed(draft.transactions(), (i, t) -> {
			String field = "transactions[" + i + "]";
			errors.rejectIf(t.type() == null || !types.containsKey(String.valueOf(t.type())), field + ".type",
					"project.code.unknown", t.type());
			errors.rejectIf(t.transactionOn() == null, field + ".transactionOn", "validation.required");
			boolean valid = checkAmount(t.amount(), true, t.currency(), currencies, field, errors);
			checkStated(t.statedVnd(), t.statedUsd(), field, errors);
			if (t.providerOrganisationId() != null) {
				VnParties.checkOrganisation(bodies.get(t.providerOrganisationId()), t.providerOrganisationId(),
						draft.visibility(), field + ".providerOrganisationId", errors);
			}
			if (t.receiverOrganisationId() != null) {
				VnParties.checkOrganisation(bodies.get(t.receiverOrganisationId()), t.receiverOrganisationId(),
						draft.visibility(), field + ".receiverOrganisationId", errors);
			}
			errors.rejectIf(t.receiverLocalityId() != null && !places.containsKey(t.receiverLocalityId()),
					field + ".receiverLocalityId", "validation.unknownReference", t.receiverLocalityId());
			// a bound ("by 2023") is converted at the rate of the bound's year
			Equivalent equivalent = valid && t.transactionOn() != null
					? convert(t.amount(), t.currency(), t.transactionOn(), field, errors) : null;
			return t.converted(equivalent);
		});
	}

	private static void checkAppraisals(List<ProjectAppraisal> appraisals, Map<Long, Organisation> bodies,
			Visibility visibility, RuleViolationException.Collector errors) {
		for (int i = 0; i < appraisals.size(); i++) {
			ProjectAppraisal a = appraisals.get(i);
			String field = "appraisals[" + i + "]";
			if (a.appraiserOrganisationId() != null) {
				VnParties.checkOrganisation(bodies.get(a.appraiserOrganisationId()), a.appraiserOrganisationId(), visibility,
						field + ".appraiserOrganisationId", errors);
			}
			errors.rejectIf(a.requestedOn() != null && a.concludedOn() != null
					&& a.concludedOn().isBefore(a.requestedOn()), field + ".concludedOn", "validation.endBeforeStart");
		}
	}

	/** An amount present, not negative (a transaction's above zero), to the cent, in a current ISO 4217 currency. */
	private static boolean checkAmount(BigDecimal amount, boolean positive, String currency,
			Map<String, IatiCode> currencies, String field, RuleViolationException.Collector errors) {
		boolean valid = true;
		if (amount == null) {
			errors.reject(field + ".amount", "validation.required");
			valid = false;
		}
		else if (amount.signum() < 0 || positive && amount.signum() == 0) {
			errors.reject(field + ".amount", positive ? "project.money.notPositive" : "project.money.negative");
			valid = false;
		}
		else if (amount.scale() > 2 || amount.precision() - amount.scale() > 18) {
			errors.reject(field + ".amount", "project.money.precision");
			valid = false;
		}
		IatiCode code = currency == null ? null : currencies.get(currency);
		if (code == null || code.withdrawn()) {
			errors.reject(field + ".currency", currency == null ? "validation.required" : "project.money.currency",
					currency);
			valid = false;
		}
		return valid;
	}

	private static void checkStated(BigDecimal vnd, BigDecimal usd, String field,
			RuleViolationException.Collector errors) {
		errors.rejectIf(vnd != null && (vnd.signum() < 0 || vnd.scale() > 2), field + ".statedVnd",
				"project.money.negative");
		errors.rejectIf(usd != null && (usd.signum() < 0 || usd.scale() > 2), field + ".statedUsd",
				"project.money.negative");
	}

	private Equivalent convert(BigDecimal amount, String currency, LocalDate day, String field,
			RuleViolationException.Collector errors) {
		return conversions.convert(amount, currency, day, field + ".currency", errors).orElse(null);
	}

	/** A code, when given, is one of the codelist's current ones. */
	private void checkCode(IatiCodelist list, String code, String field, RuleViolationException.Collector errors) {
		if (code != null) {
			IatiCode known = codes.of(list).get(code);
			errors.rejectIf(known == null || known.withdrawn(), field, "project.code.unknown", code);
		}
	}

	private static void checkPeriod(PartialDate start, PartialDate end, String field,
			RuleViolationException.Collector errors) {
		errors.rejectIf(Periods.endsBefore(start, end), field, "validation.endBeforeStart");
	}

	private static <E> List<E> indexed(List<E> rows, java.util.function.BiFunction<Integer, E, E> each) {
		return java.util.stream.IntStream.range(0, rows.size()).mapToObj(i -> each.apply(i, rows.get(i))).toList();
	}

	/** The country stated, else that of the first funding participant that is not Vietnamese. */
	private String foreignCountry(ProjectDraft draft) {
		if (draft.foreignCountry() != null) {
			return Countries.normalise(draft.foreignCountry());
		}
		List<ProjectParticipant> funders = draft.participants()
			.stream()
			.filter(p -> Objects.equals(p.role(), ProjectParticipant.FUNDING))
			.toList();
		Map<Long, Organisation> bodies = organisations
			.byIds(funders.stream().map(ProjectParticipant::organisationId).filter(Objects::nonNull).toList());
		Map<Long, Locality> places = localities
			.byIds(funders.stream().map(ProjectParticipant::localityId).filter(Objects::nonNull).toList());
		return funders.stream()
			.map(p -> p.organisationId() != null ? Optional.ofNullable(bodies.get(p.organisationId()))
				.map(Organisation::getCountry)
				.orElse(null)
					: p.localityId() != null ? Optional.ofNullable(places.get(p.localityId()))
						.map(Locality::getCountry)
						.orElse(null) : null)
			.filter(country -> country != null && !Countries.VIETNAM.equals(country))
			.findFirst()
			.orElse(null);
	}

	/**
	 * Which funders (IATI role 1) bring resources to which Vietnamese party, per year of the
	 * projects' start, as far as the reader may see them (a province's, or all when null).
	 */
	public List<PartyLinks.Link> partyLinks(Long provinceId) {
		return list.partyLinks((root, cb) -> {
			jakarta.persistence.criteria.Join<Project, ProjectParticipant> funder = root.join("participants");
			return new PartyLinks.Columns(root.get("vnLocalityId"), root.get("vnOrganisationId"),
					funder.get("localityId"), funder.get("organisationId"), root.get("startOn"),
					cb.equal(funder.get("role"), ProjectParticipant.FUNDING));
		}, PartyLinks.keptBy(provinceId));
	}

}
