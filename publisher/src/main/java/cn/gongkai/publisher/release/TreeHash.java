package cn.gongkai.publisher.release;

import java.util.regex.Pattern;

/** The SHA-256 of a directory's tree listing: names a segment in the store. */
public record TreeHash(String hex) {

  private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

  public TreeHash {
    if (hex == null || !HEX.matcher(hex).matches()) {
      throw new IllegalArgumentException(
          "A tree hash is 64 lowercase hex digits, not '" + hex + "'.");
    }
  }

  public static boolean isTreeHash(String text) {
    return HEX.matcher(text).matches();
  }

  @Override
  public String toString() {
    return hex;
  }
}
