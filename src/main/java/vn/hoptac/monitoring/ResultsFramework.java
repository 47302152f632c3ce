package vn.hoptac.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.Hibernate;

import vn.hoptac.shared.Stewardship;
import vn.hoptac.shared.StewardedRecord;

/**
 * A results framework: the chain of results (output, outcome, impact) a plan, partnership, project,
 * province or the nation is measured by; its indicators are records of their own.
 */
@Entity
@Table(name = "results_framework")
public class ResultsFramework extends StewardedRecord {

	public static final int TITLE_LENGTH = 500;

	public static final int DESCRIPTION_LENGTH = 4000;

	public static final int SOURCE_LENGTH = 500;

	@Column(length = TITLE_LENGTH)
	private String title;

	@Enumerated(EnumType.STRING)
	private FrameworkScope scope;

	private Long planId;

	private Long partnershipId;

	private Long projectId;

	private Long localityId;

	@Column(length = DESCRIPTION_LENGTH)
	private String description;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "framework_id", nullable = false)
	@OrderColumn(name = "position")
	private List<FrameworkResult> results = new ArrayList<>();

	protected ResultsFramework() {
	}

	ResultsFramework(FrameworkDraft draft, Stewardship stewardship) {
		apply(draft, stewardship);
	}

	/** Keeps the results the draft names by id (their indicators stay with them), adds the new ones. */
	void apply(FrameworkDraft draft, Stewardship stewardship) {
		this.stewardship = stewardship;
		this.title = draft.title().trim();
		this.scope = draft.scope();
		this.planId = draft.planId();
		this.partnershipId = draft.partnershipId();
		this.projectId = draft.projectId();
		this.localityId = draft.localityId();
		this.description = draft.description();
		this.source = draft.source();
		Map<Long, FrameworkResult> kept = results.stream()
			.collect(Collectors.toMap(FrameworkResult::getId, Function.identity()));
		List<FrameworkResult> next = new ArrayList<>();
		for (FrameworkDraft.ResultDraft r : draft.results()) {
			FrameworkResult result = r.id() == null ? null : kept.get(r.id());
			if (result == null) {
				result = new FrameworkResult(r.level(), r.title());
			}
			else {
				result.apply(r.level(), r.title());
			}
			next.add(result);
		}
		results.clear();
		results.addAll(next);
		listedAs(title, title, description,
				results.stream().map(FrameworkResult::getTitle).collect(Collectors.joining(" ")));
	}

	void loadDetails() {
		Hibernate.initialize(results);
	}

	public String getTitle() {
		return title;
	}

	public FrameworkScope getScope() {
		return scope;
	}

	public Long getPlanId() {
		return planId;
	}

	public Long getPartnershipId() {
		return partnershipId;
	}

	public Long getProjectId() {
		return projectId;
	}

	public Long getLocalityId() {
		return localityId;
	}

	public String getDescription() {
		return description;
	}

	public List<FrameworkResult> getResults() {
		return results;
	}

}
