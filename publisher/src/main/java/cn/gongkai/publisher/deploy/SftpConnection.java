package cn.gongkai.publisher.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.config.hosts.HostConfigEntryResolver;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.config.keys.FilePasswordProvider;
import org.apache.sshd.common.keyprovider.KeyIdentityProvider;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.apache.sshd.sftp.client.SftpVersionSelector;

/**
 * One SSH session with an SFTP channel, configured from {@link SftpSettings} alone: no {@code
 * ~/.ssh/config}, no default identities, no agent, and the host key checked by {@link
 * HostKeyPolicy} instead of MINA's accept-all default.
 */
final class SftpConnection implements AutoCloseable {

  private final SshClient client;
  private final ClientSession session;
  private final SftpClient sftp;
  private final SftpTargetFiles files;

  private SftpConnection(
      SshClient client, ClientSession session, SftpClient sftp, String base, LinkStyle style) {
    this.client = client;
    this.session = session;
    this.sftp = sftp;
    this.files = new SftpTargetFiles(sftp, base, style);
  }

  static SftpConnection open(SftpSettings settings) throws IOException {
    HostKeyPolicy hostKeys = new HostKeyPolicy(settings);
    SshClient client = SshClient.setUpDefaultClient();
    client.setServerKeyVerifier(hostKeys);
    client.setHostConfigEntryResolver(HostConfigEntryResolver.EMPTY);
    client.setKeyIdentityProvider(KeyIdentityProvider.EMPTY_KEYS_PROVIDER);
    client.start();
    ClientSession session = null;
    try {
      session =
          client
              .connect(settings.username(), settings.host(), settings.port())
              .verify(settings.timeout())
              .getSession();
      addIdentities(session, settings);
      try {
        session.auth().verify(settings.timeout());
      } catch (IOException e) {
        if (hostKeys.rejection().isPresent()) {
          throw new IOException(hostKeys.rejection().get(), e);
        }
        throw new IOException(
            "Could not log in to "
                + settings.host()
                + ":"
                + settings.port()
                + " as "
                + settings.username()
                + ": "
                + e.getMessage(),
            e);
      }
      // v3 plus OpenSSH extensions is what OpenSSH's sftp-server speaks; test servers are held to
      // it too.
      SftpClient sftp =
          SftpClientFactory.instance()
              .createSftpClient(session, SftpVersionSelector.fixedVersionSelector(3));
      String directory = settings.remoteDirectory();
      if (!new SftpTargetFiles(sftp, "", settings.linkStyle()).exists(directory)) {
        sftp.mkdir(directory);
      }
      return new SftpConnection(
          client, session, sftp, sftp.canonicalPath(directory), settings.linkStyle());
    } catch (IOException | RuntimeException e) {
      if (session != null) {
        session.close(true);
      }
      client.stop();
      throw e;
    }
  }

  SftpTargetFiles files() {
    return files;
  }

  @Override
  public void close() throws IOException {
    try {
      sftp.close();
      session.close();
    } finally {
      client.stop();
    }
  }

  private static void addIdentities(ClientSession session, SftpSettings settings)
      throws IOException {
    settings.password().ifPresent(session::addPasswordIdentity);
    if (settings.privateKey().isEmpty()) {
      return;
    }
    FilePasswordProvider passphrase = FilePasswordProvider.of(settings.passphrase().orElse(null));
    try (InputStream key = Files.newInputStream(settings.privateKey().get())) {
      for (KeyPair pair :
          SecurityUtils.loadKeyPairIdentities(
              session,
              NamedResource.ofName(settings.privateKey().get().toString()),
              key,
              passphrase)) {
        session.addPublicKeyIdentity(pair);
      }
    } catch (GeneralSecurityException e) {
      throw new IOException("Cannot read the private key " + settings.privateKey().get(), e);
    }
  }
}
