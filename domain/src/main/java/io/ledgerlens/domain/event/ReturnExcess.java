package io.ledgerlens.domain.event;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.function.Function;
import org.jmolecules.ddd.annotation.ValueObject;

/** Why a return cannot be recorded: it takes back something its bill did not buy, or more of it than is left. */
public sealed interface ReturnExcess {

    /**
     * One function per case, each case applying its own: a new case fails to compile where excesses are told.
     *
     * @param <T> what telling the excess gives, such as a problem of the recording API
     * @param nothing applied when nothing was bought under the bill number
     * @param amount applied when the return gives back more money than is left
     * @param quantity applied when the return gives back more of an item than is left
     * @return what the case's function gave
     */
    <T> T fold(Function<NothingBought, T> nothing, Function<AmountBeyondPurchase, T> amount,
               Function<QuantityBeyondPurchase, T> quantity);

    /**
     * Nothing was bought under the returned bill number by this customer or group.
     *
     * @param billNumber the bill number the return names
     */
    @ValueObject
    record NothingBought(String billNumber) implements ReturnExcess {
        /**
         * Refuses a missing bill number.
         *
         * @param billNumber the bill number the return names
         */
        public NothingBought {
            Objects.requireNonNull(billNumber, "billNumber");
        }

        @Override
        public <T> T fold(Function<NothingBought, T> nothing, Function<AmountBeyondPurchase, T> amount,
                          Function<QuantityBeyondPurchase, T> quantity) {
            return nothing.apply(this);
        }
    }

    /**
     * Together with the earlier returns of the bill, this one gives back more money than the bill took.
     *
     * @param billNumber the bill number the return names
     * @param left the money the bill took less what earlier returns gave back, at least zero
     * @param asked the money this return gives back
     */
    @ValueObject
    record AmountBeyondPurchase(String billNumber, BigDecimal left, BigDecimal asked) implements ReturnExcess {
        /**
         * Refuses a missing part.
         *
         * @param billNumber the bill number the return names
         * @param left the money the bill took less what earlier returns gave back, at least zero
         * @param asked the money this return gives back
         */
        public AmountBeyondPurchase {
            Objects.requireNonNull(billNumber, "billNumber");
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(asked, "asked");
        }

        @Override
        public <T> T fold(Function<NothingBought, T> nothing, Function<AmountBeyondPurchase, T> amount,
                          Function<QuantityBeyondPurchase, T> quantity) {
            return amount.apply(this);
        }
    }

    /**
     * The return's lines of {@code itemCode} (the first at {@code lineIndex}) give back more of the item than the
     * bill bought, less what earlier returns gave back.
     *
     * @param billNumber the bill number the return names
     * @param lineIndex the index of the return's first line of the item, for the problem's field path
     * @param itemCode the item returned beyond its purchase
     * @param left the quantity bought less what earlier returns gave back, at least zero
     * @param asked the quantity this return's lines of the item give back
     */
    @ValueObject
    record QuantityBeyondPurchase(String billNumber, int lineIndex, String itemCode, BigDecimal left, BigDecimal asked)
            implements ReturnExcess {
        /**
         * Refuses a missing part.
         *
         * @param billNumber the bill number the return names
         * @param lineIndex the index of the return's first line of the item, for the problem's field path
         * @param itemCode the item returned beyond its purchase
         * @param left the quantity bought less what earlier returns gave back, at least zero
         * @param asked the quantity this return's lines of the item give back
         */
        public QuantityBeyondPurchase {
            Objects.requireNonNull(billNumber, "billNumber");
            Objects.requireNonNull(itemCode, "itemCode");
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(asked, "asked");
        }

        @Override
        public <T> T fold(Function<NothingBought, T> nothing, Function<AmountBeyondPurchase, T> amount,
                          Function<QuantityBeyondPurchase, T> quantity) {
            return quantity.apply(this);
        }
    }
}
