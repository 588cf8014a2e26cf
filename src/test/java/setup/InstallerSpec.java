package setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("make altinstall and make install")
@Tag("task-5")
class InstallerSpec {

    static final String PATH = "/usr/local/bin:/usr/bin:/bin";
    PythonVersion v3_11_7;
    FileSystem fs;

    /** A Debian-like machine: the system's python3 is 3.10, and /usr/local/bin comes first on PATH. */
    @BeforeEach
    void systemPython() {
        v3_11_7 = new PythonVersion(3, 11, 7, ReleaseLevel.FINAL, 0, false);
        fs = new FileSystem();
        fs.writeFile("/usr/bin/python3.10", "Python 3.10.12", true);
        fs.symlink("python3.10", "/usr/bin/python3");
        fs.writeFile("/usr/bin/pip3", "#!/usr/bin/python3", true);
        fs.mkdirs("/usr/local/bin");
    }

    String which(String command) {
        return Which.which(fs, command, PATH).orElse("<not found>");
    }

    /** What {@code command --version} would say: the version of the binary the command resolves to. */
    PythonVersion runs(String command) {
        return PythonVersion.parse(fs.read(which(command)));
    }

    @Nested
    @DisplayName("make altinstall")
    class AltInstall {

        @Test
        @DisplayName("creates only the versioned names: python3.11, python3.11-config and pip3.11")
        void createsVersionedNames() {
            List<String> created = Installer.altinstall(fs, "/usr/local", v3_11_7);
            assertThat(created).as("the paths make altinstall created under --prefix=/usr/local")
                    .containsExactlyInAnyOrder("/usr/local/bin/python3.11", "/usr/local/bin/python3.11-config",
                            "/usr/local/bin/pip3.11");
        }

        @Test
        @DisplayName("leaves python3 on the system's 3.10, although /usr/local/bin comes first on PATH")
        void leavesPython3Alone() {
            Installer.altinstall(fs, "/usr/local", v3_11_7);
            assertThat(which("python3")).as("which python3 after make altinstall").isEqualTo("/usr/bin/python3");
            assertThat(fs.realpath(which("python3"))).as("realpath $(which python3)").isEqualTo("/usr/bin/python3.10");
            assertThat(runs("python3")).as("python3 --version after make altinstall").hasToString("3.10.12");
            assertThat(which("pip3")).as("which pip3 after make altinstall: still the system's").isEqualTo("/usr/bin/pip3");
        }

        @Test
        @DisplayName("makes python3.11 and pip3.11 runnable, pip3.11 bound to the new interpreter")
        void newNamesWork() {
            Installer.altinstall(fs, "/usr/local", v3_11_7);
            assertThat(which("python3.11")).as("which python3.11").isEqualTo("/usr/local/bin/python3.11");
            assertThat(runs("python3.11")).as("python3.11 --version").hasToString("3.11.7");
            assertThat(which("pip3.11")).as("which pip3.11").isEqualTo("/usr/local/bin/pip3.11");
            assertThat(fs.read("/usr/local/bin/pip3.11")).as("the shebang line of pip3.11")
                    .isEqualTo("#!/usr/local/bin/python3.11");
        }

        @Test
        @DisplayName("names a pre-release after its feature version: 3.12.0rc1 becomes python3.12")
        void preRelease() {
            Installer.altinstall(fs, "/opt/python", PythonVersion.parse("3.12.0rc1"));
            assertThat(fs.read("/opt/python/bin/python3.12")).as("python3.12 --version after altinstall of 3.12.0rc1")
                    .isEqualTo("Python 3.12.0rc1");
        }

        @Test
        @DisplayName("accepts a prefix with a trailing slash without writing //")
        void trailingSlashPrefix() {
            assertThat(Installer.altinstall(fs, "/usr/local/", v3_11_7)).as("altinstall with --prefix=/usr/local/")
                    .contains("/usr/local/bin/python3.11").allSatisfy(path -> assertThat(path).doesNotContain("//"));
        }
    }

    @Nested
    @DisplayName("make install")
    class Install {

        @Test
        @DisplayName("adds python3, python3-config and pip3 to what altinstall creates, and never a plain python")
        void createsUnversionedNames() {
            List<String> created = Installer.install(fs, "/usr/local", v3_11_7);
            assertThat(created).as("the paths make install created under --prefix=/usr/local")
                    .containsExactlyInAnyOrder("/usr/local/bin/python3.11", "/usr/local/bin/python3.11-config",
                            "/usr/local/bin/pip3.11", "/usr/local/bin/python3", "/usr/local/bin/python3-config",
                            "/usr/local/bin/pip3");
            assertThat(which("python")).as("which python: make install of Python 3 never creates it").isEqualTo("<not found>");
        }

        @Test
        @DisplayName("shadows the system's python3 and pip3 from a directory earlier on PATH")
        void shadowsSystemPython() {
            Installer.install(fs, "/usr/local", v3_11_7);
            assertThat(which("python3")).as("which python3 after make install").isEqualTo("/usr/local/bin/python3");
            assertThat(fs.realpath(which("python3"))).as("realpath $(which python3)").isEqualTo("/usr/local/bin/python3.11");
            assertThat(runs("python3")).as("python3 --version after make install").hasToString("3.11.7");
            assertThat(which("pip3")).as("which pip3 after make install").isEqualTo("/usr/local/bin/pip3");
            assertThat(fs.read("/usr/local/bin/pip3")).as("pip3's shebang").isEqualTo("#!/usr/local/bin/python3.11");
            assertThat(fs.realpath("/usr/bin/python3")).as("the system's own link is untouched").isEqualTo("/usr/bin/python3.10");
        }

        @Test
        @DisplayName("does not shadow anything from a directory later on PATH")
        void laterOnPath() {
            Installer.install(fs, "/opt/python", v3_11_7);
            assertThat(Which.which(fs, "python3", "/usr/bin:/opt/python/bin")).as("which python3 with /usr/bin first")
                    .contains("/usr/bin/python3");
            assertThat(Which.which(fs, "python3.11", "/usr/bin:/opt/python/bin")).as("which python3.11")
                    .contains("/opt/python/bin/python3.11");
        }

        @Test
        @DisplayName("links python3 relatively (ln -s python3.11 python3), so the installed tree can move")
        void relativeLinks() {
            fs.mkdirs("/stage/bin");
            fs.symlink("/stage", "/pkg");
            Installer.install(fs, "/pkg", v3_11_7);
            fs.symlink("/elsewhere", "/pkg"); // the prefix now leads somewhere else
            assertThat(fs.realpath("/stage/bin/python3")).as("realpath of python3 in the staged tree after /pkg moved away")
                    .isEqualTo("/stage/bin/python3.11");
        }

        @Test
        @DisplayName("moves python3 to a newer install, while an altinstall in between leaves it alone")
        void laterInstallsReplace() {
            Installer.install(fs, "/usr/local", v3_11_7);
            Installer.altinstall(fs, "/usr/local", PythonVersion.parse("3.12.1"));
            assertThat(runs("python3")).as("python3 --version after install 3.11.7, altinstall 3.12.1").hasToString("3.11.7");
            assertThat(runs("python3.12")).as("python3.12 --version").hasToString("3.12.1");
            Installer.install(fs, "/usr/local", PythonVersion.parse("3.12.1"));
            assertThat(runs("python3")).as("python3 --version after make install of 3.12.1").hasToString("3.12.1");
            assertThat(runs("python3.11")).as("python3.11 is still there").hasToString("3.11.7");
        }

        @Test
        @DisplayName("for any version, altinstall's names carry X.Y and install adds exactly the X names")
        void installIsAltinstallPlusUnversionedNames() {
            qt().withExamples(200).forAll(Versions.versions()).checkAssert(version -> {
                String xy = version.major() + "." + version.minor();
                String x = String.valueOf(version.major());
                List<String> alt = Installer.altinstall(new FileSystem(), "/p", version);
                assertThat(alt).as("altinstall of %s", version)
                        .containsExactlyInAnyOrder("/p/bin/python" + xy, "/p/bin/python" + xy + "-config", "/p/bin/pip" + xy);
                FileSystem fresh = new FileSystem();
                List<String> all = Installer.install(fresh, "/p", version);
                assertThat(all).as("install of %s", version).containsAll(alt)
                        .contains("/p/bin/python" + x, "/p/bin/python" + x + "-config", "/p/bin/pip" + x).hasSize(6);
                assertThat(fresh.realpath("/p/bin/python" + x)).as("python%s after install of %s", x, version)
                        .isEqualTo("/p/bin/python" + xy);
            });
        }
    }

    @Nested
    @DisplayName("the notes' step 4")
    class NotesStepFour {

        @Test
        @DisplayName("linking python3.x to the misspelt /usr/bin/pyton3x leaves 'python3x' unfound")
        void typoInTheNotes() {
            Installer.altinstall(fs, "/usr/local", v3_11_7);
            fs.symlink("/usr/local/bin/python3.11", "/usr/bin/pyton311");
            assertThat(which("python311")).as("which python311 after the notes' ln -s ... pyton311").isEqualTo("<not found>");
            assertThat(fs.realpath(which("pyton311"))).as("the link the notes really made").isEqualTo("/usr/local/bin/python3.11");
            assertThat(which("python3.11")).as("the name altinstall already put on PATH").isEqualTo("/usr/local/bin/python3.11");
        }
    }
}
