import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;

/**
 * What a durable commit costs: the time of N sequential small commits (one row each, autocommit) on a
 * JDBC URL, as the embedded database's settings decide. JDK 17 and the JDBC driver on the class path:
 *
 * <pre>
 * java -cp ~/.m2/repository/com/h2database/h2/2.4.240/h2-2.4.240.jar bench/CommitCost.java \
 *     'jdbc:h2:file:/tmp/commit-cost/a;WRITE_DELAY=0' [2000]
 * </pre>
 *
 * It creates a scratch table, measures twice (the first run warms up) and prints commits per second
 * and the mean time of one commit; then it drops the table.
 */
public class CommitCost {

	public static void main(String[] args) throws Exception {
		String url = args[0];
		int commits = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
		String user = System.getProperty("user", "sa");
		String password = System.getProperty("password", "");
		try (Connection connection = DriverManager.getConnection(url, user, password)) {
			try (Statement ddl = connection.createStatement()) {
				ddl.execute("create table commit_cost (id bigint primary key, note varchar(200))");
			}
			try {
				long next = 0;
				for (int round = 1; round <= 2; round++) {
					long start = System.nanoTime();
					try (PreparedStatement insert = connection.prepareStatement("insert into commit_cost values (?, ?)")) {
						for (int i = 0; i < commits; i++) {
							insert.setLong(1, next++);
							insert.setString(2, "a small acknowledged write");
							insert.executeUpdate();
						}
					}
					double seconds = (System.nanoTime() - start) / 1e9;
					System.out.printf("round %d: %d commits in %.2f s = %.0f commits/s, %.3f ms each%n", round,
							commits, seconds, commits / seconds, seconds * 1000 / commits);
				}
			}
			finally {
				try (Statement ddl = connection.createStatement()) {
					ddl.execute("drop table commit_cost");
				}
			}
		}
	}

}
