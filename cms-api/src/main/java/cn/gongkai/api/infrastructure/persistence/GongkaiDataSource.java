package cn.gongkai.api.infrastructure.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The one DataSource class the server is told about. It picks H2 or PostgreSQL from the JDBC URL,
 * so switching databases is a matter of setting {@code GONGKAI_DB_URL} — no second setting for the
 * driver that could disagree with the URL. The server's pool wraps it.
 */
public class GongkaiDataSource implements DataSource {
  private String url;
  private String user;
  private String password;
  private volatile DataSource delegate;

  public void setURL(String url) {
    this.url = url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public String getUrl() {
    return url;
  }

  public void setUser(String user) {
    this.user = user;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  private DataSource delegate() {
    DataSource d = delegate;
    if (d == null) {
      synchronized (this) {
        if (delegate == null) {
          delegate = create();
        }
        d = delegate;
      }
    }
    return d;
  }

  private DataSource create() {
    if (url == null) {
      throw new IllegalStateException("No database URL configured (gongkai.db.url).");
    }
    if (url.startsWith("jdbc:h2:")) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL(durable(url));
      h2.setUser(user);
      h2.setPassword(password == null ? "" : password);
      return h2;
    }
    if (url.startsWith("jdbc:postgresql:")) {
      PGSimpleDataSource pg = new PGSimpleDataSource();
      pg.setURL(url);
      pg.setUser(user);
      pg.setPassword(password);
      return pg;
    }
    throw new IllegalStateException(
        "Unsupported database URL " + url + ": use jdbc:h2:... or jdbc:postgresql:...");
  }

  /**
   * H2 stores committed changes in the background, half a second later by default, and a process
   * killed in between loses them — an approval, a publish job, even the schema of a new database
   * (the product's crash test saw a job vanish). {@code WRITE_DELAY=0} writes every commit before
   * it returns; an operator's own WRITE_DELAY is kept.
   */
  static String durable(String h2Url) {
    boolean inMemory = h2Url.startsWith("jdbc:h2:mem:");
    boolean chosen = h2Url.toUpperCase(java.util.Locale.ROOT).contains(";WRITE_DELAY=");
    return inMemory || chosen ? h2Url : h2Url + ";WRITE_DELAY=0";
  }

  @Override
  public Connection getConnection() throws SQLException {
    return delegate().getConnection();
  }

  @Override
  public Connection getConnection(String username, String pw) throws SQLException {
    return delegate().getConnection(username, pw);
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {}

  @Override
  public void setLoginTimeout(int seconds) {}

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    return delegate().unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return iface.isInstance(this) || delegate().isWrapperFor(iface);
  }
}
