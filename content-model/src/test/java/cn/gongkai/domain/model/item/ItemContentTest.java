package cn.gongkai.domain.model.item;

import static cn.gongkai.domain.model.item.ItemFixtures.TODAY;
import static cn.gongkai.domain.model.item.ItemFixtures.contentBuilder;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.gongkai.domain.model.InvalidInput;
import cn.gongkai.domain.model.InvalidInput.FieldError;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalogue record's field rules (条例 第12条) and the rules that span fields. */
class ItemContentTest {

  /** 200 Chinese characters: the longest title allowed. */
  private static final String LONGEST_TITLE = "关于印发春耕备耕工作方案的通知".repeat(13) + "（附件五）";

  private static List<String> fieldsRejected(ItemContent.Builder builder) {
    InvalidInput error = assertThrows(InvalidInput.class, () -> builder.build(TODAY));
    return error.errors().stream().map(FieldError::field).toList();
  }

  @Test
  void buildsContentWithEveryField() {
    ItemContent content =
        contentBuilder()
            .keywords("春耕 农资")
            .validity(Validity.AMENDED)
            .source("某县人民政府网", "https://www.example.gov.cn/art/2025/3/1.html")
            .build(TODAY);
    assertAll(
        () -> assertEquals(ItemFixtures.TITLE, content.title()),
        () -> assertEquals(ItemFixtures.DOCUMENT_NUMBER, content.documentNumber()),
        () -> assertEquals(LocalDate.parse("2025-02-28"), content.writtenOn()),
        () -> assertEquals(Disclosure.PROACTIVE, content.disclosure()),
        () -> assertEquals("春耕 农资", content.keywords()),
        () -> assertEquals(Validity.AMENDED, content.validity()),
        () -> assertEquals("某县人民政府网", content.sourceName()),
        () -> assertEquals("https://www.example.gov.cn/art/2025/3/1.html", content.sourceUrl()));
  }

  @Test
  void isEffectiveUnlessToldOtherwise() {
    assertEquals(Validity.EFFECTIVE, contentBuilder().build(TODAY).validity());
  }

  @Test
  void requiresATitle() {
    assertEquals(List.of("title"), fieldsRejected(contentBuilder().title(null)));
  }

  @Test
  void treatsABlankTitleAsMissing() {
    assertEquals(List.of("title"), fieldsRejected(contentBuilder().title(" \u3000\t")));
  }

  @Test
  void acceptsATitleOfTwoHundredChineseCharacters() {
    assertEquals(200, LONGEST_TITLE.length());
    assertEquals(LONGEST_TITLE, contentBuilder().title(LONGEST_TITLE).build(TODAY).title());
  }

  @Test
  void rejectsATitleOfTwoHundredAndOneCharacters() {
    assertEquals(List.of("title"), fieldsRejected(contentBuilder().title(LONGEST_TITLE + "号")));
  }

  @Test
  void countsTheTitleInCharactersNotUtf16Units() {
    // 𠀀 (U+20000, CJK Extension B, used in place names) is two UTF-16 units.
    String title = "\uD840\uDC00".repeat(200);
    assertEquals(title, contentBuilder().title(title).build(TODAY).title());
  }

  @Test
  void acceptsASummaryOfOneHundredCharacters() {
    String summary = "部".repeat(100);
    assertEquals(summary, contentBuilder().summary(summary).build(TODAY).summary());
  }

  @Test
  void rejectsASummaryOverOneHundredCharacters() {
    assertEquals(List.of("summary"), fieldsRejected(contentBuilder().summary("部".repeat(101))));
  }

  @Test
  void requiresTheDisclosureAttribute() {
    assertEquals(List.of("disclosure"), fieldsRejected(contentBuilder().disclosure(null)));
  }

  @Test
  void requiresTheGroundOfAWithheldItem() {
    assertEquals(
        List.of("withholdGround"),
        fieldsRejected(contentBuilder().disclosure(Disclosure.WITHHELD)));
  }

  @Test
  void acceptsAWithheldItemWithItsGround() {
    ItemContent content =
        contentBuilder()
            .disclosure(Disclosure.WITHHELD)
            .withholdGround(WithholdGround.PROCESS_INFORMATION)
            .build(TODAY);
    assertEquals(WithholdGround.PROCESS_INFORMATION, content.withholdGround());
  }

  @Test
  void rejectsAGroundOnAnItemThatIsDisclosed() {
    assertEquals(
        List.of("withholdGround"),
        fieldsRejected(contentBuilder().withholdGround(WithholdGround.THIRD_PARTY_RIGHTS)));
  }

  @Test
  void rejectsAGroundOnAnItemGivenOnApplication() {
    assertEquals(
        List.of("withholdGround"),
        fieldsRejected(
            contentBuilder()
                .disclosure(Disclosure.ON_APPLICATION)
                .withholdGround(WithholdGround.STATE_SECRET)));
  }

  @Test
  void rejectsADateWrittenInTheFuture() {
    assertEquals(
        List.of("writtenOn"), fieldsRejected(contentBuilder().writtenOn(TODAY.plusDays(1))));
  }

  @Test
  void acceptsADateWrittenToday() {
    assertEquals(TODAY, contentBuilder().writtenOn(TODAY).build(TODAY).writtenOn());
  }

  @Test
  void acceptsAnHttpSourceLink() {
    ItemContent content = contentBuilder().source("某局", "http://www.example.gov.cn/a").build(TODAY);
    assertEquals("http://www.example.gov.cn/a", content.sourceUrl());
  }

  @Test
  void rejectsASourceLinkThatIsNotHttp() {
    assertEquals(
        List.of("sourceUrl"), fieldsRejected(contentBuilder().source("某局", "javascript:alert(1)")));
  }

  @Test
  void rejectsASourceLinkWithASpace() {
    assertEquals(
        List.of("sourceUrl"),
        fieldsRejected(contentBuilder().source("某局", "https://www.example.gov.cn/a b")));
  }

  @Test
  void reportsEveryBrokenRuleAtOnce() {
    ItemContent.Builder builder =
        contentBuilder()
            .title(" ")
            .summary("部".repeat(101))
            .disclosure(Disclosure.WITHHELD)
            .writtenOn(TODAY.plusDays(1))
            .source("某局", "ftp://example.gov.cn/a");
    assertEquals(
        List.of("title", "summary", "withholdGround", "writtenOn", "sourceUrl"),
        fieldsRejected(builder));
  }

  @Test
  void reportsEachBrokenRuleWithAMessage() {
    InvalidInput error =
        assertThrows(
            InvalidInput.class, () -> contentBuilder().title(null).disclosure(null).build(TODAY));
    assertAll(
        () -> assertEquals("2 fields are invalid.", error.getMessage()),
        () -> assertEquals("A title (名称) is required.", error.errors().get(0).message()));
  }

  @Test
  void turnsBlankOptionalFieldsIntoNull() {
    ItemContent content =
        contentBuilder()
            .summary(" ")
            .documentNumber("")
            .keywords("\t")
            .source(" ", " ")
            .build(TODAY);
    assertAll(
        () -> assertNull(content.summary()),
        () -> assertNull(content.documentNumber()),
        () -> assertNull(content.keywords()),
        () -> assertNull(content.sourceName()),
        () -> assertNull(content.sourceUrl()));
  }

  @Test
  void stripsSurroundingSpaceFromTheTitle() {
    assertEquals("通知", contentBuilder().title("\u3000 通知 ").build(TODAY).title());
  }

  @Test
  void copiesEveryField() {
    ItemContent original =
        contentBuilder()
            .disclosure(Disclosure.WITHHELD)
            .withholdGround(WithholdGround.INTERNAL_AFFAIRS)
            .keywords("人事")
            .validity(Validity.REPEALED)
            .source("某局", "https://example.gov.cn/")
            .build(TODAY);
    ItemContent copy = original.copy();
    assertAll(
        () -> assertNotSame(original, copy),
        () -> assertEquals(original.title(), copy.title()),
        () -> assertEquals(original.summary(), copy.summary()),
        () -> assertEquals(original.body(), copy.body()),
        () -> assertEquals(original.documentNumber(), copy.documentNumber()),
        () -> assertEquals(original.writtenOn(), copy.writtenOn()),
        () -> assertEquals(original.withholdGround(), copy.withholdGround()),
        () -> assertEquals(original.keywords(), copy.keywords()),
        () -> assertEquals(original.validity(), copy.validity()),
        () -> assertEquals(original.sourceUrl(), copy.sourceUrl()));
  }
}
