package cn.gongkai.domain.model;

import java.util.List;

/** Input breaks a domain rule that names a field, such as a withheld item without its ground. */
public class InvalidInput extends DomainException {
  /** One broken rule: the JSON field it concerns and a sentence a person can act on. */
  public record FieldError(String field, String message) {}

  private final List<FieldError> errors;

  public InvalidInput(List<FieldError> errors) {
    super(errors.size() == 1 ? errors.get(0).message() : errors.size() + " fields are invalid.");
    this.errors = List.copyOf(errors);
  }

  public InvalidInput(String field, String message) {
    this(List.of(new FieldError(field, message)));
  }

  public List<FieldError> errors() {
    return errors;
  }
}
