package vn.hoptac.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import vn.hoptac.geo.LocalityService;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.ListPage;

/**
 * A province's roll-up (today's Thái Nguyên with the former Thái Nguyên and Bắc Kạn) finds the
 * localities of its history inside the list's own statement: one statement for the history, not one
 * more per province merged into it. The statements are counted by Hibernate's statistics.
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@Tag("database")
class AgreementRollUpCostTests {

	@Autowired
	AgreementService agreements;

	@Autowired
	LocalityService localities;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void aRollUpLooksUpItsHistoryOnceAndItsLocalitiesInTheListStatement() {
		long thaiNguyen = localities.getByCode("VN-19").getId();
		AgreementQuery query = new AgreementQuery(null, null, thaiNguyen, null, null, null, null, null, null, null,
				null);
		Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		ListPage<Agreement> page = Access
			.asSystem(() -> agreements.search(query, PageRequest.of(0, 20, Sort.by("sortKey"))));
		long statements = statistics.getPrepareStatementCount();
		assertThat(page.getContent()).isNotEmpty();
		// the history, the ordered ids up to the cap, the page by id and its parties; looking up the
		// localities under each of the three provinces' paths apart would add three
		assertThat(statements).as("statements of a roll-up page").isLessThanOrEqualTo(4);
	}

}
