package cn.gongkai.publisher;

import cn.gongkai.accessibility.AccessibilityChecker;
import cn.gongkai.publisher.content.SiteContent;
import cn.gongkai.publisher.convert.ScriptConverter;
import cn.gongkai.publisher.deploy.Deployment;
import cn.gongkai.publisher.deploy.MultiTargetDeployer;
import cn.gongkai.publisher.gate.GateReport;
import cn.gongkai.publisher.gate.LinkCheck;
import cn.gongkai.publisher.gate.PageGates;
import cn.gongkai.publisher.release.Durability;
import cn.gongkai.publisher.release.Release;
import cn.gongkai.publisher.release.ReleaseBuilder;
import cn.gongkai.publisher.release.ReleaseStore;
import cn.gongkai.publisher.render.AttachmentStore;
import cn.gongkai.publisher.render.PageSink;
import cn.gongkai.publisher.render.Script;
import cn.gongkai.publisher.render.SiteRenderer;
import cn.gongkai.publisher.render.SiteSettings;
import cn.gongkai.publisher.site.ChangeSet;
import cn.gongkai.publisher.site.PageRef;
import cn.gongkai.publisher.site.Planner;
import cn.gongkai.themes.Asset;
import cn.gongkai.themes.Theme;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns published content into a live static site. A publication renders the pages a change touches
 * (or all of them), runs the gates, writes a new immutable release and deploys it to every target —
 * all switch, or none. A blocked or failed publication leaves the live site as it was.
 */
public final class Publisher {
  /** Releases kept for rollback. */
  public static final int KEEP_RELEASES = 10;

  private final SiteSettings settings;
  private final Theme theme;
  private final ReleaseStore store;
  private final MultiTargetDeployer deployer;
  private final AttachmentStore files;
  private final Script simplified;
  private final Script traditional;
  private final Map<String, byte[]> assets = new LinkedHashMap<>();

  /** Thread-safe and kept for the publisher's life: stylesheets are parsed once, not per page. */
  private final AccessibilityChecker checker = AccessibilityChecker.withDefaultRules();

  public Publisher(
      SiteSettings settings,
      Theme theme,
      ReleaseStore store,
      MultiTargetDeployer deployer,
      AttachmentStore files) {
    this.settings = settings;
    this.theme = theme;
    this.store = store;
    this.deployer = deployer;
    this.files = files;
    this.simplified = Script.simplified(theme.labels(), settings.identity());
    this.traditional =
        Script.traditional(
            new ScriptConverter(settings.standard()), theme.labels(), settings.identity());
    for (Asset a : theme.assets()) {
      assets.put(a.path(), a.bytes());
    }
  }

  public ReleaseStore store() {
    return store;
  }

  /** The live release, if the site has been published. */
  public Optional<Release> live() {
    try {
      return store.live();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public MultiTargetDeployer deployer() {
    return deployer;
  }

  /**
   * Publishes a change: only the pages it touches are rendered.
   *
   * @param before the content as it is live now (to see which list pages change)
   * @param after the content as this publication makes it
   */
  public Publication publish(
      ChangeSet changes, SiteContent before, SiteContent after, String note) {
    long start = System.nanoTime();
    Set<PageRef> plan = new Planner(settings.pageSize()).plan(changes, before, after);
    GateReport report = new GateReport();
    LinkCheck links = new LinkCheck();
    try (ReleaseBuilder builder = store.begin(Durability.POWER_LOSS)) {
      PageSink sink = new PageSink(store, builder);
      SiteRenderer renderer = renderer(after, sink, report, links, Integer.MAX_VALUE);
      renderer.assets();
      plan.forEach(renderer::render);
      links.verify(sink::willHave, report);
      return finish(builder, sink, report, note, start);
    } catch (IOException e) {
      throw new UncheckedIOException("The release could not be written", e);
    }
  }

  /** Renders the whole site from {@code content}; see {@link FullBuild}. */
  public Publication rebuild(SiteContent content, String note, int threads) {
    long start = System.nanoTime();
    GateReport report = new GateReport();
    LinkCheck links = new LinkCheck();
    try (ReleaseBuilder builder = store.begin(Durability.PROCESS_CRASH)) {
      PageSink sink = new PageSink(store, builder);
      SiteRenderer renderer = renderer(content, sink, report, links, FullBuild.CHECKED_PER_KIND);
      new FullBuild(content, renderer, sink, settings.pageSize(), threads).run();
      links.verify(sink::willHave, report);
      return finish(builder, sink, report, note, start);
    } catch (IOException e) {
      throw new UncheckedIOException("The release could not be written", e);
    }
  }

  /**
   * Removes releases beyond the last {@value #KEEP_RELEASES} and the segments only they used. Not
   * part of a publication: its cost grows with the site, so callers run it in the background.
   */
  public void prune() {
    try {
      store.prune(KEEP_RELEASES);
    } catch (IOException e) {
      throw new UncheckedIOException("Old releases could not be pruned", e);
    }
  }

  private SiteRenderer renderer(
      SiteContent content, PageSink sink, GateReport report, LinkCheck links, int perKind) {
    PageGates gates = new PageGates(checker, assets, report, links, perKind);
    return new SiteRenderer(
        content, settings, theme, simplified, traditional, sink, gates, report, files);
  }

  private Publication finish(
      ReleaseBuilder builder, PageSink sink, GateReport report, String note, long start)
      throws IOException {
    if (report.blocks()) {
      builder.close();
      return new Publication(
          Optional.empty(),
          false,
          sink.htmlPages(),
          sink.files(),
          report,
          since(start),
          "Blocked by the gates: " + report.summary());
    }
    Release release = builder.commit(note);
    Deployment deployment = deployer.deploy(release.id());
    if (deployment.failure().isPresent()) {
      var failed = deployment.failure().get();
      return new Publication(
          Optional.of(release),
          false,
          sink.htmlPages(),
          sink.files(),
          report,
          since(start),
          "Deploy to " + failed.target() + " failed at " + failed.step() + ": " + failed.detail());
    }
    return new Publication(
        Optional.of(release), true, sink.htmlPages(), sink.files(), report, since(start), null);
  }

  private static Duration since(long start) {
    return Duration.ofNanos(System.nanoTime() - start);
  }
}
