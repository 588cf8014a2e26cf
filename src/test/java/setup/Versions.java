package setup;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static setup.ReleaseLevel.FINAL;

import org.quicktheories.core.Gen;

/** Generators of random PythonVersions for the properties of the setup specs. */
final class Versions {
    private Versions() {
    }

    /** Random versions, small numbers most of the time so that ties (and the interesting cases) happen. */
    static Gen<PythonVersion> versions() {
        return versions(integers().between(0, 12).mix(integers().between(0, 400), 20), 20);
    }

    /** Random versions whose numbers fit sys.hexversion: a byte each, a nibble for the serial. */
    static Gen<PythonVersion> hexableVersions() {
        return versions(integers().between(0, 12).mix(integers().between(0, 127), 20), 15);
    }

    private static Gen<PythonVersion> versions(Gen<Integer> number, int maxSerial) {
        Gen<ReleaseLevel> level = integers().between(0, 3).map(i -> ReleaseLevel.values()[i]);
        return number.zip(number, number, (major, minor, micro) -> new int[] {major, minor, micro})
                .zip(level, integers().between(0, maxSerial), booleans().all(), (numbers, lvl, serial, plus) ->
                        new PythonVersion(numbers[0], numbers[1], numbers[2], lvl, lvl == FINAL ? 0 : serial, plus));
    }
}
