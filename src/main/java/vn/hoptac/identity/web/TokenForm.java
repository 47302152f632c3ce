package vn.hoptac.identity.web;

/** Issuing a personal access token: a name that says what it is for. */
public class TokenForm {

	private String name;

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

}
