package cn.gongkai.api.interfaces.rest;

import java.util.List;

/** Every list answers {@code {"items": [...], "total": n}}. */
public record ListView<T>(List<T> items, long total) {}
