package cn.gongkai.domain.rules;

/** A rule set file that cannot be used; the message names the file, the key and the problem. */
public class InvalidRuleSetException extends IllegalArgumentException {

  InvalidRuleSetException(String message) {
    super(message);
  }

  InvalidRuleSetException(String message, Throwable cause) {
    super(message, cause);
  }
}
