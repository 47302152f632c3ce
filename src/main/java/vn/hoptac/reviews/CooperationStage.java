package vn.hoptac.reviews;

/**
 * The stage on the path seed 000 describes (Thái Nguyên–Gyeongsangbuk, §3.1): from symbolic
 * cooperation ("hợp tác biểu tượng": letters, agreements and high-level delegations) to substantive
 * cooperation ("hợp tác thực chất": projects transferring knowledge, money flowing, exchanges of
 * people, results measured). Labelled by {@code enum.CooperationStage.<name>}.
 */
public enum CooperationStage {

	SYMBOLIC, SUBSTANTIVE

}
