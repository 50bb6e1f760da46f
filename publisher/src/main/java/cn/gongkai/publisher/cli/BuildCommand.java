package cn.gongkai.publisher.cli;

import cn.gongkai.publisher.Publication;
import cn.gongkai.publisher.Publisher;
import cn.gongkai.publisher.deploy.MultiTargetDeployer;
import cn.gongkai.publisher.release.ReleaseStore;
import cn.gongkai.publisher.render.AttachmentStore;
import cn.gongkai.publisher.render.SiteSettings;
import cn.gongkai.themes.Theme;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code publisher build}: the whole site, checked, as a new release that goes live at once. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = {
      "Renders the whole site (four variants) from the database or a JSON export, runs the gates"
          + " and, if nothing blocks, makes the new release live at DIR/current.",
      "Exit: 0 live, 1 blocked by the gates, 2 usage, 3 failed; the live site only ever changes"
          + " on 0."
    })
final class BuildCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "The release store (created if needed); DIR/current is the web root.")
  Path out;

  @ArgGroup(exclusive = true, multiplicity = "1")
  ContentSource source;

  @Option(
      names = "--site-config",
      paramLabel = "FILE",
      description = "The site's identity: a UTF-8 properties file with gongkai.site.* keys.")
  Path siteConfig;

  @Option(
      names = "--attachments",
      paramLabel = "DIR",
      description = "Attachment files by SHA-256 (DIR/ab/abcdef…), as the CMS keeps them.")
  Path attachments;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Rendering threads (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--report",
      paramLabel = "FILE",
      description = "Also write every gate finding to FILE as JSON.")
  Path report;

  @Option(
      names = "--stats",
      description =
          "Also print one line of what the build cost: wall and CPU time, pages per second,"
              + " heap in use after collections and at peak, garbage collections.")
  boolean stats;

  @Override
  public Integer call() throws IOException {
    BuildStats cost = stats ? new BuildStats() : null;
    SiteSettings settings = settings();
    AttachmentStore files = attachments();
    if (threads < 1) {
      throw usage("--threads must be at least 1.");
    }
    if (source.json != null && !Files.isRegularFile(source.json)) {
      throw usage("There is no JSON export at " + source.json + ".");
    }
    ReleaseStore store = ReleaseStore.open(out);
    Publisher publisher =
        new Publisher(
            settings,
            Theme.defaultTheme(),
            store,
            new MultiTargetDeployer(store, List.of()),
            files);
    Publication publication =
        source.with(
            content -> publisher.rebuild(content, "full build from " + source.describe(), threads));
    if (report != null) {
      Files.writeString(report, publication.report().toJson(), StandardCharsets.UTF_8);
    }
    new BuildSummary(spec.commandLine().getOut(), store).print(publication);
    if (cost != null) {
      cost.print(spec.commandLine().getOut(), publication.htmlPages(), publication.otherFiles());
    }
    if (publication.succeeded()) {
      publisher.prune();
      return PublisherCli.OK;
    }
    return publication.report().blocks() ? PublisherCli.NOT_DONE : PublisherCli.FAILED;
  }

  private SiteSettings settings() throws IOException {
    if (siteConfig == null) {
      spec.commandLine()
          .getErr()
          .println("publisher: no --site-config; the site gets the demo identity.");
      return SiteConfig.demo();
    }
    if (!Files.isRegularFile(siteConfig)) {
      throw usage("There is no site configuration at " + siteConfig + ".");
    }
    try {
      return SiteConfig.load(siteConfig);
    } catch (IllegalArgumentException e) {
      throw usage(siteConfig + ": " + e.getMessage());
    }
  }

  private AttachmentStore attachments() {
    if (attachments == null) {
      return AttachmentStore.none();
    }
    if (!Files.isDirectory(attachments)) {
      throw usage("There is no attachment directory at " + attachments + ".");
    }
    return new DirectoryAttachmentStore(attachments);
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
