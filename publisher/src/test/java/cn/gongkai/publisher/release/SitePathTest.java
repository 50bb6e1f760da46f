package cn.gongkai.publisher.release;

import static cn.gongkai.publisher.release.Sites.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SitePathTest {

  @TempDir Path site;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "../escape.html",
        "items/../../escape.html",
        "/etc/passwd",
        "items//a.html",
        "items/",
        "./a.html",
        "items\\..\\a.html",
        "a\u0000.html",
        "a\nb.html",
        ""
      })
  void rejectsPathsThatCouldEscapeOrAreMalformed(String path) {
    assertThrows(IllegalArgumentException.class, () -> SitePath.of(path));
  }

  @Test
  void splitsAValidPathIntoDirectoryAndName() {
    SitePath path = SitePath.of("elder/zh-hant/items/2024/政务公开.html");

    assertEquals("elder/zh-hant/items/2024", path.directory());
    assertEquals("政务公开.html", path.name());
  }

  @Test
  void aBuilderRefusesTraversalAndWritesNothingOutsideTheStore() throws IOException {
    ReleaseStore store = ReleaseStore.open(site.resolve("site"));

    try (ReleaseBuilder builder = store.begin()) {
      assertThrows(IllegalArgumentException.class, () -> builder.put("../../evil.html", utf8("x")));
      assertThrows(IllegalArgumentException.class, () -> builder.delete("../site"));
    }

    assertFalse(Files.exists(site.resolve("evil.html")));
  }
}
