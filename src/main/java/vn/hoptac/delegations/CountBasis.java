package vn.hoptac.delegations;

/** A reported total counts over its whole period, or is an average or typical figure per year. */
public enum CountBasis {

	CUMULATIVE, PER_YEAR

}
