package cn.gongkai.api.application.publishing;

import cn.gongkai.domain.model.PermissionDenied;
import cn.gongkai.domain.model.WorkflowViolation;
import cn.gongkai.domain.model.user.Actor;
import cn.gongkai.domain.model.user.Role;
import cn.gongkai.publisher.Publisher;
import cn.gongkai.publisher.deploy.Deployment;
import cn.gongkai.publisher.deploy.TargetStatus;
import cn.gongkai.publisher.release.Release;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/** The releases of the site, which one is live where, and the one-call rollback. */
@ApplicationScoped
public class ReleaseService {
  private static final Logger LOG = Logger.getLogger(ReleaseService.class.getName());

  @Inject Publisher publisher;

  public List<Release> history() {
    try {
      return publisher.store().history();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Optional<Release> live() {
    return publisher.live();
  }

  public List<TargetStatus> targets() {
    return publisher.deployer().status();
  }

  /**
   * Puts the previous release back on every target — all switch, or none. The content in the
   * database is unchanged: the next publication renders the pages it touches from it again.
   */
  public Deployment rollback(Actor actor) {
    if (!actor.has(Role.OFFICE) && !actor.has(Role.ADMIN)) {
      throw new PermissionDenied("Only the disclosure office or an administrator can roll back.");
    }
    Release live = live().orElseThrow(() -> new WorkflowViolation("Nothing is published yet."));
    if (live.parent().isEmpty()) {
      throw new WorkflowViolation(
          "Release " + live.id().value() + " is the first; there is nothing to roll back to.");
    }
    try {
      Deployment d = publisher.deployer().rollback();
      LOG.warning(
          () ->
              actor.username()
                  + " rolled the site back from "
                  + live.id().value()
                  + " to "
                  + d.release().value());
      if (d.failure().isPresent()) {
        throw new WorkflowViolation(
            "Rollback failed on " + d.failure().get().target() + ": " + d.failure().get().detail());
      }
      return d;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
