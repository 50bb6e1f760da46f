package cn.gongkai.themes;

/** File sizes as people read them: {@code 512 B}, {@code 350 KB}, {@code 1.2 MB}. */
public final class FileSizes {

  private static final String[] UNITS = {"B", "KB", "MB", "GB", "TB"};

  private FileSizes() {}

  /** Binary units (1 KB = 1024 B), one decimal where it helps, as download links usually show. */
  public static String humanReadable(long bytes) {
    if (bytes < 0) {
      throw new IllegalArgumentException("A size cannot be negative: " + bytes);
    }
    if (bytes < 1024) {
      return bytes + " B";
    }
    double value = bytes;
    int unit = 0;
    while (value >= 1024 && unit < UNITS.length - 1) {
      value /= 1024;
      unit++;
    }
    // Tenths by arithmetic, not String.format: every attachment link of every page shows a size.
    long tenths = Math.round(value * 10);
    if (tenths == 10240 && unit < UNITS.length - 1) {
      // 1023.96 KB rounds up to 1024 KB: say 1 MB instead.
      return "1 " + UNITS[unit + 1];
    }
    String number = tenths % 10 == 0 ? Long.toString(tenths / 10) : tenths / 10 + "." + tenths % 10;
    return number + " " + UNITS[unit];
  }
}
