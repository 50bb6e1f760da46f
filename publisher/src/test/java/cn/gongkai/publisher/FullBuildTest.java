package cn.gongkai.publisher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.publisher.content.AttachmentEntry;
import cn.gongkai.publisher.fixtures.TestSite;
import cn.gongkai.publisher.render.AttachmentStore;
import cn.gongkai.publisher.site.SitePaths;
import cn.gongkai.publisher.source.memory.MemorySiteContentBuilder;
import java.io.FilterInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Full builds on both cores, and full builds on top of a live release. */
class FullBuildTest {
  /** Items without attachments ahead of those with them. */
  private static final int PLAIN = 8;

  @TempDir Path temp;
  private final TestSite.Files files = new TestSite.Files();

  @Test
  void aFileSharedByManyItemsIsWrittenOnceAcrossThreads() throws IOException {
    AttachmentEntry form = files.add(1, "申请表.docx", "每项通知都附的申请表");
    // The first items go without it: a full build checks only its first pages of each kind in
    // full, and the theme links attachments wrongly outside 简体 (see IncrementalPublicationTest).
    MemorySiteContentBuilder content = TestSite.withNotices(PLAIN);
    for (long id = PLAIN + 1; id <= PLAIN + 40; id++) {
      content.item(TestSite.notice(id).attachment(TestSite.sameFile(form, id)).build());
    }

    LiveSite site = LiveSite.built(temp.resolve("site"), slowly(files), content.build());

    assertTrue(Files.isRegularFile(site.served(SitePaths.attachment(form))));
  }

  /** Reads take long enough for the other thread to reach the same file meanwhile. */
  private static AttachmentStore slowly(AttachmentStore store) {
    return sha256 ->
        store
            .open(sha256)
            .map(
                in ->
                    new FilterInputStream(in) {
                      @Override
                      public int read(byte[] b, int off, int len) throws IOException {
                        try {
                          Thread.sleep(50);
                        } catch (InterruptedException e) {
                          Thread.currentThread().interrupt();
                        }
                        return super.read(b, off, len);
                      }
                    });
  }

  @Test
  void aFullBuildKeepsTheAttachmentsTheLiveReleaseAlreadyHas() throws IOException {
    AttachmentEntry list = files.add(1, "名单.pdf", "名单");
    LiveSite site =
        LiveSite.built(
            temp.resolve("site"),
            files,
            TestSite.withNotices(PLAIN)
                .item(TestSite.notice(PLAIN + 1).attachment(list).build())
                .build());

    Publication rebuilt = site.publisher.rebuild(site.content, "rebuild", 2);

    assertTrue(rebuilt.succeeded(), rebuilt.failure());
    assertTrue(Files.isRegularFile(site.served(SitePaths.attachment(list))));
    assertEquals(0, rebuilt.release().orElseThrow().counts().deleted());
  }
}
