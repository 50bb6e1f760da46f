package cn.gongkai.publisher.release;

/**
 * One line of a tree listing: a file with its content's SHA-256 and size, or a subdirectory with
 * its tree hash and the number of files beneath it.
 */
public record TreeEntry(String name, Kind kind, String hash, long size) {

  /** What the name is inside its directory. */
  public enum Kind {
    FILE('F'),
    DIRECTORY('D');

    private final char code;

    Kind(char code) {
      this.code = code;
    }

    char code() {
      return code;
    }

    static Kind of(char code) {
      for (Kind kind : values()) {
        if (kind.code == code) {
          return kind;
        }
      }
      throw new IllegalArgumentException("Unknown tree entry kind '" + code + "'.");
    }
  }

  public TreeEntry {
    SitePath.checkName(name, name);
    if (kind == Kind.DIRECTORY) {
      new TreeHash(hash);
    } else if (!TreeHash.isTreeHash(hash)) {
      throw new IllegalArgumentException("Not a SHA-256: '" + hash + "'.");
    }
  }

  public static TreeEntry file(String name, String sha256, long size) {
    return new TreeEntry(name, Kind.FILE, sha256, size);
  }

  public static TreeEntry directory(String name, TreeHash tree, long fileCount) {
    return new TreeEntry(name, Kind.DIRECTORY, tree.hex(), fileCount);
  }

  public boolean isDirectory() {
    return kind == Kind.DIRECTORY;
  }

  /** The subdirectory's segment; only for directories. */
  public TreeHash tree() {
    if (!isDirectory()) {
      throw new IllegalStateException(name + " is a file, not a directory");
    }
    return new TreeHash(hash);
  }

  /** Files in this entry: 1 for a file, the whole subtree's count for a directory. */
  public long fileCount() {
    return isDirectory() ? size : 1;
  }
}
