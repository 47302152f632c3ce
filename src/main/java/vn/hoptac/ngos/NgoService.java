package vn.hoptac.ngos;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoptac.geo.Locality;
import vn.hoptac.geo.LocalityService;
import vn.hoptac.ngos.internal.NgoRepository;
import vn.hoptac.partners.Organisation;
import vn.hoptac.partners.OrganisationService;
import vn.hoptac.partners.OrganisationType;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.ChangeRecorder;
import vn.hoptac.shared.Countries;
import vn.hoptac.shared.Facet;
import vn.hoptac.shared.FacetCounts;
import vn.hoptac.shared.FacetFilters;
import vn.hoptac.shared.ListPage;
import vn.hoptac.shared.RecordList;
import vn.hoptac.shared.RecordWrites;
import vn.hoptac.shared.RuleViolationException;
import vn.hoptac.shared.Specs;
import vn.hoptac.shared.DraftService;

/**
 * The provinces' files on foreign NGOs: the list (certificates expiring can be asked for by their
 * end of validity), the file, and its writes, each scoped, validated and audited. Pages and API
 * both go through here.
 */
@Service
@Transactional(readOnly = true)
public class NgoService implements DraftService<Ngo, NgoDraft> {

	public static final String ENTITY = "ngo";

	private static final List<Facet> FACETS = List.of(Facet.value("status", "status"), Facet.member("field", "fields"));

	private final NgoRepository ngos;

	private final OrganisationService organisations;

	private final LocalityService localities;

	private final RecordWrites<Ngo> writes;

	private final RecordList<Ngo> list;

	NgoService(NgoRepository ngos, OrganisationService organisations, LocalityService localities,
			ChangeRecorder changes, EntityManager entityManager) {
		this.ngos = ngos;
		this.organisations = organisations;
		this.localities = localities;
		this.writes = RecordWrites.of(ENTITY, ngos, changes, this::nameOf, Ngo::loadDetails);
		this.list = RecordList.of(Ngo.class, entityManager).alsoMatchingRelated().guarded();
	}

	/** A page of the list, certificates loaded. */
	public ListPage<Ngo> search(NgoQuery query, Pageable pageable) {
		ListPage<Ngo> page = list.page(facetFilters(query).all(), query.text(), pageable);
		page.forEach(Ngo::loadCertificates);
		return page;
	}

	public FacetCounts facetCounts(NgoQuery query) {
		return list.counts(facetFilters(query), query.text(), FACETS);
	}

	private FacetFilters<Ngo> facetFilters(NgoQuery query) {
		String country = Countries.normalise(query.country());
		return FacetFilters.<Ngo>of()
			.and("status", Specs.equalTo("status", query.status()))
			.and("field", Specs.has("fields", query.field()))
			.and("country", country == null ? Specification.unrestricted()
					: Specs.references(Organisation.class, "organisationId",
							(organisation, cb) -> cb.equal(organisation.get("country"), country)))
			.and("certificateType", holdingCertificate(query.certificateType(), null))
			.and("validTo", holdingCertificate(null, query.validToBefore()))
			.and("locality", inProvince(query.localityId()));
	}

	/** A valid certificate of the type, or whose validity ends on or before the day (either may be any). */
	private static Specification<Ngo> holdingCertificate(CertificateType type, LocalDate validToBefore) {
		if (type == null && validToBefore == null) {
			return Specification.unrestricted();
		}
		return (root, cq, cb) -> {
			Subquery<Integer> held = cq.subquery(Integer.class);
			Root<Ngo> correlated = held.correlate(root);
			Join<Ngo, NgoCertificate> certificate = correlated.join("certificates");
			held.select(cb.literal(1))
				.where(type != null ? cb.equal(certificate.get("type"), type)
						: cb.and(cb.equal(certificate.get("status"), CertificateStatus.VALID),
								cb.lessThanOrEqualTo(certificate.get("validTo"), validToBefore)));
			return cb.exists(held);
		};
	}

	/** Kept by the province or one it succeeded. */
	private Specification<Ngo> inProvince(Long localityId) {
		if (localityId == null) {
			return Specification.unrestricted();
		}
		Set<Long> covered = localities.coverage(localityId, null, null);
		return (root, cq, cb) -> root.get("stewardship").get("provinceId").in(covered);
	}

	/** The file with its certificates, opinions, visits and reports loaded. */
	@Override
	public Ngo get(long id) {
		return writes.read(id);
	}

	/** Checks a draft against every rule, writing nothing: a form reports them all at once. */
	@Override
	public void check(NgoDraft draft) {
		Access.checkWriter();
		validate(draft, null);
	}

	@Override
	@Transactional
	public Ngo create(NgoDraft draft) {
		return writes.create(() -> {
			Checked checked = validate(draft, null);
			return new Ngo(draft, checked.name(),
					Access.stewardshipAfterWrite(checked.province(), draft.visibility(), null));
		});
	}

	@Override
	@Transactional
	public Ngo update(long id, NgoDraft draft, Long expectedVersion) {
		return writes.update(id, expectedVersion, ngo -> {
			Checked checked = validate(draft, id);
			ngo.apply(draft, checked.name(),
					Access.stewardshipAfterWrite(checked.province(), draft.visibility(), ngo.getStewardship()));
		});
	}

	/** Deletes the file with everything in it; the audit keeps it as it was. */
	@Override
	@Transactional
	public void delete(long id, Long expectedVersion) {
		writes.delete(id, expectedVersion);
	}

	/** An NGO's file is named by its organisation (in Vietnamese) in the audit. */
	private String nameOf(Ngo ngo) {
		return organisations.byIds(List.of(ngo.getOrganisationId())).get(ngo.getOrganisationId()).getNames().vi();
	}

	private Checked validate(NgoDraft draft, Long self) {
		var errors = new RuleViolationException.Collector();
		errors.rejectIf(draft.organisationId() == null, "organisationId", "validation.required");
		errors.rejectIf(draft.vnLocalityId() == null, "vnLocalityId", "validation.required");
		errors.rejectIf(draft.status() == null, "status", "validation.required");
		Organisation organisation = draft.organisationId() == null ? null
				: organisations.readableByIds(List.of(draft.organisationId())).get(draft.organisationId());
		errors.rejectIf(draft.organisationId() != null && organisation == null, "organisationId",
				"validation.unknownReference", draft.organisationId());
		errors.rejectIf(organisation != null && organisation.getType() != OrganisationType.FOREIGN_NGO,
				"organisationId", "ngo.notForeignNgo");
		errors.rejectIf(organisation != null
				&& !organisation.getStewardship().visibility().sharedAsWidelyAs(draft.visibility()), "organisationId",
				"validation.referenceSharedLessWidely", draft.organisationId());
		Long province = null;
		if (draft.vnLocalityId() != null) {
			Locality locality = localities.byIds(List.of(draft.vnLocalityId())).get(draft.vnLocalityId());
			errors.rejectIf(locality == null, "vnLocalityId", "validation.unknownReference", draft.vnLocalityId());
			errors.rejectIf(locality != null && !Countries.VIETNAM.equals(locality.getCountry()), "vnLocalityId",
					"partnership.vnPartyNotVietnamese");
			province = locality == null ? null : localities.currentProvinceOf(locality.getId()).orElse(null);
		}
		errors.rejectIf(organisation != null && province != null
				&& ngos.existsOnFile(draft.organisationId(), province, self == null ? -1 : self), "organisationId",
				"ngo.alreadyOnFile");
		checkCertificates(draft.certificates(), errors);
		checkOpinions(draft, errors);
		checkReports(draft.reports(), errors);
		errors.throwIfAny();
		return new Checked(province, organisation.getNames().vi());
	}

	private void checkCertificates(List<NgoCertificate> certificates, RuleViolationException.Collector errors) {
		Set<Long> issuers = certificates.stream()
			.map(NgoCertificate::issuerOrganisationId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		Set<Long> readable = organisations.readableByIds(issuers).keySet();
		for (int i = 0; i < certificates.size(); i++) {
			NgoCertificate certificate = certificates.get(i);
			String field = "certificates[" + i + "]";
			errors.rejectIf(certificate.type() == null, field + ".type", "validation.required");
			errors.rejectIf(certificate.status() == null, field + ".status", "validation.required");
			errors.rejectIf(certificate.issuerOrganisationId() != null
					&& !readable.contains(certificate.issuerOrganisationId()), field + ".issuerOrganisationId",
					"validation.unknownReference", certificate.issuerOrganisationId());
			errors.rejectIf(endsBeforeStart(certificate.validFrom(), certificate.validTo()), field + ".validTo",
					"validation.endBeforeStart");
		}
	}

	private static void checkOpinions(NgoDraft draft, RuleViolationException.Collector errors) {
		Set<String> numbers = draft.certificates()
			.stream()
			.map(NgoCertificate::number)
			.filter(Objects::nonNull)
			.map(String::trim)
			.collect(Collectors.toSet());
		for (int i = 0; i < draft.opinions().size(); i++) {
			NgoOpinion opinion = draft.opinions().get(i);
			String field = "opinions[" + i + "]";
			errors.rejectIf(opinion.matter() == null, field + ".matter", "validation.required");
			errors.rejectIf(endsBeforeStart(opinion.requestedOn(), opinion.givenOn()), field + ".givenOn",
					"ngo.opinion.givenBeforeRequested");
			errors.rejectIf(opinion.certificateNumber() != null && !opinion.certificateNumber().isBlank()
					&& !numbers.contains(opinion.certificateNumber().trim()), field + ".certificateNumber",
					"ngo.opinion.unknownCertificate", opinion.certificateNumber());
		}
	}

	private static void checkReports(List<NgoReport> reports, RuleViolationException.Collector errors) {
		for (int i = 0; i < reports.size(); i++) {
			NgoReport report = reports.get(i);
			String field = "reports[" + i + "]";
			errors.rejectIf(report.recipient() == null, field + ".recipient", "validation.required");
			errors.rejectIf(report.year() == null, field + ".year", "validation.required");
			errors.rejectIf(report.year() != null && (report.year() < 1900 || report.year() > 2100), field + ".year",
					"ngo.report.yearRange");
			errors.rejectIf(report.half() != null && report.half() != 1 && report.half() != 2, field + ".half",
					"ngo.report.halfRange");
		}
	}

	private static boolean endsBeforeStart(LocalDate start, LocalDate end) {
		return start != null && end != null && end.isBefore(start);
	}

	/** What validation found: the province that keeps the file and the NGO's name. */
	private record Checked(Long province, String name) {
	}

}
