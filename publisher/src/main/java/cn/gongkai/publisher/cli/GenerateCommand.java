package cn.gongkai.publisher.cli;

import cn.gongkai.publisher.source.json.ExportWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code publisher generate}: synthetic content for benchmarks (see {@link SyntheticSite}) as a
 * JSON export, streamed item by item, and its attachment files.
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description =
        "Writes a synthetic site for benchmarks: N items of about 2 KB of Chinese text over about"
            + " twenty catalogues of four agencies, as a JSON export (and the attachment files).")
final class GenerateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--items", required = true, paramLabel = "N", description = "How many items.")
  long items;

  @Option(names = "--json", required = true, paramLabel = "FILE", description = "The export.")
  Path json;

  @Option(
      names = "--attachments",
      paramLabel = "DIR",
      description =
          "Also write the attachment files here (DIR/ab/abcdef…), for build --attachments.")
  Path attachments;

  @Option(
      names = "--seed",
      paramLabel = "S",
      description = "The same seed gives the same site (default 1).")
  long seed = 1;

  @Override
  public Integer call() throws IOException {
    long start = System.nanoTime();
    if (items < 0) {
      throw new ParameterException(spec.commandLine(), "--items cannot be negative.");
    }
    SyntheticSite site = new SyntheticSite(items, seed);
    ExportWriter.Counts counts =
        ExportFile.write(
            spec,
            json,
            out -> {
              try (ExportWriter writer = new ExportWriter(out)) {
                site.writeTo(writer);
                return writer.counts();
              }
            });
    if (attachments != null) {
      site.writeAttachments(Files.createDirectories(attachments));
    }
    spec.commandLine()
        .getOut()
        .printf(
            Locale.ROOT,
            "Generated %d agencies, %d catalogues and %,d items into %s in %.1f s.%n",
            counts.agencies(),
            counts.catalogues(),
            counts.items(),
            json,
            (System.nanoTime() - start) / 1e9);
    spec.commandLine().getOut().flush();
    return PublisherCli.OK;
  }
}
