package cn.gongkai.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.MonthDay;
import java.time.Period;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleSetsTest {

  private final RuleSets bundled = RuleSets.bundled();

  private static Path extraDirectory() throws URISyntaxException {
    return Path.of(RuleSetsTest.class.getResource("extra").toURI());
  }

  private static String bodyRuleSet(String id, int version) throws IOException, URISyntaxException {
    return Files.readString(extraDirectory().resolve("puyang-minzheng-2019.properties"))
        .replace("id=puyang-minzheng-2019", "id=" + id)
        .replace("version=1", "version=" + version);
  }

  @Test
  void defaultsToTheNational2019RuleSet() {
    assertEquals("national-2019", bundled.defaultRuleSet().id());
  }

  @Test
  void gives2019ApplicationsTwentyWorkingDaysPlusTwenty() {
    ApplicationDeadlines deadlines = bundled.get("national-2019").applications();
    assertEquals(new ApplicationDeadlines(20, 20, 7, 15), deadlines);
  }

  @Test
  void gives2008ApplicationsFifteenWorkingDaysPlusFifteen() {
    ApplicationDeadlines deadlines = bundled.get("national-2008").applications();
    assertEquals(15, deadlines.answerDays());
    assertEquals(15, deadlines.extensionDays());
  }

  @Test
  void gives2019ProactiveItemsTwentyWorkingDays() {
    assertEquals(20, bundled.defaultRuleSet().proactiveDisclosureDays());
  }

  @Test
  void expects2019DepartmentReportsByTheEndOfJanuary() {
    AnnualReportDue due = bundled.defaultRuleSet().annualReport();
    assertEquals(MonthDay.of(1, 31), due.departments());
    assertEquals(MonthDay.of(3, 31), due.governments());
  }

  @Test
  void expects2008ReportsOfAllBodiesByTheEndOfMarch() {
    assertEquals(MonthDay.of(3, 31), bundled.get("national-2008").annualReport().departments());
  }

  @Test
  void usesThreeReviewLevelsNationally() {
    assertEquals(3, bundled.defaultRuleSet().reviewLevels());
  }

  @Test
  void keepsNewsColumnsFreshForTwoWeeksAndNoticesForSixMonths() {
    ColumnFreshness freshness = bundled.defaultRuleSet().freshness();
    assertEquals(new ColumnFreshness(Period.ofDays(14), Period.ofMonths(6)), freshness);
  }

  @Test
  void setsNoNationalQuota() {
    assertEquals(OptionalInt.empty(), bundled.defaultRuleSet().monthlyGoodItemQuota());
  }

  @Test
  void loadsABodysOwnRuleSetFromADirectory() throws Exception {
    RuleSet own = bundled.withDirectory(extraDirectory()).get("puyang-minzheng-2019");
    assertEquals(10, own.proactiveDisclosureDays());
    assertEquals(OptionalInt.of(2), own.monthlyGoodItemQuota());
  }

  @Test
  void keepsTheBundledRuleSetsBesideADirectorysOwn() throws Exception {
    assertEquals(3, bundled.withDirectory(extraDirectory()).all().size());
  }

  @Test
  void rejectsAFileNamedAfterAnotherRuleSet(@TempDir Path directory) throws Exception {
    Files.writeString(directory.resolve("other.properties"), bodyRuleSet("body-a", 1));
    InvalidRuleSetException error =
        assertThrows(InvalidRuleSetException.class, () -> bundled.withDirectory(directory));
    assertTrue(error.getMessage().contains("name the file body-a.properties"), error.getMessage());
  }

  @Test
  void rejectsACopyThatDoesNotSupersedeTheBundledVersion(@TempDir Path directory) throws Exception {
    Files.writeString(
        directory.resolve("national-2019.properties"), bodyRuleSet("national-2019", 1));
    InvalidRuleSetException error =
        assertThrows(InvalidRuleSetException.class, () -> bundled.withDirectory(directory));
    assertTrue(error.getMessage().contains("does not supersede"), error.getMessage());
  }

  @Test
  void replacesABundledRuleSetWithAHigherVersion(@TempDir Path directory) throws Exception {
    Files.writeString(
        directory.resolve("national-2019.properties"), bodyRuleSet("national-2019", 2));
    assertEquals(2, bundled.withDirectory(directory).defaultRuleSet().version());
  }

  @Test
  void namesTheRuleSetsThereAreForAnUnknownId() {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> bundled.get("national-2030"));
    assertTrue(error.getMessage().contains("national-2008"), error.getMessage());
  }
}
