package vn.doisanh.export.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PaginatorTest {
    @Test
    void aLongListSplitsIntoAsFewPagesAsPossibleOfNearlyEqualLength() {
        List<List<Integer>> pages = Paginator.chunks(IntStream.range(0, 113).boxed().toList(), 18);
        assertThat(pages).hasSize(7);
        assertThat(pages).allSatisfy(page -> assertThat(page.size()).isBetween(16, 17));
        assertThat(pages.stream().mapToInt(List::size).sum()).isEqualTo(113);
        assertThat(pages.get(1).get(0)).isEqualTo(pages.get(0).get(pages.get(0).size() - 1) + 1);
    }

    @Test
    void aShortListStaysOnOnePage() {
        assertThat(Paginator.chunks(List.of(1, 2, 3), 18)).containsExactly(List.of(1, 2, 3));
        assertThat(Paginator.chunks(List.of(), 18)).isEmpty();
    }
}
