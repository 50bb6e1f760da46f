package cn.gongkai.api.interfaces.web;

import cn.gongkai.api.config.GongkaiConfig;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Serves the live release ({@code <data>/site/current}) read-only under /site/ — the demo's web
 * server. In production a real web server (nginx) serves the same directory or its deployed copy.
 * Paths are resolved inside the web root only; anything else is a 404.
 */
@WebServlet(urlPatterns = "/site/*")
public class SitePreviewServlet extends HttpServlet {
  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=UTF-8",
          "css", "text/css; charset=UTF-8",
          "js", "text/javascript; charset=UTF-8",
          "xml", "application/xml; charset=UTF-8",
          "svg", "image/svg+xml",
          "pdf", "application/pdf",
          "png", "image/png",
          "jpg", "image/jpeg");

  @Inject GongkaiConfig config;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Path root = config.dataDir().resolve("site").resolve("current");
    String requested = request.getPathInfo() == null ? "/" : request.getPathInfo();
    if (requested.endsWith("/")) {
      requested = requested + "index.html";
    }
    Path file = root.resolve(requested.substring(1)).normalize();
    if (!file.startsWith(root) || !Files.isRegularFile(file)) {
      if (request.getPathInfo() == null) {
        response.sendRedirect(request.getContextPath() + "/site/");
        return;
      }
      notFound(root, response);
      return;
    }
    send(file, HttpServletResponse.SC_OK, response);
  }

  private void notFound(Path root, HttpServletResponse response) throws IOException {
    Path page = root.resolve("404.html");
    if (Files.isRegularFile(page)) {
      send(page, HttpServletResponse.SC_NOT_FOUND, response);
    } else {
      response.sendError(HttpServletResponse.SC_NOT_FOUND, "The site has not been published yet.");
    }
  }

  private static void send(Path file, int status, HttpServletResponse response) throws IOException {
    String name = file.getFileName().toString();
    String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    response.setStatus(status);
    response.setContentType(TYPES.getOrDefault(ext, "application/octet-stream"));
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setContentLengthLong(Files.size(file));
    try (InputStream in = Files.newInputStream(file)) {
      in.transferTo(response.getOutputStream());
    }
  }
}
