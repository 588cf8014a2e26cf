package harness.engine;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.Tag;

/**
 * Runs spec classes in task order, so that the first failure a learner scrolls to is task 1's,
 * not whichever spec class sorts first. A class's task is the lowest {@code task-N} tag on it, on
 * its methods or on its nested classes; ties keep the name order.
 */
public final class TaskOrder implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparingInt((ClassDescriptor descriptor) -> lowestTask(descriptor.getTestClass()))
                .thenComparing(descriptor -> descriptor.getTestClass().getName()));
    }

    static int lowestTask(Class<?> specClass) {
        Stream<Tag> tags = Stream.concat(Stream.of(specClass.getAnnotationsByType(Tag.class)),
                Arrays.stream(specClass.getDeclaredMethods()).flatMap(method -> Stream.of(method.getAnnotationsByType(Tag.class))));
        int own = tags.map(Tag::value).filter(tag -> tag.matches("task-\\d+"))
                .mapToInt(tag -> Integer.parseInt(tag.substring("task-".length()))).min().orElse(Integer.MAX_VALUE);
        int nested = Arrays.stream(specClass.getDeclaredClasses()).mapToInt(TaskOrder::lowestTask).min().orElse(Integer.MAX_VALUE);
        return Math.min(own, nested);
    }
}
