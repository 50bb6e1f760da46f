package cn.gongkai.api.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The TCP ports a process listens on and the addresses they are bound to, read from Linux's /proc:
 * the process's socket inodes, matched against the kernel's socket tables.
 */
final class Listeners {
  /** One listening socket: the address as the kernel shows it, and the port. */
  record Listener(String address, int port) {
    boolean loopback() {
      return address.equals("127.0.0.1")
          || address.equals("::1")
          || address.equals("::ffff:127.0.0.1");
    }
  }

  private Listeners() {}

  static List<Listener> of(long pid) throws IOException {
    Set<String> inodes = new HashSet<>();
    collectInodes(pid, inodes);
    ProcessHandle.of(pid)
        .ifPresent(
            p ->
                p.descendants()
                    .forEach(
                        d -> {
                          try {
                            collectInodes(d.pid(), inodes);
                          } catch (IOException ignored) {
                            // A child that ended meanwhile has no sockets.
                          }
                        }));
    List<Listener> out = new ArrayList<>();
    out.addAll(listening(Path.of("/proc/net/tcp"), inodes, false));
    out.addAll(listening(Path.of("/proc/net/tcp6"), inodes, true));
    return out;
  }

  private static void collectInodes(long pid, Set<String> inodes) throws IOException {
    try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
      fds.forEach(
          fd -> {
            try {
              String target = Files.readSymbolicLink(fd).toString();
              if (target.startsWith("socket:[")) {
                inodes.add(target.substring(8, target.length() - 1));
              }
            } catch (IOException ignored) {
              // The descriptor closed while we looked.
            }
          });
    }
  }

  private static List<Listener> listening(Path table, Set<String> inodes, boolean v6)
      throws IOException {
    List<Listener> out = new ArrayList<>();
    if (!Files.exists(table)) {
      return out;
    }
    for (String line : Files.readAllLines(table).subList(1, Files.readAllLines(table).size())) {
      String[] f = line.trim().split("\\s+");
      if (f.length > 9 && f[3].equals("0A") && inodes.contains(f[9])) {
        String[] local = f[1].split(":");
        out.add(new Listener(v6 ? ipv6(local[0]) : ipv4(local[0]), Integer.parseInt(local[1], 16)));
      }
    }
    return out;
  }

  /** /proc writes IPv4 addresses as little-endian hex. */
  private static String ipv4(String hex) {
    long v = Long.parseLong(hex, 16);
    return (v & 0xff)
        + "."
        + ((v >> 8) & 0xff)
        + "."
        + ((v >> 16) & 0xff)
        + "."
        + ((v >> 24) & 0xff);
  }

  private static String ipv6(String hex) {
    if (hex.equals("00000000000000000000000001000000")) {
      return "::1";
    }
    if (hex.startsWith("0000000000000000FFFF0000")) {
      return "::ffff:" + ipv4(hex.substring(24));
    }
    if (hex.equals("00000000000000000000000000000000")) {
      return "::";
    }
    return hex;
  }
}
