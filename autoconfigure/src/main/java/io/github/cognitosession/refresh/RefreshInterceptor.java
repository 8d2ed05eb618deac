package io.github.cognitosession.refresh;

/** TEMPORARY STUB until the refresh-engine branch lands. */
@FunctionalInterface
public interface RefreshInterceptor<V> {

	V intercept(String key, V base, RefreshCall<V> next);

}
