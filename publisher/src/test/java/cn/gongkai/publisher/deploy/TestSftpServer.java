package cn.gongkai.publisher.deploy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.file.nativefs.NativeFileSystemFactory;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.sftp.server.FileHandle;
import org.apache.sshd.sftp.server.Handle;
import org.apache.sshd.sftp.server.SftpEventListener;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * Apache MINA's SSH server with its SFTP subsystem on 127.0.0.1, a fresh host key, one password
 * user and one key user; counts the files opened for writing and the bytes written, as the server
 * sees them.
 */
final class TestSftpServer implements AutoCloseable {

  static final String USER = "deploy";
  static final String PASSWORD = "correct horse";

  private final SshServer server;
  private final KeyPair hostKey;
  private final KeyPair userKey;
  final AtomicInteger filesWritten = new AtomicInteger();
  final AtomicLong bytesWritten = new AtomicLong();

  private TestSftpServer(SshServer server, KeyPair hostKey, KeyPair userKey) {
    this.server = server;
    this.hostKey = hostKey;
    this.userKey = userKey;
  }

  /** Serves {@code root} as {@code /} through MINA's virtual (chroot-like) file system. */
  static TestSftpServer virtual(Path root) throws IOException {
    return start(new VirtualFileSystemFactory(root));
  }

  /** Serves the real file system, as a non-chrooted OpenSSH server would. */
  static TestSftpServer nativeFileSystem() throws IOException {
    return start(NativeFileSystemFactory.INSTANCE);
  }

  private static TestSftpServer start(org.apache.sshd.common.file.FileSystemFactory files)
      throws IOException {
    try {
      KeyPair hostKey = KeyUtils.generateKeyPair(KeyPairProvider.ECDSA_SHA2_NISTP256, 256);
      KeyPair userKey = KeyUtils.generateKeyPair(KeyPairProvider.ECDSA_SHA2_NISTP256, 256);
      SshServer server = SshServer.setUpDefaultServer();
      server.setHost("127.0.0.1");
      server.setPort(0);
      server.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
      server.setPasswordAuthenticator(
          (user, password, session) -> USER.equals(user) && PASSWORD.equals(password));
      server.setPublickeyAuthenticator(
          (user, key, session) ->
              USER.equals(user) && KeyUtils.compareKeys(key, userKey.getPublic()));
      server.setFileSystemFactory(files);
      TestSftpServer fixture = new TestSftpServer(server, hostKey, userKey);
      SftpSubsystemFactory sftp = new SftpSubsystemFactory();
      sftp.addSftpEventListener(fixture.counter());
      server.setSubsystemFactories(List.of(sftp));
      server.start();
      return fixture;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  int port() {
    return server.getPort();
  }

  /** A known_hosts file that vouches for this server's host key. */
  Path knownHosts(Path directory) throws IOException {
    return writeKnownHosts(directory.resolve("known_hosts"), hostKey);
  }

  /** A known_hosts file naming a different key for this host and port. */
  Path knownHostsWithAnotherKey(Path directory) throws IOException, GeneralSecurityException {
    KeyPair other = KeyUtils.generateKeyPair(KeyPairProvider.ECDSA_SHA2_NISTP256, 256);
    return writeKnownHosts(directory.resolve("known_hosts_changed"), other);
  }

  String hostKeyFingerprint() {
    return KeyUtils.getFingerPrint(hostKey.getPublic());
  }

  /** The accepted user key in OpenSSH's private key format. */
  Path userPrivateKey(Path directory) throws IOException, GeneralSecurityException {
    Path file = directory.resolve("id_ecdsa");
    try (OutputStream out = Files.newOutputStream(file)) {
      OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(userKey, "deploy", null, out);
    }
    return file;
  }

  private Path writeKnownHosts(Path file, KeyPair key) throws IOException {
    String line = "[127.0.0.1]:" + port() + " " + PublicKeyEntry.toString(key.getPublic()) + "\n";
    Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    return file;
  }

  private SftpEventListener counter() {
    return new SftpEventListener() {
      @Override
      public void open(ServerSession session, String remoteHandle, Handle localHandle) {
        if (localHandle instanceof FileHandle file
            && file.getOpenOptions().contains(StandardOpenOption.WRITE)) {
          filesWritten.incrementAndGet();
        }
      }

      @Override
      public void written(
          ServerSession session,
          String remoteHandle,
          FileHandle localHandle,
          long offset,
          byte[] data,
          int dataOffset,
          int dataLen,
          Throwable thrown) {
        bytesWritten.addAndGet(dataLen);
      }
    };
  }

  @Override
  public void close() throws IOException {
    server.stop(true);
  }
}
