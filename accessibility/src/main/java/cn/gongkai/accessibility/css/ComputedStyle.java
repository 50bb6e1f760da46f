package cn.gongkai.accessibility.css;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The computed values of one element that the rules read: colours, font size and weight, line
 * height, display and declared sizes. Custom properties inherit and {@code var()} is substituted as
 * in a browser. A value that cannot be known statically is null (colours) or NaN (lengths), and
 * rules skip it rather than guess.
 */
public final class ComputedStyle {

  private final Map<String, Winner> declared;
  private final Map<String, String> vars;
  private final double rootFontSize;
  private final Color color;
  private final String colorDeclaration;
  private final double fontSize;
  private final int fontWeight;
  private final LineHeight lineHeight;
  private final String display;
  private final boolean invisible;
  private final Color backgroundColor;
  private final boolean backgroundImage;

  ComputedStyle(Map<String, Winner> declared, ComputedStyle parent, Double rootFontSizeOrNull) {
    this.declared = declared;
    this.vars = customProperties(declared, parent == null ? Map.of() : parent.vars);

    Winner colorWinner = declared.get("color");
    String colorValue = resolve(colorWinner);
    Color parentColor = parent == null ? Color.BLACK : parent.color;
    if (colorWinner == null || isInheriting(colorValue)) {
      color = parentColor;
      colorDeclaration = parent == null ? null : parent.colorDeclaration;
    } else {
      colorDeclaration = colorWinner.value();
      color =
          colorValue == null
              ? null
              : colorValue.equalsIgnoreCase("initial")
                  ? Color.BLACK
                  : colorValue.equalsIgnoreCase("currentcolor")
                      ? parentColor
                      : Color.parse(colorValue);
    }

    double parentSize = parent == null ? Lengths.DEFAULT_FONT_SIZE : parent.fontSize;
    this.rootFontSize = rootFontSizeOrNull == null ? Lengths.DEFAULT_FONT_SIZE : rootFontSizeOrNull;
    FontValues font = FontValues.of(declared, this::resolve);
    fontSize = font.size(parentSize, rootFontSize);
    fontWeight = font.weight(parent == null ? 400 : parent.fontWeight);
    lineHeight =
        LineHeight.of(
            font.lineHeight(), parent == null ? null : parent.lineHeight, fontSize, rootFontSize);

    String displayValue = resolve(declared.get("display"));
    display =
        displayValue == null
            ? (declared.containsKey("display") ? "unknown" : "inline")
            : displayValue.equalsIgnoreCase("inherit") && parent != null
                ? parent.display
                : displayValue.toLowerCase(Locale.ROOT);
    String visibility = resolve(declared.get("visibility"));
    invisible =
        visibility == null || isInheriting(visibility)
            ? parent != null && parent.invisible
            : visibility.equalsIgnoreCase("hidden") || visibility.equalsIgnoreCase("collapse");

    Background background = Background.of(declared, this::resolve, color, parent);
    backgroundColor = background.color();
    backgroundImage = background.image();
  }

  /** The text colour, or null when it cannot be known. */
  public Color color() {
    return color;
  }

  /** The declared value the text colour comes from (e.g. {@code var(--gk-text)}), or null. */
  public String colorDeclaration() {
    return colorDeclaration;
  }

  /** This element's own background colour (transparent by default), or null when unknown. */
  public Color backgroundColor() {
    return backgroundColor;
  }

  /** A background image or gradient, under which text contrast cannot be known. */
  public boolean hasBackgroundImage() {
    return backgroundImage;
  }

  /** The font size in CSS px, or NaN. */
  public double fontSizePx() {
    return fontSize;
  }

  public int fontWeight() {
    return fontWeight;
  }

  /** Line height divided by font size, or NaN; {@code normal} counts as 1.2. */
  public double lineHeightRatio() {
    return lineHeight.ratio(fontSize);
  }

  /** The line height was never set, or set to {@code normal}. */
  public boolean lineHeightNormal() {
    return lineHeight.normal();
  }

  /** The computed {@code display}, lower-cased ({@code inline} by default). */
  public String display() {
    return display;
  }

  /** {@code visibility: hidden} here or inherited. */
  public boolean invisible() {
    return invisible;
  }

  /**
   * A declared size ({@code width}, {@code min-height}…) in CSS px: 0 when not declared or {@code
   * auto}, NaN when it cannot be known (percentages, {@code calc()}).
   */
  public double lengthPx(String property) {
    Winner w = declared.get(property);
    if (w == null) {
      return 0;
    }
    String value = resolve(w);
    if (value == null) {
      return Double.NaN;
    }
    String v = value.strip().toLowerCase(Locale.ROOT);
    if (v.equals("auto") || v.equals("none") || v.equals("initial") || v.equals("unset")) {
      return 0;
    }
    return Lengths.px(v, fontSize, rootFontSize);
  }

  /**
   * The padding on one side ({@code top}, {@code right}, {@code bottom}, {@code left}) in CSS px,
   * from {@code padding-*} or the {@code padding} shorthand; 0 when unknown, so that sizes built
   * from it are lower bounds.
   */
  public double paddingPx(String side) {
    Winner shorthand = declared.get("padding");
    Winner winner = Winner.stronger(declared.get("padding-" + side), shorthand);
    String value = resolve(winner);
    if (value == null) {
      return 0;
    }
    if (winner == shorthand) {
      List<String> parts = CssText.tokens(value);
      int index =
          switch (side) {
            case "top" -> 0;
            case "right" -> 1;
            case "bottom" -> 2;
            default -> 3;
          };
      // 1 to 4 values: top, right (= top), bottom (= top), left (= right).
      int[][] pick = {{0, 0, 0, 0}, {0, 1, 0, 1}, {0, 1, 2, 1}, {0, 1, 2, 3}};
      if (parts.isEmpty() || parts.size() > 4) {
        return 0;
      }
      value = parts.get(pick[parts.size() - 1][index]);
    }
    double px = Lengths.px(value, fontSize, rootFontSize);
    return Double.isNaN(px) || px < 0 ? 0 : px;
  }

  private String resolve(Winner winner) {
    return winner == null ? null : resolve(winner.value());
  }

  private String resolve(String value) {
    return value == null ? null : Vars.substitute(value, vars::get);
  }

  private static boolean isInheriting(String value) {
    return value != null && (value.equalsIgnoreCase("inherit") || value.equalsIgnoreCase("unset"));
  }

  /**
   * Inherited custom properties plus this element's own, with {@code var()} inside them substituted
   * here (as browsers compute them), so a token overridden lower down does not leak upward.
   */
  private static Map<String, String> customProperties(
      Map<String, Winner> declared, Map<String, String> inherited) {
    Map<String, String> own = new HashMap<>();
    for (Map.Entry<String, Winner> e : declared.entrySet()) {
      if (e.getKey().startsWith("--")) {
        own.put(e.getKey(), e.getValue().value());
      }
    }
    if (own.isEmpty()) {
      return inherited;
    }
    Map<String, String> result = new HashMap<>(inherited);
    Set<String> resolving = new HashSet<>();
    for (String name : List.copyOf(own.keySet())) {
      String value = customValue(name, own, inherited, resolving);
      if (value == null) {
        result.remove(name);
      } else {
        result.put(name, value);
      }
    }
    return result;
  }

  private static String customValue(
      String name, Map<String, String> own, Map<String, String> inherited, Set<String> resolving) {
    String raw = own.get(name);
    if (raw == null) {
      return inherited.get(name);
    }
    String trimmed = raw.strip();
    if (trimmed.equalsIgnoreCase("inherit") || trimmed.equalsIgnoreCase("unset")) {
      return inherited.get(name);
    }
    if (trimmed.equalsIgnoreCase("initial") || !resolving.add(name)) {
      return null; // initial, or a reference cycle: the property has no value
    }
    String value = Vars.substitute(trimmed, ref -> customValue(ref, own, inherited, resolving));
    resolving.remove(name);
    return value;
  }
}
