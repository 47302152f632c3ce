package vn.hoptac.shared;

import jakarta.validation.constraints.Size;

/**
 * What every record's form has beside its own fields: the source the record cites, who may read it,
 * and the version the edit is based on (a stale one is refused).
 */
public abstract class RecordForm implements VersionedForm {

	@Size(max = StewardedRecord.SOURCE_LENGTH)
	private String source;

	private Visibility visibility = Visibility.INTERNAL;

	private Long version;

	/** Fills the shared fields from the record being edited. */
	protected void keptAs(StewardedRecord record) {
		this.source = record.getSource();
		this.visibility = record.getStewardship().visibility();
		this.version = record.getVersion();
	}

	public String getSource() {
		return source;
	}

	public void setSource(String source) {
		this.source = source;
	}

	public Visibility getVisibility() {
		return visibility;
	}

	public void setVisibility(Visibility visibility) {
		this.visibility = visibility;
	}

	@Override
	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
