package vn.hoptac.monitoring.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Size;

import vn.hoptac.monitoring.FrameworkDraft;
import vn.hoptac.monitoring.FrameworkScope;
import vn.hoptac.monitoring.ResultLevel;
import vn.hoptac.monitoring.ResultsFramework;
import vn.hoptac.shared.FormErrors;
import vn.hoptac.shared.FormFields;
import vn.hoptac.shared.RecordForm;
import vn.hoptac.shared.RuleViolationException;

/**
 * The page form of a results framework: the scope chosen, then the one record of that scope it is
 * attached to (the others are ignored; the nation has none), and its results as rows.
 */
public class FrameworkForm extends RecordForm implements FormErrors.RowsForm {

	static final int BLANK_ROWS = 2;

	@Size(max = ResultsFramework.TITLE_LENGTH)
	private String title;

	private FrameworkScope scope = FrameworkScope.PROVINCE;

	private Long planId;

	private Long partnershipId;

	private Long projectId;

	private Long localityId;

	private List<ResultRow> results = new ArrayList<>();

	@Size(max = ResultsFramework.DESCRIPTION_LENGTH)
	private String description;

	static FrameworkForm blank() {
		return new FrameworkForm().withBlankRows();
	}

	static FrameworkForm of(ResultsFramework framework) {
		FrameworkForm form = new FrameworkForm();
		form.title = framework.getTitle();
		form.scope = framework.getScope();
		form.planId = framework.getPlanId();
		form.partnershipId = framework.getPartnershipId();
		form.projectId = framework.getProjectId();
		form.localityId = framework.getLocalityId();
		framework.getResults().forEach(r -> form.results.add(new ResultRow(r.getId(), r.getLevel(), r.getTitle())));
		form.description = framework.getDescription();
		form.keptAs(framework);
		return form.withBlankRows();
	}

	/** The draft; a scope chosen without its record is refused at the record's field (it is not the nation's). */
	FrameworkDraft toDraft() {
		String attachment = switch (scope == null ? FrameworkScope.NATION : scope) {
			case PLAN -> planId == null ? "planId" : null;
			case PARTNERSHIP -> partnershipId == null ? "partnershipId" : null;
			case PROJECT -> projectId == null ? "projectId" : null;
			case PROVINCE -> localityId == null ? "localityId" : null;
			case NATION -> null;
		};
		if (attachment != null) {
			throw RuleViolationException.of(attachment, "validation.required");
		}
		List<FrameworkDraft.ResultDraft> drafts = results.stream()
			.map(r -> new FrameworkDraft.ResultDraft(r.getId(), r.getLevel(), FormFields.trimmed(r.getTitle())))
			.toList();
		return new FrameworkDraft(FormFields.trimmed(title), scope == FrameworkScope.PLAN ? planId : null,
				scope == FrameworkScope.PARTNERSHIP ? partnershipId : null,
				scope == FrameworkScope.PROJECT ? projectId : null,
				scope == FrameworkScope.PROVINCE ? localityId : null, drafts, FormFields.trimmed(description),
				FormFields.trimmed(getSource()), getVisibility());
	}

	@Override
	public void dropBlankRows() {
		results = new ArrayList<>(results.stream().filter(r -> !r.isBlank()).toList());
	}

	@Override
	public FrameworkForm withBlankRows() {
		for (int i = 0; i < BLANK_ROWS; i++) {
			results.add(new ResultRow());
		}
		return this;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public FrameworkScope getScope() {
		return scope;
	}

	public void setScope(FrameworkScope scope) {
		this.scope = scope;
	}

	public Long getPlanId() {
		return planId;
	}

	public void setPlanId(Long planId) {
		this.planId = planId;
	}

	public Long getPartnershipId() {
		return partnershipId;
	}

	public void setPartnershipId(Long partnershipId) {
		this.partnershipId = partnershipId;
	}

	public Long getProjectId() {
		return projectId;
	}

	public void setProjectId(Long projectId) {
		this.projectId = projectId;
	}

	public Long getLocalityId() {
		return localityId;
	}

	public void setLocalityId(Long localityId) {
		this.localityId = localityId;
	}

	public List<ResultRow> getResults() {
		return results;
	}

	public void setResults(List<ResultRow> results) {
		this.results = results;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	/** A result of the chain; one with an id is kept (its indicators stay with it). */
	public static class ResultRow {

		private Long id;

		private ResultLevel level;

		private String title;

		public ResultRow() {
		}

		ResultRow(Long id, ResultLevel level, String title) {
			this.id = id;
			this.level = level;
			this.title = title;
		}

		boolean isBlank() {
			return id == null && level == null && (title == null || title.isBlank());
		}

		public Long getId() {
			return id;
		}

		public void setId(Long id) {
			this.id = id;
		}

		public ResultLevel getLevel() {
			return level;
		}

		public void setLevel(ResultLevel level) {
			this.level = level;
		}

		public String getTitle() {
			return title;
		}

		public void setTitle(String title) {
			this.title = title;
		}
	}

}
