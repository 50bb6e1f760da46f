package cn.gongkai.benchmarks;

import cn.gongkai.publisher.cli.PublisherCli;
import java.nio.file.Path;

/**
 * The same full build several times in one JVM, each into a fresh release store: the first pays for
 * the JIT's warm-up as the command line always does; the later ones run at the speed the CMS
 * server's own rebuild reaches once its JIT is warm. Prints a line {@code build N} before each
 * build's own output, whose {@code stats:} line has the figures.
 *
 * <p>Usage: {@code WarmBuild BUILDS STORE_DIR build-options…} (the options of {@code publisher
 * build} without {@code --out} and {@code --stats}).
 */
public final class WarmBuild {
  private WarmBuild() {}

  public static void main(String[] args) throws Exception {
    int builds = Integer.parseInt(args[0]);
    Path stores = Path.of(args[1]);
    for (int n = 1; n <= builds; n++) {
      Path store = stores.resolve("build-" + n);
      String[] build = new String[args.length + 1];
      build[0] = "build";
      build[1] = "--out=" + store;
      build[2] = "--stats";
      System.arraycopy(args, 2, build, 3, args.length - 2);
      System.out.println("build " + n);
      int exit = PublisherCli.commandLine().execute(build);
      if (exit != 0) {
        System.exit(exit);
      }
      Shell.deleteTree(store); // disk for the next one; the counts are in the stats line
    }
  }
}
