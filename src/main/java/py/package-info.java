/**
 * Given code shared by every kata and its solution: Python's exception types with Python's
 * names and messages, a small {@code repr()} ({@link py.Repr}) and {@code type(x).__name__}
 * ({@link py.TypeName}). Learners use these; they never edit them.
 */
package py;
