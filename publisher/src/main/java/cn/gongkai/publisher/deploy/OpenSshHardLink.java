package cn.gongkai.publisher.deploy;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.apache.sshd.common.util.buffer.Buffer;
import org.apache.sshd.sftp.client.RawSftpClient;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.extensions.helpers.AbstractSftpClientExtension;
import org.apache.sshd.sftp.common.extensions.openssh.HardLinkExtensionParser;

/**
 * The {@code hardlink@openssh.com} request (OpenSSH PROTOCOL §4.6; Apache MINA's server answers it
 * too, its client has no helper for it). Requests are pipelined, a window at a time, so linking a
 * directory's thousand unchanged files costs a few round trips, not a thousand.
 */
final class OpenSshHardLink extends AbstractSftpClientExtension {

  private static final int WINDOW = 64;

  OpenSshHardLink(SftpClient client) {
    super(
        HardLinkExtensionParser.NAME, client, (RawSftpClient) client, client.getServerExtensions());
  }

  void linkAll(List<TargetFiles.HardLink> links, Remote remote) throws IOException {
    Deque<Integer> inFlight = new ArrayDeque<>();
    for (TargetFiles.HardLink link : links) {
      String existing = remote.path(link.existing());
      String newLink = remote.path(link.link());
      Buffer buffer =
          getCommandBuffer(Integer.BYTES * 2 + existing.length() * 3 + newLink.length() * 3);
      putTarget(buffer, existing);
      putTarget(buffer, newLink);
      inFlight.add(sendExtendedCommand(buffer));
      if (inFlight.size() >= WINDOW) {
        checkStatus(receive(inFlight.poll()));
      }
    }
    while (!inFlight.isEmpty()) {
      checkStatus(receive(inFlight.poll()));
    }
  }

  /** Maps a path relative to the target's base to the server's path. */
  @FunctionalInterface
  interface Remote {
    String path(String relative);
  }
}
