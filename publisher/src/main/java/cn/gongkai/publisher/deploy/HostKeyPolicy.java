package cn.gongkai.publisher.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.SocketAddress;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.sshd.client.config.hosts.KnownHostEntry;
import org.apache.sshd.client.keyverifier.ServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;

/**
 * Accepts the server only if its host key is in the known_hosts file for this host and port, or
 * matches the fingerprint configured for it. Unknown and changed keys are refused and never written
 * anywhere: a publisher must not learn a web server's identity from the network.
 */
final class HostKeyPolicy implements ServerKeyVerifier {

  private final String host;
  private final int port;
  private final Optional<Path> knownHosts;
  private final Optional<String> trustedFingerprint;
  private volatile String rejection;

  HostKeyPolicy(SftpSettings settings) {
    this.host = settings.host();
    this.port = settings.port();
    this.knownHosts = settings.knownHosts();
    this.trustedFingerprint = settings.trustedFingerprint();
  }

  @Override
  public boolean verifyServerKey(ClientSession session, SocketAddress remote, PublicKey key) {
    String fingerprint = KeyUtils.getFingerPrint(key);
    if (trustedFingerprint.filter(fingerprint::equals).isPresent()) {
      return true;
    }
    List<PublicKey> known = knownKeys(session);
    if (known.stream().anyMatch(candidate -> KeyUtils.compareKeys(candidate, key))) {
      return true;
    }
    rejection =
        known.isEmpty()
            ? "The host key of "
                + host
                + ":"
                + port
                + " ("
                + fingerprint
                + ") is unknown: add it to known_hosts or configure its fingerprint."
            : "The host key of "
                + host
                + ":"
                + port
                + " has CHANGED (now "
                + fingerprint
                + "); refusing to connect. Check the server before updating known_hosts.";
    return false;
  }

  /** Why the last key was refused, if it was. */
  Optional<String> rejection() {
    return Optional.ofNullable(rejection);
  }

  private List<PublicKey> knownKeys(ClientSession session) {
    List<PublicKey> keys = new ArrayList<>();
    if (knownHosts.isEmpty()) {
      return keys;
    }
    try {
      for (KnownHostEntry entry : KnownHostEntry.readKnownHostEntries(knownHosts.get())) {
        if (entry.getMarker() == null && entry.isHostMatch(host, port)) {
          keys.add(
              entry.getKeyEntry().resolvePublicKey(session, null, PublicKeyEntryResolver.IGNORING));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read known_hosts " + knownHosts.get(), e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Unreadable key in known_hosts " + knownHosts.get(), e);
    }
    keys.removeIf(key -> key == null);
    return keys;
  }
}
