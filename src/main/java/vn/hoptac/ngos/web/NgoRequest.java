package vn.hoptac.ngos.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import vn.hoptac.ngos.CertificateStatus;
import vn.hoptac.ngos.CertificateType;
import vn.hoptac.ngos.Ngo;
import vn.hoptac.ngos.NgoCertificate;
import vn.hoptac.ngos.NgoDraft;
import vn.hoptac.ngos.NgoOpinion;
import vn.hoptac.ngos.NgoReport;
import vn.hoptac.ngos.NgoStatus;
import vn.hoptac.ngos.NgoVisit;
import vn.hoptac.ngos.OpinionMatter;
import vn.hoptac.ngos.OpinionStance;
import vn.hoptac.ngos.ReportRecipient;
import vn.hoptac.ngos.web.NgoResponse.CertificateResponse;
import vn.hoptac.ngos.web.NgoResponse.VisitResponse;
import vn.hoptac.partners.CooperationField;
import vn.hoptac.shared.AcceptsFieldsOf;
import vn.hoptac.shared.PartialDates;
import vn.hoptac.shared.RecordRequest;
import vn.hoptac.shared.RuleViolationException;
import vn.hoptac.shared.Visibility;

/**
 * Body of POST and PUT: the whole file, its certificates, opinions, visits and reports included.
 * {@code version} is the one read. What GET answers can be sent back as it is.
 */
@AcceptsFieldsOf(NgoResponse.class)
record NgoRequest(Long organisationId, Long vnLocalityId, NgoStatus status, Set<CooperationField> fields,
		@Size(max = Ngo.CONTACT_LENGTH) String contact, @Size(max = Ngo.NOTE_LENGTH) String note,
		List<@Valid CertificateRequest> certificates, List<@Valid OpinionRequest> opinions,
		List<@Valid VisitRequest> visits, List<@Valid ReportRequest> reports,
		@Size(max = Ngo.SOURCE_LENGTH) String source, Visibility visibility, Long version)
		implements RecordRequest<NgoDraft> {

	@AcceptsFieldsOf(CertificateResponse.class)
	record CertificateRequest(CertificateType type, @Size(max = Ngo.NUMBER_LENGTH) String number,
			Long issuerOrganisationId, LocalDate issuedOn, LocalDate validFrom, LocalDate validTo,
			CertificateStatus status, @Size(max = Ngo.DOCUMENT_REF_LENGTH) String documentRef) {

		NgoCertificate toCertificate() {
			return new NgoCertificate(type, number, issuerOrganisationId, issuedOn, validFrom, validTo, status,
					documentRef);
		}

	}

	record OpinionRequest(OpinionMatter matter, @Size(max = Ngo.NUMBER_LENGTH) String certificateNumber,
			LocalDate requestedOn, LocalDate givenOn, OpinionStance stance,
			@Size(max = Ngo.DOCUMENT_REF_LENGTH) String documentRef, @Size(max = Ngo.TEXT_LENGTH) String text) {

		NgoOpinion toOpinion() {
			return new NgoOpinion(matter, certificateNumber, requestedOn, givenOn, stance, documentRef, text);
		}

	}

	/** A visit; {@code visitedOn} as precise as it is known ({@code 2024}, {@code 2024-05} or a day). */
	@AcceptsFieldsOf(VisitResponse.class)
	record VisitRequest(String visitedOn, @Size(max = Ngo.TEAM_LENGTH) String team, Long projectId,
			@Size(max = Ngo.TEXT_LENGTH) String findings, @Size(max = Ngo.TEXT_LENGTH) String recommendations) {
	}

	record ReportRequest(ReportRecipient recipient, Integer year, Integer half, LocalDate sentOn,
			@Size(max = Ngo.DOCUMENT_REF_LENGTH) String documentRef, @Size(max = Ngo.TEXT_LENGTH) String summary) {

		NgoReport toReport() {
			return new NgoReport(recipient, year, half, sentOn, documentRef, summary);
		}

	}

	@Override
	public NgoDraft toDraft() {
		var errors = new RuleViolationException.Collector();
		List<NgoVisit> visited = new ArrayList<>();
		for (int i = 0; visits != null && i < visits.size(); i++) {
			VisitRequest visit = visits.get(i);
			visited.add(new NgoVisit(PartialDates.parse(visit.visitedOn(), "visits[" + i + "].visitedOn", errors),
					visit.team(), visit.projectId(), visit.findings(), visit.recommendations()));
		}
		errors.throwIfAny();
		return new NgoDraft(organisationId, vnLocalityId, status, fields, contact, note,
				certificates == null ? null : certificates.stream().map(CertificateRequest::toCertificate).toList(),
				opinions == null ? null : opinions.stream().map(OpinionRequest::toOpinion).toList(), visited,
				reports == null ? null : reports.stream().map(ReportRequest::toReport).toList(), source, visibility);
	}

}
