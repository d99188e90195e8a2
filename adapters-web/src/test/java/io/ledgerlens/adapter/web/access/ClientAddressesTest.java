package io.ledgerlens.adapter.web.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which address a request is counted under: the peer, or behind trusted proxies the client they forwarded. */
class ClientAddressesTest {

    private final ClientAddresses behindTheLoadBalancers = ClientAddresses.behind(List.of("10.0.0.0/8", "2001:db8::/32", ""));

    @Test
    void without_trusted_proxies_the_peer_is_the_client_whatever_it_forwards() {
        assertThat(ClientAddresses.direct().of("10.0.0.5", List.of("203.0.113.7"))).isEqualTo("10.0.0.5");
    }

    @Test
    void a_peer_that_is_no_trusted_proxy_is_the_client_whatever_it_forwards() {
        assertThat(behindTheLoadBalancers.of("192.0.2.44", List.of("203.0.113.7"))).isEqualTo("192.0.2.44");
    }

    @Test
    void behind_a_trusted_proxy_the_client_is_the_first_address_from_the_right_that_is_no_trusted_proxy() {
        assertThat(behindTheLoadBalancers.of("10.0.0.5", List.of("203.0.113.7"))).isEqualTo("203.0.113.7");
        assertThat(behindTheLoadBalancers.of("10.0.0.5", List.of("198.51.100.1, 203.0.113.7, 10.1.1.1")))
                .as("what the client wrote itself, left of it, proves nothing").isEqualTo("203.0.113.7");
        assertThat(behindTheLoadBalancers.of("10.0.0.5", List.of("198.51.100.1", "203.0.113.7, 10.1.1.1")))
                .as("several headers are one list").isEqualTo("203.0.113.7");
        assertThat(behindTheLoadBalancers.of("2001:db8::5", List.of("2001:db9::1, [2001:db8::7]:443")))
                .isEqualTo("2001:db9:0:0:0:0:0:1");
    }

    @Test
    void behind_trusted_proxies_only_the_furthest_proxy_is_left_when_every_hop_is_one() {
        assertThat(behindTheLoadBalancers.of("10.0.0.5", List.of("10.2.2.2, 10.1.1.1"))).isEqualTo("10.2.2.2");
        assertThat(behindTheLoadBalancers.of("10.0.0.5", List.of())).isEqualTo("10.0.0.5");
    }

    @ParameterizedTest
    @ValueSource(strings = {"unknown", "", "203.0.113.999", "example.com", "203.0.113.7; rm -rf", "fe80::zz", "[2001:db8::1"})
    void a_forwarded_address_that_cannot_be_read_falls_back_to_the_peer(String unreadable) {
        assertThat(behindTheLoadBalancers.of("10.0.0.5", List.of("203.0.113.7, " + unreadable))).isEqualTo("10.0.0.5");
    }

    @Test
    void addresses_are_counted_in_one_spelling() {
        assertThat(behindTheLoadBalancers.of("10.0.0.5", List.of("203.0.113.7:5123"))).isEqualTo("203.0.113.7");
        assertThat(behindTheLoadBalancers.of("10.0.0.5", List.of("::ffff:203.0.113.7"))).isEqualTo("203.0.113.7");
        assertThat(ClientAddresses.direct().of("[::1]", List.of())).isEqualTo("0:0:0:0:0:0:0:1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "10.0.0.0/33", "10.0.0.0/x", "2001:db8::/129", "10.0.0.300", "10.0.0.0-10.0.0.9"})
    void a_trusted_proxy_must_be_an_address_or_a_cidr_block(String wrong) {
        assertThatThrownBy(() -> ClientAddresses.behind(List.of(wrong))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(wrong);
    }

    @Test
    void a_single_address_is_trusted_alone() {
        var one = ClientAddresses.behind(List.of("10.0.0.5"));
        assertThat(one.of("10.0.0.5", List.of("203.0.113.7"))).isEqualTo("203.0.113.7");
        assertThat(one.of("10.0.0.6", List.of("203.0.113.7"))).isEqualTo("10.0.0.6");
    }
}
