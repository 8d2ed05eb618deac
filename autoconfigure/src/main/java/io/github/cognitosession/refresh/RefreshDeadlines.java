package io.github.cognitosession.refresh;

import java.time.Instant;

/** TEMPORARY STUB until the refresh-engine branch lands. */
public record RefreshDeadlines(Instant prefetchAt, Instant staleAt, Instant expiresAt) {
}
