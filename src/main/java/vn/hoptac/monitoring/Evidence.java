package vn.hoptac.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A link to what shows an actual: a report, minutes, a photo album. */
@Embeddable
public record Evidence(@Column(name = "url", length = URL_LENGTH) String url, @Column(name = "title", length = TITLE_LENGTH) String title) {

	public static final int URL_LENGTH = 1000;

	public static final int TITLE_LENGTH = 500;

}
