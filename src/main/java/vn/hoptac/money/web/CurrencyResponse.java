package vn.hoptac.money.web;

import vn.hoptac.money.Currency;

/** A currency of the IATI Currency codelist. */
record CurrencyResponse(String code, String nameEn, boolean withdrawn, Short minorUnits) {

	static CurrencyResponse of(Currency currency) {
		return new CurrencyResponse(currency.getCode(), currency.getNameEn(), currency.isWithdrawn(),
				currency.getMinorUnits());
	}

}
