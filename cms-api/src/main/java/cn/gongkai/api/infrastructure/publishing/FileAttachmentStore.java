package cn.gongkai.api.infrastructure.publishing;

import cn.gongkai.api.application.AttachmentFiles;
import cn.gongkai.api.config.GongkaiConfig;
import cn.gongkai.domain.model.TooLarge;
import cn.gongkai.publisher.render.AttachmentStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.apache.commons.io.input.BoundedInputStream;

/**
 * Attachment bytes on disk under {@code <data>/attachments/ab/abcdef…}: named by their SHA-256, so
 * a file attached twice is stored once, and no uploader ever chooses a stored name (no path
 * traversal through a file name is possible).
 */
@ApplicationScoped
public class FileAttachmentStore implements AttachmentStore, AttachmentFiles {
  @Inject GongkaiConfig config;

  @Override
  public Optional<InputStream> open(String sha256) throws IOException {
    Path file = pathOf(sha256);
    return Files.isRegularFile(file) ? Optional.of(Files.newInputStream(file)) : Optional.empty();
  }

  @Override
  public Staged stage(InputStream in, long maxBytes) throws IOException {
    Path staging = Files.createDirectories(root().resolve("staging"));
    Path temp = Files.createTempFile(staging, "upload-", ".part");
    MessageDigest sha = sha256();
    long size;
    // Read one byte past the limit: that one byte tells an oversized upload from an exact fit.
    try (InputStream bounded =
            BoundedInputStream.builder().setInputStream(in).setMaxCount(maxBytes + 1).get();
        OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha)) {
      size = bounded.transferTo(out);
    } catch (IOException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
    if (size > maxBytes) {
      Files.deleteIfExists(temp);
      throw new TooLarge(
          "The file is larger than the limit of "
              + (maxBytes / (1024 * 1024))
              + " MB; nothing was kept.");
    }
    return new Staged(temp, HexFormat.of().formatHex(sha.digest()), size);
  }

  @Override
  public void accept(Staged staged) throws IOException {
    Path target = pathOf(staged.sha256());
    Files.createDirectories(target.getParent());
    try {
      Files.move(staged.path(), target, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException e) {
      Files.deleteIfExists(staged.path());
    }
    if (!Files.isRegularFile(target)) {
      throw new IOException("The attachment could not be stored at " + target);
    }
  }

  @Override
  public void discard(Staged staged) {
    try {
      Files.deleteIfExists(staged.path());
    } catch (IOException e) {
      // A leftover staging file is harmless; staging is cleared at the next start.
    }
  }

  @Override
  public InputStream read(String sha256) throws IOException {
    return Files.newInputStream(pathOf(sha256));
  }

  /** Where a hash's bytes live; the hash is checked to be 64 hex digits first. */
  public Path pathOf(String sha256) {
    if (sha256 == null || sha256.length() != 64) {
      throw new IllegalArgumentException("Not a SHA-256: " + sha256);
    }
    HexFormat.of().parseHex(sha256);
    return root().resolve(sha256.substring(0, 2)).resolve(sha256);
  }

  public Path root() {
    return config.dataDir().resolve("attachments");
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
