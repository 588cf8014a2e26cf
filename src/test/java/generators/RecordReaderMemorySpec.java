package generators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import py.StopIteration;

@DisplayName("The large-file reader's memory: a chunk ahead at most, and no re-copying per record")
@Tag("task-6")
class RecordReaderMemorySpec {
    static final int RECORDS = 1_000_000;
    /** About five times what a reader that copies nothing allocates here; both budgets are explained at assertFewAllocations. */
    static final long ALLOCATION_BUDGET = 256L * 1024 * 1024;
    static final long CPU_BUDGET_MILLIS = 2000;

    @Test
    @DisplayName("never asks for more than one chunk per read, nor reads more than a chunk ahead")
    void readsAhead() {
        String text = "r0|r1|r2|r3|r4|r5|r6|r7|r8|r9";
        CountingStream in = new CountingStream(text.getBytes(StandardCharsets.UTF_8));
        RecordReader reader = new RecordReader(in, "|", 4);
        for (int i = 0; i < 10; i++) {
            assertThat(reader.__next__()).as("record %d", i).isEqualTo("r" + i);
            long end = 3L * i + 2;
            assertThat(in.consumed).as("bytes consumed once record %d (ending at byte %d) was returned: at most one chunk beyond it", i, end)
                    .isLessThanOrEqualTo(end + 1 + 4);
        }
        assertThat(in.largestRequest).as("the largest read(n) the reader asked for, with chunk size 4").isLessThanOrEqualTo(4);
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS) // only against a hang: the verdict comes from counting the work
    @DisplayName("hands out a million tiny records from one big chunk with work that grows with the text, not with records x buffer")
    void noReslicing() {
        byte[] text = "a|".repeat(RECORDS).getBytes(StandardCharsets.UTF_8);
        RecordReader reader = new RecordReader(new ByteArrayInputStream(text), "|", text.length);
        ThreadWork work = new ThreadWork();
        int records = 0;
        try {
            while (true) {
                reader.__next__();
                records++;
                // Reading the allocation counter is cheap enough for every record; the CPU clock is read less often.
                assertFewAllocations(work, records);
                if (records % 64 == 0) {
                    assertLittleCpu(work, records);
                }
            }
        } catch (StopIteration end) {
            assertLittleCpu(work, records);
        }
        assertThat(records).as("records in 'a|' * %d (the last one is the empty tail)", RECORDS).isEqualTo(RECORDS + 1);
    }

    /**
     * Linear work here is 0.1 to 0.3 s of this thread's CPU time (not the wall clock: other processes do not count)
     * and 35 to 65 MB of allocations, the records themselves. The notes' buf = buf[pos + len(newline):] copies the
     * rest of the 2 MB buffer for every record, about 10**12 bytes in all: as new strings (megabytes allocated per
     * record) or in place with StringBuilder.delete(0, pos) (the same copying, seen as CPU time). Either one
     * exceeds its budget within the first hundred thousand records, so the verdict comes quickly on any machine.
     */
    private void assertFewAllocations(ThreadWork work, int records) {
        if (work.allocatedBytes() >= ALLOCATION_BUDGET) {
            assertThat(work.allocatedBytes()).as("bytes allocated by the reader's thread after %,d of %,d records of 'a|' * %,d read in "
                    + "one chunk: re-slicing the buffer (buf = buf[pos + 1:]) copies what is left of it for every record; remember "
                    + "where the next record starts instead", records, RECORDS + 1, RECORDS).isLessThan(ALLOCATION_BUDGET);
        }
    }

    private void assertLittleCpu(ThreadWork work, int records) {
        assertThat(work.cpuMillis()).as("milliseconds of CPU time used by the reader's thread after %,d of %,d records of 'a|' * %,d "
                + "read in one chunk: StringBuilder.delete(0, pos) after each record moves what is left of the buffer every time; "
                + "remember where the next record starts, and drop the consumed part only before appending the next chunk",
                records, RECORDS + 1, RECORDS).isLessThan(CPU_BUDGET_MILLIS);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    @DisplayName("reads a generated 200 MB one-line file holding at most a chunk plus one record")
    void twoHundredMegabytes() {
        int chunk = 64 * 1024;
        GeneratedFile file = new GeneratedFile(200L * 1024 * 1024);
        RecordReader reader = new RecordReader(file, "{|}", chunk);
        long count = 0;
        while (true) {
            String record;
            try {
                record = (String) reader.__next__();
            } catch (StopIteration end) {
                break;
            }
            // Spot-check the content (every record has the right length; every 1000th is compared in full).
            if (count < file.records() && (record.length() != GeneratedFile.STRIDE - 3 || count % 1000 == 0 && !record.equals(GeneratedFile.record(count)))) {
                assertThat(record).as("record %d of the generated file", count).isEqualTo(GeneratedFile.record(count));
            }
            long recordEnd = (count + 1) * GeneratedFile.STRIDE;
            if (file.consumed > recordEnd + chunk) {
                assertThat(file.consumed).as("bytes consumed after record %d: the reader must not read more than a chunk ahead", count)
                        .isLessThanOrEqualTo(recordEnd + chunk);
            }
            count++;
        }
        assertThat(count).as("records in the 200 MB file (the last one is the partial tail)").isEqualTo(file.records() + 1);
        assertThat(file.largestRequest).as("largest read(n) asked of the file").isLessThanOrEqualTo(chunk);
        assertThat(reader.peakBufferedChars()).as("peak characters held by the reader, with a %d-byte chunk and %d-byte records", chunk,
                GeneratedFile.STRIDE).isLessThanOrEqualTo(chunk + 2 * GeneratedFile.STRIDE).isPositive();
    }

    /** The work the current thread has done since this meter was made: CPU time and allocated bytes, counted by the JVM. */
    static final class ThreadWork {
        private final com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        private final long cpuAtStart = threads.getCurrentThreadCpuTime();
        private final long allocatedAtStart = threads.getCurrentThreadAllocatedBytes();

        long cpuMillis() {
            return (threads.getCurrentThreadCpuTime() - cpuAtStart) / 1_000_000;
        }

        long allocatedBytes() {
            return threads.getCurrentThreadAllocatedBytes() - allocatedAtStart;
        }
    }

    /** A byte array that remembers how far it was read and the largest read(n). */
    static final class CountingStream extends MeteredStream {
        private final byte[] data;

        CountingStream(byte[] data) {
            super(data.length);
            this.data = data;
        }

        @Override
        void copy(long position, byte[] b, int off, int n) {
            System.arraycopy(data, (int) position, b, off, n);
        }
    }

    /** A one-line file of {@code size} bytes, generated on the fly: "000000000....{|}000000001....{|}...". */
    static final class GeneratedFile extends MeteredStream {
        static final String PADDING = ".".repeat(52);
        static final int STRIDE = 9 + PADDING.length() + 3;
        private final long size;
        /** The bytes of the record under the read position, advanced like an odometer. */
        private final byte[] current = (record(0) + "{|}").getBytes(StandardCharsets.US_ASCII);

        GeneratedFile(long size) {
            super(size);
            this.size = size;
        }

        static String record(long index) {
            String digits = Long.toString(index);
            return "000000000".substring(digits.length()) + digits + PADDING;
        }

        long records() {
            return size / STRIDE;
        }

        @Override
        void copy(long position, byte[] b, int off, int n) {
            int done = 0;
            while (done < n) {
                int offset = (int) ((position + done) % STRIDE);
                int take = Math.min(STRIDE - offset, n - done);
                System.arraycopy(current, offset, b, off + done, take);
                done += take;
                if (offset + take == STRIDE) {
                    increment();
                }
            }
        }

        private void increment() {
            for (int i = 8; i >= 0; i--) {
                if (current[i] != '9') {
                    current[i]++;
                    return;
                }
                current[i] = '0';
            }
        }
    }
}
