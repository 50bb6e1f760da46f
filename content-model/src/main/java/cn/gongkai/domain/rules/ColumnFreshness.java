package cn.gongkai.domain.rules;

import java.time.Period;

/**
 * 栏目更新时限: how long a dynamic column may go without a new item before national website checks count
 * it as not updated.
 *
 * @param news 动态、要闻 columns
 * @param noticesAndPolicy 通知公告、政策文件 columns
 */
public record ColumnFreshness(Period news, Period noticesAndPolicy) {

  public ColumnFreshness {
    RuleChecks.positive("news", news);
    RuleChecks.positive("noticesAndPolicy", noticesAndPolicy);
  }
}
