package vn.hoptac;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/** How many Hibernate sessions a piece of work opens: each read-only transaction of its own opens one. */
public final class HibernateSessions {

	private HibernateSessions() {
	}

	/** A piece of work that may fail, such as a request. */
	public interface Work {

		void run() throws Exception;

	}

	/** The sessions opened while the work ran (statistics switched on for it, then restored). */
	public static long openedBy(EntityManagerFactory entityManagerFactory, Work work) throws Exception {
		Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		boolean enabled = statistics.isStatisticsEnabled();
		statistics.setStatisticsEnabled(true);
		statistics.clear();
		try {
			work.run();
			return statistics.getSessionOpenCount();
		}
		finally {
			statistics.setStatisticsEnabled(enabled);
		}
	}

}
