package cn.gongkai.accessibility.css;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * An sRGB colour with alpha, and the WCAG 2.1 contrast maths.
 *
 * @param alpha 0 (transparent) to 1 (opaque)
 */
public record Color(int red, int green, int blue, double alpha) {

  public static final Color BLACK = new Color(0, 0, 0, 1);
  public static final Color WHITE = new Color(255, 255, 255, 1);
  public static final Color TRANSPARENT = new Color(0, 0, 0, 0);

  // The basic CSS colours; any other keyword is unknown and its text is skipped, not guessed.
  private static final Map<String, Color> NAMED =
      Map.ofEntries(
          Map.entry("black", BLACK),
          Map.entry("white", WHITE),
          Map.entry("transparent", TRANSPARENT),
          Map.entry("silver", rgb(0xc0c0c0)),
          Map.entry("gray", rgb(0x808080)),
          Map.entry("grey", rgb(0x808080)),
          Map.entry("maroon", rgb(0x800000)),
          Map.entry("red", rgb(0xff0000)),
          Map.entry("purple", rgb(0x800080)),
          Map.entry("fuchsia", rgb(0xff00ff)),
          Map.entry("green", rgb(0x008000)),
          Map.entry("lime", rgb(0x00ff00)),
          Map.entry("olive", rgb(0x808000)),
          Map.entry("yellow", rgb(0xffff00)),
          Map.entry("navy", rgb(0x000080)),
          Map.entry("blue", rgb(0x0000ff)),
          Map.entry("teal", rgb(0x008080)),
          Map.entry("aqua", rgb(0x00ffff)),
          Map.entry("orange", rgb(0xffa500)));

  private static Color rgb(int hex) {
    return new Color((hex >> 16) & 0xff, (hex >> 8) & 0xff, hex & 0xff, 1);
  }

  /**
   * Parses {@code #rgb}, {@code #rgba}, {@code #rrggbb}, {@code #rrggbbaa}, {@code rgb()/rgba()},
   * {@code hsl()/hsla()} and the basic named colours; null for anything else.
   */
  public static Color parse(String text) {
    if (text == null) {
      return null;
    }
    String s = text.strip().toLowerCase(Locale.ROOT);
    if (s.startsWith("#")) {
      return hex(s.substring(1));
    }
    if (s.startsWith("rgb(") || s.startsWith("rgba(")) {
      return functional(s, false);
    }
    if (s.startsWith("hsl(") || s.startsWith("hsla(")) {
      return functional(s, true);
    }
    return NAMED.get(s);
  }

  private static Color hex(String h) {
    for (int i = 0; i < h.length(); i++) {
      if (Character.digit(h.charAt(i), 16) < 0) {
        return null;
      }
    }
    return switch (h.length()) {
      case 3, 4 -> {
        int r = Character.digit(h.charAt(0), 16) * 17;
        int g = Character.digit(h.charAt(1), 16) * 17;
        int b = Character.digit(h.charAt(2), 16) * 17;
        double a = h.length() == 4 ? Character.digit(h.charAt(3), 16) * 17 / 255.0 : 1;
        yield new Color(r, g, b, a);
      }
      case 6, 8 -> {
        int r = Integer.parseInt(h.substring(0, 2), 16);
        int g = Integer.parseInt(h.substring(2, 4), 16);
        int b = Integer.parseInt(h.substring(4, 6), 16);
        double a = h.length() == 8 ? Integer.parseInt(h.substring(6, 8), 16) / 255.0 : 1;
        yield new Color(r, g, b, a);
      }
      default -> null;
    };
  }

  private static Color functional(String s, boolean hsl) {
    int open = s.indexOf('(');
    if (!s.endsWith(")")) {
      return null;
    }
    String[] parts = s.substring(open + 1, s.length() - 1).replace('/', ' ').split("[\\s,]+");
    String[] args = Arrays.stream(parts).filter(p -> !p.isEmpty()).toArray(String[]::new);
    if (args.length != 3 && args.length != 4) {
      return null;
    }
    try {
      double alpha = args.length == 4 ? fraction(args[3], 1) : 1;
      if (hsl) {
        double h = Double.parseDouble(args[0].replace("deg", ""));
        return fromHsl(h, fraction(args[1], 100), fraction(args[2], 100), alpha);
      }
      return new Color(channel(args[0]), channel(args[1]), channel(args[2]), clamp(alpha));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static int channel(String arg) {
    double v = arg.endsWith("%") ? fraction(arg, 100) * 255 : Double.parseDouble(arg);
    return (int) Math.round(Math.max(0, Math.min(255, v)));
  }

  /** A percentage, or a plain number divided by {@code scaleOfPlain} (1 for alpha). */
  private static double fraction(String arg, double scaleOfPlain) {
    if (arg.endsWith("%")) {
      return clamp(Double.parseDouble(arg.substring(0, arg.length() - 1)) / 100);
    }
    return clamp(Double.parseDouble(arg) / scaleOfPlain);
  }

  private static double clamp(double v) {
    return Math.max(0, Math.min(1, v));
  }

  private static Color fromHsl(double hue, double sat, double light, double alpha) {
    double h = ((hue % 360) + 360) % 360 / 360;
    double q = light < 0.5 ? light * (1 + sat) : light + sat - light * sat;
    double p = 2 * light - q;
    return new Color(
        hueChannel(p, q, h + 1.0 / 3),
        hueChannel(p, q, h),
        hueChannel(p, q, h - 1.0 / 3),
        clamp(alpha));
  }

  private static int hueChannel(double p, double q, double t) {
    double u = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    double v =
        u < 1.0 / 6
            ? p + (q - p) * 6 * u
            : u < 0.5 ? q : u < 2.0 / 3 ? p + (q - p) * (2.0 / 3 - u) * 6 : p;
    return (int) Math.round(v * 255);
  }

  public boolean isOpaque() {
    return alpha >= 1;
  }

  /** This colour painted over {@code below} (source-over compositing). */
  public Color over(Color below) {
    if (isOpaque() || below == null) {
      return this;
    }
    double a = alpha + below.alpha * (1 - alpha);
    if (a == 0) {
      return TRANSPARENT;
    }
    return new Color(
        mix(red, below.red, below.alpha, a),
        mix(green, below.green, below.alpha, a),
        mix(blue, below.blue, below.alpha, a),
        a);
  }

  private int mix(int top, int bottom, double bottomAlpha, double a) {
    return (int) Math.round((top * alpha + bottom * bottomAlpha * (1 - alpha)) / a);
  }

  /** WCAG 2.1 relative luminance. */
  public double luminance() {
    return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
  }

  private static double linear(int channel) {
    double c = channel / 255.0;
    // WCAG 2.1 prints 0.03928, sRGB says 0.04045; no 8-bit channel lies between them.
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  /** The WCAG contrast ratio of two opaque colours, from 1 to 21. */
  public static double contrast(Color a, Color b) {
    double la = a.luminance();
    double lb = b.luminance();
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  /** {@code #rrggbb}, with the alpha appended when the colour is translucent. */
  public String hex() {
    String rgb = String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    return isOpaque() ? rgb : rgb + String.format(Locale.ROOT, "%02x", Math.round(alpha * 255));
  }
}
