package cn.gongkai.publisher.cli;

import cn.gongkai.publisher.content.SiteContent;
import cn.gongkai.publisher.source.JdbcSiteContent;
import cn.gongkai.publisher.source.json.JsonExport;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** Where a build reads its content: the CMS database, or a JSON export of it. */
final class ContentSource {
  @ArgGroup(exclusive = false)
  DatabaseOptions database;

  @Option(
      names = "--json",
      paramLabel = "FILE",
      description = "A JSON export (see publisher export) instead of the database.")
  Path json;

  /** Runs {@code build} on the content and closes it afterwards. */
  <T> T with(Function<SiteContent, T> build) throws IOException {
    if (database != null) {
      try (JdbcSiteContent content = database.open()) {
        return build.apply(content);
      }
    }
    try (InputStream in = new BufferedInputStream(Files.newInputStream(json), 1 << 16)) {
      return build.apply(JsonExport.read(in));
    }
  }

  String describe() {
    return database != null ? database.describe() : json.toString();
  }
}
