package cn.gongkai.domain.model.item;

import cn.gongkai.domain.model.user.Actor;
import cn.gongkai.domain.model.user.Role;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;

/** The people, content and fixed times the item tests share: one agency with two departments. */
final class ItemFixtures {
  static final long AGENCY = 7;
  static final long OTHER_AGENCY = 8;
  static final long DEPARTMENT = 70;
  static final long OTHER_DEPARTMENT = 71;
  static final long CATALOGUE = 700;
  static final long ITEM_ID = 4242;

  /** Monday 2025-03-03 09:00 Beijing time; later steps of a test add hours to it. */
  static final OffsetDateTime T0 = OffsetDateTime.parse("2025-03-03T09:00:00+08:00");

  static final LocalDate TODAY = T0.toLocalDate();

  static final String TITLE = "关于做好2025年春耕备耕工作的通知";
  static final String DOCUMENT_NUMBER = "某政办〔2025〕3号";

  static final Actor DRAFTER =
      new Actor("li.xinxi", Set.of(Role.DRAFTER), null, AGENCY, DEPARTMENT);
  static final Actor OTHER_DEPARTMENT_DRAFTER =
      new Actor("zhao.xinxi", Set.of(Role.DRAFTER), null, AGENCY, OTHER_DEPARTMENT);
  static final Actor HEAD = reviewer("zhang.kezhang", 1);
  static final Actor LEADER = reviewer("wang.fenguan", 2);
  static final Actor GROUP_LEADER = reviewer("chen.zuzhang", 3);
  static final Actor OFFICE = new Actor("gongkaiban", Set.of(Role.OFFICE), null, AGENCY, null);
  static final Actor ADMIN = new Actor("admin", Set.of(Role.ADMIN), null, null, null);

  private ItemFixtures() {}

  static Actor reviewer(String username, int level) {
    return new Actor(username, Set.of(Role.REVIEWER), level, AGENCY, null);
  }

  static ItemContent.Builder contentBuilder() {
    return ItemContent.builder()
        .title(TITLE)
        .summary("部署春耕备耕、农资保供和农技服务工作。")
        .body("<p>各村（社区）、镇直各单位：</p>")
        .documentNumber(DOCUMENT_NUMBER)
        .writtenOn(LocalDate.parse("2025-02-28"))
        .disclosure(Disclosure.PROACTIVE);
  }

  static ItemContent content() {
    return contentBuilder().build(TODAY);
  }

  static ItemContent content(Disclosure disclosure) {
    return contentBuilder().disclosure(disclosure).build(TODAY);
  }

  static ItemContent contentTitled(String title) {
    return contentBuilder().title(title).build(TODAY);
  }

  static ConfidentialityReview record(ConfidentialityConclusion conclusion) {
    return new ConfidentialityReview(conclusion, null, "同意公开", TITLE, DOCUMENT_NUMBER);
  }

  static ConfidentialityReview notSecret() {
    return record(ConfidentialityConclusion.NOT_SECRET);
  }

  /** A draft as the repository hands it back: saved, so it has its id. */
  static DisclosureItem draft() {
    return draft(content());
  }

  static DisclosureItem draft(ItemContent content) {
    return persisted(DisclosureItem.draft(AGENCY, CATALOGUE, content, DRAFTER, T0));
  }

  /** A draft submitted into review with {@code levels} levels. */
  static DisclosureItem inReview(int levels) {
    DisclosureItem item = draft();
    item.submit(DRAFTER, levels, T0.plusHours(1));
    return item;
  }

  static ReviewOutcome approve(DisclosureItem item, Actor reviewer, OffsetDateTime at) {
    return item.review(reviewer, ReviewDecision.APPROVE, "同意", notSecret(), at);
  }

  /** Two levels signed: the item is APPROVED and waits for its release. */
  static DisclosureItem approved() {
    DisclosureItem item = inReview(2);
    approve(item, HEAD, T0.plusHours(2));
    approve(item, LEADER, T0.plusHours(3));
    return item;
  }

  static DisclosureItem published() {
    DisclosureItem item = approved();
    item.markPublished(1, "/xxgk/tzgg/4242.html", T0.plusHours(4));
    return item;
  }

  /** Edits a published item and takes the new revision through review to APPROVED again. */
  static ReviewOutcome reviseAndSignOff(DisclosureItem item, OffsetDateTime at) {
    item.edit(contentTitled(TITLE + "（修订）"), CATALOGUE, DRAFTER, at);
    item.submit(DRAFTER, 2, at.plusMinutes(10));
    approve(item, HEAD, at.plusMinutes(20));
    return approve(item, LEADER, at.plusMinutes(30));
  }

  /**
   * Gives the item the id the database would. Events and revisions take the item id as a primitive
   * {@code long}, so an item that was never saved cannot produce them (the repository flushes on
   * add, which is why production code always has one). Plain unit tests have no database.
   */
  static DisclosureItem persisted(DisclosureItem item) {
    try {
      Field id = DisclosureItem.class.getDeclaredField("id");
      id.setAccessible(true);
      id.set(item, ITEM_ID);
      return item;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("DisclosureItem has no id field to set", e);
    }
  }
}
