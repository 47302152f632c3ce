package vn.hoptac;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** For page tests: a page as a signed-in user reads it in a language (the language is saved per user, so name it). */
public final class PageReader {

	private final MockMvc mvc;

	private final SignedInAs signedIn;

	public PageReader(MockMvc mvc, UserDetailsService users) {
		this.mvc = mvc;
		this.signedIn = new SignedInAs(users);
	}

	public String read(String username, String language, String path, Object... vars) throws Exception {
		return mvc.perform(get(path, vars).param("lang", language).with(signedIn.user(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
