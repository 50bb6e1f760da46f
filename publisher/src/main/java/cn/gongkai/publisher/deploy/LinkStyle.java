package cn.gongkai.publisher.deploy;

/** How symbolic links are written on an SFTP server. */
public enum LinkStyle {
  /**
   * {@code ../<hash>}: works on OpenSSH servers, chrooted or not, and keeps working if the tree is
   * moved. The default.
   */
  RELATIVE,
  /**
   * The full path as the SFTP server shows it. For servers that refuse links starting with {@code
   * ..}, such as Apache MINA's virtual file system; the web server must see the same paths.
   */
  ABSOLUTE
}
