package io.github.cognitosession.refresh;

/** TEMPORARY STUB until the refresh-engine branch lands. */
@FunctionalInterface
public interface RefreshCall<V> {

	V refresh(V base);

}
