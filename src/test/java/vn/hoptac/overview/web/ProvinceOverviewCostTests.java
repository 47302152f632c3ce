package vn.hoptac.overview.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.hoptac.shared.Access;

/**
 * The national overview costs a few grouped queries, not some per province: the statements it
 * runs are counted by Hibernate's statistics.
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@Tag("database")
class ProvinceOverviewCostTests {

	@Autowired
	ProvinceOverview overview;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void runsAFewGroupedQueriesWhateverTheNumberOfProvinces() {
		Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		List<ProvinceOverview.Row> rows = Access.asSystem(() -> overview.rows(HomePageController.DUE_SOON_DAYS));
		long statements = statistics.getPrepareStatementCount();
		assertThat(rows).hasSize(34);
		// six grouped counts, the provinces themselves (two levels) and the public holidays around
		// the deadline windows; a query per province would be at least 34
		assertThat(statements).as("statements for 34 provinces").isLessThanOrEqualTo(16);
		assertThat(rows.stream().mapToLong(ProvinceOverview.Row::partnerships).sum()).isPositive();
	}

}
