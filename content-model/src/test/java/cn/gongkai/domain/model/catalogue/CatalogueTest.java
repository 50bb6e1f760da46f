package cn.gongkai.domain.model.catalogue;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The four standard columns a new agency gets (国办公开办函〔2019〕61号). */
class CatalogueTest {

  private static final long AGENCY = 7;

  @Test
  void statutoryContentIsATopLevelNoticeColumn() {
    Catalogue statutory = Catalogue.standard(AGENCY, CatalogueKind.STATUTORY);
    assertAll(
        () -> assertEquals(AGENCY, statutory.agencyId()),
        () -> assertNull(statutory.parentId()),
        () -> assertEquals("fdzdgknr", statutory.code()),
        () -> assertEquals("法定主动公开内容", statutory.name()),
        () -> assertEquals(CatalogueKind.STATUTORY, statutory.kind()),
        () -> assertEquals(ColumnType.NOTICE, statutory.columnType()));
  }

  @Test
  void guideRulesAndAnnualReportAreReferenceColumns() {
    assertAll(
        () ->
            assertEquals(
                ColumnType.REFERENCE, Catalogue.standard(AGENCY, CatalogueKind.GUIDE).columnType()),
        () ->
            assertEquals(
                ColumnType.REFERENCE, Catalogue.standard(AGENCY, CatalogueKind.RULES).columnType()),
        () ->
            assertEquals(
                ColumnType.REFERENCE,
                Catalogue.standard(AGENCY, CatalogueKind.ANNUAL_REPORT).columnType()));
  }

  @Test
  void standardColumnsComeInTheirNationalOrder() {
    List<String> names =
        Arrays.stream(CatalogueKind.values())
            .filter(CatalogueKind::standard)
            .map(kind -> Catalogue.standard(AGENCY, kind))
            .sorted((a, b) -> Integer.compare(a.position(), b.position()))
            .map(Catalogue::name)
            .toList();
    assertEquals(List.of("政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报"), names);
  }

  @Test
  void standardCodesAreValidCatalogueCodes() {
    assertEquals(
        List.of(true, true, true, true),
        Arrays.stream(CatalogueKind.values())
            .filter(CatalogueKind::standard)
            .map(kind -> Catalogue.CODE.matcher(Catalogue.standard(AGENCY, kind).code()).matches())
            .toList());
  }
}
