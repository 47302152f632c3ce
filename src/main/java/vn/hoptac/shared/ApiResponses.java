package vn.hoptac.shared;

import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Responses shared by the API controllers. */
public final class ApiResponses {

	private ApiResponses() {
	}

	/** 201 with the new record's address in {@code Location}. */
	public static <T> ResponseEntity<T> created(Long id, T body) {
		return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").build(id))
			.body(body);
	}

}
