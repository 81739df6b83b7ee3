//! The personal checklist: the documents and steps of the lump-sum claim and of the tax
//! refund, in the order they are done. Texts are `checklist-item-<id>` and
//! `checklist-item-<id>-why` in the locales; what a user ticked is kept in their session.

/// Which part of the journey an item belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    Claim,
    TaxRefund,
}

/// One item: its id, its phase, and whether the claim form's link goes with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Item {
    pub id: &'static str,
    pub phase: Phase,
    pub form: bool,
}

const fn item(id: &'static str, phase: Phase, form: bool) -> Item {
    Item { id, phase, form }
}

/// Every item, in order (pension-facts.md sections 4.4, 4.5 and 5).
pub const ITEMS: &[Item] = &[
    item("moving-out", Phase::Claim, false),
    item("form", Phase::Claim, true),
    item("passport", Phase::Claim, false),
    item("no-address", Phase::Claim, false),
    item("bank", Phase::Claim, false),
    item("pension-number", Phase::Claim, false),
    item("send", Phase::Claim, false),
    item("tax-agent", Phase::TaxRefund, false),
    item("decision-notice", Phase::TaxRefund, false),
    item("tax-return", Phase::TaxRefund, false),
];

/// Whether `id` names an item (button data from an old version may not).
#[must_use]
pub fn is_item_id(id: &str) -> bool {
    ITEMS.iter().any(|item| item.id == id)
}
