/**
 * Given code shared by every kata and its solution: Python's exception types with Python's
 * names and messages, and a small {@code repr()}. Learners use these; they never edit them.
 */
package py;
