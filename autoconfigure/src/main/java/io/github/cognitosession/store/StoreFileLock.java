/*
 * Copyright 2026 the original authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.cognitosession.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The lock that processes sharing one encrypted store take: an OS file lock
 * ({@link FileChannel#lock()}) on {@code <store file>.lock} beside the store. The OS
 * releases it when its process ends, however it ends, so a process killed while holding
 * it never blocks the others.
 * <p>
 * Two ways to hold it:
 * <ul>
 * <li>{@link #exclusive}: one thread of this JVM and no other process at a time; taken
 * around a token refresh ("re-read, refresh if still needed, write").</li>
 * <li>{@link #held}: this process holds the OS lock, but the threads of this process do
 * not exclude each other; taken around each write of the store and around the device
 * secrets' read-modify-write. Within a process, writes of one session are already ordered
 * by the session's own lock, so a write made while a refresh of this process holds the
 * lock goes ahead instead of waiting for it: waiting could deadlock with the refresh,
 * which needs the session's lock to publish its result.</li>
 * </ul>
 * An OS file lock belongs to the whole JVM ({@link OverlappingFileLockException} when two
 * channels of one JVM lock one file), so there is one instance per lock file in a JVM,
 * shared by every store on that file.
 *
 * @author Cognito Session contributors
 */
final class StoreFileLock {

	private static final ConcurrentMap<Path, StoreFileLock> locks = new ConcurrentHashMap<>();

	private final Path lockFile;

	private final ReentrantLock exclusive = new ReentrantLock();

	private final Object monitor = new Object();

	/** How many sections of this JVM hold the OS lock now; guarded by the monitor. */
	private int holders;

	private FileChannel channel;

	private FileLock fileLock;

	private StoreFileLock(Path lockFile) {
		this.lockFile = lockFile;
	}

	/**
	 * The lock of a store file, shared by every store of this JVM on that file.
	 * @param storeFile the store file
	 * @return its lock
	 */
	static StoreFileLock of(Path storeFile) {
		Path absolute = storeFile.toAbsolutePath().normalize();
		Path lockFile = absolute.resolveSibling(absolute.getFileName() + ".lock");
		return locks.computeIfAbsent(lockFile, StoreFileLock::new);
	}

	Path getLockFile() {
		return this.lockFile;
	}

	/**
	 * Run work while no other process holds the lock and no other thread of this JVM runs
	 * exclusive work.
	 * @param <T> the result type
	 * @param work the work
	 * @return its result
	 * @throws SessionStoreException if the lock file cannot be locked
	 */
	<T> T exclusive(Supplier<T> work) {
		this.exclusive.lock();
		try {
			return held(work);
		}
		finally {
			this.exclusive.unlock();
		}
	}

	/**
	 * Run work while this process holds the OS lock (other processes wait); other threads
	 * of this JVM are not excluded.
	 * @param <T> the result type
	 * @param work the work
	 * @return its result
	 * @throws SessionStoreException if the lock file cannot be locked
	 */
	<T> T held(Supplier<T> work) {
		acquire();
		try {
			return work.get();
		}
		finally {
			release();
		}
	}

	void held(Runnable work) {
		held(() -> {
			work.run();
			return null;
		});
	}

	/**
	 * Whether this JVM holds the OS lock now (for tests).
	 */
	boolean isHeld() {
		synchronized (this.monitor) {
			return this.holders > 0;
		}
	}

	private void acquire() {
		synchronized (this.monitor) {
			if (this.holders == 0) {
				lockFile();
			}
			this.holders++;
		}
	}

	private void release() {
		synchronized (this.monitor) {
			this.holders--;
			if (this.holders == 0) {
				unlockFile();
			}
		}
	}

	/** Called with the monitor held; blocks while another process holds the lock. */
	private void lockFile() {
		FileChannel opened = null;
		try {
			OwnerOnlyFiles.createDirectories(this.lockFile.getParent());
			opened = open();
			this.fileLock = opened.lock();
			this.channel = opened;
		}
		catch (IOException | OverlappingFileLockException ex) {
			closeQuietly(opened);
			throw new SessionStoreException("Cannot lock '" + this.lockFile + "', which processes sharing the session "
					+ "store lock before they change it (" + ex.getClass().getSimpleName()
					+ ((ex.getMessage() != null) ? ": " + ex.getMessage() : "") + ")", ex);
		}
	}

	private FileChannel open() throws IOException {
		Set<OpenOption> options = Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE);
		if (OwnerOnlyFiles.isPosix(this.lockFile.getParent())) {
			return FileChannel.open(this.lockFile, options, OwnerOnlyFiles.ownerReadWrite());
		}
		return FileChannel.open(this.lockFile, options);
	}

	private void unlockFile() {
		try {
			if (this.fileLock != null && this.fileLock.isValid()) {
				this.fileLock.release();
			}
		}
		catch (IOException ex) {
			// closing the channel below releases it too
		}
		finally {
			closeQuietly(this.channel);
			this.fileLock = null;
			this.channel = null;
		}
	}

	private static void closeQuietly(FileChannel channel) {
		if (channel != null) {
			try {
				channel.close();
			}
			catch (IOException ex) {
				// nothing left to release
			}
		}
	}

	@Override
	public String toString() {
		return "StoreFileLock[" + this.lockFile + "]";
	}

}
