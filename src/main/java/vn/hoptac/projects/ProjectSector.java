package vn.hoptac.projects;

import java.math.BigDecimal;

import jakarta.persistence.Embeddable;

import vn.hoptac.shared.Hundredths;

/** An OECD DAC 5-digit sector (IATI Sector, vocabulary 1) and the share of the project in it. */
@Embeddable
public record ProjectSector(String code, BigDecimal percentage) {

	public ProjectSector {
		percentage = Hundredths.stored(percentage);
	}

	/** The DAC 3-digit category the code belongs to: its first three digits. */
	public String category() {
		return code == null || code.length() < 3 ? null : code.substring(0, 3);
	}

}
