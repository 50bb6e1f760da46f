package cn.gongkai.api.interfaces.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * A 401 from the API carries {@code WWW-Authenticate: Basic} for curl and scripts; a browser
 * answers that header with its own password dialog, even for a {@code fetch} — which would hide the
 * admin console's sign-in form and its messages. Requests the console makes say so with {@code
 * X-Requested-With: XMLHttpRequest} (the usual convention), and get their 401 without the
 * challenge.
 */
@WebFilter("/api/*")
public class ConsoleChallengeFilter extends HttpFilter {
  static final String CONSOLE_HEADER = "X-Requested-With";
  private static final String CHALLENGE = "WWW-Authenticate";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!"XMLHttpRequest".equalsIgnoreCase(request.getHeader(CONSOLE_HEADER))) {
      chain.doFilter(request, response);
      return;
    }
    chain.doFilter(request, new WithoutChallenge(response));
  }

  /** Drops the Basic challenge, whichever way the JAX-RS runtime writes it. */
  private static final class WithoutChallenge extends HttpServletResponseWrapper {
    WithoutChallenge(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setHeader(String name, String value) {
      if (!CHALLENGE.equalsIgnoreCase(name)) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!CHALLENGE.equalsIgnoreCase(name)) {
        super.addHeader(name, value);
      }
    }
  }
}
