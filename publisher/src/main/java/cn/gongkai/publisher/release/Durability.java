package cn.gongkai.publisher.release;

/**
 * How much a build survives. Both keep the old release live through a crash of this process at any
 * point, since every pointer changes by rename(2); they differ on an operating-system crash or
 * power loss.
 */
public enum Durability {
  /**
   * At commit, fsync every new file, listing and segment folder before it is renamed into place (in
   * parallel: the file system commits concurrent syncs together), then each pointer. Right for
   * incremental publications.
   */
  POWER_LOSS,
  /**
   * fsync only the directories holding the pointers. For a full build of ~450,000 files, where
   * syncing each file would dominate; after a power loss a segment of this build may hold empty
   * files, so follow a full build by a sync of the file system (or accept rebuilding).
   */
  PROCESS_CRASH
}
