package cn.gongkai.publisher.cli;

import cn.gongkai.publisher.source.JdbcSiteContent;
import cn.gongkai.publisher.source.json.ExportWriter;
import cn.gongkai.publisher.source.json.JsonExport;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code publisher export}: the published content of the database as a JSON export, streamed item
 * by item into a temporary file that replaces FILE only once complete.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Writes the database's published content to a JSON export.")
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ArgGroup(exclusive = false, multiplicity = "1")
  DatabaseOptions database;

  @Option(names = "--json", required = true, paramLabel = "FILE", description = "The export.")
  Path json;

  @Override
  public Integer call() throws IOException {
    long start = System.nanoTime();
    Path target = json.toAbsolutePath();
    if (!Files.isDirectory(target.getParent())) {
      throw new ParameterException(
          spec.commandLine(), "There is no directory " + target.getParent() + ".");
    }
    Path partial = Files.createTempFile(target.getParent(), ".export-", ".json.part");
    try {
      ExportWriter.Counts counts;
      try (JdbcSiteContent content = database.open();
          OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
        counts = JsonExport.write(content, out);
      }
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
      spec.commandLine()
          .getOut()
          .printf(
              Locale.ROOT,
              "Exported %d agencies, %d catalogues, %d guides and %,d items to %s in %.1f s.%n",
              counts.agencies(),
              counts.catalogues(),
              counts.guides(),
              counts.items(),
              json,
              (System.nanoTime() - start) / 1e9);
      spec.commandLine().getOut().flush();
      return PublisherCli.OK;
    } finally {
      Files.deleteIfExists(partial);
    }
  }
}
