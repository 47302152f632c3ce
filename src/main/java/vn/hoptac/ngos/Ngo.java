package vn.hoptac.ngos;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.Hibernate;

import vn.hoptac.partners.CooperationField;
import vn.hoptac.shared.Stewardship;
import vn.hoptac.shared.Text;
import vn.hoptac.shared.PartyRecord;

/**
 * A province's file on a foreign NGO: one per NGO and province. The NGO's name is the
 * organisation's (found by free text through the related text); the file holds what the province
 * records about it.
 */
@Entity
@Table(name = "ngo")
public class Ngo extends PartyRecord {

	/** Column sizes (db/migration V33): the schema's limits, which requests are validated against. */
	public static final int CONTACT_LENGTH = 500;

	public static final int NOTE_LENGTH = 4000;

	public static final int TEXT_LENGTH = 4000;

	public static final int NUMBER_LENGTH = 100;

	public static final int DOCUMENT_REF_LENGTH = 1000;

	public static final int TEAM_LENGTH = 500;

	public static final int SOURCE_LENGTH = 500;

	static final int SEARCH_TEXT_LENGTH = 3000;

	static final int SORT_KEY_LENGTH = 1200;

	private Long organisationId;

	private Long vnLocalityId;

	@Enumerated(EnumType.STRING)
	private NgoStatus status;

	@Column(length = CONTACT_LENGTH)
	private String contact;

	@Column(length = NOTE_LENGTH)
	private String note;

	@ElementCollection
	@CollectionTable(name = "ngo_field", joinColumns = @JoinColumn(name = "ngo_id"))
	@Column(name = "field")
	@Enumerated(EnumType.STRING)
	private Set<CooperationField> fields = EnumSet.noneOf(CooperationField.class);

	@ElementCollection
	@CollectionTable(name = "ngo_certificate", joinColumns = @JoinColumn(name = "ngo_id"))
	@OrderColumn(name = "position")
	private List<NgoCertificate> certificates = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "ngo_opinion", joinColumns = @JoinColumn(name = "ngo_id"))
	@OrderColumn(name = "position")
	private List<NgoOpinion> opinions = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "ngo_visit", joinColumns = @JoinColumn(name = "ngo_id"))
	@OrderColumn(name = "position")
	private List<NgoVisit> visits = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "ngo_report", joinColumns = @JoinColumn(name = "ngo_id"))
	@OrderColumn(name = "position")
	private List<NgoReport> reports = new ArrayList<>();

	protected Ngo() {
	}

	Ngo(NgoDraft draft, String name, Stewardship stewardship) {
		apply(draft, name, stewardship);
	}

	/** {@code name}: the organisation's name, which orders the list. */
	void apply(NgoDraft draft, String name, Stewardship stewardship) {
		this.stewardship = stewardship;
		this.organisationId = draft.organisationId();
		this.vnLocalityId = draft.vnLocalityId();
		this.status = draft.status();
		this.contact = draft.contact();
		this.note = draft.note();
		this.source = draft.source();
		replace(fields, draft.fields());
		replace(certificates, draft.certificates());
		replace(opinions, draft.opinions());
		replace(visits, draft.visits());
		replace(reports, draft.reports());
		this.searchText = Text.fit(Text.searchText(contact, note,
				String.join(" ", certificates.stream().map(NgoCertificate::number).filter(n -> n != null).toList())),
				SEARCH_TEXT_LENGTH);
		this.sortKey = Text.fit(Text.sortKey(name), SORT_KEY_LENGTH);
	}

	private static <E> void replace(java.util.Collection<E> current, java.util.Collection<E> stated) {
		current.clear();
		current.addAll(stated);
	}

	/** Lists show the certificates' validity; with batch fetching a page loads them in one query. */
	void loadCertificates() {
		Hibernate.initialize(certificates);
	}

	void loadDetails() {
		Hibernate.initialize(fields);
		Hibernate.initialize(certificates);
		Hibernate.initialize(opinions);
		Hibernate.initialize(visits);
		Hibernate.initialize(reports);
	}

	public Long getOrganisationId() {
		return organisationId;
	}

	public Long getVnLocalityId() {
		return vnLocalityId;
	}

	public NgoStatus getStatus() {
		return status;
	}

	public String getContact() {
		return contact;
	}

	public String getNote() {
		return note;
	}

	public Set<CooperationField> getFields() {
		return fields;
	}

	public List<NgoCertificate> getCertificates() {
		return certificates;
	}

	public List<NgoOpinion> getOpinions() {
		return opinions;
	}

	public List<NgoVisit> getVisits() {
		return visits;
	}

	public List<NgoReport> getReports() {
		return reports;
	}

}
