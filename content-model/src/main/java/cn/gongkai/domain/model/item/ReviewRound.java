package cn.gongkai.domain.model.item;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.List;

/**
 * One pass of an item through its review levels: which level it awaits, how many there are, and who
 * took part — the submitter and each signer — so that no one signs an item they submitted nor two
 * levels of it.
 */
@Embeddable
public class ReviewRound {
  /** The level whose signature the item awaits; 0 outside review. */
  @Column(name = "review_level", nullable = false)
  private int level;

  @Column(name = "required_levels", nullable = false)
  private int requiredLevels;

  /** Usernames, newline-separated (a character no username contains). */
  @Column(name = "round_signers", nullable = false, length = 1000)
  private String participants = "";

  protected ReviewRound() {}

  static ReviewRound none() {
    return new ReviewRound();
  }

  void start(int levels, String submitter) {
    level = 1;
    requiredLevels = levels;
    participants = submitter;
  }

  boolean tookPart(String username) {
    return participants().contains(username);
  }

  /** Records the signature at the current level; true if it was the last level. */
  boolean sign(String username) {
    participants = participants + "\n" + username;
    if (level < requiredLevels) {
      level++;
      return false;
    }
    level = 0;
    return true;
  }

  void end() {
    level = 0;
    participants = "";
  }

  public int level() {
    return level;
  }

  public int requiredLevels() {
    return requiredLevels;
  }

  List<String> participants() {
    return participants.isEmpty() ? List.of() : Arrays.asList(participants.split("\n"));
  }
}
