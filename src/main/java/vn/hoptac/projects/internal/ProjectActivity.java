package vn.hoptac.projects.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hoptac.projects.Project;
import vn.hoptac.projects.ProjectService;
import vn.hoptac.shared.ActivityKind;
import vn.hoptac.shared.LatestPerPartnership;
import vn.hoptac.shared.PartnershipActivitySource;
import vn.hoptac.shared.PartnershipScope;
import vn.hoptac.shared.PartnershipSignal;
import vn.hoptac.shared.SignalDepth;
import vn.hoptac.shared.Specs;

/**
 * The projects of each partnership in implementation (IATI ActivityStatus 2), and the latest
 * transaction of any of its projects: money flowing.
 */
@Component
@Transactional(readOnly = true)
class ProjectActivity implements PartnershipActivitySource {

	/** IATI ActivityStatus "Implementation". */
	private static final String IMPLEMENTATION = "2";

	private final LatestPerPartnership<Project> latest;

	ProjectActivity(EntityManager entityManager) {
		this.latest = LatestPerPartnership.of(entityManager, Project.class, ProjectService.ENTITY, "/projects/");
	}

	@Override
	public List<PartnershipSignal> signalsOf(PartnershipScope scope, LocalDate today, SignalDepth depth) {
		List<PartnershipSignal> signals = new ArrayList<>(latest.signals(ActivityKind.ACTIVE_PROJECTS,
				scope, today, depth, (root, cb) -> root.get("startOn"),
				Specs.equalTo("activityStatus", IMPLEMENTATION)));
		signals.addAll(latest.signals(ActivityKind.PROJECT_TRANSACTION, scope, today, depth,
				(root, cb) -> root.join("transactions").get("transactionOn"), Specification.unrestricted()));
		return signals;
	}

}
