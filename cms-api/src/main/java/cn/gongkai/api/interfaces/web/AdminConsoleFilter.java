package cn.gongkai.api.interfaces.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The admin console's static files (src/main/webapp/admin) with the headers a government system's
 * console needs: a strict Content-Security-Policy (no inline script or style, nothing from another
 * origin, not framed), no MIME sniffing, no referrer outside the site. (The container itself
 * redirects {@code /admin} to {@code /admin/} and serves {@code index.html} there.)
 */
@WebFilter("/admin/*")
public class AdminConsoleFilter extends HttpFilter {
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("X-Frame-Options", "DENY");
    // Revalidate every time: after an upgrade the browser must not mix old and new modules.
    response.setHeader("Cache-Control", "no-cache");
    chain.doFilter(request, response);
  }
}
