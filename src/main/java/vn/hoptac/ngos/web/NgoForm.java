package vn.hoptac.ngos.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

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
import vn.hoptac.partners.CooperationField;
import vn.hoptac.partners.PartyDirectory.Selection;
import vn.hoptac.shared.FormErrors;
import vn.hoptac.shared.FormFields;
import vn.hoptac.shared.PartialDates;
import vn.hoptac.shared.RecordForm;
import vn.hoptac.shared.RuleViolationException;

/**
 * The form of a province's file on a foreign NGO, for create and edit: the NGO chosen in a picker,
 * the province among today's provinces, and the certificates, opinions, visits and reports as rows
 * (blank rows are ignored). Days are written 2024-03-15; a visit's date may be a year or a month.
 */
public class NgoForm extends RecordForm implements FormErrors.RowsForm {

	/** Where the service's fields are shown on this form. */
	private static final Map<String, String> FORM_FIELDS = Map.of("organisationId", "organisation");

	private String organisation;

	private Long vnLocalityId;

	private NgoStatus status = NgoStatus.ACTIVE;

	private Set<CooperationField> fields = EnumSet.noneOf(CooperationField.class);

	@Size(max = Ngo.CONTACT_LENGTH)
	private String contact;

	@Size(max = Ngo.NOTE_LENGTH)
	private String note;

	private List<@Valid CertificateRow> certificates = new ArrayList<>();

	private List<@Valid OpinionRow> opinions = new ArrayList<>();

	private List<@Valid VisitRow> visits = new ArrayList<>();

	private List<@Valid ReportRow> reports = new ArrayList<>();

	static NgoForm blank(Long ownProvince) {
		NgoForm form = new NgoForm();
		form.vnLocalityId = ownProvince;
		return form.withBlankRows();
	}

	static NgoForm of(Ngo n) {
		NgoForm form = new NgoForm();
		form.organisation = Selection.key(null, n.getOrganisationId());
		form.vnLocalityId = n.getVnLocalityId();
		form.status = n.getStatus();
		form.fields = n.getFields().isEmpty() ? EnumSet.noneOf(CooperationField.class) : EnumSet.copyOf(n.getFields());
		form.contact = n.getContact();
		form.note = n.getNote();
		n.getCertificates().forEach(c -> form.certificates.add(CertificateRow.of(c)));
		n.getOpinions().forEach(o -> form.opinions.add(OpinionRow.of(o)));
		n.getVisits().forEach(v -> form.visits.add(VisitRow.of(v)));
		n.getReports().forEach(r -> form.reports.add(ReportRow.of(r)));
		form.keptAs(n);
		return form.withBlankRows();
	}

	/**
	 * The form as a draft, or every problem it has at once: what cannot be read, and the rules
	 * ({@code check}, the service's) the rest breaks, named after this form's fields.
	 */
	NgoDraft toDraft(Consumer<NgoDraft> check) {
		var errors = new RuleViolationException.Collector();
		Selection ngo = Selection.parse(organisation).orElse(Selection.NONE);
		errors.rejectIf(Selection.parse(organisation).isEmpty() || ngo.localityId() != null, "organisation",
				"validation.badValue", organisation);
		List<NgoCertificate> certified = new ArrayList<>();
		for (int i = 0; i < certificates.size(); i++) {
			CertificateRow row = certificates.get(i);
			String field = "certificates[" + i + "].";
			Selection issuer = Selection.parse(row.issuer).orElse(Selection.NONE);
			certified.add(new NgoCertificate(row.type, FormFields.trimmed(row.number), issuer.organisationId(),
					day(row.issuedOn, field + "issuedOn", errors), day(row.validFrom, field + "validFrom", errors),
					day(row.validTo, field + "validTo", errors), row.status, FormFields.trimmed(row.documentRef)));
		}
		List<NgoOpinion> given = new ArrayList<>();
		for (int i = 0; i < opinions.size(); i++) {
			OpinionRow row = opinions.get(i);
			String field = "opinions[" + i + "].";
			given.add(new NgoOpinion(row.matter, FormFields.trimmed(row.certificateNumber),
					day(row.requestedOn, field + "requestedOn", errors), day(row.givenOn, field + "givenOn", errors),
					row.stance, FormFields.trimmed(row.documentRef), FormFields.trimmed(row.text)));
		}
		List<NgoVisit> visited = new ArrayList<>();
		for (int i = 0; i < visits.size(); i++) {
			VisitRow row = visits.get(i);
			visited.add(new NgoVisit(PartialDates.parse(row.visitedOn, "visits[" + i + "].visitedOn", errors),
					FormFields.trimmed(row.team), null, FormFields.trimmed(row.findings), FormFields.trimmed(row.recommendations)));
		}
		List<NgoReport> reported = new ArrayList<>();
		for (int i = 0; i < reports.size(); i++) {
			ReportRow row = reports.get(i);
			reported.add(new NgoReport(row.recipient, row.year, row.half,
					day(row.sentOn, "reports[" + i + "].sentOn", errors), FormFields.trimmed(row.documentRef),
					FormFields.trimmed(row.summary)));
		}
		NgoDraft draft = new NgoDraft(ngo.organisationId(), vnLocalityId, status, fields, FormFields.trimmed(contact),
				FormFields.trimmed(note), certified, given, visited, reported, FormFields.trimmed(getSource()), getVisibility());
		errors.throwIfAnyWith(() -> FormErrors.onFormFields(() -> check.accept(draft), NgoForm::onFormFields));
		return draft;
	}

	/** The service's violations, named after the fields of this form. */
	static RuleViolationException onFormFields(RuleViolationException violations) {
		return FormFields.renamed(violations, FORM_FIELDS);
	}

	/** A day written as 2024-03-15, or null; anything else is reported on the field. */
	private static LocalDate day(String text, String field, RuleViolationException.Collector errors) {
		if (blank(text)) {
			return null;
		}
		try {
			return LocalDate.parse(text.trim());
		}
		catch (DateTimeParseException ex) {
			errors.reject(field, "validation.badValue", text);
			return null;
		}
	}

	private static String text(LocalDate day) {
		return day == null ? null : day.toString();
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	@Override
	public void dropBlankRows() {
		certificates.removeIf(CertificateRow::isBlank);
		opinions.removeIf(OpinionRow::isBlank);
		visits.removeIf(VisitRow::isBlank);
		reports.removeIf(ReportRow::isBlank);
	}

	@Override
	public NgoForm withBlankRows() {
		certificates.add(new CertificateRow());
		opinions.add(new OpinionRow());
		visits.add(new VisitRow());
		reports.add(new ReportRow());
		return this;
	}

	public String getOrganisation() {
		return organisation;
	}

	public void setOrganisation(String organisation) {
		this.organisation = organisation;
	}

	public Long getVnLocalityId() {
		return vnLocalityId;
	}

	public void setVnLocalityId(Long vnLocalityId) {
		this.vnLocalityId = vnLocalityId;
	}

	public NgoStatus getStatus() {
		return status;
	}

	public void setStatus(NgoStatus status) {
		this.status = status;
	}

	public Set<CooperationField> getFields() {
		return fields;
	}

	public void setFields(Set<CooperationField> fields) {
		this.fields = fields;
	}

	public String getContact() {
		return contact;
	}

	public void setContact(String contact) {
		this.contact = contact;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public List<CertificateRow> getCertificates() {
		return certificates;
	}

	public void setCertificates(List<CertificateRow> certificates) {
		this.certificates = certificates;
	}

	public List<OpinionRow> getOpinions() {
		return opinions;
	}

	public void setOpinions(List<OpinionRow> opinions) {
		this.opinions = opinions;
	}

	public List<VisitRow> getVisits() {
		return visits;
	}

	public void setVisits(List<VisitRow> visits) {
		this.visits = visits;
	}

	public List<ReportRow> getReports() {
		return reports;
	}

	public void setReports(List<ReportRow> reports) {
		this.reports = reports;
	}

	/** A registration certificate as the form edits it; the issuer chosen in a picker. */
	public static class CertificateRow {

		private CertificateType type;

		@Size(max = Ngo.NUMBER_LENGTH)
		private String number;

		private String issuer;

		private String issuedOn;

		private String validFrom;

		private String validTo;

		private CertificateStatus status;

		@Size(max = Ngo.DOCUMENT_REF_LENGTH)
		private String documentRef;

		static CertificateRow of(NgoCertificate c) {
			CertificateRow row = new CertificateRow();
			row.type = c.type();
			row.number = c.number();
			row.issuer = Selection.key(null, c.issuerOrganisationId());
			row.issuedOn = text(c.issuedOn());
			row.validFrom = text(c.validFrom());
			row.validTo = text(c.validTo());
			row.status = c.status();
			row.documentRef = c.documentRef();
			return row;
		}

		boolean isBlank() {
			return type == null && blank(number) && blank(issuer) && blank(issuedOn) && blank(validFrom) && blank(validTo) && status == null && blank(documentRef);
		}

		public CertificateType getType() {
			return type;
		}

		public void setType(CertificateType type) {
			this.type = type;
		}

		public String getNumber() {
			return number;
		}

		public void setNumber(String number) {
			this.number = number;
		}

		public String getIssuer() {
			return issuer;
		}

		public void setIssuer(String issuer) {
			this.issuer = issuer;
		}

		public String getIssuedOn() {
			return issuedOn;
		}

		public void setIssuedOn(String issuedOn) {
			this.issuedOn = issuedOn;
		}

		public String getValidFrom() {
			return validFrom;
		}

		public void setValidFrom(String validFrom) {
			this.validFrom = validFrom;
		}

		public String getValidTo() {
			return validTo;
		}

		public void setValidTo(String validTo) {
			this.validTo = validTo;
		}

		public CertificateStatus getStatus() {
			return status;
		}

		public void setStatus(CertificateStatus status) {
			this.status = status;
		}

		public String getDocumentRef() {
			return documentRef;
		}

		public void setDocumentRef(String documentRef) {
			this.documentRef = documentRef;
		}

	}

	/** An opinion of the DOFA as the form edits it. */
	public static class OpinionRow {

		private OpinionMatter matter;

		@Size(max = Ngo.NUMBER_LENGTH)
		private String certificateNumber;

		private String requestedOn;

		private String givenOn;

		private OpinionStance stance;

		@Size(max = Ngo.DOCUMENT_REF_LENGTH)
		private String documentRef;

		@Size(max = Ngo.TEXT_LENGTH)
		private String text;

		static OpinionRow of(NgoOpinion o) {
			OpinionRow row = new OpinionRow();
			row.matter = o.matter();
			row.certificateNumber = o.certificateNumber();
			row.requestedOn = text(o.requestedOn());
			row.givenOn = text(o.givenOn());
			row.stance = o.stance();
			row.documentRef = o.documentRef();
			row.text = o.text();
			return row;
		}

		boolean isBlank() {
			return matter == null && blank(certificateNumber) && blank(requestedOn) && blank(givenOn) && stance == null && blank(documentRef) && blank(text);
		}

		public OpinionMatter getMatter() {
			return matter;
		}

		public void setMatter(OpinionMatter matter) {
			this.matter = matter;
		}

		public String getCertificateNumber() {
			return certificateNumber;
		}

		public void setCertificateNumber(String certificateNumber) {
			this.certificateNumber = certificateNumber;
		}

		public String getRequestedOn() {
			return requestedOn;
		}

		public void setRequestedOn(String requestedOn) {
			this.requestedOn = requestedOn;
		}

		public String getGivenOn() {
			return givenOn;
		}

		public void setGivenOn(String givenOn) {
			this.givenOn = givenOn;
		}

		public OpinionStance getStance() {
			return stance;
		}

		public void setStance(OpinionStance stance) {
			this.stance = stance;
		}

		public String getDocumentRef() {
			return documentRef;
		}

		public void setDocumentRef(String documentRef) {
			this.documentRef = documentRef;
		}

		public String getText() {
			return text;
		}

		public void setText(String text) {
			this.text = text;
		}

	}

	/** A supervision visit as the form edits it; its date as precise as it is known. */
	public static class VisitRow {

		private String visitedOn;

		@Size(max = Ngo.TEAM_LENGTH)
		private String team;

		@Size(max = Ngo.TEXT_LENGTH)
		private String findings;

		@Size(max = Ngo.TEXT_LENGTH)
		private String recommendations;

		static VisitRow of(NgoVisit v) {
			VisitRow row = new VisitRow();
			row.visitedOn = v.visited() == null ? null : v.visited().toString();
			row.team = v.team();
			row.findings = v.findings();
			row.recommendations = v.recommendations();
			return row;
		}

		boolean isBlank() {
			return blank(visitedOn) && blank(team) && blank(findings) && blank(recommendations);
		}

		public String getVisitedOn() {
			return visitedOn;
		}

		public void setVisitedOn(String visitedOn) {
			this.visitedOn = visitedOn;
		}

		public String getTeam() {
			return team;
		}

		public void setTeam(String team) {
			this.team = team;
		}

		public String getFindings() {
			return findings;
		}

		public void setFindings(String findings) {
			this.findings = findings;
		}

		public String getRecommendations() {
			return recommendations;
		}

		public void setRecommendations(String recommendations) {
			this.recommendations = recommendations;
		}

	}

	/** A report to MOFA or COMINGO as the form edits it. */
	public static class ReportRow {

		private ReportRecipient recipient;

		private Integer year;

		private Integer half;

		private String sentOn;

		@Size(max = Ngo.DOCUMENT_REF_LENGTH)
		private String documentRef;

		@Size(max = Ngo.TEXT_LENGTH)
		private String summary;

		static ReportRow of(NgoReport r) {
			ReportRow row = new ReportRow();
			row.recipient = r.recipient();
			row.year = r.year();
			row.half = r.half();
			row.sentOn = text(r.sentOn());
			row.documentRef = r.documentRef();
			row.summary = r.summary();
			return row;
		}

		boolean isBlank() {
			return recipient == null && year == null && half == null && blank(sentOn) && blank(documentRef) && blank(summary);
		}

		public ReportRecipient getRecipient() {
			return recipient;
		}

		public void setRecipient(ReportRecipient recipient) {
			this.recipient = recipient;
		}

		public Integer getYear() {
			return year;
		}

		public void setYear(Integer year) {
			this.year = year;
		}

		public Integer getHalf() {
			return half;
		}

		public void setHalf(Integer half) {
			this.half = half;
		}

		public String getSentOn() {
			return sentOn;
		}

		public void setSentOn(String sentOn) {
			this.sentOn = sentOn;
		}

		public String getDocumentRef() {
			return documentRef;
		}

		public void setDocumentRef(String documentRef) {
			this.documentRef = documentRef;
		}

		public String getSummary() {
			return summary;
		}

		public void setSummary(String summary) {
			this.summary = summary;
		}

	}
}
