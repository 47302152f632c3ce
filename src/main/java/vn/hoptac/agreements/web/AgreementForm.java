package vn.hoptac.agreements.web;

import static vn.hoptac.shared.FormFields.trimmed;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;

import vn.hoptac.agreements.Agreement;
import vn.hoptac.agreements.AgreementDraft;
import vn.hoptac.agreements.AgreementKind;
import vn.hoptac.agreements.AgreementParty;
import vn.hoptac.agreements.LegalBasis;
import vn.hoptac.agreements.PartySide;
import vn.hoptac.agreements.SignatoryLevel;
import vn.hoptac.partners.CooperationField;
import vn.hoptac.partners.PartyDirectory.Selection;
import vn.hoptac.shared.DatePrecision.PartialDate;
import vn.hoptac.shared.DatePrecision;
import vn.hoptac.shared.FormErrors;
import vn.hoptac.shared.PartialDates;
import vn.hoptac.shared.RecordForm;
import vn.hoptac.shared.RuleViolationException;
import vn.hoptac.shared.SaneDates;

/**
 * The agreement form, for create and edit. Each party row names a locality or organisation (chosen
 * in a list, or a locality by code) and who signed for it; rows left blank are ignored. The
 * signing date may be a year, a month or a day.
 */
public class AgreementForm extends RecordForm implements FormErrors.RowsForm {

	@Size(max = Agreement.TITLE_LENGTH)
	private String title;

	private AgreementKind kind;

	private LegalBasis legalBasis;

	private SignatoryLevel level;

	private Long partnershipId;

	private List<@Valid PartyRow> parties = new ArrayList<>();

	private String signedOn;

	private String effectiveOn;

	private String expiresOn;

	private Set<CooperationField> fields = EnumSet.noneOf(CooperationField.class);

	@Size(max = Agreement.DOCUMENT_REF_LENGTH)
	private String documentRef;

	@Size(max = Agreement.SUMMARY_LENGTH)
	private String summary;

	static AgreementForm blank(Long partnershipId) {
		AgreementForm form = new AgreementForm();
		form.kind = AgreementKind.AGREEMENT;
		form.legalBasis = LegalBasis.INTERNATIONAL_AGREEMENT;
		form.partnershipId = partnershipId;
		return form.withBlankRows();
	}

	static AgreementForm of(Agreement a) {
		AgreementForm form = new AgreementForm();
		form.title = a.getTitle();
		form.kind = a.getKind();
		form.legalBasis = a.getLegalBasis();
		form.level = a.getLevel();
		form.partnershipId = a.getPartnershipId();
		a.getParties()
			.forEach(p -> form.parties.add(new PartyRow(p.side(), Selection.key(p.localityId(), p.organisationId()),
					p.signatoryName(), p.signatoryTitle(), p.signatoryLevel())));
		form.signedOn = a.getSignedOn() == null ? null
				: new PartialDate(a.getSignedOn(),
						a.getSignedPrecision() == null ? DatePrecision.DAY : a.getSignedPrecision())
					.toString();
		form.effectiveOn = a.getEffectiveOn() == null ? null : a.getEffectiveOn().toString();
		form.expiresOn = a.getExpiresOn() == null ? null : a.getExpiresOn().toString();
		form.fields = a.getFields().isEmpty() ? EnumSet.noneOf(CooperationField.class) : EnumSet.copyOf(a.getFields());
		form.documentRef = a.getDocumentRef();
		form.summary = a.getSummary();
		form.keptAs(a);
		return form.withBlankRows();
	}

	/**
	 * Sets the party of the first row of each side (a choice such as {@code locality:12}; null leaves
	 * the row as it is), clearing a code typed there, so that the choice shows.
	 */
	void preset(String vnParty, String foreignParty) {
		for (PartyRow row : parties) {
			String party = row.side == PartySide.VN ? vnParty : row.side == PartySide.FOREIGN ? foreignParty : null;
			if (party != null) {
				row.party = party;
				row.partyCode = null;
				if (row.side == PartySide.VN) {
					vnParty = null;
				}
				else {
					foreignParty = null;
				}
			}
		}
	}

	/** Offers a row for each side that has none, and one more for any further party. */
	@Override
	public AgreementForm withBlankRows() {
		for (PartySide side : PartySide.values()) {
			if (parties.stream().noneMatch(row -> row.side == side)) {
				parties.add(new PartyRow(side, null, null, null, null));
			}
		}
		parties.add(new PartyRow());
		return this;
	}

	/** Drops the party rows left blank, so that row numbers in messages are those of the rows kept. */
	@Override
	public void dropBlankRows() {
		parties.removeIf(PartyRow::isBlank);
	}

	/**
	 * What the user stated, as the service takes it. Call {@link #dropBlankRows()} first. What cannot
	 * be read is reported together with what {@code check} (the service's rules) finds in the rest.
	 */
	AgreementDraft toDraft(Function<String, Optional<Long>> localityIdByCode, Consumer<AgreementDraft> check) {
		var errors = new RuleViolationException.Collector();
		PartialDate signed = PartialDates.parse(signedOn, "signedOn", errors);
		LocalDate effective = day(effectiveOn, "effectiveOn", errors);
		LocalDate expires = day(expiresOn, "expiresOn", errors);
		List<AgreementParty> stated = new ArrayList<>();
		for (int i = 0; i < parties.size(); i++) {
			PartyRow row = parties.get(i);
			Selection party = Selection.read(row.party, row.partyCode, localityIdByCode, "parties[" + i + "].party",
					errors);
			stated.add(new AgreementParty(row.side, party.localityId(), party.organisationId(),
					trimmed(row.signatoryName), trimmed(row.signatoryTitle), row.signatoryLevel));
		}
		AgreementDraft draft = new AgreementDraft(trimmed(title), kind, legalBasis, level, partnershipId, stated,
				signed, effective, expires, fields, trimmed(documentRef), trimmed(summary), trimmed(getSource()),
				getVisibility());
		errors.throwIfAnyWith(() -> FormErrors.onFormFields(() -> check.accept(draft), AgreementForm::onFormFields));
		return draft;
	}

	private static final Pattern PARTY_REFERENCE = Pattern.compile("^(parties\\[\\d+\\])\\.(localityId|organisationId)$");

	/** The service's violations, named after this form's fields. */
	static RuleViolationException onFormFields(RuleViolationException violations) {
		return new RuleViolationException(violations.violations()
			.stream()
			.map(v -> new RuleViolationException.Violation(
					PARTY_REFERENCE.matcher(v.field()).replaceAll("$1.party"), v.messageKey(), v.args()))
			.toList());
	}

	/** A day as an ISO date (what a date input sends), in a year {@link SaneDates} accepts. */
	static LocalDate day(String text, String field, RuleViolationException.Collector errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			LocalDate day = LocalDate.parse(text.trim());
			if (SaneDates.accepts(day)) {
				return day;
			}
		}
		catch (DateTimeParseException ex) {
			// reported below
		}
		errors.reject(field, "validation.badValue", text.trim());
		return null;
	}

	/** A party and its signatory. */
	public static class PartyRow {

		private PartySide side;

		private String party;

		private String partyCode;

		@Size(max = Agreement.SIGNATORY_NAME_LENGTH)
		private String signatoryName;

		@Size(max = Agreement.SIGNATORY_TITLE_LENGTH)
		private String signatoryTitle;

		private SignatoryLevel signatoryLevel;

		public PartyRow() {
		}

		PartyRow(PartySide side, String party, String signatoryName, String signatoryTitle,
				SignatoryLevel signatoryLevel) {
			this.side = side;
			this.party = party;
			this.signatoryName = signatoryName;
			this.signatoryTitle = signatoryTitle;
			this.signatoryLevel = signatoryLevel;
		}

		/** Blank unless something besides the preset side was entered. */
		boolean isBlank() {
			return trimmed(party) == null && trimmed(partyCode) == null && trimmed(signatoryName) == null
					&& trimmed(signatoryTitle) == null && signatoryLevel == null;
		}

		public PartySide getSide() {
			return side;
		}

		public void setSide(PartySide side) {
			this.side = side;
		}

		public String getParty() {
			return party;
		}

		public void setParty(String party) {
			this.party = party;
		}

		public String getPartyCode() {
			return partyCode;
		}

		public void setPartyCode(String partyCode) {
			this.partyCode = partyCode;
		}

		public String getSignatoryName() {
			return signatoryName;
		}

		public void setSignatoryName(String signatoryName) {
			this.signatoryName = signatoryName;
		}

		public String getSignatoryTitle() {
			return signatoryTitle;
		}

		public void setSignatoryTitle(String signatoryTitle) {
			this.signatoryTitle = signatoryTitle;
		}

		public SignatoryLevel getSignatoryLevel() {
			return signatoryLevel;
		}

		public void setSignatoryLevel(SignatoryLevel signatoryLevel) {
			this.signatoryLevel = signatoryLevel;
		}

	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public AgreementKind getKind() {
		return kind;
	}

	public void setKind(AgreementKind kind) {
		this.kind = kind;
	}

	public LegalBasis getLegalBasis() {
		return legalBasis;
	}

	public void setLegalBasis(LegalBasis legalBasis) {
		this.legalBasis = legalBasis;
	}

	public SignatoryLevel getLevel() {
		return level;
	}

	public void setLevel(SignatoryLevel level) {
		this.level = level;
	}

	public Long getPartnershipId() {
		return partnershipId;
	}

	public void setPartnershipId(Long partnershipId) {
		this.partnershipId = partnershipId;
	}

	public List<PartyRow> getParties() {
		return parties;
	}

	public void setParties(List<PartyRow> parties) {
		this.parties = parties;
	}

	public String getSignedOn() {
		return signedOn;
	}

	public void setSignedOn(String signedOn) {
		this.signedOn = signedOn;
	}

	public String getEffectiveOn() {
		return effectiveOn;
	}

	public void setEffectiveOn(String effectiveOn) {
		this.effectiveOn = effectiveOn;
	}

	public String getExpiresOn() {
		return expiresOn;
	}

	public void setExpiresOn(String expiresOn) {
		this.expiresOn = expiresOn;
	}

	public Set<CooperationField> getFields() {
		return fields;
	}

	public void setFields(Set<CooperationField> fields) {
		this.fields = fields == null ? EnumSet.noneOf(CooperationField.class) : fields;
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
