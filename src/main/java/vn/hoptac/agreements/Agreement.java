package vn.hoptac.agreements;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.Hibernate;

import vn.hoptac.partners.CooperationField;
import vn.hoptac.shared.DatePrecision;
import vn.hoptac.shared.Stewardship;
import vn.hoptac.shared.Text;
import vn.hoptac.shared.PartyRecord;

/**
 * An international agreement (or treaty, ODA, NGO aid or civil instrument) with its parties and an
 * append-only action history. The current stage is the latest action, kept in a column for filtering.
 */
@Entity
@Table(name = "agreement")
public class Agreement extends PartyRecord {

	/** Column sizes of agreement, its parties and actions (db/migration): the schema's limits, which requests are validated against. */
	public static final int TITLE_LENGTH = 500;

	public static final int DOCUMENT_REF_LENGTH = 1000;

	public static final int SUMMARY_LENGTH = 4000;

	public static final int SOURCE_LENGTH = 500;

	public static final int SIGNATORY_NAME_LENGTH = 200;

	public static final int SIGNATORY_TITLE_LENGTH = 300;

	public static final int NOTE_LENGTH = 1000;

	/** Folded names and the collation key are cut to their columns: a long name stays searchable by its start. */
	public static final int SEARCH_TEXT_LENGTH = 3000;

	static final int SORT_KEY_LENGTH = 1200;

	static final Comparator<AgreementAction> CHRONOLOGICAL = Comparator.comparing(AgreementAction::date)
		.thenComparing(AgreementAction::recordedAt);

	@Column(length = TITLE_LENGTH)
	private String title;

	@Enumerated(EnumType.STRING)
	private AgreementKind kind;

	@Enumerated(EnumType.STRING)
	private LegalBasis legalBasis;

	@Enumerated(EnumType.STRING)
	private SignatoryLevel level;

	private Long partnershipId;

	private String foreignCountry;

	private LocalDate signedOn;

	@Enumerated(EnumType.STRING)
	private DatePrecision signedPrecision;

	private LocalDate effectiveOn;

	@Enumerated(EnumType.STRING)
	private DatePrecision effectivePrecision;

	private LocalDate expiresOn;

	@Column(length = DOCUMENT_REF_LENGTH)
	private String documentRef;

	@Column(length = SUMMARY_LENGTH)
	private String summary;

	@Enumerated(EnumType.STRING)
	private ActionType currentStage;

	@ElementCollection
	@CollectionTable(name = "agreement_party", joinColumns = @JoinColumn(name = "agreement_id"))
	@OrderColumn(name = "position")
	private List<AgreementParty> parties = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "agreement_field", joinColumns = @JoinColumn(name = "agreement_id"))
	@Column(name = "field")
	@Enumerated(EnumType.STRING)
	private Set<CooperationField> fields = EnumSet.noneOf(CooperationField.class);

	@ElementCollection
	@CollectionTable(name = "agreement_action", joinColumns = @JoinColumn(name = "agreement_id"))
	@OrderBy("date asc, recordedAt asc")
	private List<AgreementAction> actions = new ArrayList<>();

	protected Agreement() {
	}

	Agreement(AgreementDraft draft, String foreignCountry, Stewardship stewardship) {
		apply(draft, foreignCountry, stewardship);
	}

	/**
	 * The search text is the agreement's own: its parties are found by their current names ({@link AgreementService}).
	 * The signing and entry-into-force dates are not stated here: they follow from the actions ({@link #record}).
	 */
	void apply(AgreementDraft draft, String foreignCountry, Stewardship stewardship) {
		this.stewardship = stewardship;
		this.title = draft.title().trim();
		this.kind = draft.kind();
		this.legalBasis = draft.legalBasis();
		this.level = draft.level();
		this.partnershipId = draft.partnershipId();
		this.foreignCountry = foreignCountry;
		this.expiresOn = draft.expiresOn();
		this.documentRef = draft.documentRef();
		this.summary = draft.summary();
		this.source = draft.source();
		this.parties.clear();
		this.parties.addAll(draft.parties());
		this.fields.clear();
		this.fields.addAll(draft.fields());
		this.searchText = Text.fit(Text.searchText(title, summary), SEARCH_TEXT_LENGTH);
		this.sortKey = Text.fit(Text.sortKey(title), SORT_KEY_LENGTH);
	}

	void record(AgreementAction action) {
		actions.add(action);
		actionsChanged();
	}

	/** Withdraws the action at this position of the chronological history. */
	AgreementAction withdraw(int position) {
		AgreementAction withdrawn = actions.remove(position);
		actionsChanged();
		return withdrawn;
	}

	/** The stage and the signing and entry-into-force dates are those of the history: one source of truth. */
	private void actionsChanged() {
		actions.sort(CHRONOLOGICAL);
		currentStage = actions.isEmpty() ? null : actions.get(actions.size() - 1).type();
		Optional<AgreementAction> signed = first(ActionType.SIGNED);
		signedOn = signed.map(AgreementAction::date).orElse(null);
		signedPrecision = signed.map(AgreementAction::precision).orElse(null);
		Optional<AgreementAction> inForce = first(ActionType.IN_FORCE);
		effectiveOn = inForce.map(AgreementAction::date).orElse(null);
		effectivePrecision = inForce.map(AgreementAction::precision).orElse(null);
	}

	/** Lists show the parties; with batch fetching a page loads them in one query. */
	void loadParties() {
		Hibernate.initialize(parties);
	}

	void loadDetails() {
		Hibernate.initialize(parties);
		Hibernate.initialize(fields);
		Hibernate.initialize(actions);
	}

	/** The first recorded action of this type, if any. */
	public Optional<AgreementAction> first(ActionType type) {
		return actions.stream().filter(a -> a.type() == type).findFirst();
	}

	public String getTitle() {
		return title;
	}

	public AgreementKind getKind() {
		return kind;
	}

	public LegalBasis getLegalBasis() {
		return legalBasis;
	}

	public SignatoryLevel getLevel() {
		return level;
	}

	public Long getPartnershipId() {
		return partnershipId;
	}

	public String getForeignCountry() {
		return foreignCountry;
	}

	public LocalDate getSignedOn() {
		return signedOn;
	}

	public DatePrecision getSignedPrecision() {
		return signedPrecision;
	}

	public LocalDate getEffectiveOn() {
		return effectiveOn;
	}

	public DatePrecision getEffectivePrecision() {
		return effectivePrecision;
	}

	public LocalDate getExpiresOn() {
		return expiresOn;
	}

	public String getDocumentRef() {
		return documentRef;
	}

	public String getSummary() {
		return summary;
	}

	public ActionType getCurrentStage() {
		return currentStage;
	}

	public List<AgreementParty> getParties() {
		return parties;
	}

	public Set<CooperationField> getFields() {
		return fields;
	}

	public List<AgreementAction> getActions() {
		return actions;
	}

}
