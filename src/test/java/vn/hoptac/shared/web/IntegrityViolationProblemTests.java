package vn.hoptac.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.web.MockHttpServletRequest;

/** Only a foreign-key violation on a delete is reported as "other records still refer to this one". */
class IntegrityViolationProblemTests {

	private final ApiProblemHandler handler = new ApiProblemHandler(messages());

	@Test
	void aDeleteOfARecordOthersReferToIsStillReferenced() {
		assertThat(detail("DELETE", "23503")).isEqualTo("referenced");
	}

	@Test
	void anyOtherRefusalIsAConflictThatClaimsNoReference() {
		assertThat(detail("POST", "23505")).isEqualTo("conflict");
		assertThat(detail("PUT", "23503")).isEqualTo("conflict");
		assertThat(detail("DELETE", "23505")).isEqualTo("conflict");
	}

	private String detail(String method, String sqlState) {
		var violation = new DataIntegrityViolationException("refused", new SQLException("refused", sqlState));
		var answer = handler.integrityViolation(violation, new MockHttpServletRequest(method, "/api/v1/x/1"));
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		return ((ProblemDetail) answer.getBody()).getDetail();
	}

	private static StaticMessageSource messages() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("problem.referenced.detail", Locale.getDefault(), "referenced");
		messages.addMessage("problem.conflict.detail", Locale.getDefault(), "conflict");
		return messages;
	}

}
