package cn.gongkai.api.application;

import cn.gongkai.api.config.GongkaiConfig;
import cn.gongkai.domain.calendar.WorkingDayCalendar;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * The working-day calendar in force: the bundled State Council arrangements plus the files an
 * administrator added under {@code <data>/calendar}. Adding next year's notice takes effect at
 * once, without a release or a restart.
 */
@ApplicationScoped
public class HolidayCalendar {
  @Inject GongkaiConfig config;

  private final AtomicReference<WorkingDayCalendar> current = new AtomicReference<>();

  @PostConstruct
  void load() {
    current.set(loadFrom(directory()));
  }

  public WorkingDayCalendar current() {
    return current.get();
  }

  /**
   * Validates and stores an administrator's arrangement file (e.g. the 2027 notice), then makes it
   * part of the calendar. A file that does not parse changes nothing.
   */
  public synchronized WorkingDayCalendar addArrangements(String name, String text) {
    WorkingDayCalendar updated = current.get().withArrangements(new StringReader(text));
    try {
      Path dir = Files.createDirectories(directory());
      Path tmp = Files.createTempFile(dir, name, ".tmp");
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      Files.move(tmp, dir.resolve(name + ".txt"), StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    current.set(updated);
    return updated;
  }

  private Path directory() {
    return config.dataDir().resolve("calendar");
  }

  private static WorkingDayCalendar loadFrom(Path dir) {
    WorkingDayCalendar calendar = WorkingDayCalendar.bundled();
    if (!Files.isDirectory(dir)) {
      return calendar;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          calendar = calendar.withArrangements(reader);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return calendar;
  }
}
