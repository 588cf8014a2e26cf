package generators;

import java.io.InputStream;

/** A test input of known size that meters its reader: the bytes consumed so far and the largest read(n) asked for. */
abstract class MeteredStream extends InputStream {
    private final long size;
    long consumed;
    int largestRequest;

    MeteredStream(long size) {
        this.size = size;
    }

    /** Fills {@code b[off..off+n)} with the input's bytes from {@code position} on; the range is within the size. */
    abstract void copy(long position, byte[] b, int off, int n);

    @Override
    public final int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public final int read(byte[] b, int off, int len) {
        largestRequest = Math.max(largestRequest, len);
        if (consumed >= size) {
            return -1;
        }
        int n = (int) Math.min(len, size - consumed);
        copy(consumed, b, off, n);
        consumed += n;
        return n;
    }
}
