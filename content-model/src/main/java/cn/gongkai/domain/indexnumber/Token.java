package cn.gongkai.domain.indexnumber;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/** A placeholder of an index number pattern other than the sequence, and what fills it. */
enum Token {
  ORG("org", IndexNumberContext::orgCode),
  YEAR("yyyy", ctx -> String.format("%04d", ctx.assignedOn().getYear())),
  YEAR_MONTH(
      "yyyymm",
      ctx ->
          String.format("%04d%02d", ctx.assignedOn().getYear(), ctx.assignedOn().getMonthValue())),
  MONTH("mm", ctx -> String.format("%02d", ctx.assignedOn().getMonthValue())),
  DAY("dd", ctx -> String.format("%02d", ctx.assignedOn().getDayOfMonth())),
  CATALOGUE(
      "catalogue",
      ctx ->
          ctx.catalogue()
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "The index number pattern uses {catalogue}, but the item's catalogue"
                              + " has no code. Give the catalogue a code or change the pattern.")));

  private final String name;
  private final Function<IndexNumberContext, String> value;

  Token(String name, Function<IndexNumberContext, String> value) {
    this.name = name;
    this.value = value;
  }

  static Optional<Token> named(String name) {
    return Arrays.stream(values()).filter(token -> token.name.equals(name)).findFirst();
  }

  String fill(IndexNumberContext ctx) {
    return value.apply(ctx);
  }

  @Override
  public String toString() {
    return "{" + name + "}";
  }
}
