package cn.gongkai.publisher.cli;

import cn.gongkai.publisher.release.Release;
import cn.gongkai.publisher.release.ReleaseStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code publisher rollback}: one atomic switch back to the release the live one was built on. */
@Command(
    name = "rollback",
    mixinStandardHelpOptions = true,
    description = {
      "Makes the release the live one was built on live again, in one atomic switch.",
      "Exit: 0 switched, 1 nothing to go back to, 2 usage, 3 failed."
    })
final class RollbackCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "The release store.")
  Path out;

  @Override
  public Integer call() throws IOException {
    ReleaseStore store = PublisherCli.existingStore(spec, out);
    PrintWriter console = spec.commandLine().getOut();
    Release was;
    Release now;
    try {
      was = store.live().orElseThrow(() -> new IllegalStateException("No release is live."));
      now = store.rollback();
    } catch (IllegalStateException e) {
      spec.commandLine().getErr().println("publisher: nothing to roll back to: " + e.getMessage());
      spec.commandLine().getErr().flush();
      return PublisherCli.NOT_DONE;
    }
    console.println("Live: " + now.id() + " (" + now.note() + "), instead of " + was.id() + ".");
    console.println(
        was.id()
            + " stays in the store until pruned; the next build starts from "
            + now.id()
            + ".");
    console.flush();
    return PublisherCli.OK;
  }
}
