package cn.gongkai.publisher.release;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * A lock shared by every thread and process using one site directory: a JVM-wide semaphore (a file
 * lock cannot be taken twice in one JVM) plus an OS file lock against other processes. Not owned by
 * a thread, so a build begun on one thread may commit on another.
 */
final class StoreLock {

  private static final Map<Path, Semaphore> IN_PROCESS = new ConcurrentHashMap<>();

  private final Path file;
  private final Semaphore semaphore;

  StoreLock(Path file) {
    this.file = file.toAbsolutePath().normalize();
    this.semaphore = IN_PROCESS.computeIfAbsent(this.file, key -> new Semaphore(1));
  }

  /** Takes the lock now or says who has it: the caller decides whether to wait and retry. */
  Held tryAcquire(String busyMessage) throws IOException {
    if (!semaphore.tryAcquire()) {
      throw new IllegalStateException(busyMessage);
    }
    return lockFile(busyMessage);
  }

  /** Waits for the lock; used for the short critical sections (switching, cleanup). */
  Held acquire() throws IOException {
    semaphore.acquireUninterruptibly();
    return lockFile(null);
  }

  private Held lockFile(String busyMessage) throws IOException {
    FileChannel channel = null;
    try {
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = busyMessage == null ? channel.lock() : channel.tryLock();
      } catch (OverlappingFileLockException sameJvmOtherPath) {
        // The site directory reached through another path (a symlink) in this same JVM.
        throw new IllegalStateException(busyMessage == null ? "Store lock held" : busyMessage);
      }
      if (lock == null) {
        throw new IllegalStateException(busyMessage + " (held by another process)");
      }
      return new Held(channel);
    } catch (IOException | RuntimeException e) {
      if (channel != null) {
        channel.close();
      }
      semaphore.release();
      throw e;
    }
  }

  /** A held lock; closing releases it exactly once. */
  final class Held implements AutoCloseable {
    private final FileChannel channel;
    private boolean released;

    private Held(FileChannel channel) {
      this.channel = channel;
    }

    @Override
    public synchronized void close() throws IOException {
      if (released) {
        return;
      }
      released = true;
      try {
        channel.close();
      } finally {
        semaphore.release();
      }
    }
  }
}
