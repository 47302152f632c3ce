package vn.hoptac.agreements;

/** Names an international agreement may bear (Thỏa thuận, Bản ghi nhớ, …). */
public enum AgreementKind {

	AGREEMENT, MOU, MINUTES_OF_AGREEMENT, MINUTES_OF_EXCHANGE, COOPERATION_PROGRAMME, COOPERATION_PLAN,
	LETTER_OF_INTENT, OTHER

}
