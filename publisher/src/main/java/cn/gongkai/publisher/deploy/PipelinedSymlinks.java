package cn.gongkai.publisher.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.apache.sshd.common.util.buffer.Buffer;
import org.apache.sshd.common.util.buffer.ByteArrayBuffer;
import org.apache.sshd.sftp.client.RawSftpClient;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.extensions.helpers.AbstractSftpClientExtension;
import org.apache.sshd.sftp.common.SftpConstants;

/**
 * SFTP v3 {@code SSH_FXP_SYMLINK} requests, pipelined a window at a time as {@link OpenSshHardLink}
 * does for hard links: a changed directory of 200 subdirectories is a few round trips, not 200. The
 * target comes before the link on the wire — OpenSSH's order, which every server follows and Apache
 * MINA's own client writes too (the draft's order was never implemented).
 */
final class PipelinedSymlinks extends AbstractSftpClientExtension {

  private static final int WINDOW = 64;

  private final RawSftpClient raw;

  PipelinedSymlinks(SftpClient client) {
    super("symlink", client, (RawSftpClient) client, client.getServerExtensions());
    this.raw = (RawSftpClient) client;
  }

  /**
   * @param links each link's path on the server and the text it points to
   */
  void linkAll(List<Link> links) throws IOException {
    Deque<Pending> inFlight = new ArrayDeque<>();
    for (Link link : links) {
      Buffer buffer = new ByteArrayBuffer(link.path().length() * 3 + link.text().length() * 3 + 16);
      buffer.putString(link.text(), StandardCharsets.UTF_8);
      buffer.putString(link.path(), StandardCharsets.UTF_8);
      inFlight.add(new Pending(link, raw.send(SftpConstants.SSH_FXP_SYMLINK, buffer)));
      if (inFlight.size() >= WINDOW) {
        check(inFlight.poll());
      }
    }
    while (!inFlight.isEmpty()) {
      check(inFlight.poll());
    }
  }

  private void check(Pending pending) throws IOException {
    try {
      checkStatus(raw.receive(pending.id()));
    } catch (IOException e) {
      throw new LinkRefused(pending.link(), e);
    }
  }

  /** A symbolic link to make: {@code path} on the server, pointing to {@code text}. */
  record Link(String path, String text) {}

  private record Pending(Link link, int id) {}

  /** The server refused one of the links; says which. */
  static final class LinkRefused extends IOException {
    private final Link link;

    LinkRefused(Link link, IOException cause) {
      super(cause.getMessage(), cause);
      this.link = link;
    }

    Link link() {
      return link;
    }
  }
}
