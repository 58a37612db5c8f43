package org.entente.platform.eventstore;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BoundedAggregateCacheTest {

    @Test
    void whenFullTheLeastRecentlyUsedAggregateGoes() {
        BoundedAggregateCache cache = new BoundedAggregateCache(2);
        cache.put("a", "coalition a");
        cache.put("b", "coalition b");
        assertThat((String) cache.get("a")).isEqualTo("coalition a");

        cache.put("c", "coalition c");

        assertThat(cache.containsKey("a")).isTrue();
        assertThat(cache.containsKey("b")).as("least recently used").isFalse();
        assertThat(cache.containsKey("c")).isTrue();
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void entriesStayUntilRemovedNotUntilTheNextGarbageCollection() {
        BoundedAggregateCache cache = new BoundedAggregateCache(10);
        cache.put("a", new Object());
        System.gc();
        assertThat(cache.containsKey("a")).isTrue();

        assertThat(cache.remove("a")).isTrue();
        assertThat(cache.containsKey("a")).isFalse();
    }

    @Test
    void computeIfPresentReplacesOrRemoves() {
        BoundedAggregateCache cache = new BoundedAggregateCache(10);
        cache.put("a", "v1");
        cache.<String>computeIfPresent("a", v -> v + "+");
        assertThat((String) cache.get("a")).isEqualTo("v1+");
        cache.<String>computeIfPresent("a", v -> null);
        assertThat(cache.containsKey("a")).isFalse();
    }
}
