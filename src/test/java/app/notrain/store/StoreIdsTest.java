package app.notrain.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The ids a store may hold are the ones the app makes: nothing that could be a path or hide text. */
class StoreIdsTest {
    @ParameterizedTest
    @ValueSource(strings = {"x-1", "facebook-12", "custom-my-forum-3", "a1-b2-999999999"})
    void accountIdsTheAppMakesAreAccepted(String id) {
        assertThat(ProgressJsonReader.validAccountId(id)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "x", "x-", "-1", "x-0", "x-01", "X-1", "x--y-1", "x-1-", "x-1a",
            "x-1234567890", "x y-1", "x-\u0661", "é-1", ""})
    void otherAccountIdsAreRefused(String id) {
        assertThat(ProgressJsonReader.validAccountId(id)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"submit-objection", "step-1", "x", "a1"})
    void stepIdsLikeTheCatalogsAreAccepted(String id) {
        assertThat(ProgressJsonReader.validPlatformId(id)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x", "-x", "x-", "a--b", "A", "a_b", "a.b", ""})
    void otherStepIdsAreRefused(String id) {
        assertThat(ProgressJsonReader.validPlatformId(id)).isFalse();
    }
}
