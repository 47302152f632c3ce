package vn.hoptac.shared;

import org.flywaydb.core.api.migration.Context;

/**
 * Fills a record type's {@code related_text} column from the records it refers to ({@link RelatedText}),
 * once, when the column is introduced (a subclass per record type, registered as a bean).
 */
public abstract class RelatedTextMigration extends DataMigration {

	private final RelatedText text;

	protected RelatedTextMigration(String version, RelatedText text) {
		super(version, text.table() + " related search text");
		this.text = text;
	}

	@Override
	public void migrate(Context context) throws Exception {
		text.refreshAll(context.getConnection());
	}

}
