package cn.gongkai.publisher.deploy;

/**
 * Where a symbolic link on a target points, in both forms a target may write: relative to the
 * link's final directory (portable, survives moving the tree) and relative to the target's base
 * directory (for servers that accept only absolute links, see {@link LinkStyle}).
 */
record LinkTarget(String relative, String fromBase) {}
