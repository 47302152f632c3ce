package vn.hoptac.money;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A currency of the IATI Currency codelist (ISO 4217); read-only reference data. */
@Entity
@Table(name = "currency")
public class Currency {

	public static final String VND = "VND";

	public static final String USD = "USD";

	public static final int NAME_LENGTH = 200;

	@Id
	@Column(length = 3)
	private String code;

	@Column(name = "name_en", length = NAME_LENGTH, nullable = false)
	private String nameEn;

	private boolean withdrawn;

	/** Digits after the decimal point (VND, KRW, JPY: 0); null when ISO 4217 gives none. */
	@Column(name = "minor_units")
	private Short minorUnits;

	protected Currency() {
	}

	public String getCode() {
		return code;
	}

	public String getNameEn() {
		return nameEn;
	}

	public boolean isWithdrawn() {
		return withdrawn;
	}

	public Short getMinorUnits() {
		return minorUnits;
	}

}
