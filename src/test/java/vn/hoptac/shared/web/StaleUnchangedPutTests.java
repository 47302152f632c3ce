package vn.hoptac.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

import vn.hoptac.partners.Organisation;
import vn.hoptac.partners.OrganisationDraft;
import vn.hoptac.partners.OrganisationService;
import vn.hoptac.partners.OrganisationType;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.Names;
import vn.hoptac.shared.Visibility;

/**
 * An unchanged update racing a real edit, both based on the same version: the one that commits
 * second must fail (409), even though it changes nothing, instead of answering with stale content.
 */
@SpringBootTest
@org.junit.jupiter.api.Tag("database")
class StaleUnchangedPutTests {

	@Autowired
	OrganisationService organisations;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void anUnchangedUpdateBasedOnAVersionSomeoneElseCommittedSinceFails() {
		Organisation created = Access.asSystem(() -> organisations.create(draft("Trường thử " + System.nanoTime())));
		long version = created.getVersion();
		OrganisationDraft unchanged = draft(created.getNames().vi());

		assertThatThrownBy(() -> Access.asSystem(() -> transaction.execute(status -> {
			// this request reads the record at `version`…
			organisations.get(created.getId());
			// …while another one commits a real edit based on the same version…
			CompletableFuture.runAsync(() -> Access.asSystem(
					() -> organisations.update(created.getId(), draft("Trường đã sửa"), version)))
				.join();
			// …then this request saves its unchanged copy, still based on `version`
			return organisations.update(created.getId(), unchanged, version);
		}))).isInstanceOf(OptimisticLockingFailureException.class);

		assertThat(Access.asSystem(() -> organisations.get(created.getId())).getNames().vi()).isEqualTo("Trường đã sửa");
	}

	private static OrganisationDraft draft(String name) {
		return new OrganisationDraft(OrganisationType.UNIVERSITY, new Names(name, null, null, null), null, "KR", null,
				null, "test", Visibility.PUBLIC);
	}

}
