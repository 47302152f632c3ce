package vn.hoptac.projects.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.hoptac.partners.PartnershipLinks;
import vn.hoptac.projects.ProjectService;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.RecordRef;

/** The projects of a partnership, so that deleting it answers 409; one the asker may not read is named by its number only. */
@Component
class ProjectsOfPartnership implements PartnershipLinks {

	private final ProjectRepository projects;

	ProjectsOfPartnership(ProjectRepository projects) {
		this.projects = projects;
	}

	@Override
	public List<RecordRef> linkedTo(long partnershipId) {
		return projects.findTop10ByPartnershipIdOrderById(partnershipId)
			.stream()
			.map(p -> new RecordRef(ProjectService.ENTITY, p.getId(),
					Access.canRead(p.getStewardship()) ? p.getTitle() : "#" + p.getId(), "/projects/" + p.getId()))
			.toList();
	}

}
