package cn.gongkai.benchmarks;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A password hash in the server's format ({@code pbkdf2-sha512$iterations$salt$hash}, as cms-api's
 * Pbkdf2PasswordHasher writes it), so accounts inserted by the loader can sign in.
 */
final class PasswordHash {
  private static final int ITERATIONS = 210_000;

  private PasswordHash() {}

  static String of(String password) {
    byte[] salt = new byte[16];
    new SecureRandom().nextBytes(salt);
    PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, ITERATIONS, 512);
    try {
      byte[] hash =
          SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(spec).getEncoded();
      Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
      return "pbkdf2-sha512$"
          + ITERATIONS
          + "$"
          + b64.encodeToString(salt)
          + "$"
          + b64.encodeToString(hash);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2 is not available in this JDK", e);
    } finally {
      spec.clearPassword();
    }
  }
}
