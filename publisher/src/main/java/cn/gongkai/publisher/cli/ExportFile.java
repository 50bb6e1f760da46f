package cn.gongkai.publisher.cli;

import cn.gongkai.publisher.source.json.ExportWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * A JSON export written whole or not at all: into a hidden part file beside the target, renamed
 * over it once complete, so an interrupted run never leaves half an export where a build reads one.
 */
final class ExportFile {
  /** Writes the export's content to the stream it is given. */
  @FunctionalInterface
  interface Content {
    ExportWriter.Counts writeTo(OutputStream out) throws IOException;
  }

  private ExportFile() {}

  static ExportWriter.Counts write(CommandSpec spec, Path json, Content content)
      throws IOException {
    Path target = json.toAbsolutePath();
    if (!Files.isDirectory(target.getParent())) {
      throw new ParameterException(
          spec.commandLine(), "There is no directory " + target.getParent() + ".");
    }
    Path partial = Files.createTempFile(target.getParent(), ".export-", ".json.part");
    try {
      ExportWriter.Counts counts;
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
        counts = content.writeTo(out);
      }
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
      return counts;
    } finally {
      Files.deleteIfExists(partial);
    }
  }
}
