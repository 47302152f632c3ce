package vn.hoptac.identity.web;

/** An administrator's temporary password for a user, who must change it at next sign-in. */
public class ResetPasswordForm {

	private String password;

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
