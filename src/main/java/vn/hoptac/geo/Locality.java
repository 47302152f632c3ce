package vn.hoptac.geo;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.hoptac.shared.Names;
import vn.hoptac.shared.Text;

/**
 * An administrative unit at home or abroad, valid over a period. {@code path} is the chain of codes
 * from the top unit down ("/VN-63-19/VN-D-164/"), so "everything under this province" is a prefix
 * query.
 */
@Entity
@Table(name = "locality")
public class Locality {

	/** Column sizes of locality (db/migration): the schema's limits, which requests are validated against. */
	public static final int CODE_LENGTH = 40;

	public static final int NAME_LENGTH = 200;

	public static final int SOURCE_LENGTH = 500;

	/** Folded names and the collation key are cut to their columns: a long name stays searchable by its start. */
	public static final int SEARCH_TEXT_LENGTH = 1000;

	static final int SORT_KEY_LENGTH = 600;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(length = CODE_LENGTH)
	private String code;

	private String country;

	@Enumerated(EnumType.STRING)
	private LocalityLevel level;

	@Column(name = "parent_id")
	private Long parentId;

	@Embedded
	private Names names;

	private LocalDate validFrom;

	private LocalDate validTo;

	private String path;

	@Column(length = SOURCE_LENGTH)
	private String source;

	@Column(length = SEARCH_TEXT_LENGTH)
	private String searchText;

	@Column(length = SORT_KEY_LENGTH)
	private String sortKey;

	@Version
	private long version;

	protected Locality() {
	}

	public Locality(String code, String country, LocalityLevel level, Names names) {
		this.code = code;
		this.country = country;
		this.level = level;
		this.names = names;
	}

	@PrePersist
	@PreUpdate
	void index() {
		this.searchText = Text.fit(Text.searchText(code, names.searchText()), SEARCH_TEXT_LENGTH);
		this.sortKey = Text.fit(Text.sortKey(names.vi()), SORT_KEY_LENGTH);
	}

	/** Places this locality under a parent (or at the top when {@code parent} is null). */
	void placeUnder(Locality parent) {
		this.parentId = parent == null ? null : parent.id;
		this.path = (parent == null ? "/" : parent.path) + code + "/";
	}

	/** Whether the unit existed at some time during [from, to]; open ends are unbounded. */
	public boolean overlaps(LocalDate from, LocalDate to) {
		boolean startsBeforeEnd = validFrom == null || to == null || !validFrom.isAfter(to);
		boolean endsAfterStart = validTo == null || from == null || !validTo.isBefore(from);
		return startsBeforeEnd && endsAfterStart;
	}

	void update(String country, LocalityLevel level, Names names, LocalDate validFrom, LocalDate validTo,
			String source) {
		this.country = country;
		this.level = level;
		this.names = names;
		this.validFrom = validFrom;
		this.validTo = validTo;
		this.source = source;
	}

	public Long getId() {
		return id;
	}

	public String getCode() {
		return code;
	}

	public String getCountry() {
		return country;
	}

	public LocalityLevel getLevel() {
		return level;
	}

	public Long getParentId() {
		return parentId;
	}

	public Names getNames() {
		return names;
	}

	public LocalDate getValidFrom() {
		return validFrom;
	}

	public LocalDate getValidTo() {
		return validTo;
	}

	public String getPath() {
		return path;
	}

	public String getSource() {
		return source;
	}

	public long getVersion() {
		return version;
	}

}
