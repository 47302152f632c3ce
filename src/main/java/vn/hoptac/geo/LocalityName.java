package vn.hoptac.geo;

import vn.hoptac.shared.Names;

/** What naming a locality takes, read without its entity: its names in every language and its country. */
public record LocalityName(long id, Names names, String country) {

	/** The row of a projection query, the names as their four columns. */
	public LocalityName(long id, String vi, String en, String ko, String nativeName, String country) {
		this(id, new Names(vi, en, ko, nativeName), country);
	}

}
