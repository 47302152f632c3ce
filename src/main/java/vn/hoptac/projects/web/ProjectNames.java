package vn.hoptac.projects.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.projects.Project;
import vn.hoptac.projects.ProjectAppraisal;
import vn.hoptac.projects.ProjectLocation;
import vn.hoptac.projects.ProjectParticipant;
import vn.hoptac.projects.ProjectTransaction;

/** Every locality and organisation the projects name, looked up in one go for the pages and the API. */
final class ProjectNames {

	private ProjectNames() {
	}

	static PartyDirectory.Lookup of(PartyDirectory directory, Collection<Project> projects) {
		List<Long> localities = new ArrayList<>();
		List<Long> organisations = new ArrayList<>();
		for (Project p : projects) {
			localities.add(p.getVnLocalityId());
			organisations.add(p.getVnOrganisationId());
			for (ProjectParticipant participant : p.getParticipants()) {
				localities.add(participant.localityId());
				organisations.add(participant.organisationId());
			}
			if (org.hibernate.Hibernate.isInitialized(p.getTransactions())) {
				p.getLocations().stream().map(ProjectLocation::localityId).forEach(localities::add);
				for (ProjectTransaction t : p.getTransactions()) {
					organisations.add(t.providerOrganisationId());
					organisations.add(t.receiverOrganisationId());
					localities.add(t.receiverLocalityId());
				}
				p.getAppraisals().stream().map(ProjectAppraisal::appraiserOrganisationId).forEach(organisations::add);
			}
		}
		return directory.load(localities, organisations);
	}

}
