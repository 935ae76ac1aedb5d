package org.example.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Keeps stock levels per warehouse and answers reorder questions.
 *
 * <p>Quantities are whole units. A warehouse that has never received stock reports zero rather
 * than failing, so callers can ask about any code they were given by the ordering system.
 * Reorder points come from the supplier catalogue and are read once at start-up; changing them
 * needs a restart, which keeps the arithmetic below free of locking.
 */
public final class StockLedger {

    private final Map<String, Integer> levels = new TreeMap<>();
    private final Map<String, Integer> reorderPoints;

    public StockLedger(Map<String, Integer> reorderPoints) {
        this.reorderPoints = Map.copyOf(reorderPoints);
    }

    /**
     * Records a delivery of {@code units} to {@code warehouse}.
     *
     * @param warehouse the warehouse code, case-insensitive
     * @param units how many units arrived; must be positive
     * @throws IllegalArgumentException when units is zero or negative
     */
    public void receive(String warehouse, int units) {
        if (units <= 0) {
            throw new IllegalArgumentException("units must be positive, was " + units);
        }
        String key = warehouse.toUpperCase(Locale.ROOT);
        int current = levels.getOrDefault(key, 0);
        levels.put(key, Math.addExact(current, units));
    }

    /**
     * Takes {@code units} out of {@code warehouse} for an order.
     *
     * @param warehouse the warehouse code, case-insensitive
     * @param units how many units to ship
     * @return the level left after shipping
     * @throws IllegalStateException when the warehouse holds fewer units than requested
     */
    public int ship(String warehouse, int units) {
        String key = warehouse.toUpperCase(Locale.ROOT);
        int current = levels.getOrDefault(key, 0);
        if (current < units) {
            throw new IllegalStateException("only " + current + " units in " + key + ", cannot ship " + units);
        }
        int left = current - units;
        levels.put(key, left);
        return left;
    }

    public int level(String warehouse) {
        return levels.getOrDefault(warehouse.toUpperCase(Locale.ROOT), 0);
    }

    /** The warehouses at or below their reorder point, in code order. */
    public List<String> needingReorder() {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Integer> e : reorderPoints.entrySet()) {
            int level = levels.getOrDefault(e.getKey(), 0);
            if (level <= e.getValue()) {
                out.add(e.getKey() + " (" + level + " of " + e.getValue() + ")");
            }
        }
        out.sort(String::compareTo);
        return out;
    }

    static int parseQuantity(String text) {
        String trimmed = text.strip().replace("_", "");
        if (trimmed.isEmpty()) {
            throw new NumberFormatException("empty quantity");
        }
        int value = Integer.parseInt(trimmed);
        if (value < 0) {
            throw new NumberFormatException("negative quantity: " + value);
        }
        return value;
    }
}
