package dicts;

/**
 * A key whose hash is chosen by the test, to force collisions: two Collide keys are equal only
 * when their names are, whatever their hashes.
 */
record Collide(String name, int forcedHash) {
    @Override
    public int hashCode() {
        return forcedHash;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Collide that && that.name.equals(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
