package cn.gongkai.publisher.cli;

import cn.gongkai.publisher.release.Release;
import cn.gongkai.publisher.release.ReleaseId;
import cn.gongkai.publisher.release.ReleaseStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code publisher releases}: the releases in the store, newest first, the live one marked. */
@Command(
    name = "releases",
    mixinStandardHelpOptions = true,
    description = "Lists the releases in the store, newest first; * marks the live one.")
final class ReleasesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "The release store.")
  Path out;

  @Override
  public Integer call() throws IOException {
    ReleaseStore store = PublisherCli.existingStore(spec, out);
    Optional<ReleaseId> live = store.live().map(Release::id);
    PrintWriter console = spec.commandLine().getOut();
    console.printf(Locale.ROOT, "  %-24s %9s %9s  %s%n", "RELEASE", "FILES", "CHANGED", "NOTE");
    for (Release r : store.history()) {
      console.printf(
          Locale.ROOT,
          "%s %-24s %,9d %,9d  %s%n",
          live.equals(Optional.of(r.id())) ? "*" : " ",
          r.id(),
          r.fileCount(),
          r.counts().written(),
          r.note());
    }
    console.flush();
    return PublisherCli.OK;
  }
}
