package cn.gongkai.publisher.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A target directory on this machine (or a mounted share), through java.nio. */
final class LocalTargetFiles implements TargetFiles {

  private final Path base;

  LocalTargetFiles(Path base) {
    this.base = base;
  }

  @Override
  public boolean exists(String path) {
    return Files.exists(resolve(path), LinkOption.NOFOLLOW_LINKS);
  }

  @Override
  public Optional<String> readLink(String path) throws IOException {
    Path link = resolve(path);
    return Files.isSymbolicLink(link)
        ? Optional.of(Files.readSymbolicLink(link).toString())
        : Optional.empty();
  }

  @Override
  public byte[] read(String path) throws IOException {
    return Files.readAllBytes(resolve(path));
  }

  @Override
  public void makeDirectory(String path) throws IOException {
    Files.createDirectory(resolve(path));
  }

  @Override
  public void makeDirectories(String path) throws IOException {
    Files.createDirectories(resolve(path));
  }

  @Override
  public long write(String path, InputStream content) throws IOException {
    Path file = resolve(path);
    long size = Files.copy(content, file);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
    return size;
  }

  @Override
  public boolean canHardLink() {
    return true;
  }

  @Override
  public void hardLink(List<HardLink> links) throws IOException {
    for (HardLink link : links) {
      Files.createLink(resolve(link.link()), resolve(link.existing()));
    }
  }

  @Override
  public void symlink(String path, LinkTarget target) throws IOException {
    Files.createSymbolicLink(resolve(path), Path.of(target.relative()));
  }

  @Override
  public void rename(String from, String to) throws IOException {
    Files.move(resolve(from), resolve(to), StandardCopyOption.ATOMIC_MOVE);
  }

  @Override
  public List<String> list(String directory) throws IOException {
    List<String> names = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(resolve(directory))) {
      entries.forEach(entry -> names.add(entry.getFileName().toString()));
    }
    return names;
  }

  @Override
  public void deleteTree(String path) throws IOException {
    Path root = resolve(path);
    if (Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
      for (String child : list(path)) {
        deleteTree(path + "/" + child);
      }
    }
    Files.deleteIfExists(root);
  }

  private Path resolve(String path) {
    return base.resolve(path);
  }
}
