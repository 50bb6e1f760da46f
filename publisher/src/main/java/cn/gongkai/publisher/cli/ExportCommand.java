package cn.gongkai.publisher.cli;

import cn.gongkai.publisher.source.JdbcSiteContent;
import cn.gongkai.publisher.source.json.ExportWriter;
import cn.gongkai.publisher.source.json.JsonExport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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
    ExportWriter.Counts counts =
        ExportFile.write(
            spec,
            json,
            out -> {
              try (JdbcSiteContent content = database.open()) {
                return JsonExport.write(content, out);
              }
            });
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
  }
}
