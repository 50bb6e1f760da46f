package cn.gongkai.publisher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.publisher.content.AttachmentEntry;
import cn.gongkai.publisher.fixtures.TestSite;
import cn.gongkai.publisher.release.Release;
import cn.gongkai.publisher.site.SitePaths;
import cn.gongkai.publisher.source.memory.ItemBuilder;
import cn.gongkai.publisher.source.memory.MemorySiteContent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publications on top of a live site: only the planned pages are written, the rest is shared. */
class IncrementalPublicationTest {
  private static final String WITHDRAWN_PAGE = "mengnuo/art/0/12.html";

  @TempDir Path temp;
  private final TestSite.Files files = new TestSite.Files();
  private AttachmentEntry ownFile;
  private AttachmentEntry sharedFile;
  private LiveSite site;

  @BeforeEach
  void buildTheSite() throws IOException {
    ownFile = files.add(1, "名单.pdf", "只属于第12项");
    sharedFile = files.add(2, "通用表格.pdf", "第13项和第14项共用");
    MemorySiteContent content =
        TestSite.withNotices(11)
            .item(TestSite.item(12, TestSite.RULES).attachment(ownFile).build())
            .item(TestSite.item(13, TestSite.POLICIES).attachment(sharedFile).build())
            .item(TestSite.item(14, TestSite.POLICIES).attachment(sharedFile).build())
            .build();
    site = LiveSite.built(temp.resolve("site"), files, content);
  }

  @Test
  void aNewItemWritesOnlyThePlannedPages() {
    MemorySiteContent after = site.content.toBuilder().item(TestSite.notice(15).build()).build();

    Publication p = site.publish(after, 15);

    assertTrue(p.succeeded(), p.failure());
    // Four HTML pages in four variants (item, newest list page, agency, home), the feed and the
    // sitemap chunk; sitemap.xml, the pages' sitemap and the assets come out as they were.
    Release release = p.release().orElseThrow();
    assertEquals(4 * 4 + 2, release.counts().written());
    assertEquals(4 * 4, p.htmlPages());
    assertEquals(0, release.counts().deleted());
    assertEquals(site.first.fileCount() + 4, release.fileCount());
  }

  @Test
  void aNewItemLeavesTheOtherPagesSharedWithThePreviousRelease() throws IOException {
    MemorySiteContent after = site.content.toBuilder().item(TestSite.notice(15).build()).build();

    Release release = site.publish(after, 15).release().orElseThrow();

    for (String untouched :
        new String[] {
          "mengnuo/art/0/1.html", "zh-hant/mengnuo/tzgg/index_1.html", "sitemap.html"
        }) {
      assertTrue(
          Files.isSameFile(
              site.inRelease(site.first, untouched), site.inRelease(release, untouched)),
          untouched);
    }
    assertTrue(Files.isRegularFile(site.served("elder/zh-hant/mengnuo/art/0/15.html")));
  }

  @Test
  void aNewItemWithAnAttachmentLinksToItsFileFromEveryVariant() throws IOException {
    AttachmentEntry file = files.add(3, "新附件.pdf", "第15项的附件");
    MemorySiteContent after =
        site.content.toBuilder().item(TestSite.notice(15).attachment(file).build()).build();

    Publication p = site.publish(after, 15);

    assertTrue(p.succeeded(), p.failure() + " " + p.report().summary());
    for (cn.gongkai.themes.Variant v : cn.gongkai.themes.Variant.values()) {
      String page = v.prefix() + "mengnuo/art/0/15.html";
      String href = org.jsoup.Jsoup.parse(site.read(page)).select("a[href$=.pdf]").attr("href");
      String target = java.net.URI.create("x:/" + page).resolve(href).getPath().substring(1);
      assertEquals(SitePaths.attachment(file), target, page);
    }
  }

  @Test
  void aWithdrawnItemsPageBecomesANoticeWithTheReason() throws IOException {
    Publication p = site.publish(withdrawn(12), 12);

    assertTrue(p.succeeded(), p.failure());
    String page = site.read(WITHDRAWN_PAGE);
    assertTrue(page.contains("本信息已撤销"), page);
    assertTrue(page.contains("发布时填错了联系人"), page);
    assertFalse(page.contains("第12项工作的正文"), "the body is no longer shown");
    assertFalse(page.contains("名单.pdf"), "nor the attachments");
    assertTrue(site.read("zh-hant/" + WITHDRAWN_PAGE).contains("本信息已撤銷"));
  }

  @Test
  void withdrawalRemovesAnAttachmentNoOtherItemShows() {
    assertTrue(Files.isRegularFile(site.served(SitePaths.attachment(ownFile))));

    site.publish(withdrawn(12), 12);

    assertFalse(Files.exists(site.served(SitePaths.attachment(ownFile))));
  }

  @Test
  void aRevisionThatDropsAnAttachmentTakesItsFileOffTheSite() {
    assertTrue(Files.isRegularFile(site.served(SitePaths.attachment(ownFile))));
    MemorySiteContent revised =
        site.content.toBuilder()
            .item(TestSite.item(12, TestSite.RULES).revision(2).withoutAttachments().build())
            .build();

    Publication p = site.publish(revised, 12);

    assertTrue(p.succeeded(), p.failure());
    assertFalse(Files.exists(site.served(SitePaths.attachment(ownFile))));
  }

  @Test
  void withdrawalKeepsAnAttachmentAnotherItemStillShows() {
    Publication p = site.publish(withdrawn(13), 13);

    assertTrue(p.succeeded(), p.failure());
    assertTrue(Files.isRegularFile(site.served(SitePaths.attachment(sharedFile))));
  }

  @Test
  void rollbackServesThePreviousContentAgain() throws IOException {
    String homeBefore = site.read("index.html");
    site.publish(site.content.toBuilder().item(TestSite.notice(15).build()).build(), 15);
    assertTrue(site.read("index.html").contains("关于第15项工作的通知"));

    Release back = site.store.rollback();

    assertEquals(site.first.id(), back.id());
    assertEquals(site.first.id(), site.live().id());
    assertEquals(homeBefore, site.read("index.html"));
    assertFalse(Files.exists(site.served("mengnuo/art/0/15.html")));
  }

  private MemorySiteContent withdrawn(long id) {
    return site.content.toBuilder()
        .item(
            ItemBuilder.from(site.content.item(id).orElseThrow())
                .withdrawn("发布时填错了联系人", TestSite.T0.plusDays(3))
                .build())
        .build();
  }
}
