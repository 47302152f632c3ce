package vn.hoptac.conferences;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.Hibernate;

import vn.hoptac.partners.CooperationField;
import vn.hoptac.shared.DatePrecision;
import vn.hoptac.shared.DatePrecision.PartialDate;
import vn.hoptac.shared.Qualifier;
import vn.hoptac.shared.Stewardship;
import vn.hoptac.shared.Text;
import vn.hoptac.shared.PartyRecord;

/**
 * An international conference or seminar with its dossier path. The stage is the furthest step
 * recorded, kept in a column for filtering; the foreign country is that of the foreign party.
 */
@Entity
@Table(name = "conference")
public class Conference extends PartyRecord {

	/** Column sizes (db/migration V32): the schema's limits, which requests are validated against. */
	public static final int TITLE_LENGTH = 500;

	public static final int VENUE_LENGTH = 300;

	public static final int SUMMARY_LENGTH = 4000;

	public static final int DOCUMENT_REF_LENGTH = 1000;

	public static final int NOTE_LENGTH = 1000;

	public static final int SOURCE_LENGTH = 500;

	static final int SEARCH_TEXT_LENGTH = 3000;

	static final int SORT_KEY_LENGTH = 1200;

	/** The path's order, then the date: how the steps read. */
	private static final Comparator<ConferenceStep> PATH_ORDER = Comparator
		.comparing(ConferenceStep::stage, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(ConferenceStep::stepOn, Comparator.nullsLast(Comparator.naturalOrder()));

	@Column(length = TITLE_LENGTH)
	private String title;

	@Enumerated(EnumType.STRING)
	private ConferenceKind kind;

	private Long organiserOrganisationId;

	private Long vnLocalityId;

	private Long foreignOrganisationId;

	private Long foreignLocalityId;

	private String foreignCountry;

	private Long partnershipId;

	@Column(length = VENUE_LENGTH)
	private String venue;

	private boolean online;

	private LocalDate startOn;

	@Enumerated(EnumType.STRING)
	private DatePrecision startPrecision;

	private LocalDate endOn;

	@Enumerated(EnumType.STRING)
	private DatePrecision endPrecision;

	private Integer participants;

	@Enumerated(EnumType.STRING)
	private Qualifier participantsQualifier;

	private Integer foreignParticipants;

	@Enumerated(EnumType.STRING)
	private Qualifier foreignParticipantsQualifier;

	@Enumerated(EnumType.STRING)
	private ApprovingAuthority authority;

	@Enumerated(EnumType.STRING)
	private ConferenceStage currentStage;

	@Column(length = SUMMARY_LENGTH)
	private String summary;

	@ElementCollection
	@CollectionTable(name = "conference_field", joinColumns = @JoinColumn(name = "conference_id"))
	@Column(name = "field")
	@Enumerated(EnumType.STRING)
	private Set<CooperationField> fields = EnumSet.noneOf(CooperationField.class);

	@ElementCollection
	@CollectionTable(name = "conference_step", joinColumns = @JoinColumn(name = "conference_id"))
	@OrderColumn(name = "position")
	private List<ConferenceStep> steps = new ArrayList<>();

	protected Conference() {
	}

	Conference(ConferenceDraft draft, String foreignCountry, Stewardship stewardship) {
		apply(draft, foreignCountry, stewardship);
	}

	void apply(ConferenceDraft draft, String foreignCountry, Stewardship stewardship) {
		this.stewardship = stewardship;
		this.title = draft.title().trim();
		this.kind = draft.kind();
		this.organiserOrganisationId = draft.organiserOrganisationId();
		this.vnLocalityId = draft.vnLocalityId();
		this.foreignOrganisationId = draft.foreignOrganisationId();
		this.foreignLocalityId = draft.foreignLocalityId();
		this.foreignCountry = foreignCountry;
		this.partnershipId = draft.partnershipId();
		this.venue = draft.venue();
		this.online = draft.online();
		this.startOn = draft.startOn() == null ? null : draft.startOn().date();
		this.startPrecision = draft.startOn() == null ? null : draft.startOn().precision();
		this.endOn = draft.endOn() == null ? null : draft.endOn().date();
		this.endPrecision = draft.endOn() == null ? null : draft.endOn().precision();
		this.participants = draft.participants();
		this.participantsQualifier = draft.participants() == null ? null : qualified(draft.participantsQualifier());
		this.foreignParticipants = draft.foreignParticipants();
		this.foreignParticipantsQualifier = draft.foreignParticipants() == null ? null
				: qualified(draft.foreignParticipantsQualifier());
		this.authority = draft.authority();
		this.summary = draft.summary();
		this.source = draft.source();
		this.fields.clear();
		this.fields.addAll(draft.fields());
		this.steps.clear();
		this.steps.addAll(draft.steps().stream().sorted(PATH_ORDER).toList());
		this.currentStage = steps.isEmpty() ? null : steps.get(steps.size() - 1).stage();
		this.searchText = Text.fit(Text.searchText(title, venue, summary), SEARCH_TEXT_LENGTH);
		this.sortKey = Text.fit(Text.sortKey(title), SORT_KEY_LENGTH);
	}

	/** A figure stated without a qualifier is taken as stated: exact. */
	private static Qualifier qualified(Qualifier qualifier) {
		return qualifier == null ? Qualifier.EXACT : qualifier;
	}

	void loadDetails() {
		Hibernate.initialize(fields);
		Hibernate.initialize(steps);
	}

	public PartialDate startDate() {
		return PartialDate.of(startOn, startPrecision);
	}

	public PartialDate endDate() {
		return PartialDate.of(endOn, endPrecision);
	}

	public String getTitle() {
		return title;
	}

	public ConferenceKind getKind() {
		return kind;
	}

	public Long getOrganiserOrganisationId() {
		return organiserOrganisationId;
	}

	public Long getVnLocalityId() {
		return vnLocalityId;
	}

	public Long getForeignOrganisationId() {
		return foreignOrganisationId;
	}

	public Long getForeignLocalityId() {
		return foreignLocalityId;
	}

	public String getForeignCountry() {
		return foreignCountry;
	}

	public Long getPartnershipId() {
		return partnershipId;
	}

	public String getVenue() {
		return venue;
	}

	public boolean isOnline() {
		return online;
	}

	public LocalDate getStartOn() {
		return startOn;
	}

	public DatePrecision getStartPrecision() {
		return startPrecision;
	}

	public LocalDate getEndOn() {
		return endOn;
	}

	public DatePrecision getEndPrecision() {
		return endPrecision;
	}

	public Integer getParticipants() {
		return participants;
	}

	public Qualifier getParticipantsQualifier() {
		return participantsQualifier;
	}

	public Integer getForeignParticipants() {
		return foreignParticipants;
	}

	public Qualifier getForeignParticipantsQualifier() {
		return foreignParticipantsQualifier;
	}

	public ApprovingAuthority getAuthority() {
		return authority;
	}

	public ConferenceStage getCurrentStage() {
		return currentStage;
	}

	public String getSummary() {
		return summary;
	}

	public Set<CooperationField> getFields() {
		return fields;
	}

	public List<ConferenceStep> getSteps() {
		return steps;
	}

}
