package cn.gongkai.publisher.cli;

import cn.gongkai.publisher.source.JdbcSiteContent;
import cn.gongkai.publisher.source.Overlay;
import java.time.OffsetDateTime;
import picocli.CommandLine.Option;

/** The CMS database to read published content from: H2 (the embedded default) or PostgreSQL. */
final class DatabaseOptions {
  @Option(
      names = "--db",
      required = true,
      paramLabel = "JDBC_URL",
      description =
          "The CMS database, e.g. jdbc:postgresql://db/gongkai or jdbc:h2:file:./data/db/gongkai"
              + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
  String url;

  @Option(
      names = "--user",
      paramLabel = "USER",
      defaultValue = "${env:GONGKAI_DB_USER}",
      description = "Database user (default: $GONGKAI_DB_USER).")
  String user;

  @Option(
      names = "--password",
      paramLabel = "PASSWORD",
      defaultValue = "${env:GONGKAI_DB_PASSWORD}",
      description = "Database password (default: $GONGKAI_DB_PASSWORD, which ps does not show).")
  String password;

  /** One read-only snapshot of what is live now; the caller closes it. */
  JdbcSiteContent open() {
    return new JdbcSiteContent(
        new UrlDataSource(url, user, password), Overlay.none(OffsetDateTime.now()));
  }

  /** The URL without anything that could be a secret, for messages and release notes. */
  String describe() {
    int parameters = url.indexOf('?');
    return parameters < 0 ? url : url.substring(0, parameters);
  }
}
