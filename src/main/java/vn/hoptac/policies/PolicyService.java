package vn.hoptac.policies;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoptac.policies.internal.PolicyRepository;
import vn.hoptac.shared.ChangeRecorder;
import vn.hoptac.shared.ConflictException;
import vn.hoptac.shared.DraftService;
import vn.hoptac.shared.Facet;
import vn.hoptac.shared.FacetCounts;
import vn.hoptac.shared.FacetFilters;
import vn.hoptac.shared.ListPage;
import vn.hoptac.shared.RecordList;
import vn.hoptac.shared.RecordRef;
import vn.hoptac.shared.RecordRights;
import vn.hoptac.shared.RecordWrites;
import vn.hoptac.shared.Role;
import vn.hoptac.shared.RuleViolationException;
import vn.hoptac.shared.Specs;
import vn.hoptac.shared.Stewardship;

/**
 * Legal and policy documents: national records (kept by no province), written by national analysts
 * and administrators, deleted by administrators, read by every signed-in reader (anonymous visitors:
 * the public ones); validated and audited.
 */
@Service
@Transactional(readOnly = true)
public class PolicyService implements DraftService<PolicyDocument, PolicyDraft> {

	public static final String ENTITY = "policy";

	/** Who may write and delete them; everyone signed in reads them. */
	public static final RecordRights RIGHTS = RecordRights.byRole(List.of(Role.ADMIN, Role.NATIONAL_ANALYST),
			List.of(Role.ADMIN));

	private static final List<Facet> FACETS = List.of(Facet.value("kind", "kind"), Facet.year("year", "issuedOn"));

	private final PolicyRepository documents;

	private final RecordWrites<PolicyDocument> writes;

	private final RecordList<PolicyDocument> list;

	PolicyService(PolicyRepository documents, ChangeRecorder changes, EntityManager entityManager) {
		this.documents = documents;
		this.writes = RecordWrites.of(ENTITY, documents, changes, PolicyDocument::getTitle, document -> {
		}).withRights(RIGHTS);
		this.list = RecordList.of(PolicyDocument.class, entityManager);
	}

	public ListPage<PolicyDocument> search(PolicyQuery query, Pageable pageable) {
		return list.page(filters(query).all(), query.text(), pageable);
	}

	public FacetCounts facetCounts(PolicyQuery query) {
		return list.counts(filters(query), query.text(), FACETS);
	}

	private FacetFilters<PolicyDocument> filters(PolicyQuery query) {
		return FacetFilters.<PolicyDocument>of()
			.and("kind", Specs.equalTo("kind", query.kind()))
			.and("year", Specs.inYears("issuedOn", query.year(), query.year()))
			.and("readable", RIGHTS.readable());
	}

	public PolicyDocument get(long id) {
		return writes.read(id);
	}

	/** The document if there is one and the reader may see it, else null. */
	public PolicyDocument findReadable(Long id) {
		return id == null ? null
				: documents.findById(id).filter(d -> RIGHTS.canRead(d.getStewardship())).orElse(null);
	}

	/** The documents this one superseded that the reader may see, the oldest first. */
	public List<PolicyDocument> superseded(PolicyDocument document) {
		return documents.findBySupersededByIdOrderByIssuedOnAscIdAsc(document.getId())
			.stream()
			.filter(d -> RIGHTS.canRead(d.getStewardship()))
			.toList();
	}

	public boolean canWrite(PolicyDocument document) {
		return RIGHTS.canWrite(document.getStewardship());
	}

	public boolean canDelete(PolicyDocument document) {
		return RIGHTS.canDelete(document.getStewardship());
	}

	/** Checks a new document's draft against every rule, writing nothing: a form reports them all at once. */
	@Override
	public void check(PolicyDraft draft) {
		RIGHTS.checkWriter();
		validate(draft, null);
	}

	/** Checks the draft of an edit (a document may not supersede itself). */
	@Override
	public void check(long id, PolicyDraft draft) {
		RIGHTS.checkWriter();
		validate(draft, id);
	}

	@Override
	public void checkEditable(PolicyDocument document) {
		RIGHTS.checkWrite(document.getStewardship());
	}

	@Override
	public void checkDeletable(PolicyDocument document) {
		RIGHTS.checkDelete(document.getStewardship());
	}

	@Transactional
	public PolicyDocument create(PolicyDraft draft) {
		return writes.create(() -> {
			validate(draft, null);
			return new PolicyDocument(draft, national(draft));
		});
	}

	@Transactional
	public PolicyDocument update(long id, PolicyDraft draft, Long expectedVersion) {
		return writes.update(id, expectedVersion, document -> {
			validate(draft, id);
			document.apply(draft, national(draft));
		});
	}

	/** Refuses (409) while documents name this one as their successor, listing them. */
	@Transactional
	public void delete(long id, Long expectedVersion) {
		writes.delete(id, expectedVersion, document -> {
			List<RecordRef> naming = documents.findBySupersededByIdOrderByIssuedOnAscIdAsc(id)
				.stream()
				.map(d -> new RecordRef(ENTITY, d.getId(), d.getTitle(), "/policies/" + d.getId()))
				.toList();
			if (!naming.isEmpty()) {
				throw new ConflictException("linked", naming, "id", "policy.delete.superseding",
						String.join("; ", naming.stream().map(RecordRef::title).toList()));
			}
		});
	}

	/** A national record: no province or unit keeps it. */
	private static Stewardship national(PolicyDraft draft) {
		return new Stewardship(null, null, draft.visibility() == null ? vn.hoptac.shared.Visibility.INTERNAL
				: draft.visibility());
	}

	private void validate(PolicyDraft draft, Long id) {
		var errors = new RuleViolationException.Collector();
		errors.rejectIf(draft.title() == null || draft.title().isBlank(), "title", "validation.required");
		errors.rejectIf(draft.kind() == null, "kind", "validation.required");
		Long successor = draft.supersededById();
		errors.rejectIf(successor != null && successor.equals(id), "supersededById", "policy.supersededBy.self");
		errors.rejectIf(successor != null && !successor.equals(id) && !documents.existsById(successor),
				"supersededById", "validation.unknownReference", successor);
		errors.rejectIf(draft.issuedOn() != null && draft.inForceOn() != null
				&& draft.inForceOn().date().isBefore(draft.issuedOn().date()), "inForceOn", "policy.inForceOn.beforeIssued");
		errors.throwIfAny();
	}

}
