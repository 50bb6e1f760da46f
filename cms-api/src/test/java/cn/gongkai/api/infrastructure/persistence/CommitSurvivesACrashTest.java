package cn.gongkai.api.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database keeps what it committed when the process dies the next moment: a second JVM
 * commits rows through {@link GongkaiDataSource} while a publication's long read is open, then
 * halts without any shutdown; this one opens the file and counts. With H2's default delayed writes
 * the file came back empty — schema and all.
 */
class CommitSurvivesACrashTest {
  private static final int ROWS = 200;

  @TempDir Path dir;

  @Test
  void rowsCommittedJustBeforeAKillAreThereAfterwards() throws Exception {
    String url = "jdbc:h2:file:" + dir.resolve("db/gongkai") + ";MODE=PostgreSQL";
    Process writer =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                CrashingWriter.class.getName(),
                url)
            .inheritIO()
            .start();
    writer.waitFor(2, TimeUnit.MINUTES);
    assertEquals(CrashingWriter.HALTED, writer.exitValue(), "the writer halted as planned");

    try (Connection c = dataSource(url).getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM committed_row")) {
      rs.next();
      assertEquals(ROWS, rs.getInt(1), "every committed row survived the crash");
    }
  }

  private static GongkaiDataSource dataSource(String url) {
    GongkaiDataSource ds = new GongkaiDataSource();
    ds.setUrl(url);
    ds.setUser("sa");
    ds.setPassword("");
    return ds;
  }

  /** The crashing process: commits, then dies at once, as a SIGKILL would leave it. */
  public static final class CrashingWriter {
    static final int HALTED = 77;

    public static void main(String[] args) throws Exception {
      GongkaiDataSource ds = dataSource(args[0]);
      try (Connection writes = ds.getConnection();
          Connection longRead = ds.getConnection();
          Statement w = writes.createStatement()) {
        w.execute("CREATE TABLE committed_row (id INT PRIMARY KEY, pad VARCHAR(2000))");
        // A publication's snapshot: a REPEATABLE READ transaction that stays open.
        longRead.setAutoCommit(false);
        longRead.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try (Statement r = longRead.createStatement();
            ResultSet rs = r.executeQuery("SELECT COUNT(*) FROM committed_row")) {
          rs.next();
        }
        for (int i = 0; i < ROWS; i++) {
          w.execute("INSERT INTO committed_row VALUES (" + i + ", REPEAT('x', 1000))");
        }
        // Inside the block: closing the last connection would close the database cleanly.
        Runtime.getRuntime().halt(HALTED);
      }
    }
  }
}
