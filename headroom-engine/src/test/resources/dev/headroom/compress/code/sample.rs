use std::collections::BTreeMap;
use std::fmt;

/// Errors the ledger reports.
#[derive(Debug, PartialEq)]
pub enum LedgerError {
    NonPositive(i64),
    Shortage { warehouse: String, have: i64, need: i64 },
}

impl fmt::Display for LedgerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LedgerError::NonPositive(n) => write!(f, "units must be positive, got {}", n),
            LedgerError::Shortage { warehouse, have, need } => {
                write!(f, "only {} units in {}, need {}", have, warehouse, need)
            }
        }
    }
}

/// Stock levels per warehouse.
#[derive(Default)]
pub struct Ledger {
    levels: BTreeMap<String, i64>,
}

impl Ledger {
    pub fn new() -> Self {
        Self::default()
    }

    /// Records a delivery.
    pub fn receive(&mut self, warehouse: &str, units: i64) -> Result<i64, LedgerError> {
        if units <= 0 {
            return Err(LedgerError::NonPositive(units));
        }
        let level = self.levels.entry(warehouse.to_uppercase()).or_insert(0);
        *level += units;
        Ok(*level)
    }

    /// Takes units out of a warehouse.
    pub fn ship(&mut self, warehouse: &str, units: i64) -> Result<i64, LedgerError> {
        let key = warehouse.to_uppercase();
        let have = *self.levels.get(&key).unwrap_or(&0);
        if have < units {
            return Err(LedgerError::Shortage { warehouse: key, have, need: units });
        }
        self.levels.insert(key, have - units);
        Ok(have - units)
    }
}

pub fn parse_header(line: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for part in line.split(';') {
        let mut kv = part.trim().splitn(2, '=');
        let key = kv.next().unwrap_or("").to_lowercase();
        if key.is_empty() {
            continue;
        }
        out.insert(key, kv.next().unwrap_or("").to_string());
    }
    out
}
