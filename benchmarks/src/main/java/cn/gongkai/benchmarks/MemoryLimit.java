package cn.gongkai.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a command in a memory cgroup (v1, {@code /sys/fs/cgroup/memory/<name>}) with a limit, when
 * the machine lets us make one; otherwise runs it as it is.
 */
final class MemoryLimit {
  private static final Path CGROUPS = Path.of("/sys/fs/cgroup/memory");

  private MemoryLimit() {}

  static List<String> wrap(List<String> command, String name, String limit) {
    Path group = CGROUPS.resolve(name);
    try {
      Files.createDirectories(group);
      Files.writeString(group.resolve("memory.limit_in_bytes"), limit);
    } catch (Exception notPermitted) {
      return command;
    }
    List<String> wrapped =
        new ArrayList<>(
            List.of(
                "sh",
                "-c",
                "echo $$ > '" + group.resolve("cgroup.procs") + "' && exec \"$0\" \"$@\""));
    wrapped.addAll(command);
    return wrapped;
  }
}
