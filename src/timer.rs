//! The quick-relief clock: time since the relief screen opened (the 10-minute limit of brief 1)
//! and a 30-second stretch hold. Pure, so it is tested natively; the app ticks it once a second.

pub const HOLD_SECONDS: u32 = 30;

/// A cramp still there after this long needs urgent advice (brief 1, rule U5).
pub const URGENT_AFTER_SECONDS: u32 = 600;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ReliefClock {
    pub seconds: u32,
    /// Seconds left in the hold; `None` before the first hold.
    pub hold_left: Option<u32>,
    pub holding: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HoldAction {
    Start,
    Pause,
    Resume,
}

impl ReliefClock {
    pub fn tick(self) -> Self {
        let hold_left = match (self.holding, self.hold_left) {
            (true, Some(n)) => Some(n.saturating_sub(1)),
            (_, left) => left,
        };
        ReliefClock {
            seconds: self.seconds + 1,
            hold_left,
            holding: self.holding && hold_left != Some(0),
        }
    }

    pub fn hold(self, action: HoldAction) -> Self {
        match action {
            HoldAction::Start => ReliefClock {
                hold_left: Some(HOLD_SECONDS),
                holding: true,
                ..self
            },
            HoldAction::Pause => ReliefClock {
                holding: false,
                ..self
            },
            HoldAction::Resume => ReliefClock {
                holding: self.hold_left.is_some_and(|n| n > 0),
                ..self
            },
        }
    }

    /// The clock for a cramp that began `minutes` ago (the person's own answer), so the 10-minute
    /// limit counts from the cramp's start, not from opening the page.
    pub fn started_minutes_ago(minutes: u32) -> Self {
        ReliefClock {
            seconds: minutes.saturating_mul(60),
            ..Self::default()
        }
    }

    /// A new muscle starts a new hold; the cramp's clock keeps running.
    pub fn new_muscle(self) -> Self {
        ReliefClock {
            seconds: self.seconds,
            ..Self::default()
        }
    }

    pub fn is_long(&self) -> bool {
        self.seconds >= URGENT_AFTER_SECONDS
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hold_counts_down_to_zero_and_stops() {
        let mut c = ReliefClock::default().hold(HoldAction::Start);
        assert_eq!(c.hold_left, Some(30));
        for _ in 0..29 {
            c = c.tick();
        }
        assert_eq!((c.hold_left, c.holding), (Some(1), true));
        c = c.tick();
        assert_eq!((c.hold_left, c.holding), (Some(0), false));
        c = c.tick();
        assert_eq!(c.hold_left, Some(0), "stays at zero");
        assert_eq!(c.seconds, 31);
        assert!(
            !c.hold(HoldAction::Resume).holding,
            "nothing to resume at zero"
        );
    }

    #[test]
    fn pause_keeps_the_seconds_left_and_the_clock_runs_on() {
        let c = ReliefClock::default()
            .hold(HoldAction::Start)
            .tick()
            .tick()
            .hold(HoldAction::Pause);
        let later = c.tick().tick();
        assert_eq!(later.hold_left, Some(28));
        assert_eq!(later.seconds, 4);
        assert_eq!(later.hold(HoldAction::Resume).tick().hold_left, Some(27));
    }

    #[test]
    fn the_clock_starts_at_the_cramps_own_start() {
        assert!(!ReliefClock::started_minutes_ago(6).is_long());
        assert_eq!(ReliefClock::started_minutes_ago(6).seconds, 360);
        let mut c = ReliefClock::started_minutes_ago(9);
        for _ in 0..59 {
            c = c.tick();
        }
        assert!(!c.is_long());
        assert!(
            c.tick().is_long(),
            "ten minutes after the cramp began, not after the page opened"
        );
        assert!(ReliefClock::started_minutes_ago(10).is_long());
    }

    #[test]
    fn ten_minutes_is_long_and_a_new_muscle_keeps_the_clock() {
        let mut c = ReliefClock::default().hold(HoldAction::Start);
        for _ in 0..599 {
            c = c.tick();
        }
        assert!(!c.is_long());
        c = c.tick();
        assert!(c.is_long());
        let m = c.new_muscle();
        assert_eq!((m.seconds, m.hold_left, m.holding), (600, None, false));
    }
}
