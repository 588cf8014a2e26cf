package processes;

/** A child JVM's main class for {@link ChildJvmSpec}: prints its arguments and ends. */
public final class EchoMain {
    private EchoMain() {
    }

    public static void main(String[] args) {
        System.out.print(String.join(" ", args));
    }
}
