package cn.gongkai.api.application;

import cn.gongkai.domain.model.InvalidInput;
import cn.gongkai.domain.model.InvalidInput.FieldError;
import cn.gongkai.domain.model.NotFoundException;
import cn.gongkai.domain.model.PermissionDenied;
import cn.gongkai.domain.model.guide.DisclosureGuide;
import cn.gongkai.domain.model.guide.GuideContent;
import cn.gongkai.domain.model.guide.GuideRepository;
import cn.gongkai.domain.model.publishing.PublishJob;
import cn.gongkai.domain.model.publishing.PublishJobKind;
import cn.gongkai.domain.model.publishing.PublishJobRepository;
import cn.gongkai.domain.model.user.Actor;
import cn.gongkai.domain.model.user.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** 公开指南: each change is a new version, published at once by the disclosure office. */
@ApplicationScoped
@Transactional
public class GuideService {
  @Inject GuideRepository guides;
  @Inject AgencyService agencies;
  @Inject PublishJobRepository jobs;
  @Inject BodyCleaner bodyCleaner;
  @Inject Event<JobQueued> queued;
  @Inject Clock clock;

  /** The guide's fields as sent; required ones are checked here. */
  public record GuideInput(
      String classification,
      String howToObtain,
      String officeName,
      String officeAddress,
      String officeHours,
      String phone,
      String fax,
      String email,
      String website,
      String body) {}

  public DisclosureGuide current(long agencyId) {
    agencies.find(agencyId);
    return guides
        .current(agencyId)
        .orElseThrow(() -> new NotFoundException("Guide of agency", agencyId));
  }

  public List<DisclosureGuide> versions(long agencyId) {
    agencies.find(agencyId);
    return guides.versions(agencyId);
  }

  /**
   * Stores a new version. {@code expectedVersion} (from If-Match) guards against two people editing
   * at once; null means "I know there is no guide yet, or I do not care".
   */
  public DisclosureGuide revise(
      long agencyId, Integer expectedVersion, GuideInput in, Actor actor) {
    if (!(actor.has(Role.OFFICE) || actor.has(Role.ADMIN)) || !actor.inAgency(agencyId)) {
      throw new PermissionDenied("Only the agency's disclosure office can change its guide.");
    }
    agencies.find(agencyId);
    GuideContent content = validated(in);
    OffsetDateTime now = OffsetDateTime.now(clock);
    var existing = guides.current(agencyId);
    int currentVersion = existing.map(DisclosureGuide::versionNo).orElse(0);
    if (expectedVersion != null && expectedVersion != currentVersion) {
      throw new cn.gongkai.domain.model.StaleVersion(expectedVersion, currentVersion);
    }
    DisclosureGuide next =
        existing
            .map(g -> g.revise(content, actor.username(), now))
            .orElseGet(() -> new DisclosureGuide(agencyId, 1, content, actor.username(), now));
    guides.add(next);
    jobs.add(PublishJob.forAgency(PublishJobKind.GUIDE, agencyId, actor.username(), now));
    queued.fire(new JobQueued());
    return next;
  }

  private GuideContent validated(GuideInput in) {
    List<FieldError> errors = new ArrayList<>();
    require(errors, "officeName", in.officeName(), "the disclosure office's name (机构名称)");
    require(errors, "officeAddress", in.officeAddress(), "its address (办公地址)");
    require(errors, "officeHours", in.officeHours(), "its office hours (办公时间)");
    require(errors, "phone", in.phone(), "its phone number (联系电话)");
    require(
        errors,
        "classification",
        in.classification(),
        "how information is classified and arranged");
    require(errors, "howToObtain", in.howToObtain(), "how to obtain information");
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    return new GuideContent(
        in.classification(),
        in.howToObtain(),
        in.officeName().strip(),
        in.officeAddress().strip(),
        in.officeHours().strip(),
        in.phone().strip(),
        blankToNull(in.fax()),
        blankToNull(in.email()),
        blankToNull(in.website()),
        bodyCleaner.clean(in.body()));
  }

  private static void require(List<FieldError> errors, String field, String value, String what) {
    if (value == null || value.isBlank()) {
      errors.add(new FieldError(field, "The guide must state " + what + " (条例 第12条)."));
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
