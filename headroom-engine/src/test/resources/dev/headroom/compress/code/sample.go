package inventory

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// ErrShortage is returned when a warehouse cannot cover a shipment.
var ErrShortage = errors.New("inventory: not enough stock")

// Ledger keeps stock levels per warehouse.
type Ledger struct {
	levels  map[string]int
	reorder map[string]int
}

// NewLedger returns an empty ledger with the given reorder points.
func NewLedger(reorder map[string]int) *Ledger {
	return &Ledger{levels: map[string]int{}, reorder: reorder}
}

// Receive records a delivery.
func (l *Ledger) Receive(warehouse string, units int) error {
	if units <= 0 {
		return fmt.Errorf("inventory: units must be positive, got %d", units)
	}
	key := strings.ToUpper(warehouse)
	l.levels[key] += units
	return nil
}

// Ship takes units out of a warehouse.
func (l *Ledger) Ship(warehouse string, units int) (int, error) {
	key := strings.ToUpper(warehouse)
	current := l.levels[key]
	if current < units {
		return current, fmt.Errorf("%w: %d in %s, need %d", ErrShortage, current, key, units)
	}
	l.levels[key] = current - units
	return l.levels[key], nil
}

// NeedingReorder lists warehouses at or below their reorder point.
func (l *Ledger) NeedingReorder() []string {
	var out []string
	for code, point := range l.reorder {
		if level := l.levels[code]; level <= point {
			out = append(out, fmt.Sprintf("%s (%d of %d)", code, level, point))
		}
	}
	sort.Strings(out)
	return out
}

func parseHeader(line string) map[string]string {
	out := map[string]string{}
	for _, part := range strings.Split(line, ";") {
		kv := strings.SplitN(strings.TrimSpace(part), "=", 2)
		if kv[0] == "" {
			continue
		}
		if len(kv) == 2 {
			out[strings.ToLower(kv[0])] = kv[1]
		} else {
			out[strings.ToLower(kv[0])] = ""
		}
	}
	return out
}
