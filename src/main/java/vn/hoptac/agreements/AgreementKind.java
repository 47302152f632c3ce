package vn.hoptac.agreements;

import java.util.EnumSet;
import java.util.Set;

/**
 * Names an international instrument may bear (Thỏa thuận, Bản ghi nhớ, …). The last four are the
 * names of treaties (Hiệp định, Công ước, Hiệp ước, Định ước), concluded at national level only.
 */
public enum AgreementKind {

	AGREEMENT, MOU, MINUTES_OF_AGREEMENT, MINUTES_OF_EXCHANGE, COOPERATION_PROGRAMME, COOPERATION_PLAN,
	LETTER_OF_INTENT, OTHER, TREATY_AGREEMENT, CONVENTION, TREATY, FINAL_ACT;

	private static final Set<AgreementKind> TREATY_NAMES = EnumSet.of(TREATY_AGREEMENT, CONVENTION, TREATY, FINAL_ACT);

	/** A treaty's name (Ordinance 33/2007/PL-UBTVQH11 Art. 2(2)): only the State or the Government concludes one. */
	public boolean isTreatyName() {
		return TREATY_NAMES.contains(this);
	}

}
