package io.github.cognitosession.refresh;

/** TEMPORARY STUB until the refresh-engine branch lands. */
public interface RefreshSource<V> {

	V current();

	V refresh(V base);

	RefreshDeadlines deadlines(V value);

	default boolean backsOff(RuntimeException failure) {
		return true;
	}

}
