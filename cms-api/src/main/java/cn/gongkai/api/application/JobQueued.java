package cn.gongkai.api.application;

/** Fired inside a transaction that wrote a publish job; the job runner starts once it commits. */
public record JobQueued() {}
