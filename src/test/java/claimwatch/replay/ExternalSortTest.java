package claimwatch.replay;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExternalSortTest {

    /** Sorted by {@code key} only: items with one key are ties, told apart by {@code added}. */
    record Item(int key, int added, String text) {
    }

    private static final Comparator<Item> BY_KEY = Comparator.comparingInt(Item::key);

    private static final ExternalSort.Codec<Item> CODEC = new ExternalSort.Codec<>() {
        @Override
        public void write(DataOutputStream out, Item item) throws IOException {
            out.writeInt(item.key());
            out.writeInt(item.added());
            ExternalSort.writeString(out, item.text());
        }

        @Override
        public Item read(DataInputStream in) throws IOException {
            return new Item(in.readInt(), in.readInt(), ExternalSort.readString(in));
        }

        @Override
        public long heapBytes(Item item) {
            return 1; // chunk size counts items in these tests
        }
    };

    @TempDir
    Path dir;

    @Test
    void manyTinyRunsMergeToTheInMemorySortTiesInTheOrderAdded() {
        List<Item> items = randomItems(20_000, 50);
        // Chunks of 7 items: 2,858 runs, so the merge takes several passes of FAN_IN runs.
        assertEquals(items.stream().sorted(BY_KEY).toList(), sort(items, 7));
    }

    @Test
    void oneChunkAndChunksOfOneGiveTheSameAsTheInMemorySort() {
        List<Item> items = randomItems(1_000, 10);
        List<Item> expected = items.stream().sorted(BY_KEY).toList();

        assertEquals(expected, sort(items, 1));
        assertEquals(expected, sort(items, ExternalSort.FAN_IN));
        assertEquals(expected, sort(items, ExternalSort.FAN_IN + 1));
        assertEquals(expected, sort(items, 1_000_000));
    }

    @Test
    void keepingLastGivesTheLastAddedOfEachKeyWhateverTheChunkSize() {
        List<Item> items = randomItems(2_000, 40);
        List<Item> expected = new ArrayList<>(items.stream()
                .collect(java.util.stream.Collectors.toMap(Item::key, item -> item, (first, later) -> later))
                .values());
        expected.sort(BY_KEY);

        for (long chunkItems : List.of(1L, 3L, 39L, 41L, 1_000_000L)) { // 1 and 3: thousands of runs, several passes
            try (ExternalSort<Item> sort = ExternalSort.keepingLast(dir, chunkItems, BY_KEY, CODEC)) {
                items.forEach(sort::add);
                List<Item> sorted = new ArrayList<>();
                sort.sorted().forEachRemaining(sorted::add);
                assertEquals(expected, sorted, "chunks of " + chunkItems);
                assertEquals(items.size(), sort.size());
            }
        }
    }

    @Test
    void nothingAddedSortsToNothing() {
        assertEquals(List.of(), sort(List.of(), 7));
    }

    @Test
    void textsOfAnyLengthAndAnyCharacterComeBackAsTheyWere() {
        String long_ = "Ж€😀\u0000x".repeat(40_000); // over the 64 KB of DataOutputStream.writeUTF
        List<Item> items = List.of(new Item(2, 0, long_), new Item(1, 1, ""), new Item(2, 2, "tab\tnewline\n"));

        assertEquals(List.of(items.get(1), items.get(0), items.get(2)), sort(items, 1));
    }

    @Test
    void closeDeletesItsDirectoryAlsoWhenTheMergeWasLeftHalfway() throws IOException {
        try (ExternalSort<Item> sort = new ExternalSort<>(dir, 3, BY_KEY, CODEC)) {
            randomItems(1_000, 5).forEach(sort::add);
            assertTrue(runFiles() > 0, "chunks are spilled while adding");
            Iterator<Item> sorted = sort.sorted();
            sorted.next();
        }
        assertEquals(0, runFiles());
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.toList());
        }
    }

    @Test
    void countsWhatWasAdded() {
        try (ExternalSort<Item> sort = new ExternalSort<>(dir, 3, BY_KEY, CODEC)) {
            randomItems(10, 5).forEach(sort::add);
            assertEquals(10, sort.size());
        }
    }

    private List<Item> sort(List<Item> items, long chunkItems) {
        try (ExternalSort<Item> sort = new ExternalSort<>(dir, chunkItems, BY_KEY, CODEC)) {
            items.forEach(sort::add);
            List<Item> sorted = new ArrayList<>();
            sort.sorted().forEachRemaining(sorted::add);
            return sorted;
        }
    }

    private static List<Item> randomItems(int count, int keys) {
        Random random = new Random(count);
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(new Item(random.nextInt(keys), i, "item " + i));
        }
        return items;
    }

    private long runFiles() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
