package vn.hoptac.ngos.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import vn.hoptac.ngos.CertificateStatus;
import vn.hoptac.ngos.CertificateType;
import vn.hoptac.ngos.Ngo;
import vn.hoptac.ngos.NgoCertificate;
import vn.hoptac.ngos.NgoOpinion;
import vn.hoptac.ngos.NgoReport;
import vn.hoptac.ngos.NgoStatus;
import vn.hoptac.ngos.NgoVisit;
import vn.hoptac.partners.CooperationField;
import vn.hoptac.partners.Party;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.shared.Visibility;
import vn.hoptac.sources.CitationResponse;

/**
 * A province's file on a foreign NGO in full. Its writable fields are those of {@link NgoRequest};
 * {@code ngo}, {@code province} and each certificate's {@code issuer} are named; {@code projectsPath}
 * lists the NGO's projects and aid (module projects).
 */
record NgoResponse(Long id, Long organisationId, Party ngo, Long vnLocalityId, Party province, NgoStatus status,
		Set<CooperationField> fields, String contact, String note, List<CertificateResponse> certificates,
		List<NgoOpinion> opinions, List<VisitResponse> visits, List<NgoReport> reports, String projectsPath,
		String source, Visibility visibility, Long ownerProvinceId, long version,
		List<CitationResponse> sourceCitations) {

	static NgoResponse of(Ngo n, PartyDirectory.Lookup names, List<CitationResponse> citations) {
		return new NgoResponse(n.getId(), n.getOrganisationId(), names.party(null, n.getOrganisationId()),
				n.getVnLocalityId(), names.party(n.getVnLocalityId(), null), n.getStatus(),
				new TreeSet<>(n.getFields()), n.getContact(), n.getNote(),
				n.getCertificates().stream().map(c -> CertificateResponse.of(c, names)).toList(), n.getOpinions(),
				n.getVisits().stream().map(VisitResponse::of).toList(), n.getReports(),
				"/projects?participant=" + n.getOrganisationId(), n.getSource(), n.getStewardship().visibility(),
				n.getStewardship().provinceId(), n.getVersion(), citations);
	}

	/** A certificate with its issuer named. */
	record CertificateResponse(CertificateType type, String number, Long issuerOrganisationId, Party issuer,
			LocalDate issuedOn, LocalDate validFrom, LocalDate validTo, CertificateStatus status, String documentRef) {

		static CertificateResponse of(NgoCertificate c, PartyDirectory.Lookup names) {
			return new CertificateResponse(c.type(), c.number(), c.issuerOrganisationId(),
					names.party(null, c.issuerOrganisationId()), c.issuedOn(), c.validFrom(), c.validTo(), c.status(),
					c.documentRef());
		}

	}

	/** A visit, its date as precise as it is known. */
	record VisitResponse(String visitedOn, String team, Long projectId, String findings, String recommendations) {

		static VisitResponse of(NgoVisit v) {
			return new VisitResponse(v.visited() == null ? null : v.visited().toString(), v.team(), v.projectId(),
					v.findings(), v.recommendations());
		}

	}

}
