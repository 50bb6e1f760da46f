package cn.gongkai.api.application;

/** Fired inside the transaction that changed an item; observers act after it commits. */
public record ItemChanged(long itemId) {}
