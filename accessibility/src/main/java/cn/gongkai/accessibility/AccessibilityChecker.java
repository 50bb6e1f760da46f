package cn.gongkai.accessibility;

import cn.gongkai.accessibility.css.StyleSheetCache;
import cn.gongkai.accessibility.rules.Rules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks pages against WCAG 2.1 AA (GB/T 37668-2019 level 2) and the MIIT 2021 适老化 rules.
 *
 * <p>Build one and share it: it is immutable and thread-safe, and it keeps parsed stylesheets so a
 * site's CSS is read once, not once per page. Each page is parsed once and every rule walks that
 * one DOM. The publisher uses {@link #checkPage} as a gate (errors block, warnings are reported),
 * the content API uses {@link #checkFragment} on an editor's body HTML, and the command line uses
 * {@link #checkDirectory}.
 */
public final class AccessibilityChecker {

  /** The class on {@code <html>} that marks an elderly-friendly (适老) page. */
  public static final String ELDER_CLASS = "gk-elder";

  /** The folder of the elderly-friendly variants, relative to the site root. */
  private static final String ELDER_FOLDER = "elder/";

  private final List<Rule> pageRules;
  private final List<Rule> fragmentRules;
  private final StyleLoader styleLoader = new StyleLoader(new StyleSheetCache());

  public AccessibilityChecker(List<Rule> pageRules, List<Rule> fragmentRules) {
    this.pageRules = List.copyOf(pageRules);
    this.fragmentRules = List.copyOf(fragmentRules);
  }

  /** A checker with {@link #defaultRules()} for pages and {@link #fragmentRules()} for bodies. */
  public static AccessibilityChecker withDefaultRules() {
    return new AccessibilityChecker(defaultRules(), fragmentRules());
  }

  /** Every rule, for whole pages. */
  public static List<Rule> defaultRules() {
    return Rules.forPages();
  }

  /** The rules that mean something for an editor's body HTML on its own. */
  public static List<Rule> fragmentRules() {
    return Rules.forFragments();
  }

  public List<Finding> checkPage(String html, PageContext context) {
    return checkPage(Jsoup.parse(html), context);
  }

  /** As {@link #checkPage(String, PageContext)}, for a page the caller has already parsed. */
  public List<Finding> checkPage(Document document, PageContext context) {
    Element root = document.firstElementChild();
    boolean elderly = context.elderly() || (root != null && root.hasClass(ELDER_CLASS));
    Page page =
        new Page(
            document,
            context.path(),
            elderly,
            false,
            () -> styleLoader.load(document, context.styleSheets()));
    return run(page, pageRules);
  }

  /** Checks an editor's body HTML (a fragment, not a page); findings are labelled {@code body}. */
  public List<Finding> checkFragment(String bodyHtml) {
    return checkFragment(bodyHtml, "body");
  }

  /** As {@link #checkFragment(String)}, labelling findings with {@code label} (e.g. an item id). */
  public List<Finding> checkFragment(String bodyHtml, String label) {
    return checkFragment(Jsoup.parseBodyFragment(bodyHtml), label);
  }

  /**
   * As {@link #checkFragment(String, String)} for a fragment the caller has parsed already (with
   * {@link Jsoup#parseBodyFragment}); the document is only read.
   */
  public List<Finding> checkFragment(Document document, String label) {
    Page page =
        new Page(
            document,
            label,
            false,
            true,
            () -> styleLoader.load(new Document(""), StyleSheets.none()));
    return run(page, fragmentRules);
  }

  /**
   * Checks every {@code .html} file under {@code siteRoot}, resolving stylesheets relative to each
   * file. Pages under {@code elder/} are elderly-friendly pages, as are pages marked {@code
   * gk-elder}. Symbolic links are followed: a published release is a tree of linked segments.
   */
  public Report checkDirectory(Path siteRoot) throws IOException {
    return checkDirectory(siteRoot, null);
  }

  /**
   * As {@link #checkDirectory(Path)}, reading absolute stylesheet links under {@code siteUrl} (the
   * site's public address) from the directory.
   */
  public Report checkDirectory(Path siteRoot, String siteUrl) throws IOException {
    Path root = siteRoot.toAbsolutePath().normalize();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
      files =
          walk.filter(Files::isRegularFile).filter(AccessibilityChecker::isHtml).sorted().toList();
    }
    Map<Path, Optional<String>> css = new ConcurrentHashMap<>();
    try {
      List<Finding> findings =
          files.parallelStream()
              .flatMap(file -> checkFile(root, file, css, siteUrl).stream())
              .toList();
      return new Report(files.size(), findings);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private List<Finding> checkFile(
      Path root, Path file, Map<Path, Optional<String>> css, String siteUrl) {
    String path = root.relativize(file).toString().replace('\\', '/');
    Document document;
    try {
      document = Jsoup.parse(file.toFile(), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    PageContext context =
        new PageContext(
            path,
            path.startsWith(ELDER_FOLDER),
            StyleSheets.forPageOnDisk(root, file, css, siteUrl));
    return checkPage(document, context);
  }

  private static boolean isHtml(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".html") || name.endsWith(".htm");
  }

  private static List<Finding> run(Page page, List<Rule> rules) {
    Findings findings = new Findings(page);
    for (Rule rule : rules) {
      try {
        rule.check(page, findings);
      } catch (RuntimeException e) {
        // A page a rule could not read is unchecked, so it must not pass silently.
        findings.error(
            "checker-error",
            "n/a",
            Objects.requireNonNullElse(page.document().firstElementChild(), page.document()),
            "检查规则 " + rule.getClass().getSimpleName() + " 处理本页时出错：" + e,
            "请把本页和这条信息交给开发人员；修复之前本页无法通过检查");
      }
    }
    return List.copyOf(findings.list());
  }
}
