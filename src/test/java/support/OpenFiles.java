package support;

import java.lang.management.ManagementFactory;

/** Counts this JVM's open file descriptors (sockets and selectors included), so that a spec can find a leak. */
public final class OpenFiles {
    private OpenFiles() {
    }

    /** Open file descriptors of this JVM, or -1 where the OS does not say (a difference of two -1s is 0). */
    public static long count() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.UnixOperatingSystemMXBean unix) {
            return unix.getOpenFileDescriptorCount();
        }
        return -1;
    }
}
