package vn.hoptac.projects;

/** IATI ActivityStatus codes the rules name (the whole codelist is in {@code iati_code}). */
public final class ActivityStatus {

	/** Pipeline/identification: the proposals pipeline. */
	public static final String PIPELINE = "1";

	private ActivityStatus() {
	}

}
