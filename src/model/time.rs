//! Calendar arithmetic for claims: proleptic Gregorian dates, periods and their precision.
//!
//! Dates are kept as a count of days so that adding days, finding weekdays and comparing are
//! plain integer operations; this module does no parsing of prose (that is `extract`'s job).

use serde::{Deserialize, Serialize, Serializer};
use std::fmt;

/// A day in the proleptic Gregorian calendar.
///
/// ```
/// use claimgraph::model::time::{Date, Period};
///
/// let d = Date::from_ymd(2019, 10, 24).unwrap();
/// assert_eq!(d.weekday(), 3); // a Thursday
/// assert_eq!(Period::week_of(d).to_string(), "2019-10-21/2019-10-27");
/// assert!(Date::from_ymd(2019, 2, 29).is_none());
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Days since 1970-01-01.
    days: i32,
}

/// How fine-grained a date or period is, as stated in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    Day,
    Week,
    Month,
    Quarter,
    Half,
    Year,
}

impl Precision {
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Week => "week",
            Precision::Month => "month",
            Precision::Quarter => "quarter",
            Precision::Half => "half",
            Precision::Year => "year",
        }
    }
}

/// A closed interval of days, `from..=to`, with the precision it was stated in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Period {
    pub from: Date,
    pub to: Date,
    pub precision: Precision,
}

impl Period {
    pub fn day(date: Date) -> Self {
        Period {
            from: date,
            to: date,
            precision: Precision::Day,
        }
    }

    pub fn new(from: Date, to: Date, precision: Precision) -> Self {
        let (from, to) = if from <= to { (from, to) } else { (to, from) };
        Period {
            from,
            to,
            precision,
        }
    }

    pub fn month(year: i32, month: u32) -> Option<Self> {
        let from = Date::from_ymd(year, month, 1)?;
        let to = Date::from_ymd(year, month, days_in_month(year, month))?;
        Some(Period::new(from, to, Precision::Month))
    }

    pub fn year(year: i32) -> Option<Self> {
        Some(Period::new(
            Date::from_ymd(year, 1, 1)?,
            Date::from_ymd(year, 12, 31)?,
            Precision::Year,
        ))
    }

    /// Quarter `q` (1-4) of `year`.
    pub fn quarter(year: i32, q: u32) -> Option<Self> {
        if !(1..=4).contains(&q) {
            return None;
        }
        let first = 3 * (q - 1) + 1;
        let from = Date::from_ymd(year, first, 1)?;
        let to = Date::from_ymd(year, first + 2, days_in_month(year, first + 2))?;
        Some(Period::new(from, to, Precision::Quarter))
    }

    /// Half `h` (1-2) of `year`.
    pub fn half(year: i32, h: u32) -> Option<Self> {
        if !(1..=2).contains(&h) {
            return None;
        }
        let first = 6 * (h - 1) + 1;
        let from = Date::from_ymd(year, first, 1)?;
        let to = Date::from_ymd(year, first + 5, days_in_month(year, first + 5))?;
        Some(Period::new(from, to, Precision::Half))
    }

    /// The Monday-to-Sunday week that contains `date`.
    pub fn week_of(date: Date) -> Self {
        let monday = date.add_days(-(date.weekday() as i32));
        Period::new(monday, monday.add_days(6), Precision::Week)
    }

    /// The smallest period covering both.
    pub fn span(self, other: Period) -> Period {
        Period {
            from: self.from.min(other.from),
            to: self.to.max(other.to),
            precision: self.precision.max(other.precision),
        }
    }

    pub fn with_precision(self, precision: Precision) -> Period {
        Period { precision, ..self }
    }

    pub fn contains(&self, date: Date) -> bool {
        self.from <= date && date <= self.to
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.from == self.to {
            write!(f, "{}", self.from)
        } else {
            write!(f, "{}/{}", self.from, self.to)
        }
    }
}

pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// The date for a year, month (1-12) and day, or `None` when no such day exists.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        if !(-9999..=9999).contains(&year) {
            return None;
        }
        // Howard Hinnant's days_from_civil.
        let y = if month <= 2 { year - 1 } else { year };
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let m = month as i32;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + day as i32 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        Some(Date {
            days: era * 146097 + doe - 719468,
        })
    }

    /// (year, month, day).
    pub fn ymd(self) -> (i32, u32, u32) {
        let z = self.days + 719468;
        let era = if z >= 0 { z } else { z - 146096 } / 146097;
        let doe = z - era * 146097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        let y = yoe + era * 400;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        (if m <= 2 { y + 1 } else { y }, m, d)
    }

    pub fn year(self) -> i32 {
        self.ymd().0
    }

    pub fn month(self) -> u32 {
        self.ymd().1
    }

    pub fn add_days(self, n: i32) -> Date {
        Date {
            days: self.days + n,
        }
    }

    /// Days since 1970-01-01 (negative before it).
    pub fn days_since_epoch(self) -> i32 {
        self.days
    }

    /// Days from `self` to `other` (positive when `other` is later).
    pub fn days_until(self, other: Date) -> i32 {
        other.days - self.days
    }

    /// Adds calendar months, clamping the day to the end of the target month.
    pub fn add_months(self, n: i32) -> Date {
        let (y, m, d) = self.ymd();
        let total = y * 12 + (m as i32 - 1) + n;
        let (ny, nm) = (total.div_euclid(12), total.rem_euclid(12) as u32 + 1);
        let nd = d.min(days_in_month(ny, nm));
        Date::from_ymd(ny, nm, nd).unwrap_or(self)
    }

    pub fn add_years(self, n: i32) -> Date {
        self.add_months(n * 12)
    }

    /// 0 = Monday ... 6 = Sunday.
    pub fn weekday(self) -> u32 {
        // 1970-01-01 was a Thursday (3).
        (self.days + 3).rem_euclid(7) as u32
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse_iso(s: &str) -> Option<Date> {
        let mut parts = s.splitn(3, '-');
        let y = parts.next()?.parse().ok()?;
        let m = parts.next()?.parse().ok()?;
        let d = parts.next()?.parse().ok()?;
        Date::from_ymd(y, m, d)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.ymd();
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

impl fmt::Debug for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        // The digits of a year of four written straight into a buffer: every date of every
        // mention is written, and the formatting machinery costs more than the date.
        let (y, m, d) = self.ymd();
        match u32::try_from(y) {
            Ok(y) if y <= 9999 => {
                let digit = |n: u32| b'0' + (n % 10) as u8;
                let iso = [
                    digit(y / 1000),
                    digit(y / 100),
                    digit(y / 10),
                    digit(y),
                    b'-',
                    digit(m / 10),
                    digit(m),
                    b'-',
                    digit(d / 10),
                    digit(d),
                ];
                match std::str::from_utf8(&iso) {
                    Ok(iso) => serializer.serialize_str(iso),
                    Err(_) => serializer.collect_str(self),
                }
            }
            _ => serializer.collect_str(self),
        }
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = String::deserialize(deserializer)?;
        Date::parse_iso(&s).ok_or_else(|| serde::de::Error::custom(format!("not a date: {s:?}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_through_days() {
        for (y, m, d) in [
            (1970, 1, 1),
            (2000, 2, 29),
            (2019, 10, 24),
            (1899, 12, 31),
            (2100, 3, 1),
        ] {
            let date = Date::from_ymd(y, m, d).unwrap();
            assert_eq!(date.ymd(), (y, m, d));
        }
        assert!(Date::from_ymd(2019, 2, 29).is_none());
        assert!(Date::from_ymd(2019, 13, 1).is_none());
    }

    #[test]
    fn weekdays_and_weeks() {
        // 2021-03-15 was a Monday.
        let monday = Date::from_ymd(2021, 3, 15).unwrap();
        assert_eq!(monday.weekday(), 0);
        let week = Period::week_of(Date::from_ymd(2021, 3, 18).unwrap());
        assert_eq!(week.to_string(), "2021-03-15/2021-03-21");
    }

    #[test]
    fn month_arithmetic_clamps() {
        let jan31 = Date::from_ymd(2020, 1, 31).unwrap();
        assert_eq!(jan31.add_months(1).to_string(), "2020-02-29");
        assert_eq!(jan31.add_months(-2).to_string(), "2019-11-30");
        assert_eq!(
            Period::quarter(2018, 2).unwrap().to_string(),
            "2018-04-01/2018-06-30"
        );
        assert_eq!(
            Period::half(2019, 1).unwrap().to_string(),
            "2019-01-01/2019-06-30"
        );
    }
}
