package cn.gongkai.themes.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A published disclosure item as its page shows it.
 *
 * @param indexNumber 索引号
 * @param publisher 发布机构
 * @param catalogue 公开目录: the catalogue's name and link
 * @param publishedOn 发布日期, assigned by the system
 * @param documentNumber 文号, or null
 * @param writtenOn 成文日期, or null
 * @param validity 有效性
 * @param contentSource 来源, for the ContentSource meta tag (usually the publisher)
 * @param body the sanitised body
 * @param newerVersion the version that replaces a {@link Validity#REVISED} item, or null
 * @param withdrawal set when the item was withdrawn (已撤销): body and attachments are not shown
 * @param reprint set when the item is a reprint (转载)
 */
public record ItemDetail(
    String title,
    String indexNumber,
    String publisher,
    Link catalogue,
    LocalDate publishedOn,
    String documentNumber,
    LocalDate writtenOn,
    Validity validity,
    String contentSource,
    SafeHtml body,
    List<Attachment> attachments,
    Link newerVersion,
    Withdrawal withdrawal,
    Reprint reprint) {

  public ItemDetail {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(indexNumber, "indexNumber");
    Objects.requireNonNull(publisher, "publisher");
    Objects.requireNonNull(catalogue, "catalogue");
    Objects.requireNonNull(publishedOn, "publishedOn");
    Objects.requireNonNull(validity, "validity");
    contentSource = contentSource == null ? publisher : contentSource;
    Objects.requireNonNull(body, "body");
    attachments = List.copyOf(attachments);
  }

  public boolean withdrawn() {
    return withdrawal != null;
  }
}
