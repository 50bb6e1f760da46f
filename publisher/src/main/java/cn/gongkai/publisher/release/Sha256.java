package cn.gongkai.publisher.release;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 helpers; every Java runtime has the algorithm, so its absence is a programming error. */
final class Sha256 {

  private Sha256() {}

  static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  static String hex(byte[] content) {
    return HexFormat.of().formatHex(newDigest().digest(content));
  }
}
