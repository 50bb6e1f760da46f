package cn.gongkai.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.List;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * An SFTP server for the deploy benchmark: Apache MINA SSHD in this JVM on 127.0.0.1, serving a
 * directory as {@code /} through its virtual file system (so the target needs absolute links), one
 * password user, a fresh host key written to a known_hosts file for the CMS to trust.
 */
final class SftpServer implements AutoCloseable {
  static final String USER = "deploy";
  static final String PASSWORD = "bench-deploy-password";

  private final SshServer server;
  private final KeyPair hostKey;

  private SftpServer(SshServer server, KeyPair hostKey) {
    this.server = server;
    this.hostKey = hostKey;
  }

  static SftpServer serve(Path root) throws IOException {
    try {
      KeyPair hostKey = KeyUtils.generateKeyPair(KeyPairProvider.ECDSA_SHA2_NISTP256, 256);
      SshServer server = SshServer.setUpDefaultServer();
      server.setHost("127.0.0.1");
      server.setPort(0);
      server.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
      server.setPasswordAuthenticator(
          (user, password, session) -> USER.equals(user) && PASSWORD.equals(password));
      server.setFileSystemFactory(new VirtualFileSystemFactory(root));
      server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
      server.start();
      return new SftpServer(server, hostKey);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  int port() {
    return server.getPort();
  }

  Path knownHosts(Path file) throws IOException {
    Files.writeString(
        file,
        "[127.0.0.1]:" + port() + " " + PublicKeyEntry.toString(hostKey.getPublic()) + "\n",
        StandardCharsets.UTF_8);
    return file;
  }

  @Override
  public void close() throws IOException {
    server.stop(true);
  }
}
