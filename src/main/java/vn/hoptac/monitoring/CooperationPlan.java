package vn.hoptac.monitoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.Hibernate;

import vn.hoptac.shared.Stewardship;

/** A province's or a partnership's medium-term cooperation plan (e.g. 2025–2030) with its objectives. */
@Entity
@Table(name = "cooperation_plan")
public class CooperationPlan {

	/** Column sizes (db/migration V45): the limits requests are validated against. */
	public static final int TITLE_LENGTH = 500;

	public static final int OBJECTIVE_LENGTH = 1000;

	public static final int DESCRIPTION_LENGTH = 4000;

	public static final int SOURCE_LENGTH = 500;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(length = TITLE_LENGTH)
	private String title;

	private int yearFrom;

	private int yearTo;

	private Long localityId;

	private Long partnershipId;

	@Column(length = DESCRIPTION_LENGTH)
	private String description;

	@Column(length = SOURCE_LENGTH)
	private String source;

	@Column(length = Records.SEARCH_TEXT_LENGTH)
	private String searchText;

	@Column(length = Records.SORT_KEY_LENGTH)
	private String sortKey;

	private Instant createdAt;

	private Instant updatedAt;

	@Embedded
	private Stewardship stewardship;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "cooperation_plan_objective", joinColumns = @JoinColumn(name = "plan_id"))
	@OrderColumn(name = "position")
	@Column(name = "objective", length = OBJECTIVE_LENGTH)
	private List<String> objectives = new ArrayList<>();

	protected CooperationPlan() {
	}

	CooperationPlan(PlanDraft draft, Stewardship stewardship) {
		apply(draft, stewardship);
	}

	void apply(PlanDraft draft, Stewardship stewardship) {
		this.stewardship = stewardship;
		this.title = draft.title().trim();
		this.yearFrom = draft.yearFrom();
		this.yearTo = draft.yearTo();
		this.localityId = draft.localityId();
		this.partnershipId = draft.partnershipId();
		this.description = draft.description();
		this.source = draft.source();
		this.objectives.clear();
		this.objectives.addAll(draft.objectives());
		this.searchText = Records.searchText(title, description, String.join(" ", objectives));
		this.sortKey = Records.sortKey(title);
	}

	@PrePersist
	@PreUpdate
	void touch() {
		Instant now = Instant.now();
		createdAt = createdAt == null ? now : createdAt;
		updatedAt = now;
	}

	void loadDetails() {
		Hibernate.initialize(objectives);
	}

	public Long getId() {
		return id;
	}

	public String getTitle() {
		return title;
	}

	public int getYearFrom() {
		return yearFrom;
	}

	public int getYearTo() {
		return yearTo;
	}

	public Long getLocalityId() {
		return localityId;
	}

	public Long getPartnershipId() {
		return partnershipId;
	}

	public String getDescription() {
		return description;
	}

	public String getSource() {
		return source;
	}

	public List<String> getObjectives() {
		return objectives;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public Stewardship getStewardship() {
		return stewardship;
	}

	public long getVersion() {
		return version;
	}

}
