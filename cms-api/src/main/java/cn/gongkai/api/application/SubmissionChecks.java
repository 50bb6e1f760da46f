package cn.gongkai.api.application;

import cn.gongkai.domain.model.InvalidInput;
import cn.gongkai.domain.model.InvalidInput.FieldError;
import cn.gongkai.domain.model.item.DisclosureItem;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * What must hold before an item goes to review, so problems reach the drafter at submit time and
 * not as a failed publication: checks report every problem at once, each naming its field.
 */
@ApplicationScoped
public class SubmissionChecks {
  public void require(DisclosureItem item) {
    List<FieldError> errors = new ArrayList<>();
    if (item.content().body() == null) {
      errors.add(new FieldError("body", "The item has no body text to publish."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
  }
}
