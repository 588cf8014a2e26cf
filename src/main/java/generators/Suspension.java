package generators;

/** How one run of a generator body ended: at a yield ({@code finished == false}) or at a return. */
public record Suspension(boolean finished, Object value) {
}
