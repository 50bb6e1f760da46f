package cn.gongkai.publisher.release;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The {@code releases/} directory. A release exists once its record is in place: the link to its
 * root segment is made first and the record renamed in last, so a crash in between leaves only a
 * stray link, which {@link #removeIncomplete} deletes.
 */
final class ReleaseRecords {

  private final Path releases;
  private final Path staging;
  private final Clock clock;

  ReleaseRecords(Path releases, Path staging, Clock clock) {
    this.releases = releases;
    this.staging = staging;
    this.clock = clock;
  }

  /** A new id later than every existing release, so ids and creation times sort alike. */
  Instant nextCreationTime() throws IOException {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    Instant latest =
        all().stream().map(Release::createdAt).max(Comparator.naturalOrder()).orElse(now);
    Instant candidate = now.isAfter(latest) ? now : latest.plusMillis(1);
    while (Files.exists(link(ReleaseId.at(candidate)), LinkOption.NOFOLLOW_LINKS)) {
      candidate = candidate.plusMillis(1);
    }
    return candidate;
  }

  void write(Release release, boolean sync) throws IOException {
    Files.createSymbolicLink(
        link(release.id()), Path.of(StoreLayout.releaseLinkTarget(release.root())));
    Path temp = staging.resolve("record-" + release.id() + "-" + System.nanoTime());
    FileSystemOps.writeAtomically(
        record(release.id()), ReleaseRecordCodec.encode(release), temp, sync);
    FileSystemOps.sync(releases);
  }

  Optional<Release> read(ReleaseId id) throws IOException {
    Path record = record(id);
    if (!Files.isRegularFile(record) || !Files.isSymbolicLink(link(id))) {
      return Optional.empty();
    }
    return Optional.of(ReleaseRecordCodec.decode(Files.readAllBytes(record)));
  }

  /** Every complete release, newest first. */
  List<Release> all() throws IOException {
    List<Release> found = new ArrayList<>();
    try (DirectoryStream<Path> records =
        Files.newDirectoryStream(releases, "*" + StoreLayout.RECORD_SUFFIX)) {
      for (Path record : records) {
        String name = record.getFileName().toString();
        read(ReleaseId.of(name.substring(0, name.length() - StoreLayout.RECORD_SUFFIX.length())))
            .ifPresent(found::add);
      }
    }
    found.sort(Comparator.comparing(Release::createdAt).thenComparing(Release::id).reversed());
    return found;
  }

  /**
   * Record first, link second: the reverse of creation, so a crash leaves a stray link at worst.
   */
  void remove(ReleaseId id) throws IOException {
    Files.deleteIfExists(record(id));
    Files.deleteIfExists(link(id));
  }

  /** Deletes links whose record never arrived, unless {@code current} still names one. */
  void removeIncomplete(Optional<ReleaseId> live) throws IOException {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(releases)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if (name.endsWith(StoreLayout.RECORD_SUFFIX) || !Files.isSymbolicLink(entry)) {
          continue;
        }
        boolean complete = Files.isRegularFile(releases.resolve(name + StoreLayout.RECORD_SUFFIX));
        if (!complete && live.map(id -> !id.value().equals(name)).orElse(true)) {
          Files.delete(entry);
        }
      }
    }
  }

  private Path link(ReleaseId id) {
    return releases.resolve(id.value());
  }

  private Path record(ReleaseId id) {
    return releases.resolve(id.value() + StoreLayout.RECORD_SUFFIX);
  }
}
