package vn.hoptac.shared;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * A stewarded record that refers to parties (localities, organisations, partnerships): its list also
 * finds it by their current names, which {@link RelatedTexts} keeps in {@code related_text} in the
 * writing transaction. Read by lists, never written by the entity.
 */
@MappedSuperclass
public abstract class PartyRecord extends StewardedRecord {

	@Column(insertable = false, updatable = false)
	private String relatedText;

}
