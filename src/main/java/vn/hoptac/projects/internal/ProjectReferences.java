package vn.hoptac.projects.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.hoptac.projects.Project;
import vn.hoptac.projects.ProjectService;
import vn.hoptac.shared.ProjectLookup;
import vn.hoptac.shared.RecordRef;

/** Projects as other modules' records name them, under the reader's access. */
@Component
class ProjectReferences implements ProjectLookup {

	private final ProjectService projects;

	ProjectReferences(ProjectService projects) {
		this.projects = projects;
	}

	@Override
	public Optional<RecordRef> findReadable(long id) {
		return projects.findReadable(id).map(ProjectReferences::reference);
	}

	@Override
	public List<RecordRef> formOptions(Long selected) {
		return projects.formOptions(selected).stream().map(ProjectReferences::reference).toList();
	}

	private static RecordRef reference(Project project) {
		return new RecordRef(ProjectService.ENTITY, project.getId(), project.getTitle(), "/projects/" + project.getId());
	}

}
