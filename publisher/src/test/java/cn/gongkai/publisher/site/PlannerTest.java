package cn.gongkai.publisher.site;

import static cn.gongkai.publisher.fixtures.TestSite.AGENCY;
import static cn.gongkai.publisher.fixtures.TestSite.GUIDE_COLUMN;
import static cn.gongkai.publisher.fixtures.TestSite.NOTICES;
import static cn.gongkai.publisher.fixtures.TestSite.PAGE_SIZE;
import static cn.gongkai.publisher.fixtures.TestSite.POLICIES;
import static cn.gongkai.publisher.fixtures.TestSite.REPORTS;
import static cn.gongkai.publisher.fixtures.TestSite.RULES;
import static cn.gongkai.publisher.fixtures.TestSite.STATUTORY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.gongkai.publisher.fixtures.TestSite;
import cn.gongkai.publisher.source.memory.ItemBuilder;
import cn.gongkai.publisher.source.memory.MemorySiteContent;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which pages a change touches: exactly these, in all four variants, whatever the site's size. */
class PlannerTest {
  /** 11 notices: the newest list page holds 6 to 11, archive 1 holds 1 to 5. */
  private static final MemorySiteContent BEFORE = TestSite.withNotices(11).build();

  private final Planner planner = new Planner(PAGE_SIZE);

  @Test
  void aNewItemTouchesItsPageItsNewestListPageFeedAgencyHomeAndSitemaps() {
    MemorySiteContent after = BEFORE.toBuilder().item(TestSite.notice(12).build()).build();

    Set<PageRef> plan = planner.plan(ChangeSet.ofItems(Set.of(12L)), BEFORE, after);

    assertEquals(
        Set.of(
            new PageRef.Item(12),
            new PageRef.CatalogueList(NOTICES, 0),
            new PageRef.Feed(NOTICES),
            new PageRef.Agency(AGENCY),
            new PageRef.Home(),
            new PageRef.SitemapChunk(0),
            new PageRef.SitemapIndex()),
        plan);
  }

  @Test
  void aNewTitleOnAnOldItemTouchesOnlyTheArchivePageListingIt() {
    MemorySiteContent after =
        BEFORE.toBuilder()
            .item(
                ItemBuilder.from(BEFORE.item(2).orElseThrow()).title("更正后的标题").revision(2).build())
            .build();

    Set<PageRef> plan = planner.plan(ChangeSet.ofItems(Set.of(2L)), BEFORE, after);

    assertEquals(
        Set.of(
            new PageRef.Item(2),
            new PageRef.CatalogueList(NOTICES, 1),
            new PageRef.Feed(NOTICES),
            new PageRef.Agency(AGENCY),
            new PageRef.Home(),
            new PageRef.SitemapChunk(0),
            new PageRef.SitemapIndex()),
        plan);
  }

  @Test
  void aRevisedBodyTouchesNoListPage() {
    MemorySiteContent after =
        BEFORE.toBuilder()
            .item(
                ItemBuilder.from(BEFORE.item(2).orElseThrow())
                    .body("<p>修订后的正文。</p>")
                    .revision(2)
                    .lastPublishedAt(TestSite.T0.plusDays(10))
                    .build())
            .build();

    Set<PageRef> plan = planner.plan(ChangeSet.ofItems(Set.of(2L)), BEFORE, after);

    assertEquals(
        Set.of(
            new PageRef.Item(2),
            new PageRef.Feed(NOTICES),
            new PageRef.Agency(AGENCY),
            new PageRef.Home(),
            new PageRef.SitemapChunk(0),
            new PageRef.SitemapIndex()),
        plan);
  }

  @Test
  void aMoveTouchesThePagesThatDifferInBothCatalogues() {
    // Item 1 leaves the oldest archive: every row of 通知公告 moves up one place.
    MemorySiteContent after =
        BEFORE.toBuilder()
            .item(ItemBuilder.from(BEFORE.item(1).orElseThrow()).catalogue(POLICIES).build())
            .build();

    Set<PageRef> plan = planner.plan(ChangeSet.ofItems(Set.of(1L)), BEFORE, after);

    assertEquals(
        Set.of(
            new PageRef.Item(1),
            new PageRef.CatalogueList(NOTICES, 0),
            new PageRef.CatalogueList(NOTICES, 1),
            new PageRef.CatalogueList(POLICIES, 0),
            new PageRef.Feed(NOTICES),
            new PageRef.Feed(POLICIES),
            new PageRef.Agency(AGENCY),
            new PageRef.Home(),
            new PageRef.SitemapChunk(0),
            new PageRef.SitemapIndex()),
        plan);
  }

  @Test
  void aWithdrawalTouchesTheArchivePageListingTheItem() {
    MemorySiteContent after =
        BEFORE.toBuilder()
            .item(
                ItemBuilder.from(BEFORE.item(3).orElseThrow())
                    .withdrawn("信息有误", TestSite.T0.plusDays(5))
                    .build())
            .build();

    Set<PageRef> plan = planner.plan(ChangeSet.ofItems(Set.of(3L)), BEFORE, after);

    assertEquals(
        Set.of(
            new PageRef.Item(3),
            new PageRef.CatalogueList(NOTICES, 1),
            new PageRef.Feed(NOTICES),
            new PageRef.Agency(AGENCY),
            new PageRef.Home(),
            new PageRef.SitemapChunk(0),
            new PageRef.SitemapIndex()),
        plan);
  }

  @Test
  void aGuideChangeTouchesTheGuideAgencyHomeAndSitemapIndex() {
    MemorySiteContent after = BEFORE.toBuilder().guide(TestSite.guide(2)).build();
    ChangeSet changes = new ChangeSet(Set.of(), Set.of(AGENCY), Set.of(), false);

    Set<PageRef> plan = planner.plan(changes, BEFORE, after);

    assertEquals(
        Set.of(
            new PageRef.Guide(AGENCY),
            new PageRef.Agency(AGENCY),
            new PageRef.Home(),
            new PageRef.SitemapIndex()),
        plan);
  }

  @Test
  void aCatalogueTreeChangeTouchesEveryListPageAndFeedOfTheAgency() {
    MemorySiteContent after =
        BEFORE.toBuilder().catalogue(TestSite.custom(16, "jgzn", "机构职能", 2)).build();
    ChangeSet changes = new ChangeSet(Set.of(), Set.of(), Set.of(AGENCY), false);

    Set<PageRef> plan = planner.plan(changes, BEFORE, after);

    assertEquals(
        Set.of(
            new PageRef.CatalogueList(GUIDE_COLUMN, 0),
            new PageRef.CatalogueList(RULES, 0),
            new PageRef.CatalogueList(STATUTORY, 0),
            new PageRef.CatalogueList(REPORTS, 0),
            new PageRef.CatalogueList(NOTICES, 0),
            new PageRef.CatalogueList(NOTICES, 1),
            new PageRef.CatalogueList(POLICIES, 0),
            new PageRef.CatalogueList(16, 0),
            new PageRef.Feed(GUIDE_COLUMN),
            new PageRef.Feed(RULES),
            new PageRef.Feed(STATUTORY),
            new PageRef.Feed(REPORTS),
            new PageRef.Feed(NOTICES),
            new PageRef.Feed(POLICIES),
            new PageRef.Feed(16),
            new PageRef.Guide(AGENCY),
            new PageRef.SiteMap(),
            new PageRef.Agency(AGENCY),
            new PageRef.Home(),
            new PageRef.SitemapIndex()),
        plan);
  }

  @Test
  void aNewItemInACatalogueOfFiveThousandTouchesAsFewPages() {
    MemorySiteContent large = TestSite.withNotices(5_000).build();
    MemorySiteContent after = large.toBuilder().item(TestSite.notice(5_001).build()).build();

    Set<PageRef> plan = planner.plan(ChangeSet.ofItems(Set.of(5_001L)), large, after);

    assertEquals(
        Set.of(
            new PageRef.Item(5_001),
            new PageRef.CatalogueList(NOTICES, 0),
            new PageRef.Feed(NOTICES),
            new PageRef.Agency(AGENCY),
            new PageRef.Home(),
            new PageRef.SitemapChunk(1),
            new PageRef.SitemapIndex()),
        plan);
  }

  @Test
  void anOverflowInACatalogueOfFiveThousandAddsOnlyTheNewArchiveAndItsNeighbours() {
    // 5,004 rows: the newest page holds 9; the next item moves 5 of them to archive 1,000.
    MemorySiteContent large = TestSite.withNotices(5_004).build();
    MemorySiteContent after = large.toBuilder().item(TestSite.notice(5_005).build()).build();

    Set<PageRef> plan = planner.plan(ChangeSet.ofItems(Set.of(5_005L)), large, after);

    assertEquals(
        Set.of(
            new PageRef.Item(5_005),
            new PageRef.CatalogueList(NOTICES, 0),
            new PageRef.CatalogueList(NOTICES, 998),
            new PageRef.CatalogueList(NOTICES, 999),
            new PageRef.CatalogueList(NOTICES, 1_000),
            new PageRef.Feed(NOTICES),
            new PageRef.Agency(AGENCY),
            new PageRef.Home(),
            new PageRef.SitemapChunk(1),
            new PageRef.SitemapIndex()),
        plan);
  }

  @Test
  void aFullChangeHasNoPlan() {
    assertThrows(
        IllegalArgumentException.class, () -> planner.plan(ChangeSet.full(), BEFORE, BEFORE));
  }
}
