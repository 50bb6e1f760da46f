package cn.gongkai.domain.rules;

import java.time.MonthDay;
import java.util.Objects;

/**
 * 年度报告公布时限: the day of the year by which last year's annual report must be public.
 *
 * @param departments for a government department (2019 第49条: 1月31日)
 * @param governments for a people's government (2019 第49条: 3月31日)
 */
public record AnnualReportDue(MonthDay departments, MonthDay governments) {

  public AnnualReportDue {
    Objects.requireNonNull(departments, "departments");
    Objects.requireNonNull(governments, "governments");
  }
}
