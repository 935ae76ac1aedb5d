"""Parse and validate shipment manifests exported by the warehouse system."""

import csv
import io
from dataclasses import dataclass
from typing import Iterable, List, Optional


@dataclass(frozen=True)
class Line:
    sku: str
    quantity: int
    weight_kg: float


class ManifestError(ValueError):
    """Raised when a manifest row cannot be read."""


def parse_header(row: List[str]) -> dict:
    """Map column names to their positions.

    The export tool has renamed columns twice, so both the old and the
    new spellings are accepted. Unknown columns are ignored.
    """
    aliases = {"item": "sku", "qty": "quantity", "weight": "weight_kg"}
    positions = {}
    for index, name in enumerate(row):
        key = aliases.get(name.strip().lower(), name.strip().lower())
        positions[key] = index
    missing = {"sku", "quantity", "weight_kg"} - positions.keys()
    if missing:
        raise ManifestError("missing columns: " + ", ".join(sorted(missing)))
    return positions


def parse_lines(text: str) -> List[Line]:
    reader = csv.reader(io.StringIO(text))
    header = parse_header(next(reader))
    lines = []
    for number, row in enumerate(reader, start=2):
        if not row or not any(cell.strip() for cell in row):
            continue
        try:
            quantity = int(row[header["quantity"]])
            weight = float(row[header["weight_kg"]])
        except (ValueError, IndexError) as exc:
            raise ManifestError(f"row {number}: {exc}") from exc
        lines.append(Line(row[header["sku"]].strip(), quantity, weight))
    return lines


def total_weight(lines: Iterable[Line]) -> float:
    return sum(line.quantity * line.weight_kg for line in lines)


class Manifest:
    """A parsed manifest with a few checks the carrier asks for.

    The carrier rejects a manifest that lists the same SKU twice, that has a line
    with no quantity, or whose total weight is above the limit agreed for the
    truck. Those are the checks done here; everything else (hazardous goods,
    customs codes) is checked by the carrier's own system after upload, and the
    results come back by e-mail the next morning.
    """

    def __init__(self, lines: List[Line], limit_kg: Optional[float] = None):
        self.lines = lines
        self.limit_kg = limit_kg

    def heaviest(self, count: int = 3) -> List[Line]:
        ordered = sorted(self.lines, key=lambda l: l.quantity * l.weight_kg, reverse=True)
        return ordered[:count]

    def check(self) -> List[str]:
        '''Return the problems found, empty when the manifest is fine.'''
        problems = []
        seen = set()
        for line in self.lines:
            if line.sku in seen:
                problems.append("duplicate sku " + line.sku)
            seen.add(line.sku)
            if line.quantity <= 0:
                problems.append("non-positive quantity for " + line.sku)
        if self.limit_kg is not None and total_weight(self.lines) > self.limit_kg:
            problems.append("over the weight limit of %.1f kg" % self.limit_kg)
        return problems
