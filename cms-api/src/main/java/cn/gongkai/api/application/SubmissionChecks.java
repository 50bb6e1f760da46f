package cn.gongkai.api.application;

import cn.gongkai.accessibility.AccessibilityChecker;
import cn.gongkai.accessibility.Finding;
import cn.gongkai.domain.html.BodySanitiser;
import cn.gongkai.domain.model.InvalidInput;
import cn.gongkai.domain.model.InvalidInput.FieldError;
import cn.gongkai.domain.model.item.Attachment;
import cn.gongkai.domain.model.item.Disclosure;
import cn.gongkai.domain.model.item.DisclosureItem;
import cn.gongkai.domain.model.item.ItemContent;
import cn.gongkai.domain.model.item.ItemRepository;
import cn.gongkai.domain.screening.Screener;
import cn.gongkai.domain.screening.ScreeningFinding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * What must hold before an item goes to review, so problems reach the drafter at submit time and
 * not as a refused publication: secrecy markings and unmasked personal data anywhere in the item
 * (上网信息不涉密), and a body that blind and elderly readers can use. Every problem is reported at once,
 * each naming its field and where in it.
 */
@ApplicationScoped
public class SubmissionChecks {
  private final Screener screener = new Screener();
  private final AccessibilityChecker accessibility = AccessibilityChecker.withDefaultRules();

  @Inject ItemRepository items;

  public void require(DisclosureItem item) {
    ItemContent c = item.content();
    List<FieldError> errors = new ArrayList<>();
    if (c.disclosure() == Disclosure.PROACTIVE && c.body() == null) {
      errors.add(new FieldError("body", "A proactively disclosed item needs a body to publish."));
    }
    screen(errors, "title", c.title());
    screen(errors, "summary", c.summary());
    screen(errors, "documentNumber", c.documentNumber());
    screen(errors, "keywords", c.keywords());
    if (c.body() != null) {
      screen(errors, "body", BodySanitiser.plainText(c.body()));
      for (Finding f : accessibility.checkFragment(c.body(), "body")) {
        if (f.isError()) {
          errors.add(
              new FieldError(
                  "body",
                  f.message()
                      + " — "
                      + f.fix()
                      + " ("
                      + f.criterion()
                      + ", "
                      + f.selector()
                      + ")"));
        }
      }
    }
    for (Attachment a : items.attachments(item.id())) {
      screen(errors, "attachments[" + a.id() + "].fileName", a.fileName());
      screen(errors, "attachments[" + a.id() + "].text", a.text());
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
  }

  private void screen(List<FieldError> errors, String field, String text) {
    if (text == null || text.isBlank()) {
      return;
    }
    for (ScreeningFinding f : screener.screen(text, field)) {
      if (f.blocksPublication()) {
        errors.add(new FieldError(field, f.message() + "（" + f.maskedExcerpt() + "）"));
      }
    }
  }
}
