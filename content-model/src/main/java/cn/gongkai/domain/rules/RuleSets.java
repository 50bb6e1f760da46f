package cn.gongkai.domain.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The rule sets a body can choose from: the national ones shipped with the product, plus any an
 * administrator keeps in a directory ({@code <id>.properties}, one per file). Immutable.
 */
public final class RuleSets {

  /** The 2019 regulation, in force: the choice of a body that has made none. */
  public static final String DEFAULT_ID = "national-2019";

  private static final List<String> BUNDLED_IDS = List.of("national-2019", "national-2008");

  private final Map<String, RuleSet> byId;

  private RuleSets(Map<String, RuleSet> byId) {
    this.byId = Collections.unmodifiableMap(new TreeMap<>(byId));
  }

  public static RuleSets bundled() {
    return Bundled.RULE_SETS;
  }

  /**
   * These rule sets and every {@code *.properties} file in {@code directory}. A file may replace a
   * rule set of the same id only with a higher version.
   *
   * @throws InvalidRuleSetException naming the file and the problem
   * @throws UncheckedIOException if the directory cannot be read
   */
  public RuleSets withDirectory(Path directory) {
    RuleSets result = this;
    for (Path file : ruleSetFiles(directory)) {
      RuleSet ruleSet = readFile(file);
      String expectedName = ruleSet.id() + RuleSetFile.EXTENSION;
      if (!file.getFileName().toString().equals(expectedName)) {
        throw new InvalidRuleSetException(
            file
                + " holds the rule set '"
                + ruleSet.id()
                + "'; name the file "
                + expectedName
                + ".");
      }
      result = result.with(ruleSet);
    }
    return result;
  }

  /**
   * These rule sets plus {@code ruleSet}, which may replace one of the same id only with a higher
   * version.
   */
  public RuleSets with(RuleSet ruleSet) {
    RuleSet present = byId.get(ruleSet.id());
    if (present != null && present.version() >= ruleSet.version()) {
      throw new InvalidRuleSetException(
          "The rule set "
              + ruleSet.id()
              + " version "
              + ruleSet.version()
              + " does not supersede the loaded version "
              + present.version()
              + "; raise its version or give it an id of its own.");
    }
    Map<String, RuleSet> copy = new TreeMap<>(byId);
    copy.put(ruleSet.id(), ruleSet);
    return new RuleSets(copy);
  }

  public Optional<RuleSet> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * @throws IllegalArgumentException naming the rule sets there are
   */
  public RuleSet get(String id) {
    return find(id)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "There is no rule set '" + id + "'; there are " + byId.keySet() + "."));
  }

  public RuleSet defaultRuleSet() {
    return get(DEFAULT_ID);
  }

  /** All rule sets, by id. */
  public List<RuleSet> all() {
    return List.copyOf(byId.values());
  }

  private static List<Path> ruleSetFiles(Path directory) {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> entries =
        Files.newDirectoryStream(directory, "*" + RuleSetFile.EXTENSION)) {
      entries.forEach(files::add);
    } catch (IOException e) {
      throw new UncheckedIOException("The rule set directory " + directory + " cannot be read.", e);
    }
    Collections.sort(files);
    return files;
  }

  private static RuleSet readFile(Path file) {
    try {
      return RuleSetFile.read(
          Files.newBufferedReader(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("The rule set file " + file + " cannot be read.", e);
    }
  }

  /** Reads the shipped rule sets once, on first use. */
  private static final class Bundled {
    static final RuleSets RULE_SETS = load();

    private static RuleSets load() {
      Map<String, RuleSet> byId = new TreeMap<>();
      for (String id : BUNDLED_IDS) {
        String name = id + RuleSetFile.EXTENSION;
        InputStream in = RuleSets.class.getResourceAsStream(name);
        if (in == null) {
          throw new IllegalStateException("The bundled rule set " + name + " is missing.");
        }
        byId.put(id, RuleSetFile.read(new InputStreamReader(in, StandardCharsets.UTF_8), name));
      }
      return new RuleSets(byId);
    }
  }
}
