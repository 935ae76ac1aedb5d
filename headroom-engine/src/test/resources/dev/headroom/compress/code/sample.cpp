#include <algorithm>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace inventory {

/**
 * Stock levels per warehouse.
 * Codes are stored upper-case so lookups do not depend on how the
 * ordering system happened to spell them. All quantities are whole
 * units; a warehouse never seen before holds zero.
 */
class Ledger {
public:
    explicit Ledger(std::map<std::string, long> reorder) : reorder_(std::move(reorder)) {}

    long receive(const std::string& warehouse, long units) {
        if (units <= 0) {
            throw std::invalid_argument("units must be positive, got " + std::to_string(units));
        }
        auto& level = levels_[upper(warehouse)];
        level += units;
        return level;
    }

    long ship(const std::string& warehouse, long units);

    std::vector<std::string> needingReorder() const;

private:
    static std::string upper(std::string s) {
        std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::toupper(c); });
        return s;
    }

    std::map<std::string, long> levels_;
    std::map<std::string, long> reorder_;
};

long Ledger::ship(const std::string& warehouse, long units) {
    const std::string key = upper(warehouse);
    long& level = levels_[key];
    if (level < units) {
        throw std::runtime_error("only " + std::to_string(level) + " units in " + key
                                 + ", need " + std::to_string(units));
    }
    level -= units;
    return level;
}

std::vector<std::string> Ledger::needingReorder() const {
    std::vector<std::string> out;
    for (const auto& [code, point] : reorder_) {
        auto it = levels_.find(code);
        long level = it == levels_.end() ? 0 : it->second;
        if (level <= point) {
            out.push_back(code + " (" + std::to_string(level) + " of " + std::to_string(point) + ")");
        }
    }
    return out;
}

}  // namespace inventory
