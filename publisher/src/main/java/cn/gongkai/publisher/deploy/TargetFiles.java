package cn.gongkai.publisher.deploy;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * The file operations a deploy needs on a target, with {@code /}-separated paths relative to the
 * target's base directory. Nothing here follows a symbolic link except where said.
 */
interface TargetFiles extends Closeable {

  /** A hard link to make: {@code link} will name the same file as {@code existing}. */
  record HardLink(String existing, String link) {}

  /** True if something (file, directory or link) is at the path; does not follow links. */
  boolean exists(String path) throws IOException;

  Optional<String> readLink(String path) throws IOException;

  byte[] read(String path) throws IOException;

  void makeDirectory(String path) throws IOException;

  /** Creates the directory and missing parents; fine if it exists. */
  void makeDirectories(String path) throws IOException;

  /** Creates a new file with the content; returns the bytes written. */
  long write(String path, InputStream content) throws IOException;

  boolean canHardLink() throws IOException;

  void hardLink(List<HardLink> links) throws IOException;

  void symlink(String path, LinkTarget target) throws IOException;

  /** Renames atomically, replacing a file or link at {@code to}: rename(2). */
  void rename(String from, String to) throws IOException;

  List<String> list(String directory) throws IOException;

  /** Deletes a file, a link or a directory tree, never following a link out of it. */
  void deleteTree(String path) throws IOException;

  @Override
  default void close() throws IOException {}
}
