package vn.hoptac.forums;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

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

import vn.hoptac.partners.Pillar;
import vn.hoptac.shared.DatePrecision;
import vn.hoptac.shared.DatePrecision.PartialDate;
import vn.hoptac.shared.PartyRecord;
import vn.hoptac.shared.Stewardship;

/**
 * A forum or coordination meeting of a province: who took part (organisations, each for a pillar),
 * what was on the agenda and minuted, what was decided and what is to be done by whom.
 */
@Entity
@Table(name = "forum")
public class Forum extends PartyRecord {

	/** Column sizes (db/migration): the schema's limits, which requests are validated against. */
	public static final int TITLE_LENGTH = 500;

	public static final int PLACE_LENGTH = 300;

	public static final int AGENDA_LENGTH = 4000;

	public static final int MINUTES_LENGTH = 8000;

	public static final int TEXT_LENGTH = 2000;

	public static final int OWNER_LENGTH = 300;

	public static final int SOURCE_LENGTH = 500;

	@Column(length = TITLE_LENGTH)
	private String title;

	@Enumerated(EnumType.STRING)
	private ForumKind kind;

	private LocalDate heldOn;

	@Enumerated(EnumType.STRING)
	private DatePrecision heldPrecision;

	@Column(length = PLACE_LENGTH)
	private String place;

	private Long vnLocalityId;

	private Long partnershipId;

	@Column(length = AGENDA_LENGTH)
	private String agenda;

	@Column(length = MINUTES_LENGTH)
	private String minutes;

	@Enumerated(EnumType.STRING)
	private FollowUpProgress followUpProgress;

	@ElementCollection
	@CollectionTable(name = "forum_participant", joinColumns = @JoinColumn(name = "forum_id"))
	@OrderColumn(name = "position")
	private List<ForumParticipant> participants = new ArrayList<>();

	/** The pillars of the participants, kept for the list's facet. */
	@ElementCollection
	@CollectionTable(name = "forum_pillar", joinColumns = @JoinColumn(name = "forum_id"))
	@Column(name = "pillar")
	@Enumerated(EnumType.STRING)
	private Set<Pillar> pillars = new TreeSet<>();

	@ElementCollection
	@CollectionTable(name = "forum_decision", joinColumns = @JoinColumn(name = "forum_id"))
	@Column(name = "text", length = TEXT_LENGTH)
	@OrderColumn(name = "position")
	private List<String> decisions = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "forum_follow_up", joinColumns = @JoinColumn(name = "forum_id"))
	@OrderColumn(name = "position")
	private List<ForumFollowUp> followUps = new ArrayList<>();

	protected Forum() {
	}

	Forum(ForumDraft draft, List<ForumParticipant> participants, Stewardship stewardship) {
		apply(draft, participants, stewardship);
	}

	/** Takes the draft's values; {@code participants} are the draft's with every pillar known. */
	void apply(ForumDraft draft, List<ForumParticipant> participants, Stewardship stewardship) {
		this.stewardship = stewardship;
		this.title = draft.title().trim();
		this.kind = draft.kind();
		this.heldOn = draft.heldOn() == null ? null : draft.heldOn().date();
		this.heldPrecision = draft.heldOn() == null ? null : draft.heldOn().precision();
		this.place = draft.place();
		this.vnLocalityId = draft.vnLocalityId();
		this.partnershipId = draft.partnershipId();
		this.agenda = draft.agenda();
		this.minutes = draft.minutes();
		this.source = draft.source();
		this.participants.clear();
		this.participants.addAll(participants);
		this.pillars.clear();
		Set<Pillar> present = EnumSet.noneOf(Pillar.class);
		participants.forEach(p -> present.add(p.pillar()));
		this.pillars.addAll(present);
		this.decisions.clear();
		this.decisions.addAll(draft.decisions());
		this.followUps.clear();
		this.followUps.addAll(draft.followUps());
		this.followUpProgress = FollowUpProgress.of(draft.followUps());
		List<String> text = new ArrayList<>(List.of(title, nonNull(place), nonNull(agenda)));
		text.addAll(draft.decisions());
		draft.followUps().forEach(f -> {
			text.add(f.action());
			text.add(nonNull(f.owner()));
		});
		listedAs(title, text.toArray(String[]::new));
	}

	private static String nonNull(String text) {
		return text == null ? "" : text;
	}

	void loadDetails() {
		Hibernate.initialize(participants);
		Hibernate.initialize(pillars);
		Hibernate.initialize(decisions);
		Hibernate.initialize(followUps);
	}

	public String getTitle() {
		return title;
	}

	public ForumKind getKind() {
		return kind;
	}

	public LocalDate getHeldOn() {
		return heldOn;
	}

	public DatePrecision getHeldPrecision() {
		return heldPrecision;
	}

	public PartialDate getHeld() {
		return PartialDate.of(heldOn, heldPrecision);
	}

	public String getPlace() {
		return place;
	}

	public Long getVnLocalityId() {
		return vnLocalityId;
	}

	public Long getPartnershipId() {
		return partnershipId;
	}

	public String getAgenda() {
		return agenda;
	}

	public String getMinutes() {
		return minutes;
	}

	public FollowUpProgress getFollowUpProgress() {
		return followUpProgress;
	}

	public List<ForumParticipant> getParticipants() {
		return participants;
	}

	public List<String> getDecisions() {
		return decisions;
	}

	public List<ForumFollowUp> getFollowUps() {
		return followUps;
	}

}
