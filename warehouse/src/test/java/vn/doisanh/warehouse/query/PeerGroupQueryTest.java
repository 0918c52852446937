package vn.doisanh.warehouse.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.doisanh.warehouse.WarehouseFixture;

class PeerGroupQueryTest {
    private static Warehouse warehouse;

    @BeforeAll
    static void open() {
        warehouse = WarehouseFixture.open();
    }

    @AfterAll
    static void close() {
        warehouse.close();
    }

    private static PeerGroupQuery.PeerGroup peers(String code, int k) {
        return new PeerGroupQuery(warehouse).run(new PeerGroupQuery.Request(code, k));
    }

    @Test
    void peersComeNearestFirstWithTheirDistances() {
        PeerGroupQuery.PeerGroup group = peers("10816", 7);
        assertThat(group.peers()).hasSize(7);
        assertThat(group.peers()).extracting(PeerGroupQuery.Peer::distance).isSorted();
        assertThat(group.codes()).doesNotContain("10816");
        assertThat(group.codes().subList(0, 3)).containsExactlyInAnyOrder("11779", "11635", "11836");
    }

    @Test
    void aUnitOfAnotherTypeIsFartherThanOneOfTheSameTypeAndSize() {
        PeerGroupQuery.PeerGroup group = peers("10816", 7);
        PeerGroupQuery.Peer doSon = group.peers().stream().filter(p -> p.unit().code().equals("11455")).findFirst()
                .orElseThrow();
        // Đồ Sơn has almost Hà Bắc's population and area, but is a phường: one standard deviation away at least.
        assertThat(doSon.typeDiffers()).isTrue();
        assertThat(doSon.distance()).isGreaterThanOrEqualTo(1.0);
        assertThat(doSon.rank()).isGreaterThan(3);
    }

    @Test
    void theTinyIslandIsEveryonesFarthestPeer() {
        assertThat(peers("10816", 7).peers().get(6).unit().code()).isEqualTo("11948");
    }

    @Test
    void kLimitsTheGroup() {
        assertThat(peers("11560", 2).peers()).hasSize(2);
    }
}
