//! The draft schedule as a pure function of its input: parties are indices
//! in id order, slots indices in time order, and every choice walks them in
//! that order (no hashing, no randomness), so the same input gives the same
//! draft.
//!
//! Three passes: every "must meet" pair of a hosted buyer first; then, round
//! by round, each approved producer below the minimum gets one meeting with
//! the matching buyer who ranks them highest; then each hosted buyer in turn
//! takes their next-best suggestion until their meetings are full. A meeting
//! goes in the earliest slot inside both parties' hours, free for both, on a
//! day neither has reached the event's daily cap; no producer passes the cap
//! on their share.

use super::model::{Basis, Unplaced};

/// The organiser's fairness settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Settings {
    /// Meetings each approved producer should have, where possible.
    pub min_per_producer: u32,
    /// The largest share of the draft's meetings (in per cent of hosted
    /// buyers × meetings per buyer) one producer may take.
    pub max_share_percent: u32,
    /// Meetings each hosted buyer should have.
    pub per_buyer: u32,
}

impl Settings {
    /// The most meetings one producer may have with `buyers` hosted buyers.
    pub fn producer_cap(&self, buyers: usize) -> u32 {
        let target = u64::try_from(buyers).unwrap_or(u64::MAX) * u64::from(self.per_buyer);
        let cap = (target * u64::from(self.max_share_percent)).div_ceil(100);
        u32::try_from(cap).unwrap_or(u32::MAX).max(1)
    }
}

/// One party as the planner sees them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Party {
    /// Per slot: inside their hours and not held already.
    pub free: Vec<bool>,
    /// Meetings they hold already, per event day.
    pub booked_per_day: Vec<u32>,
}

/// Everything the draft depends on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    /// The event day of each slot (0 for the first day).
    pub slot_days: Vec<usize>,
    pub daily_cap: u32,
    /// Hosted buyers, in id order.
    pub buyers: Vec<Party>,
    /// Approved producers, in id order.
    pub producers: Vec<Party>,
    /// (buyer, producer) pairs one of them marked "must meet", in order.
    pub must_meet: Vec<(usize, usize)>,
    /// Per buyer: suggested producers with their scores, best first.
    pub suggestions: Vec<Vec<(usize, u32)>>,
    pub settings: Settings,
}

/// A meeting of the draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Placed {
    pub buyer: usize,
    pub producer: usize,
    pub slot: usize,
    pub basis: Basis,
}

/// The draft: its meetings, and why each producer left without one got none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    pub meetings: Vec<Placed>,
    pub unplaced: Vec<(usize, Unplaced)>,
}

struct Board<'a> {
    input: &'a Input,
    buyer_busy: Vec<Vec<bool>>,
    producer_busy: Vec<Vec<bool>>,
    buyer_day: Vec<Vec<u32>>,
    producer_day: Vec<Vec<u32>>,
    buyer_count: Vec<u32>,
    producer_count: Vec<u32>,
    /// Pairs met, per buyer, by producer index.
    met: Vec<Vec<bool>>,
    cap: u32,
    meetings: Vec<Placed>,
}

impl<'a> Board<'a> {
    fn new(input: &'a Input) -> Self {
        let days = input.slot_days.iter().max().map_or(0, |d| d + 1);
        let per_day = |party: &Party| {
            let mut booked = party.booked_per_day.clone();
            booked.resize(days, 0);
            booked
        };
        let slots = input.slot_days.len();
        Self {
            input,
            buyer_busy: vec![vec![false; slots]; input.buyers.len()],
            producer_busy: vec![vec![false; slots]; input.producers.len()],
            buyer_day: input.buyers.iter().map(per_day).collect(),
            producer_day: input.producers.iter().map(per_day).collect(),
            buyer_count: vec![0; input.buyers.len()],
            producer_count: vec![0; input.producers.len()],
            met: vec![vec![false; input.producers.len()]; input.buyers.len()],
            cap: input.settings.producer_cap(input.buyers.len()),
            meetings: Vec::new(),
        }
    }

    fn buyer_full(&self, buyer: usize) -> bool {
        self.buyer_count[buyer] >= self.input.settings.per_buyer
    }

    /// The earliest slot the pair can meet in now.
    fn slot_for(&self, buyer: usize, producer: usize) -> Option<usize> {
        let (b, p) = (&self.input.buyers[buyer], &self.input.producers[producer]);
        let cap = self.input.daily_cap;
        (0..self.input.slot_days.len()).find(|&slot| {
            let day = self.input.slot_days[slot];
            b.free[slot]
                && p.free[slot]
                && !self.buyer_busy[buyer][slot]
                && !self.producer_busy[producer][slot]
                && self.buyer_day[buyer][day] < cap
                && self.producer_day[producer][day] < cap
        })
    }

    /// Places the pair if the rules allow; whether it did.
    fn place(&mut self, buyer: usize, producer: usize, basis: Basis) -> bool {
        if self.met[buyer][producer] || self.buyer_full(buyer) || self.producer_count[producer] >= self.cap {
            return false;
        }
        let Some(slot) = self.slot_for(buyer, producer) else {
            return false;
        };
        let day = self.input.slot_days[slot];
        self.buyer_busy[buyer][slot] = true;
        self.producer_busy[producer][slot] = true;
        self.buyer_day[buyer][day] += 1;
        self.producer_day[producer][day] += 1;
        self.buyer_count[buyer] += 1;
        self.producer_count[producer] += 1;
        self.met[buyer][producer] = true;
        self.meetings.push(Placed {
            buyer,
            producer,
            slot,
            basis,
        });
        true
    }
}

/// Makes the draft.
pub fn plan(input: &Input) -> Plan {
    let mut board = Board::new(input);
    for &(buyer, producer) in &input.must_meet {
        board.place(buyer, producer, Basis::MustMeet);
    }

    // Who ranks each producer highest: (score, buyer), best first, ties by buyer.
    let mut admirers: Vec<Vec<(u32, usize)>> = vec![Vec::new(); input.producers.len()];
    for (buyer, suggested) in input.suggestions.iter().enumerate() {
        for &(producer, score) in suggested {
            admirers[producer].push((score, buyer));
        }
    }
    for list in &mut admirers {
        list.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    }
    for round in 1..=input.settings.min_per_producer {
        for (producer, admired_by) in admirers.iter().enumerate() {
            if board.producer_count[producer] >= round {
                continue;
            }
            for &(_, buyer) in admired_by {
                if board.place(buyer, producer, Basis::Suggested) {
                    break;
                }
            }
        }
    }

    // Each buyer in turn takes their next-best suggestion; a pair skipped
    // once (met, producer at the cap, no slot in common) cannot become
    // placeable later, so each list is walked once.
    let mut next = vec![0usize; input.buyers.len()];
    loop {
        let mut placed_any = false;
        for (buyer, suggested) in input.suggestions.iter().enumerate() {
            while !board.buyer_full(buyer) && next[buyer] < suggested.len() {
                let producer = suggested[next[buyer]].0;
                next[buyer] += 1;
                if board.place(buyer, producer, Basis::Suggested) {
                    placed_any = true;
                    break;
                }
            }
        }
        if !placed_any {
            break;
        }
    }

    let unplaced = (0..input.producers.len())
        .filter(|&p| board.producer_count[p] == 0)
        .map(|p| (p, why_none(&board, p)))
        .collect();
    Plan {
        meetings: board.meetings,
        unplaced,
    }
}

/// Why producer `producer` got no meeting.
fn why_none(board: &Board, producer: usize) -> Unplaced {
    let input = board.input;
    let matching: Vec<usize> = (0..input.buyers.len())
        .filter(|&b| {
            input.suggestions[b].iter().any(|&(p, _)| p == producer)
                || input.must_meet.contains(&(b, producer))
        })
        .collect();
    if matching.is_empty() {
        return Unplaced::NoMatch;
    }
    let p = &input.producers[producer];
    let overlap = |b: usize| (0..input.slot_days.len()).any(|s| p.free[s] && input.buyers[b].free[s]);
    if !matching.iter().any(|&b| overlap(b)) {
        Unplaced::NoCommonHours
    } else if matching.iter().all(|&b| board.buyer_full(b)) {
        Unplaced::BuyersFull
    } else {
        Unplaced::NoFreeSlot
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn party(free: &[bool]) -> Party {
        Party {
            free: free.to_vec(),
            booked_per_day: Vec::new(),
        }
    }

    /// Two days of two slots each.
    fn input() -> Input {
        let all = [true; 4];
        Input {
            slot_days: vec![0, 0, 1, 1],
            daily_cap: 2,
            buyers: vec![party(&all), party(&all)],
            producers: vec![
                party(&all),
                party(&all),
                party(&[false, false, false, true]),
                party(&all),
            ],
            must_meet: vec![(1, 3)],
            suggestions: vec![vec![(0, 50), (1, 40)], vec![(0, 60), (2, 10)]],
            settings: Settings {
                min_per_producer: 1,
                max_share_percent: 50,
                per_buyer: 3,
            },
        }
    }

    fn pairs(plan: &Plan) -> Vec<(usize, usize, usize, Basis)> {
        plan.meetings
            .iter()
            .map(|m| (m.buyer, m.producer, m.slot, m.basis))
            .collect()
    }

    #[test]
    fn must_meets_first_then_the_minimum_then_the_best_suggestions() {
        let plan = plan(&input());
        assert_eq!(
            pairs(&plan),
            [
                (1, 3, 0, Basis::MustMeet),
                // Producer 0 is ranked highest by buyer 1, producer 1 only by buyer 0,
                // producer 2 only by buyer 1, who meets them in the one slot they have.
                (1, 0, 1, Basis::Suggested),
                (0, 1, 0, Basis::Suggested),
                (1, 2, 3, Basis::Suggested),
                (0, 0, 2, Basis::Suggested),
            ]
        );
        assert!(plan.unplaced.is_empty());
    }

    #[test]
    fn the_same_input_gives_the_same_draft() {
        assert_eq!(plan(&input()), plan(&input()));
    }

    #[test]
    fn the_cap_daily_caps_and_hours_hold() {
        let mut tight = input();
        tight.daily_cap = 1;
        tight.settings.max_share_percent = 1; // one meeting per producer
        let plan = plan(&tight);
        for p in 0..tight.producers.len() {
            assert!(plan.meetings.iter().filter(|m| m.producer == p).count() <= 1);
        }
        for b in 0..2 {
            for day in 0..2 {
                let that_day = plan
                    .meetings
                    .iter()
                    .filter(|m| m.buyer == b && tight.slot_days[m.slot] == day)
                    .count();
                assert!(that_day <= 1, "buyer {b} day {day}");
            }
        }
        for m in &plan.meetings {
            assert!(tight.producers[m.producer].free[m.slot] && tight.buyers[m.buyer].free[m.slot]);
        }
    }

    #[test]
    fn producers_left_out_are_told_why() {
        let mut lonely = input();
        lonely.must_meet.clear();
        lonely.settings.per_buyer = 1;
        assert_eq!(
            plan(&lonely).unplaced,
            [(2, Unplaced::BuyersFull), (3, Unplaced::NoMatch)]
        );
        lonely.producers[2] = party(&[false; 4]);
        assert_eq!(plan(&lonely).unplaced[0], (2, Unplaced::NoCommonHours));
        lonely.settings.per_buyer = 3;
        lonely.producers[2] = party(&[true, true, false, false]);
        lonely.buyers[1].booked_per_day = vec![1, 0];
        lonely.daily_cap = 1;
        // Buyer 1 meets producer 0 on day 2; day 1 is full for them.
        assert_eq!(plan(&lonely).unplaced[0], (2, Unplaced::NoFreeSlot));
    }

    #[test]
    fn the_share_cap_is_at_least_one_meeting() {
        let settings = Settings {
            min_per_producer: 0,
            max_share_percent: 5,
            per_buyer: 6,
        };
        assert_eq!(settings.producer_cap(200), 60);
        assert_eq!(settings.producer_cap(1), 1);
    }
}
