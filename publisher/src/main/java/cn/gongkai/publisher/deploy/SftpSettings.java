package cn.gongkai.publisher.deploy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach one SFTP web server. Credentials are either a password or a private key (with an
 * optional passphrase); the server is trusted only through a known_hosts file or an explicitly
 * configured key fingerprint. {@link #toString()} never shows a secret.
 *
 * @param remoteDirectory the target's base directory as the SFTP server names it; the web server's
 *     document root is {@code <remoteDirectory>/current}
 * @param trustedFingerprint e.g. {@code SHA256:...} as {@code ssh-keygen -lf} prints it; accepted
 *     in addition to known_hosts
 */
public record SftpSettings(
    String host,
    int port,
    String username,
    String remoteDirectory,
    Optional<String> password,
    Optional<Path> privateKey,
    Optional<String> passphrase,
    Optional<Path> knownHosts,
    Optional<String> trustedFingerprint,
    LinkStyle linkStyle,
    Duration timeout) {

  public SftpSettings {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(remoteDirectory, "remoteDirectory");
    Objects.requireNonNull(linkStyle, "linkStyle");
    Objects.requireNonNull(timeout, "timeout");
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("The SFTP port must be 1-65535, not " + port + ".");
    }
    if (password.isEmpty() && privateKey.isEmpty()) {
      throw new IllegalArgumentException(
          "SFTP target " + host + " needs a password or a private key.");
    }
    if (knownHosts.isEmpty() && trustedFingerprint.isEmpty()) {
      throw new IllegalArgumentException(
          "SFTP target " + host + " needs a known_hosts file or a trusted host key fingerprint.");
    }
  }

  /** Password login, host key from known_hosts, relative links, 30 s timeout. */
  public static SftpSettings withPassword(
      String host,
      int port,
      String username,
      String password,
      String remoteDirectory,
      Path knownHosts) {
    return new SftpSettings(
        host,
        port,
        username,
        remoteDirectory,
        Optional.of(password),
        Optional.empty(),
        Optional.empty(),
        Optional.of(knownHosts),
        Optional.empty(),
        LinkStyle.RELATIVE,
        Duration.ofSeconds(30));
  }

  /** Key login, host key from known_hosts, relative links, 30 s timeout. */
  public static SftpSettings withPrivateKey(
      String host,
      int port,
      String username,
      Path privateKey,
      Optional<String> passphrase,
      String remoteDirectory,
      Path knownHosts) {
    return new SftpSettings(
        host,
        port,
        username,
        remoteDirectory,
        Optional.empty(),
        Optional.of(privateKey),
        passphrase,
        Optional.of(knownHosts),
        Optional.empty(),
        LinkStyle.RELATIVE,
        Duration.ofSeconds(30));
  }

  public SftpSettings withLinkStyle(LinkStyle style) {
    return new SftpSettings(
        host,
        port,
        username,
        remoteDirectory,
        password,
        privateKey,
        passphrase,
        knownHosts,
        trustedFingerprint,
        style,
        timeout);
  }

  public SftpSettings withTrustedFingerprint(String fingerprint) {
    return new SftpSettings(
        host,
        port,
        username,
        remoteDirectory,
        password,
        privateKey,
        passphrase,
        knownHosts,
        Optional.of(fingerprint),
        linkStyle,
        timeout);
  }

  public SftpSettings withPassword(String newPassword) {
    return new SftpSettings(
        host,
        port,
        username,
        remoteDirectory,
        Optional.of(newPassword),
        privateKey,
        passphrase,
        knownHosts,
        trustedFingerprint,
        linkStyle,
        timeout);
  }

  @Override
  public String toString() {
    return "SftpSettings["
        + username
        + "@"
        + host
        + ":"
        + port
        + remoteDirectory
        + ", password="
        + password.map(secret -> "***").orElse("none")
        + ", privateKey="
        + privateKey.map(Path::toString).orElse("none")
        + ", passphrase="
        + passphrase.map(secret -> "***").orElse("none")
        + ", knownHosts="
        + knownHosts.map(Path::toString).orElse("none")
        + ", trustedFingerprint="
        + trustedFingerprint.orElse("none")
        + ", linkStyle="
        + linkStyle
        + ", timeout="
        + timeout
        + "]";
  }
}
