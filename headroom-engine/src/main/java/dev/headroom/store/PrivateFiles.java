package dev.headroom.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Creates the directories and files that hold originals readable by their owner only (directories
 * 0700, files 0600) where the file system is POSIX; elsewhere with the platform's defaults.
 * Existing directories and files are left as they are.
 */
public final class PrivateFiles {

    private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {}

    /** Creates {@code dir} and any missing parents, each new one 0700. */
    public static void createDirectories(Path dir) throws IOException {
        Path absolute = dir.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            return;
        }
        Path parent = absolute.getParent();
        if (parent != null) {
            createDirectories(parent);
        }
        try {
            if (posix(parent)) {
                Files.createDirectory(absolute, PosixFilePermissions.asFileAttribute(DIRECTORY));
            } else {
                Files.createDirectory(absolute);
            }
        } catch (FileAlreadyExistsException raced) {
            if (!Files.isDirectory(absolute)) {
                throw raced;
            }
        }
    }

    /** Creates {@code file} empty with mode 0600 unless it exists; its directory must exist. */
    public static void createFileIfAbsent(Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        if (Files.exists(absolute)) {
            return;
        }
        try {
            if (posix(absolute.getParent())) {
                FileAttribute<Set<PosixFilePermission>> mode = PosixFilePermissions.asFileAttribute(FILE);
                Files.createFile(absolute, mode);
            } else {
                Files.createFile(absolute);
            }
        } catch (FileAlreadyExistsException raced) {
            // another process created it first; its mode is its own
        }
    }

    private static boolean posix(Path dir) {
        return dir != null && Files.exists(dir) && dir.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
