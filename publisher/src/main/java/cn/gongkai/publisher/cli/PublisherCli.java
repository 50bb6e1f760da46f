package cn.gongkai.publisher.cli;

import cn.gongkai.publisher.release.ReleaseStore;
import cn.gongkai.publisher.release.StoreLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code publisher build | export | generate | rollback | releases}: the publisher without the CMS
 * server. Exit codes: {@value #OK} done, {@value #NOT_DONE} refused (the gates blocked the build,
 * or there is nothing to roll back to) with the live site unchanged, {@value #USAGE} wrong
 * arguments or configuration, {@value #FAILED} failed (content unreadable, disk full …), live site
 * unchanged.
 */
@Command(
    name = "publisher",
    mixinStandardHelpOptions = true,
    description = "Builds a Gongkai site into a release store and manages its releases.",
    subcommands = {
      BuildCommand.class,
      ExportCommand.class,
      GenerateCommand.class,
      RollbackCommand.class,
      ReleasesCommand.class
    })
public final class PublisherCli implements Callable<Integer> {
  public static final int OK = 0;
  public static final int NOT_DONE = 1;
  public static final int USAGE = 2;
  public static final int FAILED = 3;

  @Spec CommandSpec spec;

  public static void main(String... args) {
    System.exit(commandLine().execute(args));
  }

  /** The command line with its exit codes and error reporting; tests set its out and err. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new PublisherCli());
    cli.setExecutionExceptionHandler(
        (e, command, parsed) -> {
          command.getErr().println("publisher: " + explain(e));
          command.getErr().flush();
          return FAILED;
        });
    return cli;
  }

  @Override
  public Integer call() {
    throw new ParameterException(
        spec.commandLine(), "Name a command: build, export, generate, rollback or releases.");
  }

  /** A release store that already exists at {@code dir}; never creates one. */
  static ReleaseStore existingStore(CommandSpec spec, Path dir) throws IOException {
    if (!Files.isDirectory(dir.resolve(StoreLayout.RELEASES))) {
      throw new ParameterException(spec.commandLine(), "There is no release store at " + dir + ".");
    }
    return ReleaseStore.open(dir);
  }

  /** The message and its causes' messages: enough to act on, without a stack trace. */
  private static String explain(Throwable e) {
    StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause.getMessage() != null && !text.toString().contains(cause.getMessage())) {
        text.append(": ").append(cause.getMessage());
      }
    }
    return text.toString();
  }
}
