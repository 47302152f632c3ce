package vn.hoptac.projects.web;

import java.util.List;

import vn.hoptac.partners.Party;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.projects.Project;
import vn.hoptac.projects.ProjectModality;
import vn.hoptac.projects.ProposalStage;
import vn.hoptac.shared.Visibility;

/**
 * A project as a list shows it: what identifies, dates and places it, and who takes part. Sectors,
 * budgets and transactions are in the detail ({@link ProjectResponse}).
 */
record ProjectListItem(Long id, String title, ProjectModality modality, String activityStatus,
		ProposalStage proposalStage, String foreignCountry, Party vnParty, List<ParticipantItem> participants,
		String plannedStart, String actualStart, String source, Visibility visibility, Long ownerProvinceId,
		long version) {

	static ProjectListItem of(Project p, PartyDirectory.Lookup names) {
		return new ProjectListItem(p.getId(), p.getTitle(), p.getModality(), p.getActivityStatus(),
				p.getProposalStage(), p.getForeignCountry(), names.party(p.getVnLocalityId(), p.getVnOrganisationId()),
				p.getParticipants()
					.stream()
					.map(x -> new ParticipantItem(x.role(), names.party(x.localityId(), x.organisationId()), x.nameText()))
					.toList(),
				ProjectResponse.text(p.plannedStart()), ProjectResponse.text(p.actualStart()), p.getSource(),
				p.getStewardship().visibility(), p.getStewardship().provinceId(), p.getVersion());
	}

	/** A participant: its IATI role and who it is. */
	record ParticipantItem(Integer role, Party party, String nameText) {
	}

}
