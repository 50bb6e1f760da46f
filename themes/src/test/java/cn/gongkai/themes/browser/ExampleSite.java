package cn.gongkai.themes.browser;

import cn.gongkai.themes.Asset;
import cn.gongkai.themes.Theme;
import cn.gongkai.themes.Variant;
import cn.gongkai.themes.examples.ExamplePages;
import cn.gongkai.themes.examples.ExamplePages.ExamplePage;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

/**
 * The default theme's example pages and assets written to a temporary folder as a site (variant
 * prefix + path) and served over HTTP on 127.0.0.1 at a random port, as a web server would serve a
 * release. Over HTTP, not {@code file://}: localStorage and the pages' Content-Security-Policy
 * behave as they do for readers.
 */
final class ExampleSite implements AutoCloseable {

  private static final Map<String, String> CONTENT_TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "svg", "image/svg+xml");

  private final Path root;
  private final HttpServer server;
  private final List<ExamplePage> pages;
  // A browser fetches a page's stylesheets and script in parallel.
  private final ExecutorService threads = Executors.newFixedThreadPool(4);

  private ExampleSite(Path root, HttpServer server, List<ExamplePage> pages) {
    this.root = root;
    this.server = server;
    this.pages = pages;
  }

  static ExampleSite start() throws IOException {
    Path root = Files.createTempDirectory("gongkai-site-");
    List<ExamplePage> pages = ExamplePages.all();
    for (Asset asset : Theme.defaultTheme().assets()) {
      write(root.resolve(asset.path()), asset.bytes());
    }
    for (ExamplePage page : pages) {
      write(
          root.resolve(page.variant().prefix() + page.path()),
          page.html().getBytes(StandardCharsets.UTF_8));
    }
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    ExampleSite site = new ExampleSite(root, server, pages);
    server.createContext("/", site::serve);
    server.setExecutor(site.threads);
    server.start();
    return site;
  }

  /** The URL of an example page ({@code home}, {@code item-with-attachments} …) in a variant. */
  String url(String name, Variant variant) {
    return url(variant.prefix() + page(name).path());
  }

  /** The URL of a file by its path from the site root. */
  String url(String sitePath) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + sitePath;
  }

  ExamplePage page(String name) {
    return pages.stream()
        .filter(page -> page.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No example page " + name));
  }

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path =
          URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
      Path file = root.resolve(path.substring(1)).normalize();
      if (path.endsWith("/")) {
        file = file.resolve("index.html");
      }
      boolean found = file.startsWith(root) && Files.isRegularFile(file);
      byte[] body = found ? Files.readAllBytes(file) : Files.readAllBytes(root.resolve("404.html"));
      String name = found ? file.getFileName().toString() : "404.html";
      String extension = name.substring(name.lastIndexOf('.') + 1);
      exchange
          .getResponseHeaders()
          .set("Content-Type", CONTENT_TYPES.getOrDefault(extension, "application/octet-stream"));
      boolean head = exchange.getRequestMethod().equals("HEAD");
      exchange.sendResponseHeaders(found ? 200 : 404, head ? -1 : body.length);
      if (!head) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    }
  }

  @Override
  public void close() throws IOException {
    server.stop(0);
    threads.shutdownNow();
    try (Stream<Path> files = Files.walk(root)) {
      files.sorted(Comparator.reverseOrder()).forEach(ExampleSite::delete);
    }
  }

  private static void write(Path file, byte[] bytes) throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
  }

  private static void delete(Path file) {
    try {
      Files.delete(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
