package vn.doisanh.warehouse.snapshot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One writer per data folder: two ETL runs publishing into the same folder would prune each other's snapshots.
 * An OS file lock, so it is released even when the process is killed.
 */
public final class PublishLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private PublishLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static PublishLock acquire(Path root) {
        try {
            Files.createDirectories(root);
            FileChannel channel = FileChannel.open(root.resolve(".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (java.nio.channels.OverlappingFileLockException e) {
                lock = null; // held by this very JVM: another run in the same process
            }
            if (lock == null) {
                channel.close();
                throw new IllegalStateException("another run is publishing to " + root + " (" + root.resolve(".lock")
                        + " is locked); wait for it to finish");
            }
            return new PublishLock(channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + root, e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release the publish lock", e);
        }
    }
}
