package vn.hoptac.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** A create answers with the record its write returned: the record is not read again. */
class RecordApiTests {

	private final AtomicInteger reads = new AtomicInteger();

	private final Api api = new Api(new Service());

	@BeforeEach
	void request() {
		RequestContextHolder.setRequestAttributes(
				new ServletRequestAttributes(new MockHttpServletRequest("POST", "/api/v1/things")));
	}

	@AfterEach
	void noRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void aCreateAnswersFromTheSavedRecordWithoutReadingItBack() {
		ResponseEntity<String> answer = api.create(new Request("Hà Giang"));
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(answer.getHeaders().getLocation()).hasToString("http://localhost/api/v1/things/7");
		assertThat(answer.getBody()).isEqualTo("7: Hà Giang");
		assertThat(reads).as("reads of the record").hasValue(0);
	}

	static final class Thing extends KeptRecord {

		final String name;

		Thing(long id, String name) {
			this.name = name;
			ReflectionTestUtils.setField(this, KeptRecord.class, "id", id, Long.class);
		}

	}

	record Request(String name) implements RecordRequest<String> {

		@Override
		public String toDraft() {
			return name;
		}

		@Override
		public Long version() {
			return null;
		}

	}

	final class Service implements DraftService<Thing, String> {

		@Override
		public Thing get(long id) {
			reads.incrementAndGet();
			return new Thing(id, "read back");
		}

		@Override
		public void check(String draft) {
		}

		@Override
		public Thing create(String draft) {
			return new Thing(7, draft);
		}

		@Override
		public Thing update(long id, String draft, Long expectedVersion) {
			return new Thing(id, draft);
		}

		@Override
		public void delete(long id, Long expectedVersion) {
		}

	}

	static final class Api extends RecordApi<Thing, String, Request, String> {

		Api(Service service) {
			super(service, ApiWrites.of("thing", "things"));
		}

		@Override
		protected String detail(Thing record) {
			return record.getId() + ": " + record.name;
		}

	}

}
