package cn.gongkai.domain.model.user;

/** Turns a password into what is stored, and checks a password against it. */
public interface PasswordHasher {
  String hash(char[] password);

  boolean verify(char[] password, String stored);
}
