package cn.gongkai.domain.rules;

/**
 * 依申请公开时限: the working-day limits for handling a disclosure application.
 *
 * @param answerDays to answer, counted from receipt (2019 第33条: 20)
 * @param extensionDays the most the answer may be extended with the office head's approval
 * @param correctionDays to ask the applicant, once, to clarify (补正, 2019 第30条: 7)
 * @param thirdPartyDays for a third party to give its opinion, not counted in the answer clock
 *     (2019 第32条: 15)
 */
public record ApplicationDeadlines(
    int answerDays, int extensionDays, int correctionDays, int thirdPartyDays) {

  public ApplicationDeadlines {
    RuleChecks.positive("answerDays", answerDays);
    RuleChecks.positive("extensionDays", extensionDays);
    RuleChecks.positive("correctionDays", correctionDays);
    RuleChecks.positive("thirdPartyDays", thirdPartyDays);
  }
}
