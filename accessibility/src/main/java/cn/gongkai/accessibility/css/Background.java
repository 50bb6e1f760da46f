package cn.gongkai.accessibility.css;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * An element's own background layer: its colour (null when unknown) and whether an image or
 * gradient is painted, from {@code background-color}, {@code background-image} and the {@code
 * background} shorthand, whichever won.
 */
record Background(Color color, boolean image) {

  private static final Set<String> SHORTHAND_KEYWORDS =
      Set.of(
          "none",
          "repeat",
          "no-repeat",
          "repeat-x",
          "repeat-y",
          "space",
          "round",
          "scroll",
          "fixed",
          "local",
          "center",
          "top",
          "bottom",
          "left",
          "right",
          "cover",
          "contain",
          "auto",
          "border-box",
          "padding-box",
          "content-box",
          "text",
          "/");

  static Background of(
      Map<String, Winner> declared,
      UnaryOperator<String> resolve,
      Color currentColor,
      ComputedStyle parent) {
    Winner shorthand = declared.get("background");
    Winner colorWinner = Winner.stronger(declared.get("background-color"), shorthand);
    Winner imageWinner = Winner.stronger(declared.get("background-image"), shorthand);
    Background fromShorthand =
        shorthand == null
            ? null
            : shorthand(resolve.apply(shorthand.value()), currentColor, parent);

    Color color;
    if (colorWinner == null) {
      color = Color.TRANSPARENT;
    } else if (colorWinner == shorthand) {
      color = fromShorthand.color();
    } else {
      color = colorValue(resolve.apply(colorWinner.value()), currentColor, parent);
    }
    boolean image;
    if (imageWinner == null) {
      image = false;
    } else if (imageWinner == shorthand) {
      image = fromShorthand.image();
    } else {
      String value = resolve.apply(imageWinner.value());
      image = value == null || !isNone(value);
    }
    return new Background(color, image);
  }

  private static Color colorValue(String value, Color currentColor, ComputedStyle parent) {
    if (value == null) {
      return null;
    }
    String v = value.strip().toLowerCase(Locale.ROOT);
    return switch (v) {
      case "inherit" -> parent == null ? Color.TRANSPARENT : parent.backgroundColor();
      case "initial", "unset", "none" -> Color.TRANSPARENT;
      case "currentcolor" -> currentColor;
      default -> Color.parse(v);
    };
  }

  private static Background shorthand(String value, Color currentColor, ComputedStyle parent) {
    if (value == null) {
      return new Background(null, true);
    }
    String v = value.strip().toLowerCase(Locale.ROOT);
    if (v.equals("inherit")) {
      return parent == null
          ? new Background(Color.TRANSPARENT, false)
          : new Background(parent.backgroundColor(), parent.hasBackgroundImage());
    }
    if (v.equals("none") || v.equals("initial") || v.equals("unset")) {
      return new Background(Color.TRANSPARENT, false);
    }
    List<String> layers = CssText.splitTopLevel(v, ',');
    boolean image = layers.size() > 1;
    Color color = Color.TRANSPARENT;
    boolean unknown = false;
    for (String token : CssText.tokens(layers.get(layers.size() - 1))) {
      Color parsed = Color.parse(token);
      if (token.startsWith("url(") || token.contains("gradient(")) {
        image = true;
      } else if (token.equals("currentcolor")) {
        color = currentColor;
      } else if (parsed != null) {
        color = parsed;
      } else if (!SHORTHAND_KEYWORDS.contains(token)
          && !startsLikeLength(token)
          && !token.contains("(")) {
        unknown = true; // an unknown word is most likely a colour we cannot read
      }
    }
    color = unknown ? null : color;
    return new Background(color, image);
  }

  private static boolean startsLikeLength(String token) {
    char c = token.charAt(0);
    return Character.isDigit(c) || c == '.' || c == '-' || c == '+';
  }

  private static boolean isNone(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    return v.equals("none") || v.equals("initial") || v.equals("unset");
  }
}
