//! The app's one state and the actions that change it (a Yew `Reducible`).

use crate::content::CONTENT;
use crate::route::Screen;
use crate::timer::{HoldAction, ReliefClock};
use crampcheck_core::assessment::{answer, assess, question_after};
use crampcheck_core::{Answers, Assessment, Region};
use std::rc::Rc;

/// Something the person should know that is not an error of theirs (a bad link, lost saved answers).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    UnknownLink,
    NotFinished,
    SavedAnswersPartlyUnreadable,
    SavedAnswersOtherVersion,
    ChooseAnAnswer,
    /// The service worker has a new version waiting (it is not used until the person agrees).
    UpdateReady,
}

#[derive(Debug, Clone, PartialEq)]
pub struct State {
    pub screen: Screen,
    pub answers: Answers,
    pub region: &'static Region,
    pub notice: Option<Notice>,
    /// Bumped on every navigation so the heading gets focus even when the screen repeats.
    pub visit: u32,
    /// Quick relief's clock and hold timer.
    pub clock: ReliefClock,
    /// The host page's own emergency number, until the person picks a region.
    pub number_override: Option<&'static str>,
    /// The person has seen "Before you stretch" and none of its signs applied, in this visit. The
    /// stretches are never shown without it, whatever link was followed (a shared or bookmarked
    /// `#/relief/calf` included): a swollen, hot or red leg must not be stretched.
    pub relief_checked: bool,
    /// The language the person reads (`crate::lang`); changing it keeps everything else.
    pub lang: &'static str,
}

#[derive(Clone)]
pub enum Action {
    /// The person moved somewhere (a link or button): becomes a new browser history entry.
    Go(Screen),
    /// The browser moved (back/forward or an edited URL): follow it, checking it makes sense.
    Route(Screen),
    UnknownRoute,
    Answer {
        question: &'static str,
        options: Vec<&'static str>,
    },
    /// Continue pressed with nothing chosen.
    NothingChosen,
    StartCheck,
    Restart,
    SetRegion(&'static Region),
    SetLang(&'static str),
    DismissNotice,
    /// One second passed on a quick-relief screen.
    Tick,
    UpdateReady,
    Hold(HoldAction),
    /// Quick relief: none of the signs on "Before you stretch" applies; on to "how long".
    ReliefSignsNone,
    /// Quick relief: the cramp began this many minutes ago; on to the stretches (or, past the
    /// 10-minute limit, straight to the urgent advice).
    StartRelief(u32),
    /// Answers read from a saved file by the clinic module (already checked against this content):
    /// on to their result.
    Imported(Answers),
}

impl State {
    pub fn new(
        screen: Screen,
        answers: Answers,
        region: &'static Region,
        notice: Option<Notice>,
    ) -> Self {
        let mut s = State {
            screen: Screen::Start,
            answers,
            region,
            notice,
            visit: 0,
            clock: ReliefClock::default(),
            number_override: None,
            relief_checked: false,
            lang: CONTENT.languages[0],
        };
        let (screen, n) = s.checked(screen);
        s.screen = screen;
        s.notice = s.notice.or(n);
        s
    }

    pub fn assessment(&self) -> Assessment {
        assess(&CONTENT, &self.answers)
    }

    /// Where the self-check continues: the next unanswered question, or the result.
    fn resume(&self) -> Screen {
        match self.assessment().next {
            Some(q) => Screen::Question(q.id),
            None => Screen::Result,
        }
    }

    /// A screen is only shown when it makes sense for the answers: a question that applies, a
    /// result once the questions are done. Otherwise the person is taken where they can continue.
    fn checked(&self, screen: Screen) -> (Screen, Option<Notice>) {
        match screen {
            Screen::Question(id) => {
                let a = self.assessment();
                let applies =
                    a.asked.iter().any(|q| q.id == id) || a.next.is_some_and(|q| q.id == id);
                if applies {
                    (screen, None)
                } else {
                    (self.resume(), Some(Notice::UnknownLink))
                }
            }
            // The stretches only after "Before you stretch" (the urgent advice needs no check).
            Screen::ReliefDuration | Screen::Relief(_) if !self.relief_checked => {
                (Screen::ReliefCheck, None)
            }
            Screen::Result | Screen::Summary => {
                if self.assessment().is_complete() && !self.answers.is_empty() {
                    (screen, None)
                } else {
                    (self.resume(), Some(Notice::NotFinished))
                }
            }
            other => (other, None),
        }
    }

    /// A waiting update stays on offer as the person moves on; other notices are about the
    /// screen they were shown on.
    fn lasting_notice(&self) -> Option<Notice> {
        self.notice.filter(|n| *n == Notice::UpdateReady)
    }

    fn go(&self, screen: Screen, notice: Option<Notice>) -> Rc<State> {
        let notice = notice.or(self.lasting_notice());
        // Quick relief keeps one clock while the person moves between its screens; a new muscle
        // starts a new hold. It goes on to the diary (stopped there), which offers to save the
        // cramp with how long it has lasted.
        let clock = match (self.screen, screen) {
            (Screen::Relief(a), Screen::Relief(b)) if a != b => self.clock.new_muscle(),
            (
                Screen::Relief(_) | Screen::ReliefUrgent,
                Screen::Relief(_) | Screen::ReliefUrgent | Screen::Diary,
            ) => self.clock,
            _ => ReliefClock::default(),
        };
        Rc::new(State {
            screen,
            notice,
            visit: self.visit + 1,
            clock,
            ..self.clone()
        })
    }
}

impl yew::Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::Go(screen) | Action::Route(screen) => {
                let (screen, notice) = self.checked(screen);
                self.go(screen, notice)
            }
            Action::UnknownRoute => self.go(self.screen, Some(Notice::UnknownLink)),
            Action::Answer { question, options } => {
                let mut next = (*self).clone();
                if answer(&CONTENT, &mut next.answers, question, &options).is_err() {
                    // Only offered options reach here; refuse quietly rather than lose answers.
                    return self.go(self.screen, Some(Notice::ChooseAnAnswer));
                }
                next.screen = match question_after(&CONTENT, &next.answers, question) {
                    Some(q) => Screen::Question(q.id),
                    None => next.resume(),
                };
                next.notice = self.lasting_notice();
                next.visit += 1;
                Rc::new(next)
            }
            Action::NothingChosen => self.go(self.screen, Some(Notice::ChooseAnAnswer)),
            Action::StartCheck => {
                let first = CONTENT
                    .questions
                    .first()
                    .map(|q| Screen::Question(q.id))
                    .unwrap_or(Screen::Start);
                self.go(first, None)
            }
            Action::Restart => Rc::new(State {
                answers: Answers::new(),
                ..(*self.go(Screen::Start, None)).clone()
            }),
            Action::SetRegion(region) => Rc::new(State {
                region,
                number_override: None,
                ..(*self).clone()
            }),
            Action::SetLang(lang) => Rc::new(State {
                lang,
                ..(*self).clone()
            }),
            Action::DismissNotice => Rc::new(State {
                notice: None,
                ..(*self).clone()
            }),
            Action::UpdateReady => Rc::new(State {
                notice: Some(Notice::UpdateReady),
                ..(*self).clone()
            }),
            Action::Tick => Rc::new(State {
                clock: self.clock.tick(),
                ..(*self).clone()
            }),
            Action::Hold(a) => Rc::new(State {
                clock: self.clock.hold(a),
                ..(*self).clone()
            }),
            Action::ReliefSignsNone => Rc::new(State {
                relief_checked: true,
                ..(*self).clone()
            })
            .go(Screen::ReliefDuration, None),
            Action::Imported(answers) => {
                let next = Rc::new(State {
                    answers,
                    ..(*self).clone()
                });
                let (screen, notice) = next.checked(Screen::Result);
                next.go(screen, notice)
            }
            Action::StartRelief(minutes) => {
                let clock = ReliefClock::started_minutes_ago(minutes);
                let screen = if clock.is_long() {
                    Screen::ReliefUrgent
                } else {
                    Screen::Relief(None)
                };
                Rc::new(State {
                    clock,
                    ..(*self.go(screen, None)).clone()
                })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use yew::Reducible;

    fn state(screen: Screen) -> Rc<State> {
        let region = CONTENT.region(CONTENT.default_region).unwrap();
        Rc::new(State::new(screen, Answers::new(), region, None))
    }

    #[test]
    fn no_link_reaches_a_stretch_without_before_you_stretch() {
        for screen in [
            Screen::Relief(Some("calf")),
            Screen::Relief(None),
            Screen::ReliefDuration,
        ] {
            let s = state(screen);
            assert_eq!(s.screen, Screen::ReliefCheck, "{screen:?} on opening");
            let s = state(Screen::Start).reduce(Action::Route(screen));
            assert_eq!(s.screen, Screen::ReliefCheck, "{screen:?} by the URL later");
        }
        // The urgent advice needs no check.
        assert_eq!(state(Screen::ReliefUrgent).screen, Screen::ReliefUrgent);
        // Past the check, the stretches open, by button or by URL.
        let s = state(Screen::ReliefCheck).reduce(Action::ReliefSignsNone);
        assert_eq!(s.screen, Screen::ReliefDuration);
        let s = s.reduce(Action::Route(Screen::Relief(Some("calf"))));
        assert_eq!(s.screen, Screen::Relief(Some("calf")));
    }
}
