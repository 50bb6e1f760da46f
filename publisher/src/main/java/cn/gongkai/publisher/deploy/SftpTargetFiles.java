package cn.gongkai.publisher.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.extensions.openssh.OpenSSHPosixRenameExtension;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;
import org.apache.sshd.sftp.common.extensions.openssh.PosixRenameExtensionParser;

/**
 * A target on an SFTP server, spoken as SFTP v3 plus OpenSSH's extensions, which is what OpenSSH's
 * sftp-server offers: {@code posix-rename@openssh.com} for the atomic switch (plain v3 rename
 * refuses to replace), {@code hardlink@openssh.com} to share unchanged files.
 */
final class SftpTargetFiles implements TargetFiles {

  private final SftpClient sftp;
  private final String base;
  private final LinkStyle linkStyle;

  /**
   * @param base the canonical base directory on the server; {@code ""} takes paths as given
   */
  SftpTargetFiles(SftpClient sftp, String base, LinkStyle linkStyle) {
    this.sftp = sftp;
    this.base = base.isEmpty() || base.endsWith("/") ? base : base + "/";
    this.linkStyle = linkStyle;
  }

  @Override
  public boolean exists(String path) throws IOException {
    try {
      sftp.lstat(remote(path));
      return true;
    } catch (SftpException e) {
      if (e.getStatus() == SftpConstants.SSH_FX_NO_SUCH_FILE) {
        return false;
      }
      throw e;
    }
  }

  @Override
  public Optional<String> readLink(String path) throws IOException {
    if (!exists(path)) {
      return Optional.empty();
    }
    return Optional.of(sftp.readLink(remote(path)));
  }

  @Override
  public byte[] read(String path) throws IOException {
    try (InputStream in = sftp.read(remote(path))) {
      return in.readAllBytes();
    }
  }

  @Override
  public void makeDirectory(String path) throws IOException {
    sftp.mkdir(remote(path));
  }

  @Override
  public void makeDirectories(String path) throws IOException {
    StringBuilder prefix = new StringBuilder();
    for (String name : path.split("/")) {
      prefix.append(prefix.length() == 0 ? "" : "/").append(name);
      if (!exists(prefix.toString())) {
        makeDirectory(prefix.toString());
      }
    }
  }

  @Override
  public long write(String path, InputStream content) throws IOException {
    try (OutputStream out = sftp.write(remote(path))) {
      return content.transferTo(out);
    }
  }

  @Override
  public boolean canHardLink() {
    return sftp.getServerExtensions()
        .containsKey(org.apache.sshd.sftp.common.extensions.openssh.HardLinkExtensionParser.NAME);
  }

  @Override
  public void hardLink(List<HardLink> links) throws IOException {
    if (!links.isEmpty()) {
      new OpenSshHardLink(sftp).linkAll(links, this::remote);
    }
  }

  @Override
  public void symlink(String path, LinkTarget target) throws IOException {
    String text = linkStyle == LinkStyle.RELATIVE ? target.relative() : remote(target.fromBase());
    try {
      sftp.symLink(remote(path), text);
    } catch (SftpException e) {
      if (linkStyle == LinkStyle.RELATIVE && text.startsWith("..")) {
        throw new IOException(
            "The server refused the relative link "
                + path
                + " -> "
                + text
                + " ("
                + e.getMessage()
                + "). Servers on Apache MINA's virtual file system do; configure LinkStyle.ABSOLUTE.",
            e);
      }
      throw e;
    }
  }

  @Override
  public void rename(String from, String to) throws IOException {
    if (sftp.getServerExtensions().containsKey(PosixRenameExtensionParser.NAME)) {
      sftp.getExtension(OpenSSHPosixRenameExtension.class).posixRename(remote(from), remote(to));
    } else if (sftp.getVersion() >= SftpConstants.SFTP_V5) {
      sftp.rename(
          remote(from), remote(to), SftpClient.CopyMode.Atomic, SftpClient.CopyMode.Overwrite);
    } else {
      throw new IOException(
          "The server offers neither posix-rename@openssh.com nor SFTP v5 rename: "
              + "it cannot replace the live link atomically.");
    }
  }

  @Override
  public List<String> list(String directory) throws IOException {
    List<String> names = new ArrayList<>();
    for (SftpClient.DirEntry entry : sftp.readDir(remote(directory))) {
      String name = entry.getFilename();
      if (!name.equals(".") && !name.equals("..")) {
        names.add(name);
      }
    }
    return names;
  }

  @Override
  public void deleteTree(String path) throws IOException {
    if (!exists(path)) {
      return;
    }
    SftpClient.Attributes attributes = sftp.lstat(remote(path));
    if (attributes.isDirectory()) {
      for (String child : list(path)) {
        deleteTree(path + "/" + child);
      }
      sftp.rmdir(remote(path));
    } else {
      sftp.remove(remote(path));
    }
  }

  String remote(String path) {
    return base + path;
  }
}
